"""What every view needs: the core app, the signed-in learner, and a way to navigate. No globals."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from trainer_app.core.app import App
    from trainer_app.core.domain.learner import Learner


class Context:
    def __init__(self, app: App, window: Any) -> None:
        self.app = app
        self.window = window
        self.learner: Learner | None = None
        self.navigator: Any = None  # the Shell once a learner is signed in

    def open_activity(self, pack_id: str, activity_id: str, anchor: str = "") -> None:
        if self.navigator is not None:
            self.navigator.open_activity(pack_id, activity_id, anchor)

    def show_section(self, key: str) -> Any:
        return self.navigator.section(key) if self.navigator is not None else None
