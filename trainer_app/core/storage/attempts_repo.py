"""Rows of `unlock_attempt`: read one under a row lock, count a failure, clear after a success."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, delete, select, update
from sqlalchemy.exc import IntegrityError

from trainer_app.core.common.clock import as_utc
from trainer_app.core.storage.tables_access import unlock_attempt


@dataclass(frozen=True)
class AttemptRow:
    failed_attempts: int
    next_allowed_at: datetime | None


def locked(conn: Connection, subject: str, now: datetime | None = None) -> AttemptRow:
    """The subject's counter, locked for this transaction (FOR UPDATE on servers; SQLite's BEGIN IMMEDIATE
    already holds the write lock). The row is made first when there is none, so that there is a row to lock:
    two first attempts at the same moment on a server then queue on it instead of both finding nothing."""
    if now is not None:
        try:
            with conn.begin_nested():
                conn.execute(
                    unlock_attempt.insert().values(
                        subject=subject, failed_attempts=0, next_allowed_at=None, updated_at=now
                    )
                )
        except IntegrityError:
            pass  # it exists (or another attempt made it and has committed): lock that one
    query = select(unlock_attempt).where(unlock_attempt.c.subject == subject).with_for_update()
    row = conn.execute(query).first()
    if row is None:
        return AttemptRow(0, None)
    allowed = as_utc(row.next_allowed_at) if row.next_allowed_at else None
    return AttemptRow(int(row.failed_attempts), allowed)


def store(
    conn: Connection, subject: str, failed: int, next_allowed_at: datetime | None, now: datetime
) -> None:
    """Count a failure on the row `locked` made or found (it holds the row lock)."""
    conn.execute(
        update(unlock_attempt)
        .where(unlock_attempt.c.subject == subject)
        .values(failed_attempts=failed, next_allowed_at=next_allowed_at, updated_at=now)
    )


def clear(conn: Connection, subject: str) -> None:
    conn.execute(delete(unlock_attempt).where(unlock_attempt.c.subject == subject))
