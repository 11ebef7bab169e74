"""The completion report's charts as SVG: ChartPainter draws them with QPainter onto a QSvgGenerator, and the
Typst writer places each as an image with alternative text (the figures are also in the report's tables).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgGenerator

from trainer_app.core.domain.report import GroupRow, QuizRow, ReportData, TimePoint
from trainer_app.core.exchange.report_labels import report_label
from trainer_app.pdf.fonts import certificate_families, ensure_gui, make_font
from trainer_app.pdf.report_charts import ChartPainter

DPI = 96
WIDTH_MM = 180.0
PAD_MM = 6.0


@dataclass(frozen=True)
class Chart:
    title: str
    svg: str
    height_mm: float


def _draw(height_mm: float, right_to_left: bool, draw: Callable[[ChartPainter, QRectF], None]) -> str:
    unit = DPI / 25.4
    size = QSize(round(WIDTH_MM * unit), round(height_mm * unit))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setResolution(DPI)
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    painter = QPainter(generator)
    try:
        chart = ChartPainter(painter, unit, make_font(certificate_families(right_to_left), 9))
        # The value axis labels are centred on their ticks: room at the end keeps the last one inside the image.
        draw(chart, QRectF(0, 0, size.width() - PAD_MM * unit, size.height()))
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data()).decode("utf-8")


def _series(groups: Sequence[GroupRow], language: str) -> list[tuple[str, str, list[float]]]:
    return [
        (report_label("completed", language), "#2e7d32", [g.completed for g in groups]),
        (report_label("in_progress", language), "#f9a825", [g.in_progress for g in groups]),
        (report_label("not_started", language), "#b0bec5", [g.not_started for g in groups]),
    ]


def _by_key(points: Sequence[TimePoint]) -> dict[str, list[Any]]:
    found: dict[str, list[Any]] = {}
    for point in points:
        found.setdefault(point.key, []).append((point.day, point.completed))
    return found


def group_charts(report: ReportData, right_to_left: bool) -> list[Chart]:
    """Completion per role and per agency (the twelve largest groups), stacked by status."""
    charts = []
    for key, groups in (("role_chart", report.per_role), ("agency_chart", report.per_agency)):
        title = report_label(key, report.language)
        shown = sorted(groups, key=lambda g: -g.learners)[:12]
        height = 26 + 7 * len(shown)
        labels = [g.title or "—" for g in shown]
        series = _series(shown, report.language)
        svg = _draw(height, right_to_left, lambda c, r: c.bars(r, title, labels, series))  # noqa: B023
        charts.append(Chart(title, svg, height))
    return charts


def time_charts(report: ReportData, right_to_left: bool) -> list[Chart]:
    """Cumulative completions per role and per agency over time."""
    charts = []
    for key, points in (("role_time", report.over_time_role), ("agency_time", report.over_time_agency)):
        title = report_label(key, report.language)
        series = _by_key(points)
        charts.append(Chart(title, _draw(70, right_to_left, lambda c, r: c.steps(r, title, series)), 70))  # noqa: B023
    return charts


def quiz_chart(report: ReportData, right_to_left: bool) -> Chart:
    """Pass rates of the fifteen weakest quizzes that learners took."""
    quizzes: Sequence[QuizRow] = report.quizzes
    # A quiz nobody tried has no pass rate: it is left out, never ranked as the lowest.
    rated = sorted((q.pass_rate, q.title) for q in quizzes if q.pass_rate is not None)
    taken = rated[:15]
    title = report_label("quiz_chart", report.language)
    if len(taken) < len(rated):
        title = report_label("quiz_chart_some", report.language, count=len(taken))
    height = 22 + 7 * len(taken)
    labels = [title_ for _, title_ in taken]
    rates = [rate for rate, _ in taken]
    series = [(report_label("pass_rate", report.language), "#1f5f8b", rates)]
    return Chart(
        title, _draw(height, right_to_left, lambda c, r: c.bars(r, title, labels, series, 100, " %")), height
    )


def all_charts(report: ReportData, right_to_left: bool) -> tuple[list[Chart], list[Chart], Chart]:
    ensure_gui()
    return (
        group_charts(report, right_to_left),
        time_charts(report, right_to_left),
        quiz_chart(report, right_to_left),
    )
