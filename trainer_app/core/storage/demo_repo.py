"""Bulk inserts for demo data: thousands of rows per statement, all inside the caller's one transaction."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import Connection, Table, func, select

from trainer_app.core.domain.learner import Learner
from trainer_app.core.domain.progress import ActivityProgress
from trainer_app.core.domain.walkthrough import StepState
from trainer_app.core.storage.quiz_repo import QuizAttempt, drawn_to_json
from trainer_app.core.storage.tables import learner, progress, session_log
from trainer_app.core.storage.tables_quiz import quiz_attempt
from trainer_app.core.storage.tables_walkthrough import walkthrough_check

CHUNK = 5000


class LogEntry(NamedTuple):
    id: str
    learner_id: str
    pack_id: str
    activity_id: str
    kind: str
    observed_at: datetime
    seconds: float
    data: dict[str, Any]


class Check(NamedTuple):
    learner_id: str
    pack_id: str
    activity_id: str
    state: StepState


def count_learners(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(learner)).scalar() or 0)


def _insert(conn: Connection, table: Table, rows: Iterable[dict[str, Any]]) -> int:
    count = 0
    for chunk in _chunks(rows):
        conn.execute(table.insert(), chunk)
        count += len(chunk)
    return count


def _chunks(rows: Iterable[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def insert_learners(conn: Connection, learners: Sequence[Learner], now: datetime) -> int:
    return _insert(
        conn,
        learner,
        (
            {
                "id": x.id,
                "display_name": x.display_name,
                "roles": ",".join(x.roles),
                "agency": x.agency,
                "site": x.site,
                "language": x.language,
                "pin_hash": None,
                "archived": x.archived,
                "created_at": x.created_at or now,
                "updated_at": now,
                "origin": "demo",
            }
            for x in learners
        ),
    )


def insert_progress(
    conn: Connection, rows: Sequence[tuple[ActivityProgress, dict[str, Any]]], now: datetime
) -> int:
    return _insert(
        conn,
        progress,
        (
            {
                "learner_id": p.learner_id,
                "pack_id": p.pack_id,
                "activity_id": p.activity_id,
                "status": p.status.value,
                "progress": p.progress,
                "seconds_spent": p.seconds_spent,
                "first_opened_at": p.first_opened_at,
                "completed_at": p.completed_at,
                "last_position": p.last_position,
                "content_version": p.content_version,
                "detail": json.dumps(detail, separators=(",", ":")) if detail else "",
                "updated_at": p.completed_at or p.first_opened_at or now,
            }
            for p, detail in rows
        ),
    )


def insert_log(conn: Connection, entries: Sequence[LogEntry]) -> int:
    return _insert(
        conn,
        session_log,
        ({**e._asdict(), "data": json.dumps(e.data, separators=(",", ":"), sort_keys=True)} for e in entries),
    )


def insert_attempts(conn: Connection, attempts: Sequence[QuizAttempt]) -> int:
    drawn_json: dict[int, str] = {}  # attempts share drawn tuples: serialise each once

    def row(a: QuizAttempt) -> dict[str, Any]:
        key = id(a.drawn)
        if key not in drawn_json:
            drawn_json[key] = drawn_to_json(a.drawn)
        return {
            "id": a.id,
            "learner_id": a.learner_id,
            "pack_id": a.pack_id,
            "activity_id": a.activity_id,
            "bank_id": a.bank_id,
            "seed": a.seed,
            "drawn": drawn_json[key],
            "pass_mark": a.pass_mark,
            "pack_version": a.pack_version,
            "started_at": a.started_at,
            "submitted_at": a.submitted_at,
            "score": a.score,
            "passed": a.passed,
            "seconds_spent": a.seconds_spent,
        }

    return _insert(conn, quiz_attempt, (row(a) for a in attempts))


def insert_checks(conn: Connection, checks: Sequence[Check], now: datetime) -> int:
    return _insert(
        conn,
        walkthrough_check,
        (
            {
                "learner_id": c.learner_id,
                "pack_id": c.pack_id,
                "activity_id": c.activity_id,
                "step_id": c.state.step_id,
                "ticked": c.state.ticked,
                "ticked_at": c.state.ticked_at,
                "note": c.state.note,
                "value": c.state.value,
                "updated_at": c.state.ticked_at or now,
            }
            for c in checks
        ),
    )
