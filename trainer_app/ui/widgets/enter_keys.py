"""Enter and Return press the focused button everywhere, as they do in dialogs.

Outside a dialog Qt presses a focused push button only with the space bar; people expect Enter to work too
(issue 12). One application-wide filter does it, so no screen can forget.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class EnterPressesButtons(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QPushButton):
            return False
        assert isinstance(event, QKeyEvent)
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if event.key() not in ENTER_KEYS or not plain or event.isAutoRepeat():
            return False
        if watched.autoDefault() or watched.isDefault() or not watched.isEnabled():
            return False  # Qt already presses it (dialog buttons), or it cannot be pressed
        watched.click()
        return True


def install(app: QApplication) -> EnterPressesButtons:
    """Install once per application; the filter is parented to the application and lives as long as it."""
    existing = app.findChild(EnterPressesButtons)
    if existing is not None:
        return existing
    keys = EnterPressesButtons(app)
    app.installEventFilter(keys)
    return keys
