"""File dialogs that remember the last folder per purpose and list removable drives first.

Every dialog of the trainer's workspace goes through `open_files`, `save_file` or `choose_folder`. They take
the start folder from the settings (`extra["last_folders"][purpose]`), show one dialog through `ask` and write
the chosen folder back. Tests answer the dialog by patching `ask` (the one place a dialog is shown), so the
remembering logic still runs under test.
"""

from __future__ import annotations

import os
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, QStorageInfo, QUrl
from PySide6.QtWidgets import QFileDialog, QWidget

if TYPE_CHECKING:
    from trainer_app.core.services.settings import SettingsService

LAST_FOLDERS = "last_folders"
REMOVABLE_ROOTS = ("/media/", "/run/media/", "/mnt/", "/Volumes/")


class Mode(Enum):
    OPEN_FILES = "open"
    SAVE_FILE = "save"
    FOLDER = "folder"


def looks_removable(root: str) -> bool:
    """A USB stick or card: mounted under /media, /run/media, /mnt (/Volumes on macOS), or a drive other than C:."""
    if root[1:2] == ":":  # a Windows drive letter
        return root[0].upper() != "C"
    path = root.rstrip("/") + "/"
    return any(path.startswith(prefix) and path != prefix for prefix in REMOVABLE_ROOTS)


def removable_folders() -> list[str]:
    """Mounted volumes that look removable, ready and writable (exports go there too), by mount point."""
    found: list[str] = []
    for volume in QStorageInfo.mountedVolumes():
        root = volume.rootPath()
        if (
            volume.isValid()
            and volume.isReady()
            and not volume.isReadOnly()
            and looks_removable(root)
            and root not in found
        ):
            found.append(root)
    return found


def sidebar_urls() -> list[QUrl]:
    """Removable drives first, then home, documents and desktop."""
    places = removable_folders()
    for location in (
        QStandardPaths.StandardLocation.HomeLocation,
        QStandardPaths.StandardLocation.DocumentsLocation,
        QStandardPaths.StandardLocation.DesktopLocation,
    ):
        path = QStandardPaths.writableLocation(location)
        if path and path not in places and os.path.isdir(path):
            places.append(path)
    return [QUrl.fromLocalFile(p) for p in places]


def last_folder(settings: SettingsService, purpose: str) -> str:
    """The folder last used for this purpose, if it still exists; else the first removable drive; else ''."""
    folders = settings.current.extra.get(LAST_FOLDERS, {})
    remembered = folders.get(purpose, "") if isinstance(folders, dict) else ""
    if isinstance(remembered, str) and remembered and os.path.isdir(remembered):
        return remembered
    drives = removable_folders()
    return drives[0] if drives else ""


def remember(settings: SettingsService, purpose: str, chosen: str) -> None:
    folder = chosen if os.path.isdir(chosen) else str(Path(chosen).parent)
    extra = dict(settings.current.extra)
    folders = extra.get(LAST_FOLDERS, {})
    extra[LAST_FOLDERS] = {**(folders if isinstance(folders, dict) else {}), purpose: folder}
    settings.update(extra=extra)


def ask(parent: QWidget | None, mode: Mode, title: str, start: str, name_filter: str) -> list[str]:
    """Show one dialog (Qt's own, so the sidebar can list removable drives first); the chosen paths or []."""
    dialog = QFileDialog(parent, title, start, name_filter)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setSidebarUrls(sidebar_urls())
    if mode is Mode.OPEN_FILES:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    elif mode is Mode.FOLDER:
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    else:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    if not dialog.exec():
        return []
    return [path for path in dialog.selectedFiles() if path]


def open_files(
    parent: QWidget | None, settings: SettingsService, purpose: str, title: str, name_filter: str
) -> list[str]:
    chosen = ask(parent, Mode.OPEN_FILES, title, last_folder(settings, purpose), name_filter)
    if chosen:
        remember(settings, purpose, chosen[0])
    return chosen


def save_file(
    parent: QWidget | None,
    settings: SettingsService,
    purpose: str,
    title: str,
    file_name: str,
    name_filter: str,
) -> str:
    start = last_folder(settings, purpose)
    chosen = ask(
        parent, Mode.SAVE_FILE, title, os.path.join(start, file_name) if start else file_name, name_filter
    )
    if not chosen:
        return ""
    remember(settings, purpose, chosen[0])
    return chosen[0]


def choose_folder(parent: QWidget | None, settings: SettingsService, purpose: str, title: str) -> str:
    chosen = ask(parent, Mode.FOLDER, title, last_folder(settings, purpose), "")
    if not chosen:
        return ""
    remember(settings, purpose, chosen[0])
    return chosen[0]
