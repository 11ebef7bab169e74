"""Helpers that keep screens inside a small laptop screen: scrolling pages and a window sized to the screen."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

PREFERRED_SIZE = QSize(1180, 760)  # the size a roomy screen gets; smaller screens get what they have


def scroll_page(page: QWidget, name: str) -> QScrollArea:
    """`page` in a frameless scroll area: it fills the space when there is room and scrolls when there is not,
    so a page with many stacked groups never makes its window taller than the screen."""
    area = QScrollArea()
    area.setObjectName(f"{page.objectName() or type(page).__name__}Scroll")
    area.setAccessibleName(name)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setWidget(page)
    return area


def fit_to_screen(window: QWidget) -> None:
    """Open at the preferred size when the screen has room; otherwise fill the screen's free area
    (without the taskbar), so no part of the window starts off-screen."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(PREFERRED_SIZE)
        return
    free = screen.availableGeometry()
    frame = window.frameGeometry().size() - window.geometry().size()  # title bar and borders, once shown
    room = QSize(free.width() - frame.width(), free.height() - frame.height())
    size = PREFERRED_SIZE.boundedTo(room)
    window.resize(size)
    window.move(
        free.x() + (free.width() - size.width() - frame.width()) // 2,
        free.y() + (free.height() - size.height() - frame.height()) // 2,
    )
    if room.width() < PREFERRED_SIZE.width() or room.height() < PREFERRED_SIZE.height():
        # after the resize, which would otherwise clear it: a small screen is used whole
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
