"""Training sessions, attendance and practical checks in and out of the database (rows are signed already)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, select

from trainer_app.core.common.clock import as_utc
from trainer_app.core.credentials.keys import fingerprint_of
from trainer_app.core.domain.classroom import Attendance, PracticalCheck, TrainingSession
from trainer_app.core.storage.tables import learner
from trainer_app.core.storage.tables_sessions import practical_check, session_attendance, training_session


def add_session(conn: Connection, row: dict[str, Any]) -> None:
    conn.execute(training_session.insert().values(**row))


def add_attendance(conn: Connection, row: dict[str, Any]) -> None:
    conn.execute(session_attendance.insert().values(**row))


def add_check(conn: Connection, row: dict[str, Any]) -> None:
    conn.execute(practical_check.insert().values(**row))


def _fingerprint(key_hex: str) -> str:
    try:
        return fingerprint_of(bytes.fromhex(key_hex))
    except ValueError:
        return ""


def _attendees(conn: Connection, session_ids: list[str]) -> dict[str, list[Attendance]]:
    found: dict[str, list[Attendance]] = {}
    query = (
        select(session_attendance, learner.c.display_name)
        .outerjoin(learner, learner.c.id == session_attendance.c.learner_id)
        .where(session_attendance.c.session_id.in_(session_ids))
    )
    for row in conn.execute(query):
        name = row.display_name if row.learner_id else row.staff_name
        found.setdefault(row.session_id, []).append(
            Attendance(row.id, row.session_id, row.learner_id, row.staff_name, name or "")
        )
    for people in found.values():
        people.sort(key=lambda a: (a.name.casefold(), a.id))
    return found


def sessions(
    conn: Connection, trusted: set[str], session_id: str | None = None, pack_id: str | None = None
) -> list[TrainingSession]:
    """Newest first, with their attendees; `trusted` holds the hex keys whose records count."""
    query = select(training_session).order_by(training_session.c.held_at.desc(), training_session.c.id)
    if session_id is not None:
        query = query.where(training_session.c.id == session_id)
    if pack_id is not None:
        query = query.where(training_session.c.pack_id == pack_id)
    rows = list(conn.execute(query))
    attendees = _attendees(conn, [r.id for r in rows]) if rows else {}
    return [
        TrainingSession(
            r.id,
            r.pack_id,
            r.title,
            as_utc(r.held_at),
            r.trainer_learner_id,
            r.trainer_name,
            tuple(m for m in r.module_ids.split(",") if m),
            r.location,
            r.note,
            _fingerprint(r.issuer_key),
            r.issuer_key in trusted,
            tuple(attendees.get(r.id, ())),
        )
        for r in rows
    ]


def session_ids(conn: Connection) -> list[str]:
    return [r[0] for r in conn.execute(select(training_session.c.id))]


def checks(
    conn: Connection, trusted: set[str], learner_id: str | None = None, pack_id: str | None = None
) -> list[PracticalCheck]:
    """Newest first; one learner's or everyone's."""
    query = (
        select(practical_check, learner.c.display_name)
        .join(learner, learner.c.id == practical_check.c.learner_id)
        .order_by(practical_check.c.observed_at.desc(), practical_check.c.id)
    )
    if learner_id is not None:
        query = query.where(practical_check.c.learner_id == learner_id)
    if pack_id is not None:
        query = query.where(practical_check.c.pack_id == pack_id)
    return [
        PracticalCheck(
            r.id,
            r.learner_id,
            r.display_name,
            r.pack_id,
            r.check_id,
            bool(r.passed),
            r.observed_by,
            as_utc(r.observed_at),
            r.note,
            _fingerprint(r.issuer_key),
            r.issuer_key in trusted,
        )
        for r in conn.execute(query)
    ]


def attended_sessions(conn: Connection, learner_ids: Iterable[str], trusted: set[str]) -> dict[str, int]:
    """Per learner: how many sessions (signed by a trusted key) they attended."""
    wanted = sorted(set(learner_ids))
    counts: dict[str, set[str]] = {}
    for start in range(0, len(wanted), 500):
        query = select(
            session_attendance.c.learner_id, session_attendance.c.session_id, session_attendance.c.issuer_key
        ).where(session_attendance.c.learner_id.in_(wanted[start : start + 500]))
        for row in conn.execute(query):
            if row.issuer_key in trusted:
                counts.setdefault(row.learner_id, set()).add(row.session_id)
    return {key: len(value) for key, value in counts.items()}


def sessions_for_learner(conn: Connection, learner_id: str, trusted: set[str]) -> list[TrainingSession]:
    ids = [
        r[0]
        for r in conn.execute(
            select(session_attendance.c.session_id).where(session_attendance.c.learner_id == learner_id)
        )
    ]
    return [s for s in sessions(conn, trusted) if s.id in set(ids)]


def passed_check_counts(conn: Connection, pack_id: str, trusted: set[str]) -> dict[str, int]:
    """Per learner: how many distinct practical checks of the pack they passed (trusted keys only)."""
    query = select(
        practical_check.c.learner_id, practical_check.c.check_id, practical_check.c.issuer_key
    ).where(practical_check.c.pack_id == pack_id, practical_check.c.passed.is_(True))
    found: dict[str, set[str]] = {}
    for row in conn.execute(query):
        if row.issuer_key in trusted:
            found.setdefault(row.learner_id, set()).add(row.check_id)
    return {key: len(value) for key, value in found.items()}
