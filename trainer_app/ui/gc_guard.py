"""Garbage collection on the GUI thread only (Anki's pattern). A collection that a worker thread happens to
trigger can free Qt objects off the GUI thread and crash the process, so automatic collection is switched off
and a timer on the GUI thread collects whenever Python's own thresholds say it is due."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

from trainer_app.core.common import collection

CHECK_EVERY_MS = 1000


class GuiThreadCollector(QObject):
    """Owns collection while it lives: `stop()` (or its parent's end) gives it back to Python."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = CHECK_EVERY_MS) -> None:
        super().__init__(parent)
        self._threshold = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start()

    def collect_if_due(self) -> int:
        """Collect the oldest generation whose threshold is passed, as Python would have; how many were freed.
        Nothing while a bulk import or export holds collection off (core/common/collection.py)."""
        if collection.paused():
            return 0
        count = gc.get_count()
        due = [generation for generation in (2, 1, 0) if count[generation] > self._threshold[generation]]
        return gc.collect(due[0]) if due else 0

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()
