"""The trainer's "New session…" dialog: title, date, the modules covered (a checklist) and who attended
(learners on this laptop, plus planned staff added by name). It only collects input; the panel records it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from trainer_app.core.domain.learner import Learner
from trainer_app.core.domain.pack import Pack

ID_ROLE = Qt.ItemDataRole.UserRole
STAFF_ROLE = Qt.ItemDataRole.UserRole + 1  # True on attendees added by name (no profile here)


@dataclass(frozen=True)
class SessionInput:
    title: str
    held_on: date
    module_ids: tuple[str, ...]
    learner_ids: tuple[str, ...]
    staff_names: tuple[str, ...]

    def held_at(self, today: date) -> datetime | None:
        """None (now) for a session held today; midday UTC of an earlier or later day otherwise."""
        return None if self.held_on == today else datetime.combine(self.held_on, time(12, 0), UTC)


def checklist(name: str) -> QListWidget:
    widget = QListWidget()
    widget.setAccessibleName(name)
    widget.setMinimumHeight(110)
    return widget


def check_item(widget: QListWidget, text: str, value: str, checked: bool = False) -> QListWidgetItem:
    item = QListWidgetItem(text, widget)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    item.setData(ID_ROLE, value)
    return item


def checked(widget: QListWidget, staff: bool | None = None) -> list[str]:
    found = []
    for row in range(widget.count()):
        item = widget.item(row)
        if item.checkState() is Qt.CheckState.Checked and (
            staff is None or bool(item.data(STAFF_ROLE)) == staff
        ):
            found.append(str(item.data(ID_ROLE)))
    return found


class SessionDialog(QDialog):
    def __init__(self, parent: QWidget | None, pack: Pack, learners: list[Learner], today: date) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New training session"))
        self.setAccessibleName(self.tr("New training session"))
        self.today = today
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Session title"))
        self.title.setPlaceholderText(self.tr("For example: Day 1 — registering cases"))
        self.held_on = QDateEdit(QDate(today.year, today.month, today.day))
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat("yyyy-MM-dd")
        self.held_on.setAccessibleName(self.tr("Date held"))
        self.modules = checklist(self.tr("Modules covered"))
        for module in pack.modules:
            check_item(self.modules, module.title, module.id)
        self.attendees = checklist(self.tr("Attendees"))
        for learner in learners:
            check_item(self.attendees, learner.display_name, learner.id)
        self.staff_name = QLineEdit()
        self.staff_name.setAccessibleName(self.tr("Planned staff name"))
        self.staff_name.setPlaceholderText(self.tr("Someone without a profile on this laptop"))
        self.staff_name.returnPressed.connect(self.add_staff)
        self.add_button = QPushButton(self.tr("&Add person"))
        self.add_button.setAccessibleName(self.tr("Add person"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_staff)
        self.message = QLabel("")
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Record session"))
        ok.setAccessibleName(self.tr("Record session"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Held on:"), self.held_on)
        form.addRow(self.tr("&Modules covered:"), self.modules)
        form.addRow(self.tr("Atte&ndees:"), self.attendees)
        staff = QHBoxLayout()
        staff.addWidget(self.staff_name, 1)
        staff.addWidget(self.add_button)
        caption = QLabel(self.tr("&Planned staff:"))
        caption.setBuddy(self.staff_name)  # a row holding a layout gets no buddy from addRow
        form.addRow(caption, staff)
        inner = QWidget()
        inner.setLayout(form)
        scroll = QScrollArea()  # the whole form scrolls on a 1024×600 screen
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(620, 540)

    def add_staff(self) -> None:
        """Add a planned staff member (by name) to the attendees, ticked."""
        name = " ".join(self.staff_name.text().split())
        if not name:
            return
        item = check_item(self.attendees, self.tr("{name} (no profile here)").format(name=name), name, True)
        item.setData(STAFF_ROLE, True)
        self.staff_name.clear()

    def values(self) -> SessionInput:
        qdate = self.held_on.date()
        return SessionInput(
            " ".join(self.title.text().split()),
            date(qdate.year(), qdate.month(), qdate.day()),
            tuple(checked(self.modules)),
            tuple(checked(self.attendees, staff=False)),
            tuple(checked(self.attendees, staff=True)),
        )

    def submit(self) -> None:
        values = self.values()
        if not values.title:
            self.message.setText(self.tr("Give the session a title."))
        elif not values.module_ids:
            self.message.setText(self.tr("Tick at least one module the session covered."))
        else:
            self.accept()
