"""What every view needs: the core app, the signed-in learner, and a way to navigate. No globals."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from trainer_app.core.app import App
    from trainer_app.core.domain.learner import Learner
    from trainer_app.ui.main_window import MainWindow


class Navigator(Protocol):
    """Moves between the signed-in sections (the Shell)."""

    def open_activity(self, pack_id: str, activity_id: str, anchor: str = "") -> None: ...

    def section(self, key: str) -> QWidget | None: ...


class Context:
    def __init__(self, app: App, window: MainWindow | None) -> None:
        self.app = app
        self.window = window  # None for a view tested on its own
        self.learner: Learner | None = None
        self.navigator: Navigator | None = None  # the Shell once a learner is signed in

    def open_activity(self, pack_id: str, activity_id: str, anchor: str = "") -> None:
        if self.navigator is not None:
            self.navigator.open_activity(pack_id, activity_id, anchor)

    def show_section(self, key: str) -> QWidget | None:
        return self.navigator.section(key) if self.navigator is not None else None
