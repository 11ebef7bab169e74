"""SQLite backups with the online backup API, thinning as Anki does, and restoring a damaged database."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterable
from datetime import datetime, timedelta
from pathlib import Path

from trainer_app.core.common.errors import StorageError

STAMP = "%Y%m%dT%H%M%S"


def backup_sqlite(
    db_path: Path, backups_dir: Path, reason: str, now: datetime, out: Path | None = None
) -> Path:
    """Copy a live database consistently (WAL included) to backups_dir or `out`."""
    backups_dir.mkdir(parents=True, exist_ok=True)
    target = out or backups_dir / f"trainer-{now.strftime(STAMP)}-{reason}.db"
    partial = target.with_name(target.name + ".partial")
    source = sqlite3.connect(str(db_path))
    try:
        dest = sqlite3.connect(str(partial))
        try:
            source.backup(dest)
        finally:
            dest.close()
    except sqlite3.Error as error:
        partial.unlink(missing_ok=True)
        raise StorageError(f"The backup could not be written: {error}") from error
    finally:
        source.close()
    partial.replace(target)
    return target


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
    damaged_dir.mkdir(parents=True, exist_ok=True)
    target = damaged_dir / f"{db_path.stem}-{now.strftime(STAMP)}{db_path.suffix}"
    for suffix in ("", "-wal", "-shm"):
        part = Path(str(db_path) + suffix)
        if part.exists():
            shutil.move(str(part), str(target) + suffix)
    return target


def restore_backup(db_path: Path, backup: Path, damaged_dir: Path, now: datetime) -> Path:
    """Move the current database aside and put a copy of `backup` in its place; returns where the old one went."""
    aside = move_aside(db_path, damaged_dir, now)
    shutil.copy2(backup, db_path)
    return aside
