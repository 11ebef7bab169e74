"""Status and kind labels and icons, shared by every list that shows progress."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from trainer_app.core.domain.pack import ActivityKind
from trainer_app.core.domain.progress import Status

STATUS_COLOURS = {
    Status.COMPLETED: "#2e7d32",
    Status.IN_PROGRESS: "#f9a825",
    Status.NOT_STARTED: "#9e9e9e",
    Status.LOCKED: "#616161",
}


def status_label(status: Status) -> str:
    labels = {
        Status.COMPLETED: QCoreApplication.translate("status", "Completed"),
        Status.IN_PROGRESS: QCoreApplication.translate("status", "In progress"),
        Status.NOT_STARTED: QCoreApplication.translate("status", "Not started"),
        Status.LOCKED: QCoreApplication.translate("status", "Locked"),
    }
    return labels[status]


def kind_label(kind: ActivityKind) -> str:
    labels = {
        ActivityKind.GUIDE: QCoreApplication.translate("kind", "Guide"),
        ActivityKind.VIDEO: QCoreApplication.translate("kind", "Video"),
        ActivityKind.SLIDES: QCoreApplication.translate("kind", "Slides"),
        ActivityKind.QUIZ: QCoreApplication.translate("kind", "Quiz"),
        ActivityKind.WALKTHROUGH: QCoreApplication.translate("kind", "Walkthrough"),
    }
    return labels[kind]


_icons: dict[Status, QIcon] = {}


def status_icon(status: Status) -> QIcon:
    """A small drawn icon (filled, half or empty circle, or a padlock bar) — no image files to ship."""
    if status not in _icons:
        pixmap = QPixmap(16, 16)
        pixmap.fill(QColor(0, 0, 0, 0))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(STATUS_COLOURS[status])
        painter.setPen(colour)
        if status is Status.COMPLETED:
            painter.setBrush(colour)
            painter.drawEllipse(2, 2, 12, 12)
        elif status is Status.IN_PROGRESS:
            painter.drawEllipse(2, 2, 12, 12)
            painter.setBrush(colour)
            painter.drawPie(2, 2, 12, 12, 90 * 16, 180 * 16)
        elif status is Status.LOCKED:
            painter.setBrush(colour)
            painter.drawRect(4, 7, 8, 7)
            painter.setBrush(QColor(0, 0, 0, 0))
            painter.drawArc(5, 2, 6, 9, 0, 180 * 16)
        else:
            painter.drawEllipse(2, 2, 12, 12)
        painter.end()
        _icons[status] = QIcon(pixmap)
    return _icons[status]
