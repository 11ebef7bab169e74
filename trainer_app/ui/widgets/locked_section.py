"""A screen behind trainer mode: a lock page until the trainer passphrase is given, then the screen itself.

Every sign-in builds new sections, and building one locks trainer mode again, so the next learner on a shared
laptop never finds it open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from trainer_app.ui.dialogs.unlock_dialog import ensure_unlocked

if TYPE_CHECKING:
    from trainer_app.core.services.trainer_mode import TrainerModeService


class LockedSection(QStackedWidget):
    def __init__(self, mode: TrainerModeService, inner: QWidget, title: str) -> None:
        super().__init__()
        self.mode = mode
        self.inner = inner
        self.lock_page = self._make_lock_page(title)
        self.addWidget(self.lock_page)
        self.addWidget(inner)

    def _make_lock_page(self, title: str) -> QWidget:
        page = QWidget()
        heading = QLabel(title)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        self.explain = QLabel("")
        self.explain.setWordWrap(True)
        self.unlock_button = QPushButton(self.tr("Unlock trainer mode…"))
        self.unlock_button.setAccessibleName(self.tr("Unlock trainer mode"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        layout = QVBoxLayout(page)
        layout.addWidget(heading)
        layout.addWidget(self.explain)
        layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page

    @property
    def unlocked(self) -> bool:
        return bool(self.mode.unlocked)

    def refresh(self) -> None:
        if self.unlocked:
            self.setCurrentWidget(self.inner)
            _call(self.inner, "refresh")
            return
        first = not self.mode.is_set()
        self.explain.setText(
            self.tr(
                "This screen shows every learner's records and is for trainers. Trainer mode is not set up on "
                "this laptop yet: a trainer sets it up with a passphrase of their own."
            )
            if first
            else self.tr("This screen shows every learner's records. Give the trainer passphrase to open it.")
        )
        self.unlock_button.setText(
            self.tr("Set up trainer mode…") if first else self.tr("Unlock trainer mode…")
        )
        self.setCurrentWidget(self.lock_page)
        self.unlock_button.setFocus()

    def unlock(self) -> None:
        if ensure_unlocked(self.mode, self):
            self.refresh()

    def lock(self) -> None:
        self.mode.lock()
        self.refresh()

    def close_activity(self) -> None:
        _call(self.inner, "close_activity")


def _call(widget: QWidget, name: str) -> object:
    method = getattr(widget, name, None)
    return method() if callable(method) else None
