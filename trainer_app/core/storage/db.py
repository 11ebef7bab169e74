"""The engine: SQLite (WAL, foreign keys, transactional DDL) by default, any SQLAlchemy URL otherwise."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError, OperationalError

from trainer_app.core.common.errors import DatabaseDamagedError, StorageError


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def make_engine(url: str) -> Engine:
    """An engine with our SQLite settings. PostgreSQL and others are used as they come."""
    if not url.startswith("sqlite"):
        try:
            return create_engine(url, pool_pre_ping=True, future=True)
        except Exception as error:  # a bad URL or a missing driver
            raise StorageError(f"Cannot use the database URL: {error}") from error
    engine = create_engine(url, future=True, connect_args={"timeout": 15})
    event.listen(engine, "connect", _on_sqlite_connect)
    event.listen(engine, "begin", _on_sqlite_begin)
    return engine


def _on_sqlite_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Take transaction control away from pysqlite so DDL is transactional too: a failed
    # migration then rolls back whole instead of leaving a half-applied schema.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=15000")
    mode = cursor.execute("PRAGMA journal_mode").fetchone()
    if mode and str(mode[0]).lower() != "memory":
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _on_sqlite_begin(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN")


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def sqlite_file(engine: Engine) -> Path | None:
    if not is_sqlite(engine) or not engine.url.database or engine.url.database == ":memory:":
        return None
    return Path(engine.url.database)


def check_sqlite_file(path: Path, newest_backup: str | None, full: bool = False) -> None:
    """Raise DatabaseDamagedError when the file is not SQLite or fails the (quick) integrity check."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        with open(path, "rb") as handle:
            header = handle.read(16)
        if header != b"SQLite format 3\x00":
            raise DatabaseDamagedError(
                f"The database {path} is not a SQLite database.", str(path), newest_backup
            )
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            pragma = "integrity_check" if full else "quick_check"
            rows = connection.execute(f"PRAGMA {pragma}").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise DatabaseDamagedError(
            f"The database {path} is damaged: {error}.", str(path), newest_backup
        ) from error
    if rows != [("ok",)]:
        detail = "; ".join(str(r[0]) for r in rows[:3])
        raise DatabaseDamagedError(
            f"The database {path} fails the integrity check: {detail}", str(path), newest_backup
        )


class Database:
    """Owns the engine and hands out one transaction per unit of work."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        try:
            with self.engine.begin() as connection:
                yield connection
        except OperationalError as error:
            raise StorageError(_describe(error)) from error
        except DatabaseError as error:
            raise StorageError(_describe(error)) from error

    def scalar(self, sql: str) -> Any:
        with self.engine.connect() as connection:
            return connection.execute(text(sql)).scalar()

    def dispose(self) -> None:
        self.engine.dispose()


def _describe(error: Exception) -> str:
    message = str(getattr(error, "orig", error))
    if "disk" in message.lower() and "full" in message.lower():
        return "The disk is full: nothing was saved. Free some space and try again."
    if "readonly" in message.lower() or "read-only" in message.lower():
        return "The data folder is read-only: nothing was saved."
    unreachable = ("connection refused", "could not connect", "server closed the connection")
    if any(words in message.lower() for words in unreachable):
        return (
            "The database server cannot be reached (connection refused or lost): nothing was saved. "
            f"Check that it is running and the network is up, then try again. ({message.splitlines()[0]})"
        )
    return f"The database could not complete the operation: {message}"
