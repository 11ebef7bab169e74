"""The window's last line of defence: an exception nobody caught (in a slot, a thread, a worker) is logged,
shown as a translated message with a "Copy details" button, and the app stays open. No traceback on screen.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from trainer_app.core.common.errors import TrainerError
from trainer_app.core.common.logs import describe, setup_logging
from trainer_app.ui.errors_text import error_text

log = logging.getLogger("trainer_app.ui.errors")


def details(error: BaseException) -> str:
    """What "Copy details" puts on the clipboard: code, message and traceback, for a bug report."""
    code = error.code if isinstance(error, TrainerError) else type(error).__name__
    message = str(error)
    trace = "".join(traceback.format_exception(error))
    return f"Code: {code}\nMessage: {message}\n\n{trace}"


class ErrorHook(QObject):
    """Installed once per window; errors raised on other threads are shown on the GUI thread."""

    arrived = Signal(object)

    def __init__(self, parent: QWidget, log_file: Path | None = None) -> None:
        super().__init__(parent)
        self._window = parent
        self._log_file = log_file
        self._showing = False
        self._previous = (sys.excepthook, threading.excepthook)
        self.arrived.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> ErrorHook:
        sys.excepthook = self._on_exception
        threading.excepthook = self._on_thread_exception
        return self

    def uninstall(self) -> None:
        if sys.excepthook == self._on_exception:
            sys.excepthook, threading.excepthook = self._previous

    def _on_exception(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        self.report(error.with_traceback(trace))

    def _on_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.report(args.exc_value.with_traceback(args.exc_traceback))

    def report(self, error: BaseException) -> None:
        """Log the error and show it; callable from any thread."""
        if isinstance(error, TrainerError):
            log.warning("error shown: %s", describe(error))
        else:
            log.error("unexpected error: %s", describe(error), exc_info=error)
        self.arrived.emit(error)

    def _show(self, error: BaseException) -> None:
        if self._showing:  # one box at a time: a burst of the same failure must not stack dialogs
            return
        self._showing = True
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("errors", "CPIMS+ Trainer"))
        box.setText(error_text(error))
        if not isinstance(error, TrainerError) and self._log_file is not None:
            box.setInformativeText(
                QCoreApplication.translate("errors", "The details were written to {path}.").format(
                    path=self._log_file
                )
            )
        copy = QPushButton(QCoreApplication.translate("errors", "Copy details"), box)
        box.addButton(copy, QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Ok)
        text = details(error)
        copy.clicked.disconnect()  # an action button would close the box; copying keeps it open
        copy.clicked.connect(lambda: QApplication.clipboard().setText(text))
        box.finished.connect(self._closed)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _closed(self) -> None:
        self._showing = False


def install_error_handling(window: QWidget, data_root: Path) -> ErrorHook:
    """Start the log file in the data folder and catch every uncaught exception for `window`."""
    log_file = setup_logging(data_root)
    return ErrorHook(window, log_file).install()
