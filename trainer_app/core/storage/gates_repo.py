"""Rollout gate rows in and out, and the walkthrough completions (from progress) that gates count."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, select

from trainer_app.core.common.clock import as_utc
from trainer_app.core.domain.gates import (
    EvidenceTick,
    GateInputs,
    NotApplicableMark,
    PlannedStaff,
    SignOff,
    WalkthroughCompletion,
)
from trainer_app.core.storage import learners_repo
from trainer_app.core.storage.tables import progress
from trainer_app.core.storage.tables_gates import (
    gate_evidence,
    gate_not_applicable,
    gate_signoff,
    planned_staff,
)

# ---- evidence ------------------------------------------------------------------------------------------


def _to_tick(row: Any) -> EvidenceTick:
    return EvidenceTick(
        gate_id=row.gate_id,
        requirement_id=row.requirement_id,
        ticked=bool(row.ticked),
        note=row.note,
        by_learner_id=row.by_learner_id,
        by_name=row.by_name,
        at=as_utc(row.at),
        value=row.value,
        total=row.total,
    )


def evidence(conn: Connection) -> list[EvidenceTick]:
    rows = conn.execute(
        select(gate_evidence).order_by(gate_evidence.c.gate_id, gate_evidence.c.requirement_id)
    )
    return [_to_tick(row) for row in rows]


def save_evidence(conn: Connection, tick: EvidenceTick) -> None:
    conn.execute(
        delete(gate_evidence).where(
            gate_evidence.c.gate_id == tick.gate_id, gate_evidence.c.requirement_id == tick.requirement_id
        )
    )
    conn.execute(
        gate_evidence.insert().values(
            gate_id=tick.gate_id,
            requirement_id=tick.requirement_id,
            ticked=tick.ticked,
            note=tick.note,
            by_learner_id=tick.by_learner_id,
            by_name=tick.by_name,
            at=tick.at,
            value=tick.value,
            total=tick.total,
        )
    )


# ---- sign-offs and not-applicable marks ----------------------------------------------------------------


def signoffs(conn: Connection) -> list[SignOff]:
    rows = conn.execute(select(gate_signoff).order_by(gate_signoff.c.signed_at))
    return [
        SignOff(row.gate_id, row.signed_by, row.signed_by_name, as_utc(row.signed_at), row.note)
        for row in rows
    ]


def insert_signoff(conn: Connection, signoff: SignOff) -> None:
    conn.execute(
        gate_signoff.insert().values(
            gate_id=signoff.gate_id,
            signed_by=signoff.signed_by,
            signed_by_name=signoff.signed_by_name,
            signed_at=signoff.signed_at,
            note=signoff.note,
        )
    )


def not_applicable(conn: Connection) -> list[NotApplicableMark]:
    rows = conn.execute(select(gate_not_applicable).order_by(gate_not_applicable.c.at))
    return [
        NotApplicableMark(row.gate_id, row.reason, row.by_learner_id, row.by_name, as_utc(row.at))
        for row in rows
    ]


def insert_not_applicable(conn: Connection, mark: NotApplicableMark) -> None:
    conn.execute(
        gate_not_applicable.insert().values(
            gate_id=mark.gate_id,
            reason=mark.reason,
            by_learner_id=mark.by_learner_id,
            by_name=mark.by_name,
            at=mark.at,
        )
    )


# ---- planned staff -------------------------------------------------------------------------------------


def planned(conn: Connection) -> list[PlannedStaff]:
    rows = conn.execute(select(planned_staff).order_by(planned_staff.c.role, planned_staff.c.agency))
    return [PlannedStaff(row.role, row.agency, int(row._mapping["count"])) for row in rows]


def set_planned(conn: Connection, value: PlannedStaff, now: datetime) -> None:
    remove_planned(conn, value.role, value.agency)
    conn.execute(
        planned_staff.insert().values(role=value.role, agency=value.agency, count=value.count, updated_at=now)
    )


def remove_planned(conn: Connection, role: str, agency: str) -> bool:
    result = conn.execute(
        delete(planned_staff).where(planned_staff.c.role == role, planned_staff.c.agency == agency)
    )
    return bool(result.rowcount)


def insert_planned_many(conn: Connection, values: Collection[PlannedStaff], now: datetime) -> None:
    if values:
        rows = [{"role": v.role, "agency": v.agency, "count": v.count, "updated_at": now} for v in values]
        conn.execute(planned_staff.insert(), rows)


def insert_evidence_many(conn: Connection, ticks: Collection[EvidenceTick]) -> None:
    if ticks:
        conn.execute(
            gate_evidence.insert(),
            [
                {
                    "gate_id": t.gate_id,
                    "requirement_id": t.requirement_id,
                    "ticked": t.ticked,
                    "note": t.note,
                    "by_learner_id": t.by_learner_id,
                    "by_name": t.by_name,
                    "at": t.at,
                    "value": t.value,
                    "total": t.total,
                }
                for t in ticks
            ],
        )


# ---- walkthrough completions ---------------------------------------------------------------------------


def completions(conn: Connection, pack_id: str, activity_ids: Collection[str]) -> list[WalkthroughCompletion]:
    """Completed progress rows of the given activities of one pack."""
    if not activity_ids:
        return []
    rows = conn.execute(
        select(progress.c.learner_id, progress.c.activity_id, progress.c.completed_at).where(
            progress.c.pack_id == pack_id,
            progress.c.activity_id.in_(list(activity_ids)),
            progress.c.completed_at.is_not(None),
        )
    )
    return [WalkthroughCompletion(row.learner_id, row.activity_id, as_utc(row.completed_at)) for row in rows]


def records(conn: Connection, pack_id: str, walkthrough_ids: Collection[str]) -> GateInputs:
    """Everything gates are judged on except certificates (those come from the certificate service)."""
    return GateInputs(
        learners=tuple(learners_repo.list_all(conn, include_archived=True)),
        planned=tuple(planned(conn)),
        completions=tuple(completions(conn, pack_id, walkthrough_ids)),
        evidence=tuple(evidence(conn)),
        signoffs=tuple(signoffs(conn)),
        not_applicable=tuple(not_applicable(conn)),
    )
