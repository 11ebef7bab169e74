"""Say so without blocking when a certificate was issued (a non-modal message with a way to the Certificates
screen), or when one was earned but could not be issued yet (the progress is saved; what to do). The core issues
certificates in the operation that completes the work and returns them, or why not, in its result; views pass
them to `announce_issued`. `catch_up` is the Certificates screen's catch-up.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from trainer_app.core.common.errors import TrainerError
from trainer_app.ui.context import Context
from trainer_app.ui.errors_text import error_text

if TYPE_CHECKING:
    from trainer_app.core.domain.certificate import Certificate

log = logging.getLogger(__name__)
_open_notices: set[QMessageBox] = set()


def catch_up(context: Context) -> tuple[list[Certificate], TrainerError | None]:
    """Issue what the learner has earned and not yet received (idempotent), announced as at completion; with,
    when an owed certificate still cannot be issued, why (the window says so)."""
    learner = context.learner
    if learner is None:
        return [], None
    try:
        issued = context.app.certificate_issuer.issue_all_eligible(learner.id)
    except TrainerError as error:  # a certificate that cannot be issued must not break the screen
        log.warning("certificate check failed: %s", error.code)
        return [], error
    if issued:
        announce_certificates(context, issued)
    return issued, None


def announce_issued(
    context: Context, issued: Sequence[Certificate], pending: TrainerError | None = None
) -> None:
    """Announce the certificates an operation's result carries, if any, or that one is owed and why."""
    if issued:
        announce_certificates(context, list(issued))
    elif pending is not None:
        announce_pending(context, pending)


def pending_text(reason: TrainerError) -> str:
    """What a learner reads when their certificate is owed: their work is safe, why, and what to do."""
    return QCoreApplication.translate(
        "certificates",
        "Your progress is saved, and you have earned a certificate, but it could not be issued just now: "
        "{reason}\nIt will be issued as soon as the problem is fixed. Tell your trainer or administrator, "
        "then open Certificates.",
    ).format(reason=error_text(reason))


def announce_pending(context: Context, reason: TrainerError) -> QMessageBox:
    """A non-modal notice that the certificate the learner just earned is owed (nothing to redo)."""
    box = QMessageBox(context.window)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("certificates", "Certificate not issued yet"))
    box.setText(pending_text(reason))
    return _show_notice(box)


def announce_certificates(context: Context, issued: list[Certificate]) -> QMessageBox:
    parent = context.window
    titles = "\n".join(f"• {c.track_title}" for c in issued)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("certificates", "Certificate issued"))
    box.setText(
        QCoreApplication.translate("certificates", "Well done! You have earned a signed certificate:")
        + "\n"
        + titles
    )
    view = box.addButton(
        QCoreApplication.translate("certificates", "View certificates"), QMessageBox.ButtonRole.AcceptRole
    )
    view.setAccessibleName(QCoreApplication.translate("certificates", "View certificates"))
    box.buttonClicked.connect(lambda button: context.show_section("certificates") if button is view else None)
    return _show_notice(box)


def _show_notice(box: QMessageBox) -> QMessageBox:
    """Show a notice without blocking the activity; it stays referenced until closed."""
    box.addButton(QMessageBox.StandardButton.Close)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open_notices.add(box)
    box.finished.connect(lambda _result: _open_notices.discard(box))
    box.show()
    return box
