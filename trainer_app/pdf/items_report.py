"""The item analysis PDF: per quiz, each question's attempts, facility, discrimination and flags, then how often
each option was chosen. It reads ItemReport only and draws with the completion report's page and table code.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

from trainer_app.core.domain.item_report import ItemReport
from trainer_app.pdf.fonts import ensure_gui
from trainer_app.pdf.painted_tables import (
    MARGIN_MM,
    PAGE_H_MM,
    PAGE_W_MM,
    RESOLUTION,
    Column,
    PaintedDocument,
)


def write_item_report(report: ItemReport, path: Path) -> None:
    ensure_gui()
    writer = QPdfWriter(str(path))
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setResolution(RESOLUTION)
    writer.setTitle(f"Item analysis — {report.pack_title}")
    writer.setCreator("CPIMS+ Trainer")
    painter = QPainter(writer)
    try:
        _ItemDocument(painter, writer, report).draw()
    finally:
        painter.end()
    if path.stat().st_size == 0:
        raise OSError(f"{path} could not be written")


def _number(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


ITEM_COLUMNS: list[Column] = [
    ("Question", 26, lambda r: r.question_id, False),
    ("Prompt", 66, lambda r: r.prompt, False),
    ("Attempts", 16, lambda r: f"{r.attempts:,}", True),
    ("Facility", 16, lambda r: _number(r.facility), True),
    ("Discrim.", 16, lambda r: _number(r.discrimination), True),
    ("Flags", 40, lambda r: r.describe_flags() or "—", False),
]
OPTION_COLUMNS: list[Column] = [
    ("Question", 26, lambda r: r[0], False),
    ("Option", 110, lambda r: r[1].option, False),
    ("Correct", 20, lambda r: "correct" if r[1].is_correct else "", False),
    ("Chosen", 24, lambda r: f"{r[1].chosen:,}", True),
]


class _ItemDocument(PaintedDocument):
    """The shared page, text and table drawing, with this report's pages and footer."""

    report: Any

    def draw(self) -> None:
        r = self.report
        width = PAGE_W_MM - 2 * MARGIN_MM
        self.text(MARGIN_MM, self.y, width, 10, "Item analysis", size=18, bold=True)
        meta = f"{r.pack_title} {r.pack_version} · generated {r.generated_at:%Y-%m-%d %H:%M} UTC"
        self.text(MARGIN_MM, self.y + 11, width, 5, meta, size=8.5)
        note = (
            "Facility: mean score on the question (0–1). Discrimination: correlation of the question score "
            "with the rest of the test (−1 to 1)."
        )
        self.text(MARGIN_MM, self.y + 17, width, 5, note, size=7.5)
        self.y += 26
        for index, quiz in enumerate(r.quizzes):
            if index:
                self.new_page()
            self._table(f"{quiz.title} ({quiz.attempts:,} attempts)", ITEM_COLUMNS, quiz.items)
            rows = [(item.question_id, option) for item in quiz.items for option in item.options]
            if rows:
                self._table("Options chosen", OPTION_COLUMNS, rows)
        if not r.quizzes:
            self.text(MARGIN_MM, self.y, width, 6, "No quiz in this pack.", size=10)
        self._footer()

    def _footer(self) -> None:
        line = f"CPIMS+ Trainer · item analysis · {self.report.pack_title} · page {self.page}"
        self.text(MARGIN_MM, PAGE_H_MM - 10, PAGE_W_MM - 2 * MARGIN_MM, 5, line, size=7)
