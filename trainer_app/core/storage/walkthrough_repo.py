"""Walkthrough check rows in and out: one per learner, pack, activity and step."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select

from trainer_app.core.common.clock import as_utc
from trainer_app.core.domain.walkthrough import StepState
from trainer_app.core.storage.tables_walkthrough import walkthrough_check


def _to_state(row: Any) -> StepState:
    return StepState(
        step_id=row.step_id,
        ticked=bool(row.ticked),
        ticked_at=as_utc(row.ticked_at) if row.ticked_at else None,
        note=row.note,
        value=row.value,
    )


def _where(learner_id: str, pack_id: str, activity_id: str) -> tuple[Any, ...]:
    return (
        walkthrough_check.c.learner_id == learner_id,
        walkthrough_check.c.pack_id == pack_id,
        walkthrough_check.c.activity_id == activity_id,
    )


def for_activity(conn: Connection, learner_id: str, pack_id: str, activity_id: str) -> dict[str, StepState]:
    rows = conn.execute(select(walkthrough_check).where(*_where(learner_id, pack_id, activity_id)))
    return {row.step_id: _to_state(row) for row in rows}


def save(
    conn: Connection,
    learner_id: str,
    pack_id: str,
    activity_id: str,
    state: StepState,
    now: datetime,
    *,
    exists: bool,
) -> None:
    values = {
        "ticked": state.ticked,
        "ticked_at": state.ticked_at,
        "note": state.note,
        "value": state.value,
        "updated_at": now,
    }
    if exists:
        where = (*_where(learner_id, pack_id, activity_id), walkthrough_check.c.step_id == state.step_id)
        conn.execute(walkthrough_check.update().where(*where).values(**values))
    else:
        conn.execute(
            walkthrough_check.insert().values(
                learner_id=learner_id,
                pack_id=pack_id,
                activity_id=activity_id,
                step_id=state.step_id,
                **values,
            )
        )


def for_learner(conn: Connection, learner_id: str) -> list[dict[str, Any]]:
    """Every check of a learner as plain values (for records bundles and reports)."""
    rows = conn.execute(select(walkthrough_check).where(walkthrough_check.c.learner_id == learner_id))
    return [dict(row._mapping) for row in rows]
