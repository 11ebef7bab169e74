"""Start the desktop app: show the window at once, open the database off the GUI thread, then the profile picker."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from trainer_app import __version__
from trainer_app.core.common.lock import InstanceLock
from trainer_app.core.common.paths import DataPaths, resolve_data_dir


def parse_options(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="cpims-trainer")
    parser.add_argument("--data-dir")
    parser.add_argument("--portable", action="store_true")
    parser.add_argument("--database-url")
    options, _qt_args = parser.parse_known_args(list(argv))
    return options


def launch(argv: Sequence[str]) -> int:
    options = parse_options(argv)
    qt_app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    assert isinstance(qt_app, QApplication)
    qt_app.setApplicationName("CPIMS+ Trainer")
    qt_app.setApplicationVersion(__version__)
    qt_app.setOrganizationName("CPIMS+ Trainer")
    paths = DataPaths(resolve_data_dir(options.data_dir, options.portable))
    lock = InstanceLock(paths.lock)
    try:
        lock.acquire()
    except Exception as error:
        # Only "already running" is expected. Its module, the message catalogue and the message box are imported
        # here, not at the top: this runs before the window's first paint (issue 14).
        from PySide6.QtWidgets import QMessageBox

        from trainer_app.core.common.errors import AlreadyRunningError
        from trainer_app.ui.errors_text import error_text

        if not isinstance(error, AlreadyRunningError):
            raise
        QMessageBox.critical(None, QCoreApplication.translate("launch", "CPIMS+ Trainer"), error_text(error))
        return 1
    from trainer_app.ui.main_window import MainWindow

    window = MainWindow(paths, options.database_url)
    window.show()
    hooks = []
    collectors = []

    def start() -> None:
        # After the first paint: the error hook's imports (logging, the Qt enums) and the profile picker would
        # otherwise all come before the window is on screen. Only the loading page is painted before.
        from trainer_app.ui.error_hook import install_error_handling
        from trainer_app.ui.gc_guard import GuiThreadCollector

        collectors.append(GuiThreadCollector(window))  # before any worker thread starts
        hooks.append(install_error_handling(window, paths.root))
        window.start_loading()

    window.after_first_paint(start)
    quit_after = os.environ.get("CPIMS_TRAINER_SMOKE_QUIT_MS")
    if quit_after:  # smoke tests of the bundle: start, load, then leave
        QTimer.singleShot(int(quit_after), qt_app.quit)
    try:
        return qt_app.exec()
    finally:
        for hook in hooks:
            hook.uninstall()
        for collector in collectors:
            collector.stop()
        lock.release()
