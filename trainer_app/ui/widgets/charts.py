"""Trainer charts (QtCharts), drawn from the report's group, time, quiz and question rows: completion per role
and agency (now and over time), quiz pass rates and the most missed questions.
"""

from __future__ import annotations

import html
import textwrap
from collections.abc import Sequence
from datetime import date

from PySide6.QtCharts import (
    QAbstractSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QMargins, Qt, QTime, QTimeZone
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGridLayout, QScrollArea, QWidget

from trainer_app.core.domain.report import GroupRow, QuestionRow, QuizRow, ReportData, TimePoint

_MAX_TICKS = 6  # a count axis has at most this many steps

MAX_GROUPS = 10
MAX_SERIES = 6
STATUS_COLOURS = ("#2e7d32", "#f9a825", "#b0bec5")


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.legend().setShowToolTips(True)  # a legend entry too long for its space shows whole on hover
    chart.setMargins(QMargins(4, 4, 4, 4))
    return chart


def _small_labels(axis: QBarCategoryAxis) -> None:
    """Category labels a little smaller and never cut to "…", so each bar keeps its name."""
    axis.setTruncateLabels(False)
    font = axis.labelsFont()
    font.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
    axis.setLabelsFont(font)


def _wrapped(text: str, width: int = 24) -> str:
    """A whole title on as many lines as it needs (axis labels are rich text): never cut to "…"."""
    lines = textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False) or [""]
    return "<br>".join(html.escape(line) for line in lines)


def status_chart(groups: Sequence[GroupRow], title: str) -> QChart:
    """Learners per group: completed, in progress, not started (stacked bars)."""
    chart = _chart(title)
    shown = sorted(groups, key=lambda g: -g.learners)[:MAX_GROUPS][::-1]
    series = QHorizontalStackedBarSeries()
    for label, colour, values in (
        (QCoreApplication.translate("Charts", "Completed"), STATUS_COLOURS[0], [g.completed for g in shown]),
        (
            QCoreApplication.translate("Charts", "In progress"),
            STATUS_COLOURS[1],
            [g.in_progress for g in shown],
        ),
        (
            QCoreApplication.translate("Charts", "Not started"),
            STATUS_COLOURS[2],
            [g.not_started for g in shown],
        ),
    ):
        bar = QBarSet(label)
        bar.setColor(QColor(colour))
        bar.append([float(v) for v in values])
        series.append(bar)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append([_wrapped(g.title or QCoreApplication.translate("Charts", "(none)")) for g in shown])
    _small_labels(categories)
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    _value_axis(chart, series, max([g.learners for g in shown] or [1]), "%d", Qt.AlignmentFlag.AlignBottom)
    return chart


def _value_axis(
    chart: QChart, series: QAbstractSeries, top: float, fmt: str, where: Qt.AlignmentFlag
) -> QValueAxis:
    axis = _count_axis(top) if fmt == "%d" else QValueAxis()
    if fmt != "%d":
        axis.setRange(0, max(1.0, float(top)))
        axis.setTickCount(5)
    axis.setLabelFormat(fmt)
    chart.addAxis(axis, where)
    series.attachAxis(axis)
    return axis


def _count_axis(top: float) -> QValueAxis:
    """Whole numbers only: ticks at round steps (1, 2, 5, 10, …) from 0 to a little above `top`."""
    top = max(1, int(top))
    step = next(
        s
        for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10**4, 10**5)
        if top / s <= _MAX_TICKS
    )
    ticks = -(-top // step)
    axis = QValueAxis()
    axis.setRange(0, ticks * step)
    axis.setTickCount(ticks + 1)
    axis.setLabelFormat("%d")
    return axis


def over_time_chart(points: Sequence[TimePoint], title: str) -> QChart:
    """Learners who had completed their track, per group, by date (cumulative)."""
    chart = _chart(title)
    finals: dict[str, int] = {}
    for point in points:
        finals[point.key] = point.completed
    keys = sorted(finals, key=lambda k: -finals[k])[:MAX_SERIES]
    days = [p.day for p in points] or [date.today()]
    axis_x = QDateTimeAxis()
    axis_x.setFormat("yyyy-MM-dd")
    axis_x.setRange(_when(min(days)), _when(max(days)).addDays(1))
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    axis_y = _count_axis(max(finals.values(), default=1))
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    end = float(_when(max(days)).addDays(1).toMSecsSinceEpoch())
    for key in keys:
        series = QLineSeries()
        series.setName(key or QCoreApplication.translate("Charts", "(none)"))
        before = 0.0
        for point in (p for p in points if p.key == key):  # a step: the count rises on the day it changes
            x = float(_when(point.day).toMSecsSinceEpoch())
            series.append(x, before)
            series.append(x, float(point.completed))
            before = float(point.completed)
        series.append(end, before)
        chart.addSeries(series)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
    return chart


def _when(day: date) -> QDateTime:
    return QDateTime(QDate(day), QTime(0, 0), QTimeZone.utc())


def percent_bars(
    labels: Sequence[str], values: Sequence[float], title: str, name: str, colour: str
) -> QChart:
    chart = _chart(title)
    series = QHorizontalBarSeries()
    bar = QBarSet(name)
    bar.setColor(QColor(colour))
    bar.append([float(v) for v in values][::-1])
    series.append(bar)
    chart.addSeries(series)
    axis = QBarCategoryAxis()
    axis.append([_wrapped(label, 34) for label in labels][::-1] or [""])
    _small_labels(axis)
    chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis)
    _value_axis(chart, series, 100, "%d %%", Qt.AlignmentFlag.AlignBottom)
    chart.legend().setVisible(False)
    return chart


