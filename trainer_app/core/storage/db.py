"""The engine: SQLite (WAL, foreign keys, transactional DDL) by default, any SQLAlchemy URL otherwise.

Every SQLite transaction starts with `BEGIN IMMEDIATE`: a writer takes the write lock up front and a second
writer waits for it (busy timeout) instead of failing with "database is locked" when it upgrades a read lock.
A transaction opened inside another on the same thread joins it, so one user action is one transaction.

A bulk transaction (a records import) leaves its WAL checkpoint to a background thread: SQLite otherwise copies
the whole transaction from the WAL into the database inside its commit (about 0.8 s for a 10,000-learner
import), and the wal.html page of SQLite's documentation suggests exactly this for applications that want to
avoid that pause. The transaction is committed and visible when the import returns; the checkpoint only moves
it into the main file (and is what syncs it to disk under `synchronous=NORMAL`).
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, make_url, text
from sqlalchemy.exc import DatabaseError, OperationalError

from trainer_app.core.common.errors import DatabaseDamagedError, StorageError

log = logging.getLogger(__name__)

BUSY_TIMEOUT_SECONDS = 30
PRIVATE_FILE_MODE = 0o600


def private_file(path: Path) -> None:
    """Create the file readable by its owner only (or make an existing one so). SQLite gives the -wal and
    -shm files the mode of the database file, so they are private too."""
    if not path.parent.is_dir():
        return
    descriptor = os.open(path, os.O_CREAT | os.O_RDWR, PRIVATE_FILE_MODE)
    os.close(descriptor)
    for suffix in ("", "-wal", "-shm"):
        part = Path(f"{path}{suffix}")
        if part.exists() and part.stat().st_mode & 0o777 != PRIVATE_FILE_MODE:
            part.chmod(PRIVATE_FILE_MODE)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def make_engine(url: str) -> Engine:
    """An engine with our SQLite settings. PostgreSQL and others are used as they come."""
    if not url.startswith("sqlite"):
        try:
            return create_engine(url, pool_pre_ping=True, future=True)
        except Exception as error:  # a bad URL or a missing driver
            raise StorageError("storage.use_database_url", error=error) from error
    file = sqlite_file_of(url)
    if file is not None:
        private_file(file)
    engine = create_engine(url, future=True, connect_args={"timeout": BUSY_TIMEOUT_SECONDS})
    event.listen(engine, "connect", _on_sqlite_connect)
    event.listen(engine, "begin", _on_sqlite_begin)
    return engine


def _on_sqlite_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Take transaction control away from pysqlite so DDL is transactional too: a failed
    # migration then rolls back whole instead of leaving a half-applied schema.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_SECONDS * 1000}")
    mode = cursor.execute("PRAGMA journal_mode").fetchone()
    if mode and str(mode[0]).lower() != "memory":
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _on_sqlite_begin(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def sqlite_file(engine: Engine) -> Path | None:
    if not is_sqlite(engine) or not engine.url.database or engine.url.database == ":memory:":
        return None
    return Path(engine.url.database)


def sqlite_file_of(url: str) -> Path | None:
    """The file of a SQLite URL (None for other databases and in-memory ones)."""
    if not url.startswith("sqlite"):
        return None
    database = make_url(url).database
    return Path(database) if database and database != ":memory:" else None


def check_sqlite_file(path: Path, newest_backup: str | None, full: bool = False) -> None:
    """Raise DatabaseDamagedError when the file is empty, not SQLite or fails the (quick) integrity check.

    A missing file is a new installation; an empty one is not: it once held (or was meant to hold) records,
    and silently building a new database in its place would hide the loss.
    """
    if not path.exists():
        return
    if path.stat().st_size == 0:
        raise DatabaseDamagedError("storage.database_empty_bytes", str(path), newest_backup, path=path)
    try:
        with open(path, "rb") as handle:
            header = handle.read(16)
        if header != b"SQLite format 3\x00":
            raise DatabaseDamagedError(
                "storage.database_sqlite_database", str(path), newest_backup, path=path
            )
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            pragma = "integrity_check" if full else "quick_check"
            rows = connection.execute(f"PRAGMA {pragma}").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise DatabaseDamagedError(
            "storage.damaged", str(path), newest_backup, path=path, error=error
        ) from error
    if rows != [("ok",)]:
        detail = "; ".join(str(r[0]) for r in rows[:3])
        raise DatabaseDamagedError(
            "storage.database_fails_integrity_check", str(path), newest_backup, path=path, detail=detail
        )


class Database:
    """Owns the engine and hands out one transaction per unit of work."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._open = threading.local()
        self._checkpoints: list[threading.Thread] = []

    @contextmanager
    def transaction(self, bulk: bool = False) -> Iterator[Connection]:
        """One transaction; inside another on this thread, that one (all commit together or none does).

        `bulk` (SQLite, outermost only): its commit skips the automatic WAL checkpoint, which then runs on a
        background thread (wait_for_checkpoints waits for it)."""
        outer: Connection | None = getattr(self._open, "connection", None)
        if outer is not None:
            yield outer
            return
        # the file a background checkpoint copies into
        checkpointed = sqlite_file(self.engine) if bulk else None
        try:
            with (
                self.engine.connect() as connection,
                _checkpoints_deferred(connection, checkpointed is not None),
                connection.begin(),
            ):
                self._open.connection = connection
                try:
                    yield connection
                finally:
                    self._open.connection = None
        except OperationalError as error:
            raise _storage_error(error) from error
        except DatabaseError as error:
            raise _storage_error(error) from error
        if checkpointed is not None:
            self._checkpoint_later(checkpointed)

    def _checkpoint_later(self, file: Path) -> None:
        self._checkpoints = [t for t in self._checkpoints if t.is_alive()]
        thread = threading.Thread(target=_checkpoint, args=(file,), name="wal-checkpoint", daemon=True)
        self._checkpoints.append(thread)
        thread.start()

    def wait_for_checkpoints(self) -> None:
        """Return once every background checkpoint started by a bulk transaction has finished."""
        for thread in self._checkpoints:
            thread.join()
        self._checkpoints = []

    def scalar(self, sql: str) -> Any:
        with self.engine.connect() as connection:
            return connection.execute(text(sql)).scalar()

    def dispose(self) -> None:
        self.wait_for_checkpoints()
        self.engine.dispose()


