"""Trainer mode dialogs: set trainer mode up (an explicit step that explains itself and asks for the new
passphrase twice), unlock with it, change it, or give a PIN or the passphrase to archive a profile. The slow
hash is checked off the GUI thread; waits after wrong attempts are shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from trainer_app.core.common.errors import PermissionDeniedError, TrainerError
from trainer_app.core.services.trainer_mode import (
    MIN_PASSPHRASE_CHARS,
    TrainerModeService,
    UnlockDelayedError,
)
from trainer_app.ui.errors_text import error_text
from trainer_app.ui.tasks import run_in_background


class SecretDialog(QDialog):
    """Asks for a secret (twice when it is being set) and checks it with `check` in the background."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        intro: str,
        label: str,
        confirm: bool,
        check: Callable[[str], object],
        *,
        current_label: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._check = check
        self.intro = QLabel(intro)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)  # it may hold a learner's name: text, never markup
        self.intro.setWordWrap(True)
        self.current = self._field(current_label) if current_label else None
        self.secret = self._field(label)
        self.again = self._field(self.tr("The same again")) if confirm else None
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.busy.setAccessibleName(self.tr("Checking"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        if self.current is not None and current_label:
            form.addRow(current_label + ":", self.current)
        form.addRow(label + ":", self.secret)
        if self.again is not None:
            form.addRow(self.tr("Again:"), self.again)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)  # room for the explanation (it wraps; large text grows the dialog)
        (self.current or self.secret).setFocus()

    def _field(self, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(name)
        field.setMaxLength(200)
        return field

    def submit(self) -> None:
        text = self.secret.text()
        if self.again is not None and text != self.again.text():
            self.show_message(self.tr("The two entries differ. Type the same passphrase twice."))
            return
        self._set_busy(True)
        run_in_background(lambda: self._check(text), self._done, self._failed)

    def _done(self, result: object) -> None:
        self._set_busy(False)
        if result is False:
            self.show_message(self.tr("That is not right."))
            return
        self.secret.clear()
        if self.current is not None:
            self.current.clear()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, UnlockDelayedError):
            text = self.tr("Too many wrong attempts. Try again in {seconds} seconds.").format(
                seconds=max(1, round(error.wait_seconds))
            )
        elif isinstance(error, PermissionDeniedError):
            text = self.tr("That passphrase is not right.")
        elif isinstance(error, TrainerError):
            text = error_text(error)
        else:
            raise error
        self.show_message(text)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.secret.selectAll()
        self.secret.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.buttons.setEnabled(not busy)
        self.secret.setEnabled(not busy)


def setup_dialog(mode: TrainerModeService, parent: QWidget | None) -> SecretDialog:
    """Set up trainer mode on this installation: nobody becomes the trainer without choosing to."""
    intro = QCoreApplication.translate(
        "TrainerMode",
        "Trainer mode is for the trainers and coordinators of this laptop. With it they see every learner's "
        "records, import and export records, trust other laptops' keys, sign off rollout steps and change the "
        "connection settings; the command line asks for it too before it changes shared data.\n\n"
        "Choose a passphrase of at least {n} characters that only trainers and coordinators know, and type "
        "it twice. Learners keep using their own profiles as before.",
    ).format(n=MIN_PASSPHRASE_CHARS)
    return SecretDialog(
        parent,
        QCoreApplication.translate("TrainerMode", "Set up trainer mode"),
        intro,
        QCoreApplication.translate("TrainerMode", "New passphrase"),
        True,
        mode.set_passphrase,
    )


def change_passphrase_dialog(mode: TrainerModeService, parent: QWidget | None) -> SecretDialog:
    """Change the passphrase while trainer mode is unlocked (the current one was given to unlock it)."""
    intro = QCoreApplication.translate(
        "TrainerMode", "Give the current trainer passphrase, then the new one ({n} characters or more) twice."
    ).format(n=MIN_PASSPHRASE_CHARS)
    current: list[SecretDialog] = []
    dialog = SecretDialog(
        parent,
        QCoreApplication.translate("TrainerMode", "Change the trainer passphrase"),
        intro,
        QCoreApplication.translate("TrainerMode", "New passphrase"),
        True,
        lambda new: mode.set_passphrase(new, _text(current[0].current)),
        current_label=QCoreApplication.translate("TrainerMode", "Current passphrase"),
    )
    current.append(dialog)
    return dialog


def _text(field: QLineEdit | None) -> str:
    return field.text() if field is not None else ""


def unlock_dialog(mode: TrainerModeService, parent: QWidget | None) -> SecretDialog:
    if not mode.is_set():
        return setup_dialog(mode, parent)
    intro = QCoreApplication.translate(
        "TrainerMode", "Give the trainer passphrase to open the trainer and coordinator screens."
    )
    return SecretDialog(
        parent,
        QCoreApplication.translate("TrainerMode", "Unlock trainer mode"),
        intro,
        QCoreApplication.translate("TrainerMode", "Passphrase"),
        False,
        mode.unlock,
    )


def ensure_unlocked(mode: TrainerModeService, parent: QWidget | None) -> bool:
    """True when trainer mode is unlocked (asking for the passphrase, or to set trainer mode up, when needed)."""
    if mode.unlocked:
        return True
    dialog = unlock_dialog(mode, parent)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    return dialog.exec() == QDialog.DialogCode.Accepted


def archive_dialog(
    mode: TrainerModeService, parent: QWidget | None, learner_id: str, name: str
) -> SecretDialog:
    """Archiving a profile needs that profile's PIN or the trainer passphrase."""
    intro = QCoreApplication.translate(
        "TrainerMode",
        "Archiving hides {name} from this list; the records are kept. Give {name}'s PIN or the trainer passphrase.",
    ).format(name=name)
    return SecretDialog(
        parent,
        QCoreApplication.translate("TrainerMode", "Archive profile"),
        intro,
        QCoreApplication.translate("TrainerMode", "PIN or passphrase"),
        False,
        lambda secret: mode.may_archive(learner_id, secret),
    )
