"""Helpers that keep screens inside a small laptop screen: scrolling pages and a window sized to the screen."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QScrollArea, QWidget

PREFERRED_SIZE = QSize(1180, 760)  # the size a roomy screen gets; smaller screens get what they have


def scroll_page(page: QWidget, name: str) -> QScrollArea:
    """`page` in a frameless scroll area: it fills the space when there is room and scrolls when there is not,
    so a page with many stacked groups never makes its window taller than the screen."""
    # here, not at the top: the main window imports this module before its first paint, when no `Qt` enum is
    # touched yet (the first one builds the whole namespace's)
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFrame

    area = QScrollArea()
    area.setObjectName(f"{page.objectName() or type(page).__name__}Scroll")
    area.setAccessibleName(name)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setWidget(page)
    return area


def fits_screen(window: QWidget) -> bool:
    """Size a window before it is first shown: the preferred size when the screen has room, and True; otherwise
    the screen's free area (without the taskbar), and False: the caller shows it maximised, so no part of the
    window starts off-screen.

    The caller maximises (`showMaximized`) rather than this function: setting the window state here would need a
    `Qt` enum, and the main window sizes itself before its first paint, when none is touched yet."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(PREFERRED_SIZE)
        return True
    free = screen.availableGeometry()
    frame = window.frameGeometry().size() - window.geometry().size()  # title bar and borders, once shown
    room = QSize(free.width() - frame.width(), free.height() - frame.height())
    size = PREFERRED_SIZE.boundedTo(room)
    window.resize(size)
    window.move(
        free.x() + (free.width() - size.width() - frame.width()) // 2,
        free.y() + (free.height() - size.height() - frame.height()) // 2,
    )
    return room.width() >= PREFERRED_SIZE.width() and room.height() >= PREFERRED_SIZE.height()
