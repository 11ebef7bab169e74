"""Learner rows in and out."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, select, update

from trainer_app.core.common.clock import as_utc
from trainer_app.core.domain.learner import Learner
from trainer_app.core.storage.tables import learner


def to_learner(row: Any) -> Learner:
    return Learner(
        id=row.id,
        display_name=row.display_name,
        roles=tuple(r for r in row.roles.split(",") if r),
        agency=row.agency,
        site=row.site,
        language=row.language,
        has_pin=bool(row.pin_hash),
        archived=bool(row.archived),
        created_at=as_utc(row.created_at),
    )


def insert(
    conn: Connection, value: Learner, pin_hash: str | None, now: datetime, origin: str = "local"
) -> None:
    conn.execute(
        learner.insert().values(
            id=value.id,
            display_name=value.display_name,
            roles=",".join(value.roles),
            agency=value.agency,
            site=value.site,
            language=value.language,
            pin_hash=pin_hash,
            archived=value.archived,
            created_at=value.created_at or now,
            updated_at=now,
            origin=origin,
        )
    )


def get(conn: Connection, learner_id: str) -> Learner | None:
    row = conn.execute(select(learner).where(learner.c.id == learner_id)).first()
    return to_learner(row) if row else None


def pin_hash(conn: Connection, learner_id: str) -> str | None:
    value = conn.execute(select(learner.c.pin_hash).where(learner.c.id == learner_id)).scalar()
    return str(value) if value else None


def list_all(
    conn: Connection, include_archived: bool = False, include_imported: bool = True
) -> list[Learner]:
    query = select(learner).order_by(func.lower(learner.c.display_name), learner.c.id)
    if not include_archived:
        query = query.where(learner.c.archived.is_(False))
    if not include_imported:
        query = query.where(learner.c.origin.not_like("bundle:%"))
    return [to_learner(row) for row in conn.execute(query)]


def set_archived(conn: Connection, learner_id: str, archived: bool, now: datetime) -> bool:
    result = conn.execute(
        update(learner).where(learner.c.id == learner_id).values(archived=archived, updated_at=now)
    )
    return bool(result.rowcount)


def update_details(conn: Connection, value: Learner, now: datetime) -> None:
    conn.execute(
        update(learner)
        .where(learner.c.id == value.id)
        .values(
            display_name=value.display_name,
            roles=",".join(value.roles),
            agency=value.agency,
            site=value.site,
            language=value.language,
            updated_at=now,
        )
    )
