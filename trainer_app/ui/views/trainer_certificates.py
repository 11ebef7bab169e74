"""The Trainer screen's Certificates tab: the certificates of the learners the filters show, and the bulk work
on them — a zip or a folder for the chosen learners, importing certificate files, revoking one with a reason.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer_app.core.domain.certificate import Certificate, CertificateStatus
from trainer_app.ui.context import Context
from trainer_app.ui.views.trainer_actions import TrainerActions

ID_ROLE = Qt.ItemDataRole.UserRole
LEARNER_ROLE = Qt.ItemDataRole.UserRole + 1


if TYPE_CHECKING:
    from trainer_app.ui.view_services import CertificatesPanelServices


class CertificatesPanel(QWidget):
    def __init__(
        self,
        context: Context,
        services: CertificatesPanelServices,
        actions: TrainerActions,
        shown: Callable[[], set[str]],
    ) -> None:
        super().__init__()
        self.context = context
        self.services = services
        self.trainer_actions = actions
        self.shown = shown  # the learner ids the Trainer screen's filters let through
        self.hint = QLabel(
            self.tr(
                "Certificates of the learners shown by the filters. Choose rows to work on some learners only; "
                "with none chosen, the buttons work on everyone listed."
            )
        )
        self.hint.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Certificates"))
        self.tree.setHeaderLabels(
            [
                self.tr("Learner"),
                self.tr("Track"),
                self.tr("Issued"),
                self.tr("Status"),
                self.tr("Issuer key"),
            ]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.tree.header().setStretchLastSection(True)
        for column, width in enumerate((180, 200, 90, 150)):
            self.tree.setColumnWidth(column, width)
        row = QHBoxLayout()
        for text, slot in (
            (
                self.tr("Save as zip…"),
                lambda: self.trainer_actions.export_certificates(self.chosen_learners()),
            ),
            (
                self.tr("Save to a folder…"),
                lambda: self.trainer_actions.export_certificates(self.chosen_learners(), True),
            ),
            (self.tr("Import certificate files…"), self.trainer_actions.import_certificates),
            (self.tr("Revoke…"), self._revoke),
        ):
            button = QPushButton(text)
            button.setAccessibleName(text.rstrip("…"))
            button.clicked.connect(
                lambda _checked=False, act=slot: act()
            )  # clicked(bool) must not reach a slot
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)

    def refresh(self) -> None:
        shown = self.shown()
        self.tree.clear()
        for certificate in self.services.certificates.list():
            if certificate.learner_id is None or certificate.learner_id not in shown:
                continue
            item = QTreeWidgetItem(
                [
                    certificate.learner_name,
                    certificate.track_title,
                    certificate.issued_at.date().isoformat(),
                    self._status(certificate),
                    certificate.issuer_fingerprint,
                ]
            )
            item.setData(0, ID_ROLE, certificate.id)
            item.setData(0, LEARNER_ROLE, certificate.learner_id)
            item.setToolTip(3, item.text(3))
            self.tree.addTopLevelItem(item)

    def _status(self, certificate: Certificate) -> str:
        return {
            CertificateStatus.REVOKED: self.tr("Revoked: {reason}").format(reason=certificate.revoked_reason),
            CertificateStatus.SUPERSEDED: self.tr("Replaced by a newer one"),
            CertificateStatus.UNTRUSTED: self.tr("Issuer not trusted"),
        }.get(certificate.status, self.tr("Valid"))

    def chosen_learners(self) -> set[str]:
        """The learners of the chosen rows; with no row chosen, every learner listed."""
        items = self.tree.selectedItems() or [
            item
            for i in range(self.tree.topLevelItemCount())
            if (item := self.tree.topLevelItem(i)) is not None
        ]
        return {str(item.data(0, LEARNER_ROLE)) for item in items}

    def _revoke(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        self.trainer_actions.revoke_certificate(str(item.data(0, ID_ROLE)), f"{item.text(0)}: {item.text(1)}")
