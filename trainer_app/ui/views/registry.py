"""The sidebar sections, in order. Each later capability adds its section here.

Sections are built the first time they are shown: signing in stays quick and light, and screens a learner
never opens (the trainer's charts, the rollout) cost nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from trainer_app.ui.context import Context


class Section:
    def __init__(self, key: str, title: str, factory: Callable[[], QWidget], scroll: bool = False) -> None:
        self.key = key
        self.scroll = scroll  # a long form: the shell shows it in a scroll area so it fits a small screen
        self.title = title
        self._factory = factory
        self._widget: QWidget | None = None

    @property
    def built(self) -> bool:
        return self._widget is not None

    @property
    def widget(self) -> QWidget:
        if self._widget is None:
            self._widget = self._factory()
        return self._widget


def build_sections(context: Context) -> list[Section]:
    from trainer_app.ui.views.activity_view import ActivityView
    from trainer_app.ui.views.certificates_view import CertificatesView
    from trainer_app.ui.views.home_view import HomeView
    from trainer_app.ui.views.library_view import LibraryView
    from trainer_app.ui.views.settings_view import SettingsView

    context.app.trainer_mode.lock()  # a new sign-in starts with trainer mode locked

    def locked(key: str, title: str) -> Callable[[], QWidget]:
        """The trainer's and coordinator's screens show every learner's records: trainer mode only."""

        def build() -> QWidget:
            from trainer_app.ui.widgets.locked_section import LockedSection

            if key == "rollout":
                from trainer_app.ui.views.rollout_view import RolloutView

                return LockedSection(context.app.trainer_mode, RolloutView(context, context.app), title)
            from trainer_app.ui.views.trainer_view import TrainerView

            return LockedSection(context.app.trainer_mode, TrainerView(context, context.app), title)

        return build

    rollout = QCoreApplication.translate("sections", "Rollout")
    trainer = QCoreApplication.translate("sections", "Trainer")
    return [
        Section(
            "home", QCoreApplication.translate("sections", "Home"), lambda: HomeView(context, context.app)
        ),
        Section(
            "library",
            QCoreApplication.translate("sections", "Library"),
            lambda: LibraryView(context, context.app),
        ),
        Section(
            "certificates",
            QCoreApplication.translate("sections", "Certificates"),
            lambda: CertificatesView(context, context.app),
        ),
        Section("rollout", rollout, locked("rollout", rollout)),
        Section(
            "activity",
            QCoreApplication.translate("sections", "Open activity"),
            lambda: ActivityView(context, context.app),
        ),
        Section("trainer", trainer, locked("trainer", trainer)),
        Section(
            "settings",
            QCoreApplication.translate("sections", "Settings"),
            lambda: SettingsView(context, context.app),
            scroll=True,
        ),
    ]
