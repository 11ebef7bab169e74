"""Settings: language, text size, video backend, where the data folder is; in trainer mode only, the
connections (LRS, shared database) and the passphrase."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from trainer_app.core.services.settings import TEXT_SIZES
from trainer_app.ui.context import Context
from trainer_app.ui.i18n import LANGUAGES, isolate, role_title
from trainer_app.ui.widgets.trainer_settings import TrainerSettings

if TYPE_CHECKING:
    from trainer_app.ui.view_services import SettingsServices


class SettingsView(QWidget):
    def __init__(self, context: Context, services: SettingsServices) -> None:
        super().__init__()
        self.context = context
        self.services = services
        settings = services.settings.current
        learner = context.learner
        self.language = QComboBox()  # the learner's own language: the screens switch to it when they sign in
        self.language.setAccessibleName(self.tr("Language"))
        for code, name in LANGUAGES.items():
            if code:
                self.language.addItem(name, code)
        current = learner.language if learner else settings.language
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        titles = {r.id: r.title for p in services.packs.list() for r in p.roles}
        roles = learner.roles if learner else ()
        self.role_label = QLabel(", ".join(isolate(role_title(r, titles.get(r, ""))) for r in roles))
        self.role_label.setAccessibleName(self.tr("Your role"))
        self.text_size = QComboBox()
        self.text_size.setAccessibleName(self.tr("Text size"))
        for scale in TEXT_SIZES:
            self.text_size.addItem(f"{round(scale * 100)} %", scale)
        self.text_size.setCurrentIndex(max(0, self.text_size.findData(settings.text_scale)))
        self.video_backend = QComboBox()
        self.video_backend.setAccessibleName(self.tr("Video player"))
        self.video_backend.addItem(self.tr("Qt Multimedia (built in)"), "qt")
        self.video_backend.addItem(self.tr("VLC (needs VLC installed)"), "vlc")
        self.video_backend.setCurrentIndex(max(0, self.video_backend.findData(settings.video_backend)))
        folder = str(services.paths.root)
        self.folder_label = QLabel(folder)
        self.folder_label.setWordWrap(True)
        self.folder_label.setAccessibleName(self.tr("Data folder"))
        open_folder = QPushButton(self.tr("Open data folder"))
        open_folder.setAccessibleName(self.tr("Open data folder"))
        open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(folder)))
        form = QFormLayout()
        form.addRow(self.tr("Role:"), self.role_label)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Text size:"), self.text_size)
        form.addRow(self.tr("&Video player:"), self.video_backend)
        form.addRow(self.tr("Data folder:"), self.folder_label)
        form.addRow("", open_folder)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.trainer_settings = TrainerSettings(services)
        layout.addWidget(self.trainer_settings)
        layout.addStretch(1)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.text_size.currentIndexChanged.connect(self._display_changed)
        self.video_backend.currentIndexChanged.connect(
            lambda _i: services.settings.update(video_backend=self.video_backend.currentData())
        )

    def _language_changed(self, _index: int) -> None:
        learner = self.context.learner
        if learner is None:
            self.services.settings.update(language=self.language.currentData())
        else:
            self.context.learner = replace(learner, language=str(self.language.currentData()))
            self.services.learners.update(self.context.learner)
        self._rebuild()

    def _display_changed(self, _index: int) -> None:
        self.services.settings.update(text_scale=float(self.text_size.currentData()))
        self._rebuild()

    def _rebuild(self) -> None:
        """Translations and scaled fonts are applied when widgets are built, so rebuild the signed-in screens."""
        window = self.context.window
        if window is None:  # a view shown on its own has no signed-in screens to rebuild
            return
        window.apply_display_settings()
        if self.context.learner is not None:
            window.enter(self.context.learner)
            if window.shell is not None:
                window.shell.section("settings")

    def refresh(self) -> None:
        """Settings are read when the view is built; the trainer part follows trainer mode being unlocked."""
        self.trainer_settings.follow_trainer_mode()
