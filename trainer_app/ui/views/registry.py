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

    sections = [
        Section("home", QCoreApplication.translate("sections", "Home"), HomeView(context)),
        Section("library", QCoreApplication.translate("sections", "Library"), LibraryView(context)),
        Section(
            "certificates", QCoreApplication.translate("sections", "Certificates"), CertificatesView(context)
        ),
        Section("rollout", QCoreApplication.translate("sections", "Rollout"), RolloutView(context)),
        Section("activity", QCoreApplication.translate("sections", "Open activity"), ActivityView(context)),
        Section(
            "trainer",
            QCoreApplication.translate("sections", "Trainer"),
            LockedSection(context, TrainerView(context), QCoreApplication.translate("sections", "Trainer")),
        ),
        Section("settings", QCoreApplication.translate("sections", "Settings"), SettingsView(context)),
    ]
    # The coordinator's screen shows every learner's records too: it opens only in trainer mode.
    for section in sections:
        if section.key in COORDINATOR_SCREENS:
            section.widget = LockedSection(context, section.widget, section.title)
    return sections
