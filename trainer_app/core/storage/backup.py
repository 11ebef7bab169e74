"""SQLite backups with the online backup API, thinning as Anki does, and restoring a damaged database."""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Iterable
from datetime import datetime, timedelta
from pathlib import Path

from trainer_app.core.common.errors import StorageError

STAMP = "%Y%m%dT%H%M%S"
PARTIAL = ".partial"
PRIVATE_MODE = 0o600


def backup_sqlite(
    db_path: Path, backups_dir: Path, reason: str, now: datetime, out: Path | None = None
) -> Path:
    """Copy a live database consistently (WAL included) to backups_dir or `out`, readable by the owner only.

    The copy is written to a `.partial` file and renamed when complete: a failure or a kill never leaves a
    half-written backup under a backup's name, and leftovers of killed runs are removed on the next one.
    """
    backups_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    remove_partials(backups_dir)
    target = out or backups_dir / f"trainer-{now.strftime(STAMP)}-{reason}.db"
    partial = target.with_name(target.name + PARTIAL)
    try:
        _create_private(partial)
        source = sqlite3.connect(str(db_path))
        try:
            dest = sqlite3.connect(str(partial))
            try:
                source.backup(dest)
            finally:
                dest.close()
        finally:
            source.close()
        _fsync(partial)
        partial.replace(target)
    except (sqlite3.Error, OSError) as error:
        partial.unlink(missing_ok=True)
        raise StorageError("storage.backup_could_written", error=error) from error
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    _fsync_folder(target.parent)
    return target


def remove_partials(folder: Path) -> None:
    for leftover in folder.glob(f"*{PARTIAL}"):
        leftover.unlink(missing_ok=True)


def _create_private(path: Path) -> None:
    path.unlink(missing_ok=True)
    os.close(os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, PRIVATE_MODE))


def _fsync(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _fsync_folder(folder: Path) -> None:
    if os.name != "nt":  # Windows cannot open a folder for fsync; its rename is durable enough
        _fsync(folder)


def is_good_copy(path: Path) -> bool:
    """True when the file is a SQLite database that passes `PRAGMA quick_check`."""
    try:
        with open(path, "rb") as handle:
            if handle.read(16) != b"SQLite format 3\x00":
                return False
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return connection.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        finally:
            connection.close()
    except (OSError, sqlite3.Error):
        return False


def newest_good_backup(backups_dir: Path) -> Path | None:
    """The newest backup that passes the quick check (damaged ones are skipped, never restored)."""
    return next((path for path in list_backups(backups_dir) if is_good_copy(path)), None)


def list_backups(backups_dir: Path) -> list[Path]:
    """Newest first."""
    if not backups_dir.exists():
        return []
    return sorted(backups_dir.glob("trainer-*.db"), key=lambda p: p.name, reverse=True)


def newest_backup(backups_dir: Path) -> Path | None:
    backups = list_backups(backups_dir)
    return backups[0] if backups else None


def backup_time(path: Path) -> datetime | None:
    try:
        return datetime.strptime(path.name.split("-")[1], STAMP)
    except (IndexError, ValueError):
        return None


def backups_to_thin(stamped: Iterable[tuple[Path, datetime]], now: datetime) -> list[Path]:
    """Keep the 10 newest, one a day for 14 days and one a week for 8 weeks; return the rest."""
    ordered = sorted(stamped, key=lambda item: item[1], reverse=True)
    keep: set[Path] = {path for path, _ in ordered[:10]}
    seen_days: set[str] = set()
    seen_weeks: set[str] = set()
    for path, when in ordered:
        age = now - when
        day, week = when.strftime("%Y-%m-%d"), when.strftime("%G-%V")
        if age <= timedelta(days=14) and day not in seen_days:
            seen_days.add(day)
            keep.add(path)
        elif age <= timedelta(weeks=8) and week not in seen_weeks:
            seen_weeks.add(week)
            keep.add(path)
    return [path for path, _ in ordered if path not in keep]


def thin_backups(backups_dir: Path, now: datetime) -> list[Path]:
    naive_now = now.replace(tzinfo=None)
    stamped = [(p, t) for p in list_backups(backups_dir) if (t := backup_time(p)) is not None]
    removed = backups_to_thin(stamped, naive_now)
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def move_aside(db_path: Path, damaged_dir: Path, now: datetime) -> Path:
    """Move a damaged database (and its WAL/SHM files) aside; never delete it."""
    damaged_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = damaged_dir / f"{db_path.stem}-{now.strftime(STAMP)}{db_path.suffix}"
    for suffix in ("", "-wal", "-shm"):
        part = Path(str(db_path) + suffix)
        if part.exists():
            shutil.move(str(part), str(target) + suffix)
    return target


def restore_backup(db_path: Path, backup: Path, damaged_dir: Path, now: datetime) -> Path:
    """Put a copy of `backup` in place of the database, moving the current one aside; returns where it went.

    The copy is made beside the database first (private, fsynced) and renamed into place, so a failure at any
    moment leaves either the old database or the restored one, never a half-copied file.
    """
    if not is_good_copy(backup):
        raise StorageError("storage.backup_damaged_fails_quick", backup=backup)
    staged = db_path.with_name(db_path.name + ".restoring")
    try:
        _create_private(staged)
        shutil.copyfile(backup, staged)
        _fsync(staged)
    except OSError as error:
        staged.unlink(missing_ok=True)
        raise StorageError("storage.backup_could_copied", error=error) from error
    aside = move_aside(db_path, damaged_dir, now)
    staged.replace(db_path)
    _fsync_folder(db_path.parent)
    return aside