@contextmanager
def _checkpoints_deferred(connection: Connection, deferred: bool) -> Iterator[None]:
    """No automatic checkpoint on this connection while inside (its commit included), restored after."""
    if not deferred:
        yield
        return
    raw = connection.connection.driver_connection  # pysqlite in autocommit: a PRAGMA opens no transaction
    assert isinstance(raw, sqlite3.Connection)
    pages = raw.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
    raw.execute("PRAGMA wal_autocheckpoint=0")
    try:
        yield
    finally:
        raw.execute(f"PRAGMA wal_autocheckpoint={int(pages)}")


def _checkpoint(file: Path) -> None:
    """Copy what the WAL holds into the database file (PASSIVE: readers and writers are not held up). If it
    cannot run now, SQLite's next automatic checkpoint does the same work."""
    try:
        connection = sqlite3.connect(str(file), timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
        try:
            connection.execute("PRAGMA wal_checkpoint(PASSIVE)")
        finally:
            connection.close()
    except sqlite3.Error as error:
        log.warning("background WAL checkpoint did not run: %s", error)


def _storage_error(error: Exception) -> StorageError:
    message = str(getattr(error, "orig", error))
    if "disk" in message.lower() and "full" in message.lower():
        return StorageError("storage.disk_full")
    if "readonly" in message.lower() or "read-only" in message.lower():
        return StorageError("storage.read_only")
    unreachable = ("connection refused", "could not connect", "server closed the connection")
    if any(words in message.lower() for words in unreachable):
        return StorageError("storage.unreachable", detail=message.splitlines()[0])
    return StorageError("storage.operation_failed", detail=message)
