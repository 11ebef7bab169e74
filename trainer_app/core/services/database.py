"""Database health for the user: integrity check, schema version, backups and restore.

`restore_database` is the one restore, used by the window (offered when the database is damaged) and by
`cpims-trainer db restore`; it needs no open database, since the one in place may be unreadable.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from trainer_app.core.common.clock import Clock
from trainer_app.core.common.errors import NotFoundError, StorageError
from trainer_app.core.common.paths import DataPaths
from trainer_app.core.storage import backup, migrate
from trainer_app.core.storage.db import Database, check_sqlite_file, sqlite_file


@dataclass(frozen=True)
class DbStatus:
    url: str
    integrity: str
    schema_version: str | None
    head_version: str
    backups: int


class DatabaseService:
    def __init__(self, db: Database, paths: DataPaths, clock: Clock) -> None:
        self._db = db
        self._paths = paths
        self._clock = clock

    def shown_url(self) -> str:
        """The URL of the database in use with any password hidden: safe to show or print."""
        return self._db.engine.url.render_as_string(hide_password=True)

    def check(self) -> DbStatus:
        file = sqlite_file(self._db.engine)
        integrity = "ok"
        if file is not None:
            check_sqlite_file(file, None, full=True)
        return DbStatus(
            url=self.shown_url(),
            integrity=integrity,
            schema_version=migrate.current_revision(self._db.engine),
            head_version=migrate.head_revision(),
            backups=len(backup.list_backups(self._paths.backups)),
        )

    def backup(self, out: Path | None = None, reason: str = "manual") -> Path:
        file = sqlite_file(self._db.engine)
        if file is None:
            raise StorageError("storage.backups_made_sqlite_database")
        return backup.backup_sqlite(file, self._paths.backups, reason, self._clock(), out)


@dataclass(frozen=True)
class Restored:
    backup: Path
    moved_aside_to: Path


def restore_database(paths: DataPaths, now: datetime, chosen: Path | None = None) -> Restored:
    """Restore `chosen`, or the newest backup that passes the quick check; the current database is moved
    aside to the damaged folder, never deleted. A damaged backup is never restored."""
    if chosen is not None:
        if not chosen.is_file():
            raise NotFoundError("storage.backup_file", chosen=chosen)
    else:
        chosen = backup.newest_good_backup(paths.backups)
        if chosen is None:
            raise NotFoundError("storage.good_backup_found", backups=paths.backups)
    aside = backup.restore_backup(paths.database, chosen, paths.damaged, now)
    return Restored(chosen, aside)


def move_database_aside(paths: DataPaths, now: datetime) -> Path:
    """Start afresh on the user's explicit request: the current database goes to the damaged folder."""
    return backup.move_aside(paths.database, paths.damaged, now)
