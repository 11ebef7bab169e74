"""Progress rows (the running summary) and the append-only session log behind them."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select

from trainer_app.core.common.clock import as_utc
from trainer_app.core.common.ids import new_uuid
from trainer_app.core.domain.progress import ActivityProgress, Status
from trainer_app.core.storage import summary_repo
from trainer_app.core.storage.tables import progress, session_log


def _to_progress(row: Any) -> ActivityProgress:
    return ActivityProgress(
        learner_id=row.learner_id,
        pack_id=row.pack_id,
        activity_id=row.activity_id,
        status=Status(row.status),
        progress=float(row.progress),
        seconds_spent=float(row.seconds_spent),
        first_opened_at=as_utc(row.first_opened_at) if row.first_opened_at else None,
        completed_at=as_utc(row.completed_at) if row.completed_at else None,
        last_position=row.last_position,
        content_version=row.content_version,
    )


def get(
    conn: Connection, learner_id: str, pack_id: str, activity_id: str
) -> tuple[ActivityProgress, dict[str, Any]] | None:
    row = conn.execute(
        select(progress).where(
            progress.c.learner_id == learner_id,
            progress.c.pack_id == pack_id,
            progress.c.activity_id == activity_id,
        )
    ).first()
    if row is None:
        return None
    return _to_progress(row), (json.loads(row.detail) if row.detail else {})


def for_learner(conn: Connection, learner_id: str, pack_id: str | None = None) -> dict[str, ActivityProgress]:
    query = select(progress).where(progress.c.learner_id == learner_id)
    if pack_id is not None:
        query = query.where(progress.c.pack_id == pack_id)
    return {row.activity_id: _to_progress(row) for row in conn.execute(query)}


def save(
    conn: Connection, value: ActivityProgress, detail: dict[str, Any], now: datetime, exists: bool
) -> None:
    """Write one progress row and sum its module and pack summaries again, in the caller's transaction."""
    values = {
        "status": value.status.value,
        "progress": value.progress,
        "seconds_spent": value.seconds_spent,
        "first_opened_at": value.first_opened_at,
        "completed_at": value.completed_at,
        "last_position": value.last_position,
        "content_version": value.content_version,
        "detail": json.dumps(detail, separators=(",", ":")) if detail else "",
        "updated_at": now,
    }
    if exists:
        conn.execute(
            progress.update()
            .where(
                progress.c.learner_id == value.learner_id,
                progress.c.pack_id == value.pack_id,
                progress.c.activity_id == value.activity_id,
            )
            .values(**values)
        )
    else:
        conn.execute(
            progress.insert().values(
                learner_id=value.learner_id, pack_id=value.pack_id, activity_id=value.activity_id, **values
            )
        )
    summary_repo.refresh_activity(conn, value.learner_id, value.pack_id, value.activity_id)


def log(
    conn: Connection,
    learner_id: str,
    pack_id: str,
    activity_id: str,
    kind: str,
    observed_at: datetime,
    *,
    seconds: float,
    data: dict[str, Any],
) -> str:
    entry_id = new_uuid()
    conn.execute(
        session_log.insert().values(
            id=entry_id,
            learner_id=learner_id,
            pack_id=pack_id,
            activity_id=activity_id,
            kind=kind,
            observed_at=observed_at,
            seconds=seconds,
            data=json.dumps(data, separators=(",", ":"), sort_keys=True),
        )
    )
    return entry_id


def log_entries(conn: Connection, learner_id: str) -> list[dict[str, Any]]:
    rows = conn.execute(
        select(session_log).where(session_log.c.learner_id == learner_id).order_by(session_log.c.observed_at)
    )
    return [dict(row._mapping) for row in rows]
