"""The readiness report PDF: every rollout step, each requirement with its explanation and the people behind the
numbers, evidence notes, sign-offs and the generated date. A QTextDocument paginates it (A4, page numbers);
the file is written to a temporary name and renamed, so a reader never sees half a report.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from trainer_app.core.common import files
from trainer_app.core.common.errors import ExportError
from trainer_app.core.domain.gates import (
    TEMPLATES,
    GateState,
    GateStatus,
    PeopleGroup,
    Reason,
    RequirementKind,
    RequirementStatus,
)
from trainer_app.core.services.readiness import ReadinessReport
from trainer_app.pdf.fonts import certificate_families, ensure_gui, make_font

NAMES_PER_GROUP = 100
STATE_TEXT = {
    GateState.LOCKED: ("Locked", "#616161"),
    GateState.IN_PROGRESS: ("In progress", "#a86b00"),
    GateState.READY: ("Ready to sign off", "#1f5f8b"),
    GateState.SIGNED_OFF: ("Signed off", "#2e7d32"),
    GateState.NOT_APPLICABLE: ("Not applicable", "#55606b"),
}
CSS = """
body { color: #1b2a3a; }
h1 { font-size: 18pt; color: #1f5f8b; margin-bottom: 2pt; }
h2 { font-size: 13pt; margin-top: 14pt; margin-bottom: 2pt; }
p { margin-top: 2pt; margin-bottom: 2pt; }
.muted { color: #55606b; }
.met { color: #2e7d32; font-weight: bold; }
.unmet { color: #b3261e; font-weight: bold; }
.people { font-size: 8pt; color: #33414f; margin-left: 18pt; }
table { border-collapse: collapse; }
th { background: #e8eef3; }
th, td { border: 1px solid #9aa5ae; padding: 3px 6px; }
"""


def write_readiness_report(report: ReadinessReport, path: Path) -> Path:
    """Write the report to `path` (through a temporary file in the same folder) and return the path."""
    data = render_readiness_pdf(report)
    try:
        files.write_atomically(path, data)
    except OSError as error:
        raise ExportError(
            "report.readiness_not_written", path=path, detail=error.strerror or error
        ) from error
    return path


def render_readiness_pdf(report: ReadinessReport) -> bytes:
    ensure_gui()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setResolution(150)
    writer.setTitle(f"Rollout readiness report — {report.pack_title}")
    writer.setCreator("CPIMS+ Trainer")
    document = QTextDocument()
    document.setDefaultFont(make_font(certificate_families(False), 10))
    document.setDefaultStyleSheet(CSS)
    option = document.defaultTextOption()
    option.setTextDirection(Qt.LayoutDirection.LeftToRight)  # an English report; names are isolated within it
    document.setDefaultTextOption(option)
    document.setHtml(report_html(report))
    document.print_(writer)
    del writer
    buffer.close()
    return bytes(buffer.data().data())


def report_html(report: ReadinessReport) -> str:
    generated = report.generated_at.strftime("%Y-%m-%d %H:%M UTC")
    parts = [
        "<h1>Rollout readiness report</h1>",
        f"<p class='muted'>{_e(report.pack_title)} {_e(report.pack_version)} · generated {generated}</p>",
        _summary(report.gates),
        _planned(report),
    ]
    parts += [_gate(status) for status in report.gates]
    return "<html><body>" + "".join(parts) + "</body></html>"


def _summary(gates: tuple[GateStatus, ...]) -> str:
    rows = "".join(
        f"<tr><td>{s.gate.step}</td><td>{_e(s.gate.title)}</td><td>{_state(s.state)}</td>"
        f"<td>{s.met_count} of {len(s.requirements)}</td></tr>"
        for s in gates
    )
    head = "<tr><th>Step</th><th>Title</th><th>Status</th><th>Requirements met</th></tr>"
    return f"<h2>Summary</h2><table width='100%'>{head}{rows}</table>"


def _planned(report: ReadinessReport) -> str:
    if not report.planned:
        return "<h2>Planned staff</h2><p class='muted'>No planned numbers are recorded.</p>"
    rows = "".join(
        f"<tr><td>{_e(report.role_titles.get(p.role, p.role))}</td><td>{_i(p.agency or 'All agencies')}</td>"
        f"<td align='right'>{p.count}</td></tr>"
        for p in report.planned
    )
    head = "<tr><th>Role</th><th>Agency</th><th>Planned</th></tr>"
    return f"<h2>Planned staff</h2><table>{head}{rows}</table>"


def _gate(status: GateStatus) -> str:
    gate = status.gate
    parts = [
        f"<h2>Step {gate.step}: {_e(gate.title)} — {_state(status.state)}</h2>",
        f"<p class='muted'>Outcome: {_e(gate.outcome)}</p>",
    ]
    if status.signoff is not None:
        s = status.signoff
        note = f" Note: {_e(s.note)}" if s.note else ""
        parts.append(
            f"<p><b>Signed off by {_i(s.signed_by_name)} on {s.signed_at:%Y-%m-%d %H:%M} UTC.</b>{note}</p>"
        )
    if status.not_applicable is not None:
        m = status.not_applicable
        parts.append(
            f"<p><b>Marked not applicable by {_i(m.by_name)} on {m.at:%Y-%m-%d}.</b> Reason: {_e(m.reason)}</p>"
        )
    parts += [_requirement(result) for result in status.requirements]
    return "".join(parts)


def _requirement(result: RequirementStatus) -> str:
    mark = "<span class='met'>✓ Met</span>" if result.met else "<span class='unmet'>✗ Not met</span>"
    lines = "".join(f"<br/>{_reason(reason)}" for reason in result.reasons)
    parts = [f"<p>{mark} — <b>{_e(result.requirement.title)}</b>{lines}</p>"]
    groups = result.people
    if result.met and result.requirement.kind is RequirementKind.WALKTHROUGH:
        groups = groups[:1]  # who did it; the people who did not are beside the point once it is done
    parts += [_people(group) for group in groups if group.people]
    return "".join(parts)


def _people(group: PeopleGroup) -> str:
    shown = group.people[:NAMES_PER_GROUP]
    names = ", ".join(
        _i(p.name) + (f" ({_i(p.agency)})" if p.agency else "") + (f" {p.at:%Y-%m-%d}" if p.at else "")
        for p in shown
    )
    more = len(group.people) - len(shown)
    tail = (
        f" … and {more} more (the full list: cpims-trainer gates status --format json)." if more > 0 else ""
    )
    return f"<p class='people'><b>{_reason(group.label)}:</b> {names}{tail}</p>"


def _state(state: GateState) -> str:
    label, colour = STATE_TEXT[state]
    return f"<span style='color:{colour}'><b>{label}</b></span>"


def _reason(reason: Reason) -> str:
    """The sentence with each value isolated, so a right-to-left name does not reorder its neighbours."""
    return _e(TEMPLATES[reason.code]).format(**{key: _i(value) for key, value in reason.params})


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _i(text: str) -> str:
    return f"\u2068{_e(text)}\u2069"  # first-strong isolate ... pop directional isolate
