"""The completion report PDF for partners: summary, charts (drawn as vectors), the tables per role, agency and
quiz, the most missed questions and every learner. It reads ReportData only, so its numbers are the screen's.
The caller (core/services/reports) writes it to a temporary file and renames it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from trainer_app.core.domain.report import GroupRow, LearnerStatus, ReportData, TimePoint
from trainer_app.pdf.fonts import certificate_families, ensure_gui, make_font
from trainer_app.pdf.report_charts import GRID, INK, ChartPainter

RESOLUTION = 150
PAGE_W_MM, PAGE_H_MM, MARGIN_MM = 210.0, 297.0, 15.0
ROW_MM = 5.2
STATUS = {LearnerStatus.COMPLETED: "Completed", LearnerStatus.IN_PROGRESS: "In progress",
          LearnerStatus.NOT_STARTED: "Not started", LearnerStatus.NO_TRACK: "No track"}  # fmt: skip
Column = tuple[str, float, Callable[[Any], str], bool]  # header, width (mm), text, right-aligned


def write_completion_report(report: ReportData, path: Path) -> None:
    ensure_gui()
    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))  # fmt: skip
    writer.setResolution(RESOLUTION)
    writer.setTitle(f"Training completion — {report.pack_title}")
    writer.setCreator("CPIMS+ Trainer")
    painter = QPainter(writer)
    try:
        _Document(painter, writer, report).draw()
    finally:
        painter.end()
    if path.stat().st_size == 0:
        raise OSError(f"{path} could not be written")


class _Document:
    def __init__(self, painter: QPainter, writer: QPdfWriter, report: ReportData) -> None:
        self.p, self.writer, self.report = painter, writer, report
        self.u = RESOLUTION / 25.4
        self.font = make_font(certificate_families(False), 9)
        self.charts = ChartPainter(painter, self.u, self.font)
        self.page = 1
        self.y = MARGIN_MM

    def mm(self, left: float, top: float, width: float, height: float) -> QRectF:
        return QRectF(left * self.u, top * self.u, width * self.u, height * self.u)

    def text(self, left: float, top: float, width: float, height: float, text: str, size: float = 9,
             bold: bool = False, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> None:  # fmt: skip
        font = QFont(self.font)
        font.setPointSizeF(size)
        font.setBold(bold)
        self.p.setFont(font)
        self.p.setPen(INK)
        rect = self.mm(left, top, width, height)
        elided = self.p.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width()))
        self.p.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), elided)

    def new_page(self) -> None:
        self._footer()
        self.writer.newPage()
        self.page += 1
        self.y = MARGIN_MM

    def _footer(self) -> None:
        line = f"CPIMS+ Trainer · training completion · {self.report.pack_title} · page {self.page}"
        self.text(MARGIN_MM, PAGE_H_MM - 10, PAGE_W_MM - 2 * MARGIN_MM, 5, line, 7)

    def draw(self) -> None:
        self._summary()
        self._charts()
        self.new_page()
        self._time_charts()
        self._table("Per role", _group_columns("Role"), self.report.per_role)
        self._table("Per agency", _group_columns("Agency"), self.report.per_agency)
        self.new_page()
        self._quizzes()
        self.new_page()
        self._table("Learners", LEARNER_COLUMNS, self.report.learners)
        self._footer()

    def _summary(self) -> None:
        r = self.report
        width = PAGE_W_MM - 2 * MARGIN_MM
        self.text(MARGIN_MM, self.y, width, 10, "Training completion report", 18, True)
        meta = (f"{r.pack_title} {r.pack_version} · {r.filter.describe()} · "
                f"generated {r.generated_at:%Y-%m-%d %H:%M} UTC")  # fmt: skip
        self.text(MARGIN_MM, self.y + 11, width, 5, meta, 8.5)
        rows = r.learners
        done = sum(1 for x in rows if x.status is LearnerStatus.COMPLETED)
        going = sum(1 for x in rows if x.status is LearnerStatus.IN_PROGRESS)
        tiles = (("Learners", len(rows)), ("Completed", done), ("In progress", going),
                 ("Not started", len(rows) - done - going), ("Certificates", sum(x.certificates for x in rows)))  # fmt: skip
        tile_w = width / len(tiles)
        for index, (label, value) in enumerate(tiles):
            left = MARGIN_MM + index * tile_w
            self.p.fillRect(self.mm(left + 1, self.y + 19, tile_w - 2, 18), QColor("#e8eef3"))
            self.text(left + 3, self.y + 20, tile_w - 6, 9, f"{value:,}", 15, True)
            self.text(left + 3, self.y + 29, tile_w - 6, 6, label, 8)
        self.y += 42
        if r.pending_records:
            note = f"{r.pending_records:,} records from untrusted keys are kept aside and not counted here."
            self.text(MARGIN_MM, self.y, width, 5, note, 8, True)
            self.y += 7

    def _charts(self) -> None:
        width = PAGE_W_MM - 2 * MARGIN_MM

        def series(groups: Sequence[GroupRow]) -> list[tuple[str, str, Sequence[float]]]:
            return [
                ("Completed", "#2e7d32", [g.completed for g in groups]),
                ("In progress", "#f9a825", [g.in_progress for g in groups]),
                ("Not started", "#b0bec5", [g.not_started for g in groups]),
            ]

        for title, groups in (("Completion per role", self.report.per_role),
                              ("Completion per agency", self.report.per_agency)):  # fmt: skip
            shown = sorted(groups, key=lambda g: -g.learners)[:12]
            height = 26 + 7 * len(shown)
            self.charts.bars(self.mm(MARGIN_MM, self.y, width, height), title, [g.title or "—" for g in shown],
                             series(shown))  # fmt: skip
            self.y += height + 6

    def _time_charts(self) -> None:
        width = PAGE_W_MM - 2 * MARGIN_MM
        for title, points in (("Completion per role over time", self.report.over_time_role),
                              ("Completion per agency over time", self.report.over_time_agency)):  # fmt: skip
            self.charts.steps(self.mm(MARGIN_MM, self.y, width, 70), title, _series(points))
            self.y += 76

    def _quizzes(self) -> None:
        width = PAGE_W_MM - 2 * MARGIN_MM
        quizzes = self.report.quizzes
        taken = sorted((q for q in quizzes if q.learners), key=lambda q: (q.pass_rate, q.title))[:15]
        title = "Quiz pass rates (learners who passed)"
        if len(taken) < len(quizzes):
            title = f"Quiz pass rates: the {len(taken)} lowest of the quizzes taken (all in the table below)"
        height = 22 + 7 * len(taken)
        self.charts.bars(self.mm(MARGIN_MM, self.y, width, height), title, [q.title for q in taken],
                         [("Pass rate", "#1f5f8b", [q.pass_rate for q in taken])], 100, " %")  # fmt: skip
        self.y += height + 6
        self._table("Quizzes", QUIZ_COLUMNS, quizzes)
        missed = [q for q in self.report.questions if q.wrong][:20]
        self._table("Most missed questions", QUESTION_COLUMNS, missed)

    def _table(self, title: str, columns: Sequence[Column], rows: Sequence[Any]) -> None:
        if self.y + 4 * ROW_MM > PAGE_H_MM - 20:
            self.new_page()
        self.text(MARGIN_MM, self.y, 120, 7, title, 11, True)
        self.y += 8
        self._header(columns)
        for index, row in enumerate(rows):
            if self.y + ROW_MM > PAGE_H_MM - 20:
                self.new_page()
                self._header(columns)
            if index % 2:
                self.p.fillRect(
                    self.mm(MARGIN_MM, self.y, PAGE_W_MM - 2 * MARGIN_MM, ROW_MM), QColor("#f4f6f8")
                )
            self._cells(columns, [c[2](row) for c in columns], 7.5, False)
        self.y += 5

    def _header(self, columns: Sequence[Column]) -> None:
        self.p.fillRect(self.mm(MARGIN_MM, self.y, PAGE_W_MM - 2 * MARGIN_MM, ROW_MM), QColor("#dde5ec"))
        self._cells(columns, [c[0] for c in columns], 7.5, True)
        self.p.setPen(QPen(GRID, 1))

    def _cells(self, columns: Sequence[Column], texts: Sequence[str], size: float, bold: bool) -> None:
        left = MARGIN_MM
        for (_, width, _, right), text in zip(columns, texts, strict=True):
            align = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
            self.text(left + 1, self.y, width - 2, ROW_MM, text, size, bold, align)
            left += width
        self.y += ROW_MM


def _series(points: Sequence[TimePoint]) -> dict[str, list[Any]]:
    found: dict[str, list[Any]] = {}
    for point in points:
        found.setdefault(point.key, []).append((point.day, point.completed))
    return found


def _pct(value: float) -> str:
    return f"{value:.1f}"


def _group_columns(name: str) -> list[Column]:
    return [(name, 52, lambda g: g.title or "—", False), ("Learners", 20, lambda g: f"{g.learners:,}", True),
            ("Completed", 20, lambda g: f"{g.completed:,}", True), ("In progress", 22, lambda g: f"{g.in_progress:,}", True),
            ("Not started", 22, lambda g: f"{g.not_started:,}", True),
            ("% completed", 22, lambda g: _pct(g.percent_completed), True),
            ("Certificates", 22, lambda g: f"{g.certificates:,}", True)]  # fmt: skip


LEARNER_COLUMNS: list[Column] = [
    ("Name", 40, lambda r: r.name, False), ("Role", 28, lambda r: r.role_title, False),
    ("Agency", 28, lambda r: r.agency, False), ("Site", 20, lambda r: r.site, False),
    ("Status", 18, lambda r: STATUS[r.status], False), ("%", 12, lambda r: _pct(r.percent), True),
    ("Certs", 12, lambda r: str(r.certificates), True),
    ("Completed", 22, lambda r: f"{r.completed_at:%Y-%m-%d}" if r.completed_at else "", False),
]  # fmt: skip
QUIZ_COLUMNS: list[Column] = [
    ("Quiz", 70, lambda q: q.title, False), ("Attempts", 20, lambda q: f"{q.attempts:,}", True),
    ("Learners", 20, lambda q: f"{q.learners:,}", True), ("Passed", 20, lambda q: f"{q.learners_passed:,}", True),
    ("Pass rate %", 25, lambda q: _pct(q.pass_rate), True), ("Mean score %", 25, lambda q: _pct(q.mean_score), True),
]  # fmt: skip
QUESTION_COLUMNS: list[Column] = [
    ("Question", 28, lambda q: q.question_id, False), ("Prompt", 100, lambda q: q.prompt, False),
    ("Answered", 17, lambda q: f"{q.answered:,}", True), ("Wrong", 15, lambda q: f"{q.wrong:,}", True),
    ("Missed %", 20, lambda q: _pct(q.miss_rate), True),
]  # fmt: skip
