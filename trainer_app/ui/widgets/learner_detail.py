"""One learner in full (Trainer screen): every activity by module, every quiz attempt, every certificate,
plus records waiting for a trust decision and details that conflict with another installation.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from trainer_app.core.common.numbers import format_percent
from trainer_app.core.domain.progress import Status
from trainer_app.core.domain.report import LearnerDetail
from trainer_app.ui.i18n import format_datetime
from trainer_app.ui.i18n import role_title as translated_role
from trainer_app.ui.widgets.status import status_icon, status_label


def _when(value: datetime | None) -> str:
    return format_datetime(value) if value else ""


class LearnerDetailPanel(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.title = QLabel(self.tr("Choose a learner to see every activity, attempt and certificate."))
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        for label in (self.title, self.summary):  # names and agencies are text, never markup
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Learner details"))
        self.tree.setHeaderLabels([self.tr("Item"), self.tr("Status"), self.tr("Progress"), self.tr("Date")])
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setMinimumSectionSize(70)
        self.tree.setUniformRowHeights(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)

    def clear(self) -> None:
        self.title.setText(self.tr("Choose a learner to see every activity, attempt and certificate."))
        self.summary.setText("")
        self.tree.clear()

    def show_detail(self, detail: LearnerDetail, role_title: str = "") -> None:
        self.title.setText(detail.name)
        main = detail.roles[0] if detail.roles else ""
        facts = [translated_role(main, role_title) if main else role_title, detail.agency, detail.site]
        notes = []
        if detail.pending_records:
            notes.append(
                self.tr("{n} records wait until their key is trusted (not counted).").format(
                    n=detail.pending_records
                )
            )
        for field, here, incoming in detail.open_conflicts:
            notes.append(
                self.tr("Conflict on {field}: here “{here}”, imported “{incoming}”.").format(
                    field=field, here=here, incoming=incoming
                )
            )
        self.summary.setText(" · ".join(f for f in facts if f) + ("\n" + "\n".join(notes) if notes else ""))
        self.tree.clear()
        self._activities(detail)
        self._attempts(detail)
        self._certificates(detail)
        self._classroom(detail)

    def _group(self, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem([title])
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        self.tree.addTopLevelItem(item)
        item.setExpanded(True)
        return item

    def _activities(self, detail: LearnerDetail) -> None:
        group = self._group(self.tr("Activities"))
        modules: dict[str, QTreeWidgetItem] = {}
        for line in detail.activities:
            parent = modules.get(line.module_title)
            if parent is None:
                parent = modules[line.module_title] = QTreeWidgetItem(group, [line.module_title])
                parent.setExpanded(True)
            status = Status(line.status)
            title = line.title if line.required else self.tr("{title} (optional)").format(title=line.title)
            item = QTreeWidgetItem(
                parent,
                [
                    title,
                    status_label(status),
                    format_percent(line.percent),
                    _when(line.completed_at or line.first_opened_at),
                ],
            )
            item.setIcon(1, status_icon(status))

    def _attempts(self, detail: LearnerDetail) -> None:
        group = self._group(self.tr("Quiz attempts ({n})").format(n=len(detail.attempts)))
        for attempt in detail.attempts:
            if attempt.submitted_at is None:
                state = self.tr("Open")
            else:
                state = self.tr("Passed") if attempt.passed else self.tr("Not passed")
            score = "" if attempt.score is None else format_percent(attempt.score)
            QTreeWidgetItem(
                group, [attempt.title, state, score, _when(attempt.submitted_at or attempt.started_at)]
            )

    def _certificates(self, detail: LearnerDetail) -> None:
        group = self._group(self.tr("Certificates ({n})").format(n=len(detail.certificates)))
        names = {
            "valid": self.tr("Valid"),
            "revoked": self.tr("Revoked"),
            "superseded": self.tr("Replaced by a newer one"),
            "untrusted": self.tr("Issuer not trusted here"),
        }
        for certificate in detail.certificates:
            QTreeWidgetItem(
                group,
                [
                    certificate.track_title,
                    names.get(certificate.status, certificate.status),
                    "",
                    _when(certificate.issued_at),
                ],
            )

    def _classroom(self, detail: LearnerDetail) -> None:
        """Sessions attended and practical checks observed (only when there are some)."""
        if detail.sessions:
            group = self._group(self.tr("Classroom sessions ({n})").format(n=len(detail.sessions)))
            for session in detail.sessions:
                trainer = (
                    self.tr("Trainer: {name}").format(name=session.trainer_name)
                    if session.trainer_name
                    else ""
                )
                item = QTreeWidgetItem(
                    group, [session.title, self.tr("Attended"), "", _when(session.held_at)]
                )
                item.setToolTip(0, "\n".join(x for x in (", ".join(session.modules), trainer) if x))
        if detail.practical_checks:
            group = self._group(self.tr("Practical checks ({n})").format(n=len(detail.practical_checks)))
            for check in detail.practical_checks:
                state = self.tr("Passed") if check.passed else self.tr("Not passed")
                item = QTreeWidgetItem(
                    group, [check.title, state, check.observed_by, _when(check.observed_at)]
                )
                item.setToolTip(0, check.note)