def pass_rate_chart(quizzes: Sequence[QuizRow], count: int = 10) -> QChart:
    """The quizzes with the lowest pass rates (where help is needed first), among those taken."""
    # A quiz nobody tried has no pass rate: it is left out, never ranked as the lowest.
    rated = sorted((q.pass_rate, q.title) for q in quizzes if q.pass_rate is not None)
    taken = rated[:count]
    title = (
        QCoreApplication.translate("Charts", "Quiz pass rates")
        if len(taken) == len(rated)
        else QCoreApplication.translate("Charts", "Quiz pass rates (lowest {n})").format(n=count)
    )
    return percent_bars(
        [title_ for _, title_ in taken],
        [rate for rate, _ in taken],
        title,
        QCoreApplication.translate("Charts", "Learners who passed"),
        "#1f5f8b",
    )


def missed_chart(questions: Sequence[QuestionRow], count: int = 10) -> QChart:
    top = [q for q in questions if q.wrong][:count]
    labels = [q.prompt or q.question_id for q in top]  # what the question asks; its id only without a prompt
    title = (
        QCoreApplication.translate("Charts", "Most missed questions")
        if top
        else QCoreApplication.translate("Charts", "Most missed questions: no wrong answers yet")
    )
    return percent_bars(
        labels,
        [q.miss_rate for q in top],
        title,
        QCoreApplication.translate("Charts", "Answered wrong"),
        "#b3261e",
    )


class ChartsPanel(QScrollArea):
    """Six charts in a grid (scrolling when the window is small); `set_report` redraws them all."""

    def __init__(self) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        inner = QWidget()
        self.setWidget(inner)
        self.views = [QChartView() for _ in range(6)]
        names = (
            QCoreApplication.translate("Charts", "Completion per role"),
            QCoreApplication.translate("Charts", "Completion per agency"),
            QCoreApplication.translate("Charts", "Completion per role over time"),
            QCoreApplication.translate("Charts", "Completion per agency over time"),
            QCoreApplication.translate("Charts", "Quiz pass rates"),
            QCoreApplication.translate("Charts", "Most missed questions"),
        )
        layout = QGridLayout(inner)
        for index, (view, name) in enumerate(zip(self.views, names, strict=True)):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setAccessibleName(name)
            view.setMinimumSize(300, 300)
            layout.addWidget(view, index // 2, index % 2)
        for view in self.views[4:]:
            view.setMinimumHeight(480)  # whole quiz titles and question prompts, wrapped, for ten bars

    def set_report(self, report: ReportData) -> None:
        charts = (
            status_chart(report.per_role, QCoreApplication.translate("Charts", "Completion per role")),
            status_chart(report.per_agency, QCoreApplication.translate("Charts", "Completion per agency")),
            over_time_chart(
                report.over_time_role, QCoreApplication.translate("Charts", "Completion per role over time")
            ),
            over_time_chart(
                report.over_time_agency,
                QCoreApplication.translate("Charts", "Completion per agency over time"),
            ),
            pass_rate_chart(report.quizzes),
            missed_chart(report.questions),
        )
        for view, chart in zip(self.views, charts, strict=True):
            old = view.chart()
            view.setChart(chart)
            if old is not None and old is not chart:
                old.deleteLater()
