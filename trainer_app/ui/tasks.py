"""Run work off the GUI thread and get the result (or the error) back on it."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, SignalInstance, Slot

log = logging.getLogger(__name__)


class _Bridge(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], object], bridge: _Bridge) -> None:
        super().__init__()
        self._fn = fn
        self._bridge = bridge

    @Slot()
    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as error:  # handed to the GUI thread, which decides what to show
            self._tell(self._bridge.failed, error)
        else:
            self._tell(self._bridge.done, result)

    @staticmethod
    def _tell(signal: SignalInstance, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the app is closing and took the bridge with it: nobody is left to tell
            log.info("a background job finished after the window closed")


_live: set[_Bridge] = set()


def run_in_background[T](
    fn: Callable[[], T],
    on_done: Callable[[T], None],
    on_error: Callable[[BaseException], None],
) -> None:
    """Runs `fn` on the thread pool; callbacks run on the GUI thread (queued signal delivery)."""
    bridge = _Bridge()
    _live.add(bridge)

    def finish[V](callback: Callable[[V], None], value: V) -> None:
        _live.discard(bridge)
        callback(value)

    bridge.done.connect(lambda value: finish(on_done, value))
    bridge.failed.connect(lambda error: finish(on_error, error))
    QThreadPool.globalInstance().start(_Job(fn, bridge))
