"""A walkthrough checklist as a printable A4 PDF: title, learner, date, and each step with its tick box,
expected result, note and recorded value. Written to a temporary file and renamed, so no partial file is left.
"""

from __future__ import annotations

import html
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from trainer_app.core.common import files
from trainer_app.core.common.errors import TrainerError
from trainer_app.core.domain.walkthrough import StepState
from trainer_app.core.services.walkthroughs import Checklist, RenderedStep

CSS = """
body { font-size: 10pt; }
h1 { font-size: 17pt; margin-bottom: 4px; }
p.meta { color: #333333; margin-top: 0px; }
table.steps { border-collapse: collapse; }
table.steps td, table.steps th { border: 1px solid #888888; padding: 6px; vertical-align: top; }
table.steps th { background-color: #e8e8e8; }
p.label { font-weight: bold; margin-bottom: 0px; margin-top: 8px; }
p { margin-top: 2px; margin-bottom: 2px; }
""".strip()
TICKED, UNTICKED = "☑", "☐"


def _when(value: datetime) -> str:
    return f"{value:%Y-%m-%d %H:%M} UTC"


def checklist_html(checklist: Checklist) -> str:
    """The whole printable document as HTML for QTextDocument (pack texts are already sanitised HTML)."""
    ticked = sum(1 for _, state in checklist.steps if state.ticked)
    status = QCoreApplication.translate("checklist", "{ticked} of {total} steps ticked").format(
        ticked=ticked, total=len(checklist.steps)
    )
    if checklist.completed_at is not None:
        status += " · " + QCoreApplication.translate("checklist", "completed on {date}").format(
            date=_when(checklist.completed_at)
        )
    meta = [
        (QCoreApplication.translate("checklist", "Learner"), checklist.learner_name),
        (QCoreApplication.translate("checklist", "Date"), _when(checklist.exported_at)),
        (
            QCoreApplication.translate("checklist", "Training pack"),
            f"{checklist.pack_title} {checklist.pack_version}",
        ),
        (QCoreApplication.translate("checklist", "Work on"), _site(checklist.site)),
    ]
    meta_html = "<br>".join(f"<b>{html.escape(k)}:</b> {html.escape(v)}" for k, v in meta if v)
    rows = "".join(_row(step, state) for step, state in checklist.steps)
    step_label = html.escape(QCoreApplication.translate("checklist", "Step"))
    done_label = html.escape(QCoreApplication.translate("checklist", "Done"))
    what_label = html.escape(QCoreApplication.translate("checklist", "Instruction and expected result"))
    head = f"<tr><th width='10%'>{step_label}</th><th width='11%'>{done_label}</th><th>{what_label}</th></tr>"
    return (
        f"<html><head><meta charset='utf-8'><style>{CSS}</style></head><body>"
        f"<h1>{html.escape(checklist.title)}</h1><p class='meta'>{meta_html}</p>"
        f"<p><b>{html.escape(status)}</b></p>{checklist.intro_html}<p>&nbsp;</p>"
        f"<table class='steps' width='100%' cellspacing='0'>{head}{rows}</table></body></html>"
    )


def _site(site: str) -> str:
    names = {
        "demo": QCoreApplication.translate("checklist", "the demo site"),
        "production": QCoreApplication.translate("checklist", "the production site"),
    }
    return names.get(site, "")


def _row(step: RenderedStep, state: StepState) -> str:
    expected = html.escape(QCoreApplication.translate("checklist", "Expected result"))
    parts = [
        step.instruction_html,
        f"<p class='label'>{expected}</p>",
        step.expected_html,
    ]
    if step.role:
        parts.append(_inline(QCoreApplication.translate("checklist", "Performed by"), step.role))
    if step.record:
        parts.append(_inline(step.record, state.value or "…………………………………………"))
    if state.note:
        parts.append(_inline(QCoreApplication.translate("checklist", "Note"), state.note))
    if state.ticked and state.ticked_at is not None:
        parts.append(_inline(QCoreApplication.translate("checklist", "Ticked on"), _when(state.ticked_at)))
    box = TICKED if state.ticked else UNTICKED
    return (
        f"<tr><td align='center'>{step.number}</td><td align='center'><span style='font-size: 20pt'>{box}"
        f"</span></td><td>{''.join(parts)}</td></tr>"
    )


def _inline(label: str, text: str) -> str:
    return f"<p><b>{html.escape(label)}:</b> {html.escape(text)}</p>"


def write_checklist_pdf(checklist: Checklist, path: Path) -> Path:
    """Write the checklist to `path` (A4 portrait); on any failure nothing is left at `path` or beside it."""
    path = Path(path)
    try:
        with files.atomic_path(path) as partial:
            _print_checklist(checklist, partial)
            if not partial.is_file() or partial.read_bytes()[:5] != b"%PDF-":
                raise TrainerError("checklist.checklist_could_written_2", path=path)
    except OSError as error:
        raise TrainerError(
            "checklist.checklist_could_written", path=path, strerror=error.strerror or error
        ) from error
    return path


def _print_checklist(checklist: Checklist, target: Path) -> None:
    writer = QPdfWriter(str(target))
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
    )  # print_ adds 2 cm
    writer.setResolution(300)
    writer.setTitle(checklist.title)
    writer.setCreator("CPIMS+ Trainer")
    document = QTextDocument()
    font = QFont("DejaVu Sans", 10)
    font.setFeature(QFont.Tag.fromString("liga"), 0)  # "fi" stays two letters: the PDF text can be searched
    document.setDefaultFont(font)
    document.setHtml(checklist_html(checklist))
    document.print_(writer)
    del writer  # finishes and closes the file
