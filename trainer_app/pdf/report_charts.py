"""Charts for the completion report PDF, drawn with QPainter as vectors: stacked bars, percentage bars and
step lines of cumulative completions. Coordinates are device pixels; `unit` is one millimetre in pixels.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen

INK = QColor("#1b2a3a")
GRID = QColor("#d5dbe0")
MAX_STEPS = 5  # an axis has at most this many steps
LINE_COLOURS = ("#1f5f8b", "#2e7d32", "#b3261e", "#a86b00", "#6a1b9a", "#00838f")


def nice_top(value: float) -> tuple[float, int]:
    """A round top for an axis and its number of steps (1, 2, 5 × 10^n)."""
    value = max(1.0, value)
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10**4, 10**5, 10**6):
        if value / step <= MAX_STEPS:
            steps = int(-(-value // step))
            return float(steps * step), steps
    return value, MAX_STEPS


class ChartPainter:
    def __init__(self, painter: QPainter, unit: float, font: QFont) -> None:
        self.p = painter
        self.u = unit
        self.font = font

    def _text(
        self, rect: QRectF, text: str, align: Qt.AlignmentFlag, size: float = 7.5, bold: bool = False
    ) -> None:
        font = QFont(self.font)
        font.setPointSizeF(size)
        font.setBold(bold)
        self.p.setFont(font)
        self.p.setPen(INK)
        metrics = self.p.fontMetrics()
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width()))
        self.p.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), elided)

    def title(self, rect: QRectF, text: str) -> QRectF:
        self._text(
            QRectF(rect.left(), rect.top(), rect.width(), 6 * self.u),
            text,
            Qt.AlignmentFlag.AlignLeft,
            9.5,
            True,
        )
        return rect.adjusted(0, 8 * self.u, 0, 0)

    def bars(
        self,
        rect: QRectF,
        title: str,
        labels: Sequence[str],
        series: Sequence[tuple[str, str, Sequence[float]]],
        top: float | None = None,
        suffix: str = "",
    ) -> None:
        """Horizontal bars, stacked when several series are given; a legend below."""
        area = self.title(rect, title)
        legend_h = 6 * self.u if len(series) > 1 else 0
        label_w = min(area.width() * 0.35, 45 * self.u)
        plot = QRectF(
            area.left() + label_w, area.top(), area.width() - label_w, area.height() - 6 * self.u - legend_h
        )
        totals = [sum(s[2][i] for s in series) for i in range(len(labels))]
        axis_top, steps = nice_top(top if top is not None else max(totals, default=1.0))
        self._value_grid(plot, axis_top, steps, suffix)
        if not labels:
            self._text(plot, "—", Qt.AlignmentFlag.AlignCenter)
            return
        slot = plot.height() / len(labels)
        for i, label in enumerate(labels):
            y = plot.top() + i * slot
            self._text(QRectF(area.left(), y, label_w - 2 * self.u, slot), label, Qt.AlignmentFlag.AlignRight)
            x = plot.left()
            for _, colour, values in series:
                width = plot.width() * values[i] / axis_top
                self.p.fillRect(QRectF(x, y + slot * 0.2, width, slot * 0.6), QColor(colour))
                x += width
        if legend_h:
            self._legend(
                QRectF(plot.left(), plot.bottom() + 6 * self.u, plot.width(), legend_h),
                [(name, colour) for name, colour, _ in series],
            )

    def _value_grid(self, plot: QRectF, top: float, steps: int, suffix: str) -> None:
        for step in range(steps + 1):
            x = plot.left() + plot.width() * step / steps
            self.p.setPen(QPen(GRID, max(1.0, self.u * 0.2)))
            self.p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            value = top * step / steps
            label = f"{value:.0f}{suffix}"
            self._text(
                QRectF(x - 10 * self.u, plot.bottom() + self.u, 20 * self.u, 4 * self.u),
                label,
                Qt.AlignmentFlag.AlignHCenter,
                6.5,
            )

    def _legend(self, rect: QRectF, entries: Sequence[tuple[str, str]]) -> None:
        x = rect.left()
        for name, colour in entries:
            self.p.fillRect(QRectF(x, rect.top() + 1.5 * self.u, 3 * self.u, 3 * self.u), QColor(colour))
            width = min(45 * self.u, (len(name) + 4) * 1.6 * self.u)
            self._text(
                QRectF(x + 4 * self.u, rect.top(), width, 6 * self.u), name, Qt.AlignmentFlag.AlignLeft, 7
            )
            x += width + 6 * self.u

    def steps(self, rect: QRectF, title: str, series: dict[str, list[tuple[date, int]]]) -> None:
        """Cumulative completions per group as step lines over dates."""
        area = self.title(rect, title)
        keys = sorted(series, key=lambda k: -series[k][-1][1])[: len(LINE_COLOURS)]
        plot = QRectF(
            area.left() + 10 * self.u, area.top(), area.width() - 12 * self.u, area.height() - 18 * self.u
        )
        days = [d for k in keys for d, _ in series[k]]
        if not days:
            self._text(plot, "—", Qt.AlignmentFlag.AlignCenter)
            return
        first, last = min(days), max(days)
        span = max(1, (last - first).days + 1)
        top, ticks = nice_top(max(series[k][-1][1] for k in keys))
        self._count_axis(plot, top, ticks)
        self._date_axis(plot, first, last)

        def point(day: date, value: float) -> QPointF:
            return QPointF(
                plot.left() + plot.width() * (day - first).days / span,
                plot.bottom() - plot.height() * value / top,
            )

        for key, colour in zip(keys, LINE_COLOURS, strict=False):
            path = QPainterPath(point(first, 0))
            before = 0
            for day, value in series[key]:
                path.lineTo(point(day, before))
                path.lineTo(point(day, value))
                before = value
            path.lineTo(QPointF(plot.right(), point(last, before).y()))
            self.p.setPen(QPen(QColor(colour), 0.6 * self.u))
            self.p.setBrush(Qt.BrushStyle.NoBrush)
            self.p.drawPath(path)
        self._legend(
            QRectF(plot.left(), plot.bottom() + 9 * self.u, plot.width(), 6 * self.u),
            [(k or "—", c) for k, c in zip(keys, LINE_COLOURS, strict=False)],
        )

    def _count_axis(self, plot: QRectF, top: float, ticks: int) -> None:
        for step in range(ticks + 1):
            y = plot.bottom() - plot.height() * step / ticks
            self.p.setPen(QPen(GRID, max(1.0, self.u * 0.2)))
            self.p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            self._text(
                QRectF(plot.left() - 10 * self.u, y - 2 * self.u, 9 * self.u, 4 * self.u),
                f"{top * step / ticks:.0f}",
                Qt.AlignmentFlag.AlignRight,
                6.5,
            )

    def _date_axis(self, plot: QRectF, first: date, last: date) -> None:
        labels = [first, last] if first != last else [first]
        for index, day in enumerate(labels):
            align = Qt.AlignmentFlag.AlignLeft if index == 0 else Qt.AlignmentFlag.AlignRight
            left = plot.left() if index == 0 else plot.right() - 30 * self.u
            self._text(
                QRectF(left, plot.bottom() + self.u, 30 * self.u, 4 * self.u), day.isoformat(), align, 6.5
            )
