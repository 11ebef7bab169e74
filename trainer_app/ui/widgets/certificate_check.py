"""Checking certificate files (dropped, opened, or a pasted TC1 token) off the GUI thread, one clear result
per file, then importing the intact ones; a coordinator can trust an untrusted issuer from here.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from trainer_app.core.common.errors import TrainerError
from trainer_app.core.credentials.certfile import is_token_text
from trainer_app.core.domain.gates import COORDINATOR_ROLE
from trainer_app.core.services.certificate_import import ImportStatus, VerificationReport, expand_paths
from trainer_app.ui.context import Context
from trainer_app.ui.errors_text import error_text
from trainer_app.ui.tasks import run_in_background
from trainer_app.ui.widgets.certificate_report import describe_reason, details_text, headers, result_item

if TYPE_CHECKING:
    from trainer_app.ui.view_services import CheckServices


class CheckPanel(QWidget):
    def __init__(self, context: Context, services: CheckServices) -> None:
        super().__init__()
        self.context = context
        self.services = services
        self.reports: list[VerificationReport] = []
        self.on_change: Callable[[], None] | None = None  # called after an import or a trust decision
        self._cancel: threading.Event | None = None
        intro = QLabel(
            QCoreApplication.translate(
                "certificates",
                "Drop certificate files (PDF or JSON) here, open them, or paste the code of a QR token.",
            )
        )
        intro.setWordWrap(True)
        self.open_button = self._button(
            QCoreApplication.translate("certificates", "Open files…"), self.choose_files
        )
        self.token_edit = QLineEdit()
        self.token_edit.setPlaceholderText(
            QCoreApplication.translate("certificates", "TC1… token from a QR code")
        )
        self.token_edit.setAccessibleName(QCoreApplication.translate("certificates", "QR token to check"))
        self.token_edit.returnPressed.connect(self._check_token_field)
        self.token_button = self._button(
            QCoreApplication.translate("certificates", "Check token"), self._check_token_field
        )
        self.results = QTreeWidget()
        self.results.setAccessibleName(QCoreApplication.translate("certificates", "Checked certificates"))
        self.results.setHeaderLabels(headers())
        self.results.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.results.header().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.results.setRootIsDecorated(False)
        self.results.setWordWrap(True)
        self.results.itemSelectionChanged.connect(self._update_buttons)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName(
            QCoreApplication.translate("certificates", "Result of the selected file")
        )
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(QCoreApplication.translate("certificates", "Checking certificates"))
        self.cancel_button = self._button(QCoreApplication.translate("certificates", "Cancel"), self.cancel)
        self.import_button = self._button(
            QCoreApplication.translate("certificates", "Import"), self.import_checked
        )
        self.trust_button = self._button(
            QCoreApplication.translate("certificates", "Trust this issuer…"), self.trust_selected
        )
        self.status = QLabel()
        self.status.setWordWrap(True)
        for label in (self.details, self.status):  # names from certificate files: text, never markup
            label.setTextFormat(Qt.TextFormat.PlainText)
        self._lay_out(intro)
        self._set_busy(False)

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.rstrip("…"))
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _lay_out(self, intro: QLabel) -> None:
        top = QHBoxLayout()
        top.addWidget(self.open_button)
        top.addWidget(self.token_edit, 1)
        top.addWidget(self.token_button)
        busy = QHBoxLayout()
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.cancel_button)
        actions = QHBoxLayout()
        actions.addWidget(self.import_button)
        actions.addWidget(self.trust_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addLayout(busy)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.details)
        layout.addLayout(actions)
        layout.addWidget(self.status)

    # ---- checking ----------------------------------------------------------------------------------

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            QCoreApplication.translate("certificates", "Check certificates"),
            "",
            QCoreApplication.translate("certificates", "Certificates (*.pdf *.json *.txt);;All files (*)"),
        )
        if names:
            self.check_files([Path(n) for n in names])

    def _check_token_field(self) -> None:
        text = self.token_edit.text().strip()
        if text:
            self.check_token(text)

    def check_token(self, token: str) -> None:
        if not is_token_text(token):
            self.status.setText(
                QCoreApplication.translate("certificates", "A certificate token starts with TC1.")
            )
            return
        self._show([self.services.certificate_checks.verify_token(token)])

    def check_files(self, paths: Iterable[Path]) -> None:
        """Check the files (and folders) off the GUI thread; results replace the list when done."""
        if self._cancel is not None:
            return
        files = list(expand_paths(paths))
        cancel = self._cancel = threading.Event()
        service = self.services.certificate_checks

        def work() -> list[VerificationReport]:
            found: list[VerificationReport] = []
            for path in files:
                if cancel.is_set():
                    break
                found.extend(service.verify_paths([path]))
            return found

        self._set_busy(True)
        self.status.setText(
            QCoreApplication.translate("certificates", "Checking {count} file(s)…").format(count=len(files))
        )
        run_in_background(work, self._done, self._failed)

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()

    def _done(self, reports: list[VerificationReport]) -> None:
        if shiboken6.isValid(self):
            self._set_busy(False)
            self._show(reports)

    def _failed(self, error: BaseException) -> None:
        if shiboken6.isValid(self):
            self._set_busy(False)
            self.status.setText(
                error_text(error)
                if isinstance(error, TrainerError)
                else QCoreApplication.translate("certificates", "The check failed: {e}").format(e=error)
            )

    def _set_busy(self, busy: bool) -> None:
        if not busy:
            self._cancel = None
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.open_button.setEnabled(not busy)
        self._update_buttons()

    def _show(self, reports: list[VerificationReport]) -> None:
        self.reports = reports
        self.results.clear()
        for report in reports:
            self.results.addTopLevelItem(result_item(report, self))
        valid = sum(1 for r in reports if r.valid)
        self.status.setText(
            QCoreApplication.translate("certificates", "{valid} of {total} valid.").format(
                valid=valid, total=len(reports)
            )
        )
        first = self.results.topLevelItem(0)
        if first is not None:
            self.results.setCurrentItem(first)
        self._update_buttons()

    # ---- import and trust --------------------------------------------------------------------------

    def selected_report(self) -> VerificationReport | None:
        current = self.results.currentItem()
        index = self.results.indexOfTopLevelItem(current) if current is not None else -1
        return self.reports[index] if 0 <= index < len(self.reports) else None

    def _update_buttons(self) -> None:
        idle = self._cancel is None
        self.import_button.setEnabled(idle and any(r.importable for r in self.reports))
        learner = self.context.learner
        coordinator = learner is not None and COORDINATOR_ROLE in learner.roles
        self.trust_button.setVisible(coordinator)
        selected = self.selected_report()
        self.details.setText(details_text(selected) if selected is not None else "")
        self.trust_button.setEnabled(
            idle
            and selected is not None
            and selected.intact
            and not selected.issuer_trusted
            and selected.kind != "token"
        )

    def import_checked(self) -> list[ImportStatus]:
        """Import every intact checked certificate (untrusted issuers too: kept, not counted)."""
        checker = self.services.certificate_checks.checker
        results = [checker.import_report(r) for r in self.reports if r.importable]
        imported = sum(1 for r in results if r.status is ImportStatus.IMPORTED)
        already = sum(1 for r in results if r.status is ImportStatus.ALREADY_STORED)
        rejected = [r for r in results if r.status is ImportStatus.REJECTED]
        text = QCoreApplication.translate(
            "certificates", "Imported {imported}; {already} were already stored."
        ).format(imported=imported, already=already)
        if rejected:
            text += " " + QCoreApplication.translate("certificates", "Not imported: {files}").format(
                files="; ".join(f"{Path(r.source).name} ({describe_reason(r.problem)})" for r in rejected)
            )
        self.status.setText(text)
        self._after_change()
        return [r.status for r in results]

    def trust_selected(self, label: str | None = None) -> bool:
        report = self.selected_report()
        if report is None or report.issuer_did is None:
            return False
        if label is None:
            label, ok = QInputDialog.getText(
                self,
                QCoreApplication.translate("certificates", "Trust this issuer"),
                QCoreApplication.translate("certificates", "Who is the issuer with key {key}?").format(
                    key=report.issuer_fingerprint
                ),
            )
            if not ok:
                return False
        try:
            self.services.trust.trust(report.issuer_did, label)
        except TrainerError as error:
            self.status.setText(error_text(error))
            return False
        self._after_change()
        self.check_files([Path(r.source) for r in self.reports if r.kind != "token"])
        self.status.setText(
            QCoreApplication.translate("certificates", "Trusted {key} as {label}.").format(
                key=report.issuer_fingerprint, label=label
            )
        )
        return True

    def _after_change(self) -> None:
        if self.on_change is not None:
            self.on_change()
