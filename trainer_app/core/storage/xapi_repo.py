"""xAPI outbox rows in and out: add a statement once, pick the due ones, record each delivery outcome."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import Connection, func, or_, select, update

from trainer_app.core.common.clock import as_utc
from trainer_app.core.storage.records_repo import bulk_insert
from trainer_app.core.storage.tables_xapi import xapi_outbox

PENDING, SENT, QUARANTINED, CONFLICT = "pending", "sent", "quarantined", "conflict"
STATES = (PENDING, SENT, QUARANTINED, CONFLICT)


@dataclass(frozen=True)
class OutboxEntry:
    seq: int
    statement_id: str
    learner_id: str
    verb: str
    created_at: datetime
    statement: str  # the exact JSON text
    state: str
    attempts: int
    next_attempt_at: datetime | None
    last_error: str


def _entry(row: Any) -> OutboxEntry:
    return OutboxEntry(
        seq=int(row.seq),
        statement_id=row.statement_id,
        learner_id=row.learner_id,
        verb=row.verb,
        created_at=as_utc(row.created_at),
        statement=row.statement,
        state=row.state,
        attempts=int(row.attempts),
        next_attempt_at=as_utc(row.next_attempt_at) if row.next_attempt_at else None,
        last_error=row.last_error,
    )


def add(
    conn: Connection,
    statement_id: str,
    statement: str,
    *,
    learner_id: str,
    verb: str,
    pack_id: str,
    activity_id: str,
    created_at: datetime,
) -> None:
    row = _outbox_row(
        statement_id,
        statement,
        learner_id=learner_id,
        verb=verb,
        pack_id=pack_id,
        activity_id=activity_id,
        created_at=created_at,
    )
    bulk_insert(conn, xapi_outbox, list(row), [row])


def _outbox_row(
    statement_id: str,
    statement: str,
    *,
    learner_id: str,
    verb: str,
    pack_id: str,
    activity_id: str,
    created_at: datetime,
) -> dict[str, Any]:
    """A new outbox row: pending, never tried."""
    return {
        "statement_id": statement_id,
        "learner_id": learner_id,
        "verb": verb,
        "pack_id": pack_id,
        "activity_id": activity_id,
        "created_at": created_at,
        "statement": statement,
        "state": PENDING,
        "attempts": 0,
        "next_attempt_at": None,
        "last_attempt_at": None,
        "sent_at": None,
        "last_error": "",
    }


class NewStatement(Protocol):
    """A statement to queue (e.g. services.xapi_observations.OutboxRow)."""

    @property
    def statement_id(self) -> str: ...
    @property
    def statement(self) -> str: ...
    @property
    def learner_id(self) -> str: ...
    @property
    def verb(self) -> str: ...
    @property
    def pack_id(self) -> str: ...
    @property
    def activity_id(self) -> str: ...
    @property
    def created_at(self) -> datetime: ...


def add_many(conn: Connection, rows: Sequence[NewStatement]) -> int:
    """Queue statements in order with one executemany straight to the driver (thousands at once from the demo
    seed: SQLAlchemy's per-row parameter work was most of its queueing)."""
    values = [
        _outbox_row(
            r.statement_id,
            r.statement,
            learner_id=r.learner_id,
            verb=r.verb,
            pack_id=r.pack_id,
            activity_id=r.activity_id,
            created_at=r.created_at,
        )
        for r in rows
    ]
    if values:
        bulk_insert(conn, xapi_outbox, list(values[0]), values)
    return len(values)


def claim_due(
    conn: Connection, now: datetime, lease_until: datetime, limit: int, cutoff: datetime
) -> list[OutboxEntry]:
    """Pending rows whose next attempt is at or before `cutoff`, oldest first, leased until `lease_until`.

    The lease keeps a second sender (another machine on a shared database) from picking the same rows
    meanwhile; were it to happen anyway, resending the same statement under the same id is harmless.
    """
    due = or_(xapi_outbox.c.next_attempt_at.is_(None), xapi_outbox.c.next_attempt_at <= cutoff)
    rows = conn.execute(
        select(xapi_outbox)
        .where(xapi_outbox.c.state == PENDING, due)
        .order_by(xapi_outbox.c.seq)
        .limit(limit)
    ).all()
    claimed: list[OutboxEntry] = []
    for row in rows:
        done = conn.execute(
            update(xapi_outbox)
            .where(xapi_outbox.c.seq == row.seq, xapi_outbox.c.state == PENDING, due)
            .values(next_attempt_at=lease_until, last_attempt_at=now)
        )
        if done.rowcount == 1:
            claimed.append(_entry(row))
    return claimed


def record(
    conn: Connection,
    seq: int,
    state: str,
    now: datetime,
    next_attempt_at: datetime | None,
    error: str,
) -> None:
    """One delivery outcome: the new state, when to try again (pending only) and why it failed."""
    conn.execute(
        update(xapi_outbox)
        .where(xapi_outbox.c.seq == seq)
        .values(
            state=state,
            attempts=xapi_outbox.c.attempts + 1,
            next_attempt_at=next_attempt_at if state == PENDING else None,
            last_attempt_at=now,
            sent_at=now if state == SENT else None,
            last_error=error[:2000],
        )
    )


def make_due(conn: Connection) -> None:
    """Retry now: every pending statement is due, whatever its back-off said."""
    conn.execute(update(xapi_outbox).where(xapi_outbox.c.state == PENDING).values(next_attempt_at=None))


def requeue(conn: Connection, states: Sequence[str]) -> int:
    """Put quarantined or conflicting statements back in the queue (after the cause was fixed)."""
    result = conn.execute(
        update(xapi_outbox)
        .where(xapi_outbox.c.state.in_(list(states)))
        .values(state=PENDING, next_attempt_at=None, last_error="")
    )
    return int(result.rowcount)


def statements(conn: Connection, states: Sequence[str] = STATES) -> list[str]:
    query = select(xapi_outbox.c.statement).where(xapi_outbox.c.state.in_(list(states)))
    return [row.statement for row in conn.execute(query.order_by(xapi_outbox.c.seq))]


def entries(conn: Connection, states: Sequence[str] = STATES, limit: int = 1000) -> list[OutboxEntry]:
    query = select(xapi_outbox).where(xapi_outbox.c.state.in_(list(states)))
    return [_entry(row) for row in conn.execute(query.order_by(xapi_outbox.c.seq).limit(limit))]


def counts(conn: Connection) -> dict[str, int]:
    query = select(xapi_outbox.c.state, func.count()).group_by(xapi_outbox.c.state)
    found = {state: int(count) for state, count in conn.execute(query)}
    return {state: found.get(state, 0) for state in STATES}


def next_attempt(conn: Connection) -> datetime | None:
    query = select(func.min(xapi_outbox.c.next_attempt_at)).where(xapi_outbox.c.state == PENDING)
    value = conn.execute(query).scalar()
    return as_utc(value) if value else None
