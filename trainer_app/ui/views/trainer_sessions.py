"""The Trainer screen's Sessions tab: classroom sessions run here or imported (with who attended), the
practical checks observed, and the two dialogs that record them. Every record is signed by the service.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer_app.core.common.errors import TrainerError
from trainer_app.core.domain.pack import Pack
from trainer_app.ui.context import Context
from trainer_app.ui.dialogs.check_dialog import CheckDialog
from trainer_app.ui.dialogs.session_dialog import SessionDialog
from trainer_app.ui.errors_text import error_text

if TYPE_CHECKING:
    from trainer_app.ui.view_services import SessionsServices


def _tree(name: str, headers: list[str]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setAccessibleName(name)
    tree.setHeaderLabels(headers)
    tree.setUniformRowHeights(True)
    tree.setMinimumHeight(160)
    tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    tree.header().setStretchLastSection(True)
    return tree


class SessionsPanel(QWidget):
    changed = Signal()  # sessions, attendance or checks were recorded (progress and certificates may change)

    def __init__(self, context: Context, services: SessionsServices) -> None:
        super().__init__()
        self.context = context
        self.services = services
        self.dialog: QDialog | None = None
        self.new_button = self._button(self.tr("&New session…"), self.new_session)
        self.check_button = self._button(self.tr("Record practical &check…"), self.new_check)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Sessions status"))
        # what the last session or check recorded here did (kept when the lists refresh after it)
        self.outcome = QLabel("")
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)  # names a session title: text, never markup
        self.outcome.setAccessibleName(self.tr("Last recorded"))
        self.outcome.hide()
        self.sessions = _tree(
            self.tr("Training sessions"),
            [
                self.tr("Session"),
                self.tr("Held"),
                self.tr("Trainer"),
                self.tr("Attendees"),
                self.tr("Signed by"),
            ],
        )
        self.checks = _tree(
            self.tr("Practical checks"),
            [
                self.tr("Learner"),
                self.tr("Check"),
                self.tr("Result"),
                self.tr("Observed by"),
                self.tr("Date"),
                self.tr("Signed by"),
            ],
        )
        self._lay_out()

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.check_button)
        buttons.addStretch(1)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addLayout(buttons)
        column.addWidget(self.status)
        column.addWidget(self.outcome)
        for title, tree in ((self.tr("Sessions"), self.sessions), (self.tr("Practical checks"), self.checks)):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(tree)
            column.addWidget(box, 1)
        scroll = QScrollArea()  # fits a 1024×600 screen: the tab scrolls rather than squeezing the lists
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def _pack(self) -> Pack:
        return self.services.packs.default()

    # ---- data -----------------------------------------------------------------------------------------

    def refresh(self) -> None:
        services = self.services
        try:
            pack = self._pack()
            sessions = services.classroom.sessions()
            checks = services.classroom.checks()
        except TrainerError as error:
            self.status.setText(error_text(error))
            return
        untrusted = self.tr("{fingerprint} (not trusted: does not count)")
        self.sessions.clear()
        for session in sessions:
            key = (
                session.issuer_fingerprint
                if session.trusted
                else untrusted.format(fingerprint=session.issuer_fingerprint)
            )
            item = QTreeWidgetItem(
                self.sessions,
                [
                    session.title,
                    f"{session.held_at:%Y-%m-%d}",
                    session.trainer_name,
                    str(len(session.attendees)),
                    key,
                ],
            )
            titles = [m.title if (m := pack.module(i)) else i for i in session.module_ids]
            item.setToolTip(0, ", ".join(titles))
            for person in session.attendees:
                label = (
                    person.name
                    if person.has_profile
                    else self.tr("{name} (no profile here)").format(name=person.name)
                )
                QTreeWidgetItem(item, [label])
        self.checks.clear()
        for check in checks:
            definition = pack.practical_check(check.check_id)
            key = (
                check.issuer_fingerprint
                if check.trusted
                else untrusted.format(fingerprint=check.issuer_fingerprint)
            )
            item = QTreeWidgetItem(
                self.checks,
                [
                    check.learner_name,
                    definition.title if definition else check.check_id,
                    self.tr("Passed") if check.passed else self.tr("Not passed"),
                    check.observed_by,
                    f"{check.observed_at:%Y-%m-%d}",
                    key,
                ],
            )
            item.setToolTip(0, check.note)
        self.status.setText(
            self.tr("Sessions: {s} · practical checks: {c}").format(s=len(sessions), c=len(checks))
        )

    # ---- dialogs --------------------------------------------------------------------------------------

    def new_session(self) -> None:
        services = self.services
        dialog = SessionDialog(self, self._pack(), services.learners.list(), services.clock().date())
        dialog.accepted.connect(lambda: self._record_session(dialog))
        self._show(dialog)

    def new_check(self) -> None:
        services = self.services
        observer = self.context.learner.display_name if self.context.learner else ""
        dialog = CheckDialog(self, self._pack(), services.learners.list(), observer)
        dialog.accepted.connect(lambda: self._record_check(dialog))
        self._show(dialog)

    def _show(self, dialog: QDialog) -> None:
        self.dialog = dialog  # kept so it is not collected while open
        dialog.open()

    def _record_session(self, dialog: SessionDialog) -> None:
        services = self.services
        values = dialog.values()
        trainer = self.context.learner
        try:
            run = services.classroom.run_session(
                values.title,
                values.module_ids,
                values.learner_ids,
                values.staff_names,
                held_at=values.held_at(services.clock().date()),
                trainer_learner_id=trainer.id if trainer else None,
            )
            session, issued = run.session, run.certificates
        except TrainerError as error:
            QMessageBox.warning(self, self.tr("Training session"), error_text(error))
            return
        self.refresh()
        text = self.tr("Recorded “{title}”. Attendees: {n}.").format(
            title=session.title, n=len(session.attendees)
        )
        if issued:
            text += " " + self.tr("Certificates issued: {n}.").format(n=len(issued))
        self._said(text + self._owed(run.certificate_pending))
        self.changed.emit()

    def _said(self, text: str) -> None:
        self.outcome.setText(text.strip())
        self.outcome.setVisible(bool(text.strip()))

    def _owed(self, pending: TrainerError | None) -> str:
        """What the trainer reads when the work recorded earned a certificate that could not be issued now."""
        if pending is None:
            return ""
        return " " + self.tr(
            "A certificate this earned could not be issued yet. The record is kept, and the certificate is issued "
            "once the problem is fixed (when the learner opens Certificates). Why: {reason}"
        ).format(reason=error_text(pending))

    def _record_check(self, dialog: CheckDialog) -> None:
        services = self.services
        values = dialog.values()
        try:
            recorded = services.classroom.record_check(
                values.learner_id, values.check_id, values.passed, values.observed_by, values.note
            )
        except TrainerError as error:
            QMessageBox.warning(self, self.tr("Practical check"), error_text(error))
            return
        self.refresh()
        issued = recorded.certificates
        text = self.tr("Recorded the practical check.")
        if issued:
            text += " " + self.tr("Certificates issued: {n}.").format(n=len(issued))
        self._said(text + self._owed(recorded.certificate_pending))
        self.changed.emit()
