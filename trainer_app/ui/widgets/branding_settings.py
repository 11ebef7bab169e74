"""Trainer settings for certificates issued on this laptop: the organisation's name, the signatory, the logo, and
the installation's key fingerprint (what other laptops compare before they trust this one's certificates).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from trainer_app.core.common.errors import TrainerError

if TYPE_CHECKING:
    from trainer_app.core.services.branding import BrandingService
    from trainer_app.ui.view_services import BrandingServices
from trainer_app.ui.errors_text import error_text
from trainer_app.ui.i18n import format_bytes


class BrandingSettings(QGroupBox):
    def __init__(self, services: BrandingServices) -> None:
        super().__init__(self.tr("Certificates issued here"))
        self.services = services
        branding = services.branding
        current = branding.current() if branding else None
        self.organisation = self._edit(self.tr("Organisation"), current.organisation if current else "")
        self.signatory = self._edit(self.tr("Signatory"), current.signatory if current else "")
        self.signatory.setPlaceholderText(self.tr("Name, title (for example the CPIMS+ coordinator)"))
        save = self._button(self.tr("Save"), self._save)
        self.logo_state = QLabel()
        self.logo_state.setAccessibleName(self.tr("Logo"))
        choose = self._button(self.tr("Choose logo…"), self._choose_logo)
        remove = self._button(self.tr("Remove logo"), self._remove_logo)
        from trainer_app.core.credentials.keys import fingerprint_of  # here: cryptography loads on first use

        own = services.trust.own_public_key()  # None while the key file cannot be read: say so, do not fail
        fingerprint = QLabel(fingerprint_of(own) if own else self.tr("The signing key cannot be read."))
        fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        fingerprint.setAccessibleName(self.tr("This installation's key fingerprint"))
        logo_row = QWidget()
        row = QHBoxLayout(logo_row)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.logo_state, choose, remove):
            row.addWidget(widget)
        row.addStretch(1)
        form = QFormLayout(self)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        form.addRow(self.tr("&Signatory:"), self.signatory)
        form.addRow("", save)
        form.addRow(self.tr("Logo:"), logo_row)
        form.addRow(self.tr("Key fingerprint:"), fingerprint)
        self._show_logo()

    def _edit(self, name: str, text: str) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setAccessibleName(name)
        edit.setTextMargins(0, 0, 0, 0)
        return edit

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.rstrip("…"))
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _save(self) -> None:
        self._do(
            lambda branding: branding.set_text(self.organisation.text(), self.signatory.text()),
            self.tr("Saved: certificates issued from now on name this organisation and signatory."),
        )

    def _choose_logo(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the organisation's logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if chosen:
            self._do(lambda branding: branding.set_logo(Path(chosen)), "")

    def _remove_logo(self) -> None:
        self._do(lambda branding: branding.set_logo(None), "")

    def _do(self, action: Callable[[BrandingService], object], done: str) -> None:
        branding = self.services.branding
        if branding is None:
            return
        try:
            action(branding)
        except TrainerError as error:
            QMessageBox.warning(self, self.tr("Not saved"), error_text(error))
            return
        self._show_logo()
        if done:
            self.logo_state.setToolTip(done)

    def _show_logo(self) -> None:
        branding = self.services.branding
        logo = branding.logo() if branding else None
        self.logo_state.setText(
            self.tr("%1 image").replace("%1", format_bytes(len(logo))) if logo else self.tr("None")
        )
