"""Settings sections for the outside connections: the xAPI LRS (endpoint, credentials, queue, send now) and the
shared database URL (applied at the next start). Both call services; passwords go to owner-only files.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from trainer_app.core.common.errors import TrainerError
from trainer_app.core.services import database_url
from trainer_app.core.services.xapi import SendReport
from trainer_app.ui.errors_text import error_text
from trainer_app.ui.tasks import run_in_background

if TYPE_CHECKING:
    from trainer_app.ui.view_services import ConnectionServices, DatabaseSettingsServices, LrsServices


def _field(text: str, name: str, secret: bool = False) -> QLineEdit:
    edit = QLineEdit(text)
    edit.setAccessibleName(name)
    if secret:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def _button(text: str) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(text.replace("&", ""))
    return button


class LrsSettingsBox(QGroupBox):
    """Where xAPI statements go. The password field stays empty: typing one replaces the stored one."""

    def __init__(self, services: LrsServices) -> None:
        super().__init__()
        self.setTitle(self.tr("Learning Record Store (xAPI)"))
        self.services = services
        saved = services.xapi.lrs_settings()
        self.endpoint = _field(saved.endpoint, self.tr("LRS endpoint"))
        self.endpoint.setPlaceholderText("https://lrs.example.org/xAPI/")
        self.username = _field(saved.username, self.tr("LRS user (client key)"))
        self.password = _field("", self.tr("LRS password (client secret)"), secret=True)
        self.password.setPlaceholderText(self.tr("stored") if saved.has_password else "")
        self.home_page = _field(saved.home_page, self.tr("Account home page"))
        self.include_names = QCheckBox(self.tr("Include learners' names in statements"))
        self.include_names.setAccessibleName(self.tr("Include learners' names in statements"))
        self.include_names.setChecked(saved.include_names)
        self.save = _button(self.tr("&Save LRS settings"))
        self.send = _button(self.tr("Send &now"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.busy.setAccessibleName(self.tr("Sending statements"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Statement queue"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save)
        buttons.addWidget(self.send)
        buttons.addWidget(self.busy, 1)
        form = QFormLayout(self)
        form.addRow(self.tr("&Endpoint:"), self.endpoint)
        form.addRow(self.tr("&User:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("Account &home page:"), self.home_page)
        form.addRow("", self.include_names)
        form.addRow(buttons)
        form.addRow(self.status)
        self.save.clicked.connect(self._save)
        self.send.clicked.connect(self._send)
        self.refresh()

    def refresh(self) -> None:
        counts = self.services.xapi.status().counts
        self.status.setText(
            self.tr("Waiting: {0} · sent: {1} · refused: {2} · in conflict: {3}").format(
                counts["pending"], counts["sent"], counts["quarantined"], counts["conflict"]
            )
        )

    def _save(self) -> None:
        try:
            self.services.xapi.save_lrs_settings(
                self.endpoint.text(),
                self.username.text(),
                self.password.text() or None,
                self.home_page.text(),
                self.include_names.isChecked(),
            )
        except TrainerError as error:
            self.status.setText(error_text(error))
            return
        self.password.clear()
        self.password.setPlaceholderText(
            self.tr("stored") if self.services.xapi.lrs_settings().has_password else ""
        )
        self.refresh()

    def _send(self) -> None:
        self.send.setEnabled(False)
        self.busy.setVisible(True)
        run_in_background(lambda: self.services.xapi.send(retry_now=True), self._sent, self._failed)

    def _sent(self, report: SendReport) -> None:
        self._idle()
        self.refresh()
        summary = self.tr("Sent {0}; {1} wait to be retried.").format(report.sent, report.retry_later)
        self.status.setText(
            f"{summary} {self.status.text()}\n"
            + "\n".join(error_text(p.error()) for p in report.problems[:3])
        )

    def _failed(self, error: BaseException) -> None:
        self._idle()
        self.status.setText(
            error_text(error) if isinstance(error, TrainerError) else self.tr("Sending failed.")
        )

    def _idle(self) -> None:
        self.send.setEnabled(True)
        self.busy.setVisible(False)


class DatabaseSettingsBox(QGroupBox):
    """The shared database: a PostgreSQL URL instead of the SQLite file, used from the next start."""

    def __init__(self, services: DatabaseSettingsServices) -> None:
        super().__init__()
        self.setTitle(self.tr("Shared database"))
        self.services = services
        self.url = _field(database_url.configured(services.settings) or "", self.tr("Database URL"))
        self.url.setPlaceholderText("postgresql+psycopg://trainer@db.example.org/cpims_trainer")
        self.password = _field("", self.tr("Database password"), secret=True)
        self.save = _button(self.tr("Save &database setting"))
        self.note = QLabel(
            self.tr("Empty: the SQLite file in the data folder. A change applies at the next start.")
        )
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("Database setting"))
        form = QFormLayout(self)
        form.addRow(self.tr("Database &URL:"), self.url)
        form.addRow(self.tr("Pass&word:"), self.password)
        form.addRow("", self.save)
        form.addRow(self.note)
        self.save.clicked.connect(self._save)

    def _save(self) -> None:
        services = self.services
        try:
            database_url.save(
                services.settings,
                services.paths.root / "secrets",
                self.url.text(),
                self.password.text() or None,
            )
        except TrainerError as error:
            self.note.setText(error_text(error))
            return
        self.password.clear()
        self.url.setText(database_url.configured(services.settings) or "")
        self.note.setText(self.tr("Saved. Restart the application to use this database."))


def connection_sections(services: ConnectionServices) -> list[QWidget]:
    return [LrsSettingsBox(services), DatabaseSettingsBox(services)]
