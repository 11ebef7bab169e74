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


COORDINATOR_SCREENS = ("rollout",)


def build_sections(context: Context) -> list[Section]:
    from trainer_app.ui.views.activity_view import ActivityView
    from trainer_app.ui.views.certificates_view import CertificatesView
    from trainer_app.ui.views.home_view import HomeView
    from trainer_app.ui.views.library_view import LibraryView
    from trainer_app.ui.views.rollout_view import RolloutView
    from trainer_app.ui.views.settings_view import SettingsView
    from trainer_app.ui.views.trainer_view import TrainerView
    from trainer_app.ui.widgets.locked_section import LockedSection

    def tr(text: str) -> str:
        return QCoreApplication.translate("sections", text)

    sections = [
        Section("home", tr("Home"), HomeView(context)),
        Section("library", tr("Library"), LibraryView(context)),
        Section("certificates", tr("Certificates"), CertificatesView(context)),
        Section("rollout", tr("Rollout"), RolloutView(context)),
        Section("activity", tr("Open activity"), ActivityView(context)),
        Section("trainer", tr("Trainer"), LockedSection(context, TrainerView(context), tr("Trainer"))),
        Section("settings", tr("Settings"), SettingsView(context)),
    ]
    # The coordinator's screen shows every learner's records too: it opens only in trainer mode.
    for section in sections:
        if section.key in COORDINATOR_SCREENS:
            section.widget = LockedSection(context, section.widget, section.title)
    return sections
