"""The requirements of one rollout step as a tree: met/unmet icon and title, the explanation sentences, and
the people behind each number in groups that fill in when opened (a group may hold thousands)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from trainer_app.core.domain.gates import GateStatus, PeopleGroup, RequirementStatus
from trainer_app.ui.i18n import format_date
from trainer_app.ui.views.rollout_text import mark_icon, reason_text

REQUIREMENT = Qt.ItemDataRole.UserRole
GROUP = Qt.ItemDataRole.UserRole + 1


class RequirementTree(QTreeWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setHeaderHidden(True)
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Requirements of the step"))
        self._groups: dict[int, PeopleGroup] = {}
        self.itemExpanded.connect(self._fill_group)

    def show_status(self, status: GateStatus | None) -> None:
        self.clear()
        self._groups.clear()
        for result in status.requirements if status else ():
            self._add(result)

    def current_requirement_id(self) -> str | None:
        item = self.currentItem()
        return item.data(0, REQUIREMENT) if item is not None else None

    def _add(self, result: RequirementStatus) -> None:
        explanation = " ".join(reason_text(r) for r in result.reasons)
        item = QTreeWidgetItem([result.requirement.title])
        item.setIcon(0, mark_icon(result.met))
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        item.setData(0, REQUIREMENT, result.requirement.id)
        met = self.tr("Met") if result.met else self.tr("Not met")
        item.setData(
            0, Qt.ItemDataRole.AccessibleTextRole, f"{met}: {result.requirement.title}. {explanation}"
        )
        item.setToolTip(0, explanation)
        for reason in result.reasons:
            child = QTreeWidgetItem([reason_text(reason)])
            child.setData(0, REQUIREMENT, result.requirement.id)
            item.addChild(child)
        for group in (g for g in result.people if g.people):
            child = QTreeWidgetItem([reason_text(group.label)])
            child.setData(0, REQUIREMENT, result.requirement.id)
            key = len(self._groups)
            self._groups[key] = group
            child.setData(0, GROUP, key)
            child.addChild(QTreeWidgetItem([self.tr("Loading…")]))
            item.addChild(child)
        self.addTopLevelItem(item)
        item.setExpanded(True)

    def _fill_group(self, item: QTreeWidgetItem) -> None:
        key = item.data(0, GROUP)
        if key is None or key not in self._groups:
            return
        group = self._groups.pop(key)
        item.takeChildren()
        for person in group.people:
            parts = [person.name, person.agency, format_date(person.at) if person.at else ""]
            item.addChild(QTreeWidgetItem([" — ".join(p for p in parts if p)]))
