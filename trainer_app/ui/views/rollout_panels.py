"""Panels of the Rollout screen: an evidence tick with its note, closing a step (sign-off or not applicable),
and the planned-staff editor. Each panel only collects input and emits it; the view calls the service.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer_app.core.common.numbers import format_score
from trainer_app.core.domain.gates import EvidenceTick, PlannedStaff, Requirement


def _wrapping(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class EvidencePanel(QGroupBox):
    """The evidence item chosen in the requirements list: tick box, note, Save; for a measured item also the
    value counted and its total. Emits (requirement id, ticked, note, value, total); -1, -1 when not measured."""

    save_requested = Signal(str, bool, str, int, int)

    def __init__(self) -> None:
        super().__init__(self.tr("Evidence"))
        self.requirement: Requirement | None = None
        self.item = _wrapping(self.tr("Choose an evidence item in the list above to tick it."))
        self.ticked = QCheckBox(self.tr("Confirmed"))
        self.ticked.setAccessibleName(self.tr("Evidence item confirmed"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Where is the proof kept? (required)"))
        self.note.setAccessibleName(self.tr("Evidence note"))
        self.save = QPushButton(self.tr("Save evidence"))
        self.save.setAccessibleName(self.tr("Save the evidence tick and note"))
        self.save.clicked.connect(self._emit)
        self.why = _wrapping()
        self.measure = _wrapping()
        self.value = QSpinBox()
        self.value.setRange(0, 10_000_000)
        self.value.setAccessibleName(self.tr("Number counted"))
        self.total = QSpinBox()
        self.total.setRange(1, 10_000_000)
        self.total.setAccessibleName(self.tr("Total"))
        measured = QHBoxLayout()
        measured.addWidget(self.value)
        self.of_label = QLabel(self.tr("of"))
        measured.addWidget(self.of_label)
        measured.addWidget(self.total)
        measured.addStretch(1)
        self.measured_row = QWidget()
        self.measured_row.setLayout(measured)
        form = QFormLayout()
        form.addRow(self.ticked)
        form.addRow(self.measure)
        self.counted_label = QLabel(self.tr("&Counted:"))
        self.counted_label.setBuddy(self.value)
        form.addRow(self.counted_label, self.measured_row)
        note_label = QLabel(self.tr("&Note:"))
        note_label.setBuddy(self.note)
        form.addRow(note_label, self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(self.item)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.why, 1)
        row.addWidget(self.save)
        layout.addLayout(row)
        self.show_item(None, None, "")

    def show_item(self, requirement: Requirement | None, tick: EvidenceTick | None, blocked: str) -> None:
        """Show `requirement` (None: nothing chosen); `blocked` says why it cannot be changed ('' = it can)."""
        self.requirement = requirement
        editable = requirement is not None and not blocked
        for widget in (self.ticked, self.note, self.save, self.value, self.total):
            widget.setEnabled(editable)
        self._show_measure(requirement, tick)
        self.why.setText(blocked if requirement is not None else "")
        if requirement is None:
            self.item.setText(self.tr("Choose an evidence item in the list above to tick it."))
            self.ticked.setChecked(False)
            self.note.clear()
            return
        self.item.setText(requirement.text)
        self.ticked.setChecked(bool(tick and tick.ticked))
        self.note.setText(tick.note if tick else "")

    def _show_measure(self, requirement: Requirement | None, tick: EvidenceTick | None) -> None:
        measured = requirement is not None and requirement.is_measured
        for widget in (self.measure, self.counted_label, self.measured_row):
            widget.setVisible(measured)
        if requirement is None or not measured:
            return
        need = format_score((requirement.min_share or 0) * 100)
        self.measure.setText(
            self.tr("Enter {label} as a number of a total: met at {need} % or more.").format(
                label=requirement.measure_label or requirement.title, need=need
            )
        )
        self.value.setValue(tick.value if tick and tick.value is not None else 0)
        self.total.setValue(tick.total if tick and tick.total is not None else 1)

    def _emit(self) -> None:
        if self.requirement is not None:
            measured = self.requirement.is_measured
            value = self.value.value() if measured else -1
            total = self.total.value() if measured else -1
            self.save_requested.emit(
                self.requirement.id, self.ticked.isChecked(), self.note.text(), value, total
            )


class ClosePanel(QGroupBox):
    """Sign off the step (enabled only when allowed, with the reason otherwise) and, for an optional step,
    mark it not applicable with a reason."""

    sign_off_requested = Signal(str)
    not_applicable_requested = Signal(str)

    def __init__(self) -> None:
        super().__init__(self.tr("Close this step"))
        self.sign_note = QLineEdit()
        self.sign_note.setPlaceholderText(self.tr("Note for the sign-off (optional)"))
        self.sign_note.setAccessibleName(self.tr("Sign-off note"))
        self.sign_button = QPushButton(self.tr("Sign off"))
        self.sign_button.setAccessibleName(self.tr("Sign off this step"))
        self.sign_button.clicked.connect(lambda: self.sign_off_requested.emit(self.sign_note.text()))
        self.sign_why = _wrapping()
        self.na_reason = QLineEdit()
        self.na_reason.setPlaceholderText(self.tr("Why this step does not apply (required)"))
        self.na_reason.setAccessibleName(self.tr("Reason the step is not applicable"))
        self.na_button = QPushButton(self.tr("Mark not applicable"))
        self.na_button.setAccessibleName(self.tr("Mark this step not applicable"))
        self.na_button.clicked.connect(lambda: self.not_applicable_requested.emit(self.na_reason.text()))
        self.na_why = _wrapping()
        self.na_box = QWidget()
        na_layout = QVBoxLayout(self.na_box)
        na_layout.setContentsMargins(0, 0, 0, 0)
        na_row = QHBoxLayout()
        na_row.addWidget(self.na_reason, 1)
        na_row.addWidget(self.na_button)
        na_layout.addLayout(na_row)
        na_layout.addWidget(self.na_why)
        sign_row = QHBoxLayout()
        sign_row.addWidget(self.sign_note, 1)
        sign_row.addWidget(self.sign_button)
        layout = QVBoxLayout(self)
        layout.addLayout(sign_row)
        layout.addWidget(self.sign_why)
        layout.addWidget(self.na_box)

    def show_state(self, sign_why: str, optional: bool, na_why: str) -> None:
        """'' means allowed; otherwise the text says why not."""
        self.sign_button.setEnabled(not sign_why)
        self.sign_note.setEnabled(not sign_why)
        self.sign_why.setText(sign_why)
        self.sign_why.setVisible(bool(sign_why))
        self.sign_button.setToolTip(sign_why)
        self.na_box.setVisible(optional)
        self.na_button.setEnabled(optional and not na_why)
        self.na_reason.setEnabled(optional and not na_why)
        self.na_why.setText(na_why)
        self.na_why.setVisible(bool(na_why))
        self.na_button.setToolTip(na_why)


class PlannedStaffPanel(QWidget):
    """The planned numbers per role (and agency) with a form to set or remove one. Emits (role, agency, count)."""

    save_requested = Signal(str, str, int)
    remove_requested = Signal(str, str)

    def __init__(self) -> None:
        super().__init__()
        self.intro = _wrapping(
            self.tr(
                "How many people of each role the rollout plans, for all agencies or per agency. "
                "Shares of certified staff are counted against these numbers."
            )
        )
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Role"), self.tr("Agency"), self.tr("Planned")])
        self.table.setAccessibleName(self.tr("Planned staff"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.itemSelectionChanged.connect(self._selected)
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Role"))
        self.agency = QLineEdit()
        self.agency.setPlaceholderText(self.tr("All agencies"))
        self.agency.setAccessibleName(self.tr("Agency"))
        self.count = QSpinBox()
        self.count.setRange(0, 1_000_000)
        self.count.setAccessibleName(self.tr("Planned number"))
        self.save = QPushButton(self.tr("Save planned number"))
        self.save.setAccessibleName(self.tr("Save the planned number"))
        self.save.clicked.connect(
            lambda: self.save_requested.emit(
                self.role.currentData() or "", self.agency.text(), self.count.value()
            )
        )
        self.remove = QPushButton(self.tr("Remove selected"))
        self.remove.setAccessibleName(self.tr("Remove the selected planned number"))
        self.remove.clicked.connect(self._remove)
        self.why = _wrapping()
        form = QFormLayout()
        for text, widget in ((self.tr("&Role:"), self.role), (self.tr("&Agency:"), self.agency)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        count_label = QLabel(self.tr("&Planned:"))
        count_label.setBuddy(self.count)
        form.addRow(count_label, self.count)
        buttons = QHBoxLayout()
        buttons.addWidget(self.why, 1)
        buttons.addWidget(self.remove)
        buttons.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)

    def show_planned(self, planned: list[PlannedStaff], roles: list[tuple[str, str]], blocked: str) -> None:
        titles = dict(roles)
        current = self.role.currentData()
        self.role.clear()
        for role_id, title in roles:
            self.role.addItem(title, role_id)
        if current is not None:
            self.role.setCurrentIndex(max(0, self.role.findData(current)))
        self.table.setRowCount(len(planned))
        for row, plan in enumerate(planned):
            cells = (
                titles.get(plan.role, plan.role),
                plan.agency or self.tr("All agencies"),
                str(plan.count),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, (plan.role, plan.agency))
                self.table.setItem(row, column, item)
        for widget in (self.role, self.agency, self.count, self.save, self.remove):
            widget.setEnabled(not blocked)
        self.why.setText(blocked)

    def _selected(self) -> None:
        items = self.table.selectedItems()
        if not items:
            return
        role, agency = items[0].data(Qt.ItemDataRole.UserRole)
        self.role.setCurrentIndex(max(0, self.role.findData(role)))
        self.agency.setText(agency)
        count_item = self.table.item(items[0].row(), 2)
        self.count.setValue(int(count_item.text()) if count_item else 0)

    def _remove(self) -> None:
        items = self.table.selectedItems()
        if items:
            role, agency = items[0].data(Qt.ItemDataRole.UserRole)
            self.remove_requested.emit(role, agency)
