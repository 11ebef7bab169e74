"""The sidebar sections, in order. Each later capability adds its section here."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from trainer_app.ui.context import Context


@dataclass
class Section:
    key: str
    title: str
    widget: QWidget


def build_sections(context: Context) -> list[Section]:
    from trainer_app.ui.views.activity_view import ActivityView
    from trainer_app.ui.views.home_view import HomeView
    from trainer_app.ui.views.library_view import LibraryView
    from trainer_app.ui.views.settings_view import SettingsView

    def tr(text: str) -> str:
        return QCoreApplication.translate("sections", text)

    return [
        Section("home", tr("Home"), HomeView(context)),
        Section("library", tr("Library"), LibraryView(context)),
        Section("activity", tr("Open activity"), ActivityView(context)),
        Section("settings", tr("Settings"), SettingsView(context)),
    ]
