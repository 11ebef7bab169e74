"""The profile picker for shared laptops: choose, create (optional 4–8 digit PIN) or archive a profile."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trainer_app.core.common.errors import TrainerError
from trainer_app.core.domain.learner import Learner
from trainer_app.core.domain.pack import Role
from trainer_app.core.domain.progress import Status
from trainer_app.ui.errors_text import error_text
from trainer_app.ui.i18n import LANGUAGES, effective_language, isolate, role_title
from trainer_app.ui.widgets.plain import as_shown
from trainer_app.ui.widgets.status import status_icon

if TYPE_CHECKING:
    from trainer_app.ui.view_services import PickerServices

ROLE_ID = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class PickerPreview:
    """What the picker shows before the records are open: roles and profiles read quickly at start-up."""

    roles: list[Role]
    learners: list[Learner]
    last_learner_id: str


FIND_FROM = 8  # show the name filter on laptops with more profiles than this


class ProfilePicker(QWidget):
    learner_chosen = Signal(object)

    def __init__(self, services: PickerServices | None, preview: PickerPreview | None = None) -> None:
        super().__init__()
        self.services = services
        self.preview = preview
        self._pending: str | None = None  # "choose" or "create", asked for before the records were open
        self.learners: list[Learner] = []
        title = QLabel(self.tr("Who is training today?"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        self.find_edit = QLineEdit()
        self.find_edit.setPlaceholderText(self.tr("Find your name…"))
        self.find_edit.setAccessibleName(self.tr("Find a profile"))
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.textChanged.connect(self._filter)
        self.find_edit.returnPressed.connect(self.choose)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Profiles"))
        self.list.itemActivated.connect(lambda _item: self.choose())
        self.empty = QLabel(self.tr("No profiles yet. Create yours on the right to start training."))
        self.empty.setWordWrap(True)
        self.continue_button = QPushButton(self.tr("Continue"))
        self.continue_button.setAccessibleName(self.tr("Continue with the selected profile"))
        self.continue_button.setDefault(True)
        self.continue_button.clicked.connect(self.choose)
        self.archive_button = QPushButton(self.tr("Archive profile…"))
        self.archive_button.setAccessibleName(self.tr("Archive the selected profile"))
        self.archive_button.clicked.connect(self.archive)
        buttons = QHBoxLayout()
        buttons.addWidget(self.continue_button)
        buttons.addWidget(self.archive_button)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(title)
        self.waiting = QLabel(self.tr("Opening your training records…"))
        self.waiting.hide()
        left.addWidget(self.empty)
        left.addWidget(self.waiting)
        left.addWidget(self.find_edit)
        left.addWidget(self.list, 1)
        left.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addWidget(self._make_form(), 2)

    def _make_form(self) -> QGroupBox:
        box = QGroupBox(self.tr("New profile"))
        form = QFormLayout(box)
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Full name"))
        self.name_edit.setMaxLength(200)
        self.role_combo = QComboBox()
        self.role_combo.setAccessibleName(self.tr("Role"))
        self.agency_edit = QLineEdit()
        self.agency_edit.setAccessibleName(self.tr("Agency"))
        self.site_edit = QLineEdit()
        self.site_edit.setAccessibleName(self.tr("Site"))
        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(self.tr("Language"))
        for code, name in LANGUAGES.items():
            if code:
                self.language_combo.addItem(name, code)
        # a new profile starts in the laptop's own language (English when we have no translation for it)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(effective_language(""))))
        self.pin_edit = QLineEdit()
        self.pin_edit.setAccessibleName(self.tr("PIN (optional, 4 to 8 digits)"))
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setMaxLength(8)
        self.pin_edit.setPlaceholderText(self.tr("Optional, 4–8 digits"))
        create = QPushButton(self.tr("Create profile"))
        create.setAccessibleName(self.tr("Create profile"))
        create.clicked.connect(self.create_profile)
        self.name_edit.returnPressed.connect(self.create_profile)
        form.addRow(self.tr("Full &name:"), self.name_edit)
        form.addRow(self.tr("&Role:"), self.role_combo)
        form.addRow(self.tr("&Agency:"), self.agency_edit)
        form.addRow(self.tr("&Site:"), self.site_edit)
        form.addRow(self.tr("&Language:"), self.language_combo)
        form.addRow(self.tr("&PIN:"), self.pin_edit)
        form.addRow(create)
        for label_field in (self.name_edit, self.role_combo, self.agency_edit, self.site_edit):
            label = form.labelForField(label_field)
            if isinstance(label, QLabel):
                label.setBuddy(label_field)
        return box

    def _data(self) -> PickerPreview:
        if self.services is None:
            return self.preview or PickerPreview([], [], "")
        app = self.services
        roles = list({r.id: r for p in app.packs.list() for r in p.roles}.values())
        return PickerPreview(
            roles, app.learners.list(include_imported=False), app.settings.current.last_learner_id
        )

    def attach(self, services: PickerServices) -> None:
        """The records are open: swap the start-up preview for the real data, then do what was asked."""
        selected = self.selected()
        self.services = services
        self.preview = None
        self.refresh(keep=selected.id if selected else None)
        self.waiting.hide()
        pending, self._pending = self._pending, None
        if pending == "choose":
            self.choose()
        elif pending == "create":
            self.create_profile()

    def _wait_for_records(self, action: str) -> bool:
        if self.services is not None:
            return False
        self._pending = action
        self.waiting.show()
        return True

    def refresh(self, keep: str | None = None) -> None:
        data = self._data()
        self.role_combo.clear()
        for role in data.roles:
            self.role_combo.addItem(role_title(role.id, role.title), role.id)
        self.learners = data.learners
        titles = {r.id: role_title(r.id, r.title) for r in data.roles}
        self.list.clear()
        for learner in self.learners:
            role_text = titles.get(learner.main_role) or role_title(learner.main_role)
            details = " · ".join(isolate(x) for x in (role_text, learner.agency, learner.site) if x)
            item = QListWidgetItem(f"{isolate(learner.display_name)}\n{details}")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{learner.display_name}, {details}")
            if learner.has_pin:
                item.setIcon(status_icon(Status.LOCKED))
                item.setToolTip(self.tr("Protected by a PIN"))
            item.setData(ROLE_ID, learner.id)
            self.list.addItem(item)
        has_any = bool(self.learners)
        self.find_edit.setVisible(len(self.learners) > FIND_FROM)
        self.find_edit.clear()
        self.empty.setVisible(not has_any)
        self.continue_button.setEnabled(has_any)
        self.archive_button.setEnabled(has_any and self.services is not None)
        last = keep or data.last_learner_id
        row = next((i for i, x in enumerate(self.learners) if x.id == last), 0)
        if has_any:
            self.list.setCurrentRow(row)
            self.list.setFocus()
        else:
            self.name_edit.setFocus()

    def _filter(self, text: str) -> None:
        needle = text.casefold().strip()
        first_visible = -1
        for row in range(self.list.count()):
            item = self.list.item(row)
            hidden = bool(needle) and needle not in item.text().casefold()
            item.setHidden(hidden)
            if not hidden and first_visible < 0:
                first_visible = row
        if first_visible >= 0:
            self.list.setCurrentRow(first_visible)

    def selected(self) -> Learner | None:
        row = self.list.currentRow()
        return self.learners[row] if 0 <= row < len(self.learners) else None

    def choose(self) -> None:
        learner = self.selected()
        if learner is None or self._wait_for_records("choose"):
            return
        assert self.services is not None
        pin = None
        if learner.has_pin:
            pin, ok = QInputDialog.getText(
                self,
                self.tr("PIN"),
                as_shown(self.tr("PIN for {name}:").format(name=learner.display_name)),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                return
        try:
            learner = self.services.learners.unlock(learner.id, pin)
        except TrainerError as error:
            QMessageBox.warning(self, self.tr("Cannot open this profile"), error_text(error))
            return
        self.learner_chosen.emit(learner)

    def create_profile(self) -> None:
        if self._wait_for_records("create"):
            return
        assert self.services is not None
        try:
            learner, _ = self.services.learners.create(
                self.name_edit.text(),
                self.role_combo.currentData() or "",
                self.agency_edit.text(),
                self.site_edit.text(),
                self.language_combo.currentData() or "en",
                self.pin_edit.text() or None,
            )
        except TrainerError as error:
            QMessageBox.warning(self, self.tr("The profile was not created"), error_text(error))
            return
        for edit in (self.name_edit, self.agency_edit, self.site_edit, self.pin_edit):
            edit.clear()
        self.learner_chosen.emit(learner)

    def archive(self) -> None:
        """Archiving needs the profile's PIN or the trainer passphrase. Without either there is no way in here:
        setting up trainer mode is its own explicit step (Settings), never a side effect of archiving."""
        from trainer_app.ui.dialogs.unlock_dialog import archive_dialog

        learner, services = self.selected(), self.services
        if learner is None or services is None:  # the preview picker, before the records open, cannot archive
            return
        if not learner.has_pin and not services.trainer_mode.is_set():
            QMessageBox.information(
                self,
                self.tr("Archive profile"),
                self.tr(
                    "{name} has no PIN, so only a trainer can archive this profile, and trainer mode is not set "
                    "up on this laptop yet. A trainer can set it up: sign in, open Settings and choose "
                    "“Set up trainer mode…”."
                ).format(name=learner.display_name),
            )
            return
        dialog = archive_dialog(services.trainer_mode, self, learner.id, learner.display_name)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Archive profile"),
            as_shown(
                self.tr("Archive {name}? The records are kept; the profile is hidden from this list.").format(
                    name=learner.display_name
                )
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            services.learners.archive(learner.id)
            self.refresh()
