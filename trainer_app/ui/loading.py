"""Open the core app off the GUI thread; handle a damaged database by offering the newest backup."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from trainer_app.core.common.errors import DatabaseDamagedError, TrainerError
from trainer_app.core.common.logs import describe
from trainer_app.core.common.paths import DataPaths
from trainer_app.ui.errors_text import error_text
from trainer_app.ui.tasks import run_in_background

if TYPE_CHECKING:
    from trainer_app.core.app import App


def load_app(
    parent: QWidget, paths: DataPaths, database_url: str | None, on_loaded: Callable[[App], None]
) -> None:
    def work() -> App:
        from trainer_app.core.app import open_app  # SQLAlchemy is imported here, after the window is up
        from trainer_app.pdf.writers import pdf_writers

        return open_app(data_dir=str(paths.root), database_url=database_url, pdf=pdf_writers())

    def failed(error: BaseException) -> None:
        if isinstance(error, DatabaseDamagedError):
            if _offer_restore(parent, paths, error):
                load_app(parent, paths, database_url, on_loaded)
                return
        elif isinstance(error, TrainerError):
            QMessageBox.critical(
                parent,
                QCoreApplication.translate("loading", "CPIMS+ Trainer cannot start"),
                error_text(error),
            )
        else:
            logging.getLogger("trainer_app.ui").error("start-up failed: %s", describe(error), exc_info=error)
            QMessageBox.critical(
                parent,
                QCoreApplication.translate("loading", "CPIMS+ Trainer cannot start"),
                QCoreApplication.translate("loading", "An unexpected error occurred: {error}").format(
                    error=error
                ),
            )
        QApplication.exit(1)

    run_in_background(work, on_loaded, failed)


def _offer_restore(parent: QWidget, paths: DataPaths, error: DatabaseDamagedError) -> bool:
    from datetime import UTC, datetime

    from trainer_app.core.services.database import move_database_aside, restore_database

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("loading", "The training database is damaged"))
    text = (
        error_text(error)
        + "\n\n"
        + QCoreApplication.translate(
            "loading", "The damaged file will be moved aside to {folder}, never deleted."
        ).format(folder=paths.damaged)
    )
    restore = None
    if error.newest_backup:
        text += "\n\n" + QCoreApplication.translate("loading", "The newest backup is {name}.").format(
            name=Path(error.newest_backup).name
        )
        restore = box.addButton(
            QCoreApplication.translate("loading", "Restore the newest backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    fresh = box.addButton(
        QCoreApplication.translate("loading", "Start with an empty database"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(QCoreApplication.translate("loading", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setText(text)
    box.exec()
    clicked = box.clickedButton()
    now = datetime.now(UTC)
    try:
        if restore is not None and clicked is restore and error.newest_backup:
            restore_database(paths, now, Path(error.newest_backup))
            return True
        if clicked is fresh:
            move_database_aside(paths, now)
            return True
    except TrainerError as failure:
        QMessageBox.critical(
            parent, QCoreApplication.translate("loading", "CPIMS+ Trainer cannot start"), error_text(failure)
        )
    return False
