"""Say so without blocking when a certificate was issued (a non-modal message with a way to the Certificates
screen). The core issues certificates in the operation that completes the work and returns them in its result;
views pass them to `announce_issued`. `check_for_new_certificate` is the Certificates screen's catch-up.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from trainer_app.core.common.errors import TrainerError
from trainer_app.ui.context import Context

if TYPE_CHECKING:
    from trainer_app.core.domain.certificate import Certificate

log = logging.getLogger(__name__)
_open_notices: set[QMessageBox] = set()


def check_for_new_certificate(context: Context, announce: bool = True) -> list[Certificate]:
    """Issue the certificates the learner has newly earned (idempotent); announce them unless told not to."""
    learner = context.learner
    if learner is None:
        return []
    try:
        issued = context.app.certificate_issuer.issue_all_eligible(learner.id)
    except TrainerError as error:  # a certificate that cannot be issued must not break the activity
        log.warning("certificate check failed: %s", error)
        return []
    if issued and announce:
        announce_certificates(context, issued)
    return issued


def announce_issued(context: Context, issued: Sequence[Certificate]) -> None:
    """Announce the certificates an operation's result carries, if any."""
    if issued:
        announce_certificates(context, list(issued))


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
    box.addButton(QMessageBox.StandardButton.Close)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open_notices.add(box)
    box.finished.connect(lambda _result: _open_notices.discard(box))
    box.buttonClicked.connect(lambda button: context.show_section("certificates") if button is view else None)
    box.show()
    return box
