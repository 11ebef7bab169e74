"""Long work off the GUI thread with a progress dialog and a Cancel button.

The work receives a `report(fraction, text) -> bool` callback; it returns False once Cancel was pressed, and the
core service then stops and writes nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from trainer_app.ui.tasks import run_in_background

Report = Callable[[float, str], bool]
STEPS = 1000


class _Bridge(QObject):
    moved = Signal(int, str)


class ProgressTask:
    """One running task: its dialog (modal to the window) and its cancel flag."""

    def __init__(self, parent: QWidget, title: str) -> None:
        self.cancelled = threading.Event()
        cancel = QCoreApplication.translate("ProgressTask", "Cancel")
        self.dialog = QProgressDialog(title, cancel, 0, STEPS, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setAccessibleName(title)
        self.dialog.canceled.connect(self.cancelled.set)
        self.bridge = _Bridge()
        self.bridge.moved.connect(self._moved, Qt.ConnectionType.QueuedConnection)

    def report(self, fraction: float, text: str) -> bool:
        """Called from the worker thread."""
        self.bridge.moved.emit(round(max(0.0, min(1.0, fraction)) * STEPS), text)
        return not self.cancelled.is_set()

    def _moved(self, value: int, text: str) -> None:
        if not self.cancelled.is_set():
            self.dialog.setValue(value)
            if text:
                self.dialog.setLabelText(text)

    def close(self) -> None:
        self.dialog.reset()
        self.dialog.close()
        self.dialog.deleteLater()


def run_with_progress[T](
    parent: QWidget,
    title: str,
    work: Callable[[Report], T],
    on_done: Callable[[T], None],
    on_error: Callable[[BaseException], None],
) -> ProgressTask:
    task = ProgressTask(parent, title)
    task.dialog.show()

    def done(value: T) -> None:
        task.close()
        on_done(value)

    def failed(error: BaseException) -> None:
        task.close()
        on_error(error)

    run_in_background(lambda: work(task.report), done, failed)
    return task
