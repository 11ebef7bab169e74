"""Certificates: the signed-in learner's certificates (open, save as PDF, export the signed JSON) and a place to
check certificate files by dropping or opening them, then import them.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer_app.core.common.errors import TrainerError
from trainer_app.core.domain.certificate import Certificate, CertificateStatus
from trainer_app.core.services.certificate_files import file_stem
from trainer_app.ui.certificate_hook import catch_up, pending_text
from trainer_app.ui.context import Context
from trainer_app.ui.errors_text import error_text
from trainer_app.ui.i18n import format_date, format_percent, isolate
from trainer_app.ui.widgets.certificate_check import CheckPanel

if TYPE_CHECKING:
    from trainer_app.ui.view_services import CertificatesServices


class CertificatesView(QWidget):
    def __init__(self, context: Context, services: CertificatesServices) -> None:
        super().__init__()
        self.context = context
        self.services = services
        self.certificates: list[Certificate] = []
        self.setAcceptDrops(True)
        title = QLabel(self.tr("Certificates"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        self.list = QTreeWidget()
        self.list.setAccessibleName(self.tr("My certificates"))
        self.list.setHeaderLabels([self.tr("Track"), self.tr("Issued"), self.tr("Score"), self.tr("Status")])
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.setRootIsDecorated(False)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemActivated.connect(lambda _item, _column: self.open_pdf())
        self.empty = QLabel(self.tr("No certificate yet: complete every activity of your track to earn one."))
        self.empty.setWordWrap(True)
        self.open_button = self._button(self.tr("Open PDF"), self.open_pdf)
        self.save_button = self._button(self.tr("Save PDF…"), self.save_pdf)
        self.json_button = self._button(self.tr("Export JSON…"), self.export_json)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # may name a learner: text, never markup
        self.check = CheckPanel(context, services)
        self.check.on_change = self.refresh_list
        self._lay_out(title)
        self.refresh()

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.rstrip("…"))
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _lay_out(self, title: QLabel) -> None:
        mine = QGroupBox(self.tr("My certificates"))
        buttons = QHBoxLayout()
        for button in (self.open_button, self.save_button, self.json_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        mine_layout = QVBoxLayout(mine)
        mine_layout.addWidget(self.empty)
        mine_layout.addWidget(self.list, 1)
        mine_layout.addLayout(buttons)
        mine_layout.addWidget(self.message)
        check = QGroupBox(self.tr("Check and import certificates"))
        QVBoxLayout(check).addWidget(self.check)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(mine, 1)
        layout.addWidget(check, 1)

    # ---- the learner's certificates ------------------------------------------------------------------

    def refresh(self) -> None:
        """Issue anything earned and still owed (announced as at completion), then show the list; say why when
        an owed certificate still cannot be issued."""
        issued, pending = catch_up(self.context)
        self.refresh_list()
        if issued:
            self.message.setText(
                self.tr("New certificate issued: {titles}").format(
                    titles=", ".join(c.track_title for c in issued)
                )
            )
        elif pending is not None:
            self.message.setText(pending_text(pending))

    def refresh_list(self) -> None:
        learner = self.context.learner
        self.certificates = self.services.certificates.list(learner.id) if learner else []
        self.list.clear()
        for certificate in self.certificates:
            self.list.addTopLevelItem(self._item(certificate))
        self.empty.setVisible(not self.certificates)
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)
        self._update_buttons()

    def _item(self, certificate: Certificate) -> QTreeWidgetItem:
        score = "" if certificate.score is None else format_percent(certificate.score)
        item = QTreeWidgetItem(
            [
                f"{isolate(certificate.track_title)} ({certificate.pack_version})",
                format_date(certificate.issued_at),
                score,
                self._status_text(certificate),
            ]
        )
        item.setToolTip(0, certificate.id)
        return item

    def _status_text(self, certificate: Certificate) -> str:
        labels = {
            CertificateStatus.VALID: self.tr("Valid"),
            CertificateStatus.REVOKED: self.tr("Revoked: {reason}").format(reason=certificate.revoked_reason),
            CertificateStatus.SUPERSEDED: self.tr("Replaced by a newer certificate"),
            CertificateStatus.UNTRUSTED: self.tr("Issuer not trusted here"),
        }
        return labels[certificate.status]

    def selected(self) -> Certificate | None:
        current = self.list.currentItem()
        index = self.list.indexOfTopLevelItem(current) if current is not None else -1
        return self.certificates[index] if 0 <= index < len(self.certificates) else None

    def _update_buttons(self) -> None:
        enabled = self.selected() is not None
        for button in (self.open_button, self.save_button, self.json_button):
            button.setEnabled(enabled)

    def open_pdf(self) -> Path | None:
        """Write the selected certificate's PDF to a temporary file and open it with the system viewer."""
        certificate = self.selected()
        if certificate is None:
            return None
        folder = Path(tempfile.gettempdir()) / "cpims-trainer-certificates"
        folder.mkdir(parents=True, exist_ok=True)
        path = self._write(
            lambda p: self.services.certificate_files.write_pdf(certificate.id, p),
            folder / f"{file_stem(certificate)}.pdf",
        )
        if path is not None and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            return self._offer_to_save()
        return path

    def _offer_to_save(self) -> Path | None:
        """No program here opens PDF files (common on field laptops): say so and offer to save the file."""
        answer = QMessageBox.question(
            self,
            self.tr("No PDF viewer"),
            self.tr(
                "This computer has no program that opens PDF files. Save the certificate as a file instead, "
                "to print it or open it on another computer?"
            ),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        return self.save_pdf() if answer == QMessageBox.StandardButton.Save else None

    def save_pdf(self, path: Path | None = None) -> Path | None:
        certificate = self.selected()
        if certificate is None:
            return None
        path = path or self._ask(f"{file_stem(certificate)}.pdf", self.tr("PDF files (*.pdf)"))
        if path is None:
            return None
        return self._write(lambda p: self.services.certificate_files.write_pdf(certificate.id, p), path)

    def export_json(self, path: Path | None = None) -> Path | None:
        certificate = self.selected()
        if certificate is None:
            return None
        path = path or self._ask(f"{file_stem(certificate)}.json", self.tr("Signed credential (*.json)"))
        if path is None:
            return None
        return self._write(lambda p: self.services.certificate_files.write_json(certificate.id, p), path)

    def _ask(self, name: str, filter_: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save certificate"), str(Path.home() / name), filter_
        )
        return Path(chosen) if chosen else None

    def _write(self, write: Callable[[Path], Path], path: Path) -> Path | None:
        try:
            written = write(path)
        except TrainerError as error:
            self.message.setText(error_text(error))
            return None
        self.message.setText(self.tr("Saved {path}").format(path=written))
        return written

    # ---- drop files to check them --------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.check.check_files(paths)
