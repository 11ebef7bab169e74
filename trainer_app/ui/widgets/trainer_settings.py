"""The trainer part of Settings: the LRS (endpoint, credentials, whether statements name learners), the shared
database, what certificates issued here say (organisation, signatory, logo, key) and the passphrase. Shown only in trainer mode; otherwise a short note and the way to unlock trainer
mode, or to set it up when nobody has yet.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from trainer_app.ui.dialogs.unlock_dialog import change_passphrase_dialog, unlock_dialog
from trainer_app.ui.widgets.branding_settings import BrandingSettings
from trainer_app.ui.widgets.connection_settings import connection_sections

if TYPE_CHECKING:
    from trainer_app.ui.view_services import TrainerSettingsServices


class TrainerSettings(QWidget):
    def __init__(self, services: TrainerSettingsServices) -> None:
        super().__init__()
        self.services = services
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.dialog: QDialog | None = None
        self._shown_unlocked = False
        self.fill()

    def follow_trainer_mode(self) -> None:
        if self.services.trainer_mode.unlocked != self._shown_unlocked:
            self.fill()

    def fill(self) -> None:
        """Build the part that fits the current state of trainer mode (called again when it changes)."""
        while (item := self._layout.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        self._shown_unlocked = self.services.trainer_mode.unlocked
        if self._shown_unlocked:
            self._fill_unlocked()
        else:
            self._fill_locked()

    def _fill_unlocked(self) -> None:
        database = QLabel(self.services.database.shown_url())
        database.setWordWrap(True)
        database.setAccessibleName(self.tr("Database in use"))
        self._layout.addWidget(database)
        for section in connection_sections(self.services):  # LRS and shared database
            self._layout.addWidget(section)
        self._layout.addWidget(BrandingSettings(self.services))
        change = QPushButton(self.tr("Change the trainer passphrase…"))
        change.setAccessibleName(self.tr("Change the trainer passphrase"))
        change.clicked.connect(lambda: self._open(change_passphrase_dialog(self.services.trainer_mode, self)))
        self._layout.addWidget(change, 0, Qt.AlignmentFlag.AlignLeft)

    def _fill_locked(self) -> None:
        box = QGroupBox(self.tr("Trainer settings"))
        inner = QVBoxLayout(box)
        is_set = self.services.trainer_mode.is_set()
        note = QLabel(
            self.tr(
                "The Learning Record Store, the shared database, whether learners' names leave this laptop "
                "and the trainer passphrase are set by trainers, in trainer mode."
            )
            if is_set
            else self.tr(
                "The Learning Record Store, the shared database, whether learners' names leave this laptop "
                "and the trainer passphrase are set by trainers. Trainer mode is not set up on this laptop "
                "yet: set it up only if you are the trainer or coordinator for this laptop."
            )
        )
        note.setWordWrap(True)
        inner.addWidget(note)
        text = self.tr("Unlock trainer mode…") if is_set else self.tr("Set up trainer mode…")
        self.unlock_button = QPushButton(text)
        self.unlock_button.setAccessibleName(text.rstrip("…"))
        self.unlock_button.clicked.connect(
            lambda: self._open(unlock_dialog(self.services.trainer_mode, self))
        )
        inner.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._layout.addWidget(box)

    def _open(self, dialog: QDialog) -> None:
        """Window-modal and not blocking: the slow hash is checked in the background while it is open."""
        self.dialog = dialog
        dialog.accepted.connect(self.fill)
        dialog.open()
