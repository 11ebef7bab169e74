"""The trainer's "Record practical check…" dialog: which learner, which of the pack's checks, passed or not,
who observed it and a note. It only collects input; the panel records it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from trainer_app.core.domain.learner import Learner
from trainer_app.core.domain.pack import Pack


@dataclass(frozen=True)
class CheckInput:
    learner_id: str
    check_id: str
    passed: bool
    observed_by: str
    note: str


class CheckDialog(QDialog):
    def __init__(self, parent: QWidget | None, pack: Pack, learners: list[Learner], observer: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record a practical check"))
        self.setAccessibleName(self.tr("Record a practical check"))
        self.learner = QComboBox()
        self.learner.setAccessibleName(self.tr("Learner"))
        for learner in learners:
            self.learner.addItem(learner.display_name, learner.id)
        self.check = QComboBox()
        self.check.setAccessibleName(self.tr("Practical check"))
        for definition in pack.practical_checks:
            self.check.addItem(definition.title, definition.id)
            self.check.setItemData(
                self.check.count() - 1, definition.description, Qt.ItemDataRole.ToolTipRole
            )
        self.passed = QCheckBox(self.tr("&Passed: the task was done correctly"))
        self.passed.setAccessibleName(self.tr("Passed"))
        self.passed.setChecked(True)
        self.observer = QLineEdit(observer)
        self.observer.setAccessibleName(self.tr("Observed by"))
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("What the learner did (no real case data)"))
        self.note.setFixedHeight(80)
        self.message = QLabel(
            "" if pack.practical_checks else self.tr("This pack defines no practical checks.")
        )
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Record check"))
        ok.setAccessibleName(self.tr("Record check"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Learner:"), self.learner)
        form.addRow(self.tr("&Check:"), self.check)
        form.addRow("", self.passed)
        form.addRow(self.tr("&Observed by:"), self.observer)
        form.addRow(self.tr("&Note:"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def values(self) -> CheckInput:
        return CheckInput(
            str(self.learner.currentData() or ""),
            str(self.check.currentData() or ""),
            self.passed.isChecked(),
            " ".join(self.observer.text().split()),
            self.note.toPlainText().strip(),
        )

    def submit(self) -> None:
        values = self.values()
        if not values.learner_id or not values.check_id:
            self.message.setText(self.tr("Choose a learner and a practical check."))
        elif not values.observed_by:
            self.message.setText(self.tr("Say who observed the check."))
        else:
            self.accept()
