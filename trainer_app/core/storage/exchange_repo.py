"""Exchange bookkeeping in and out: import and export logs, learner conflicts, records awaiting trust,
the installation id, and the trainer passphrase row.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, func, select

from trainer_app.core.common.clock import as_utc
from trainer_app.core.common.ids import new_uuid
from trainer_app.core.storage import packs_repo
from trainer_app.core.storage.tables import learner
from trainer_app.core.storage.tables_credentials import issuer_key
from trainer_app.core.storage.tables_exchange import (
    export_log,
    import_log,
    learner_conflict,
    pending_record,
    trainer_secret,
)

INSTALLATION_KEY = "installation_id"


def installation_id(conn: Connection) -> str:
    """This installation's id, created on first use (app_meta)."""
    value = packs_repo.meta_get(conn, INSTALLATION_KEY)
    if value is None:
        value = new_uuid()
        packs_repo.meta_set(conn, INSTALLATION_KEY, value)
    return value


def _dicts(conn: Connection, query: Any) -> list[dict[str, Any]]:
    rows = [dict(row._mapping) for row in conn.execute(query)]
    for row in rows:
        for key, value in row.items():
            if isinstance(value, datetime):
                row[key] = as_utc(value)
    return rows


# ---- logs -----------------------------------------------------------------------------------------------


def add_import(conn: Connection, **values: Any) -> str:
    entry_id = new_uuid()
    values["counts"] = json.dumps(values["counts"], sort_keys=True)
    conn.execute(import_log.insert().values(id=entry_id, **values))
    return entry_id


def imports(conn: Connection, kind: str | None = None) -> list[dict[str, Any]]:
    query = select(import_log).order_by(import_log.c.imported_at.desc(), import_log.c.id)
    if kind is not None:
        query = query.where(import_log.c.kind == kind)
    rows = _dicts(conn, query)
    for row in rows:
        row["counts"] = json.loads(row["counts"])
    return rows


def imports_of_bundle(conn: Connection, bundle_id: str) -> int:
    return int(conn.execute(select(func.count()).where(import_log.c.bundle_id == bundle_id)).scalar() or 0)


def add_export(conn: Connection, **values: Any) -> None:
    values["counts"] = json.dumps(values["counts"], sort_keys=True)
    conn.execute(export_log.insert().values(**values))


def exports(conn: Connection) -> list[dict[str, Any]]:
    rows = _dicts(conn, select(export_log).order_by(export_log.c.created_at.desc()))
    for row in rows:
        row["counts"] = json.loads(row["counts"])
    return rows


def exported(conn: Connection, bundle_id: str) -> bool:
    return (
        conn.execute(select(export_log.c.bundle_id).where(export_log.c.bundle_id == bundle_id)).first()
        is not None
    )


# ---- learner conflicts ----------------------------------------------------------------------------------


def conflict_keys(conn: Connection, learner_ids: Iterable[str]) -> set[tuple[str, str, str, str]]:
    """(learner, field, incoming value, source fingerprint) of conflicts already recorded."""
    wanted = sorted(set(learner_ids))
    found: set[tuple[str, str, str, str]] = set()
    cols = (
        learner_conflict.c.learner_id,
        learner_conflict.c.field,
        learner_conflict.c.incoming_value,
        learner_conflict.c.source_fingerprint,
    )
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        found.update(
            tuple(r) for r in conn.execute(select(*cols).where(learner_conflict.c.learner_id.in_(chunk)))
        )
    return found


def add_conflicts(conn: Connection, rows: list[dict[str, Any]]) -> None:
    if rows:
        conn.execute(
            learner_conflict.insert(),
            [{"id": new_uuid(), "resolved_at": None, "resolution": "", **r} for r in rows],
        )


def conflicts(conn: Connection, include_resolved: bool = False) -> list[dict[str, Any]]:
    query = (
        select(learner_conflict, learner.c.display_name)
        .join(learner, learner.c.id == learner_conflict.c.learner_id)
        .order_by(learner_conflict.c.detected_at.desc(), learner.c.display_name, learner_conflict.c.field)
    )
    if not include_resolved:
        query = query.where(learner_conflict.c.resolved_at.is_(None))
    return _dicts(conn, query)


def conflict(conn: Connection, conflict_id: str) -> dict[str, Any] | None:
    rows = _dicts(conn, select(learner_conflict).where(learner_conflict.c.id == conflict_id))
    return rows[0] if rows else None


def resolve_conflict(conn: Connection, conflict_id: str, resolution: str, now: datetime) -> None:
    conn.execute(
        learner_conflict.update()
        .where(learner_conflict.c.id == conflict_id)
        .values(resolved_at=now, resolution=resolution)
    )


# ---- records awaiting trust -----------------------------------------------------------------------------


def pending_payloads(conn: Connection, source_key: str, member: str) -> dict[str, str]:
    query = select(pending_record.c.record_key, pending_record.c.payload).where(
        pending_record.c.source_key == source_key, pending_record.c.member == member
    )
    return {row.record_key: row.payload for row in conn.execute(query)}


def put_pending(conn: Connection, added: list[dict[str, Any]], changed: list[dict[str, Any]]) -> None:
    if added:
        conn.execute(pending_record.insert(), added)
    for row in changed:
        conn.execute(
            pending_record.update()
            .where(
                pending_record.c.source_key == row["source_key"],
                pending_record.c.member == row["member"],
                pending_record.c.record_key == row["record_key"],
            )
            .values(payload=row["payload"], bundle_id=row["bundle_id"], received_at=row["received_at"])
        )


def pending_summary(conn: Connection) -> list[dict[str, Any]]:
    """Per source key and member: how many records wait, from which installation, since when."""
    query = (
        select(
            pending_record.c.source_key,
            pending_record.c.source_fingerprint,
            pending_record.c.source_installation,
            pending_record.c.member,
            func.count().label("records"),
            func.count(func.distinct(pending_record.c.learner_id)).label("learners"),
            func.min(pending_record.c.received_at).label("first_received_at"),
        )
        .group_by(
            pending_record.c.source_key,
            pending_record.c.source_fingerprint,
            pending_record.c.source_installation,
            pending_record.c.member,
        )
        .order_by(pending_record.c.source_fingerprint, pending_record.c.member)
    )
    return _dicts(conn, query)


def pending_rows(conn: Connection, source_key: str, member: str) -> Iterator[tuple[str, str, str]]:
    """(record key, payload, bundle id) of a key's kept-aside rows of one member."""
    query = (
        select(pending_record.c.record_key, pending_record.c.payload, pending_record.c.bundle_id)
        .where(pending_record.c.source_key == source_key, pending_record.c.member == member)
        .order_by(pending_record.c.record_key)
    )
    for row in conn.execute(query):
        yield row.record_key, row.payload, row.bundle_id


def drop_pending_rows(conn: Connection, source_key: str, member: str, record_keys: list[str]) -> None:
    for start in range(0, len(record_keys), 500):
        conn.execute(
            delete(pending_record).where(
                pending_record.c.source_key == source_key,
                pending_record.c.member == member,
                pending_record.c.record_key.in_(record_keys[start : start + 500]),
            )
        )


def pending_by_key(conn: Connection) -> list[dict[str, Any]]:
    """Per source key and member: fingerprint, label, installation, rows, bytes of payload, first arrival."""
    query = (
        select(
            pending_record.c.source_key,
            pending_record.c.member,
            func.min(pending_record.c.source_fingerprint).label("fingerprint"),
            func.min(pending_record.c.source_installation).label("installation"),
            func.coalesce(func.min(issuer_key.c.label), "").label("label"),
            func.count().label("records"),
            func.sum(func.length(pending_record.c.payload)).label("bytes"),
            func.min(pending_record.c.received_at).label("first_received_at"),
        )
        .outerjoin(issuer_key, issuer_key.c.public_key == pending_record.c.source_key)
        .group_by(pending_record.c.source_key, pending_record.c.member)
        .order_by(pending_record.c.source_key, pending_record.c.member)
    )
    return _dicts(conn, query)


def pending_for_learner(conn: Connection, learner_id: str) -> list[dict[str, Any]]:
    query = select(pending_record).where(pending_record.c.learner_id == learner_id)
    return _dicts(conn, query.order_by(pending_record.c.member, pending_record.c.record_key))


def drop_pending(conn: Connection, source_key: str) -> None:
    conn.execute(delete(pending_record).where(pending_record.c.source_key == source_key))


def pending_sources(conn: Connection) -> list[str]:
    return [r[0] for r in conn.execute(select(pending_record.c.source_key).distinct())]


# ---- key trust ------------------------------------------------------------------------------------------


def trusted_keys(conn: Connection) -> set[str]:
    return {r[0] for r in conn.execute(select(issuer_key.c.public_key).where(issuer_key.c.trusted.is_(True)))}


# ---- the trainer passphrase -----------------------------------------------------------------------------


@dataclass(frozen=True)
class SecretRow:
    secret_hash: str
    failed_attempts: int
    last_failed_at: datetime | None


def secret(conn: Connection, name: str) -> SecretRow | None:
    row = conn.execute(select(trainer_secret).where(trainer_secret.c.name == name)).first()
    if row is None:
        return None
    failed_at = as_utc(row.last_failed_at) if row.last_failed_at else None
    return SecretRow(row.secret_hash, int(row.failed_attempts), failed_at)


def set_secret(conn: Connection, name: str, secret_hash: str, now: datetime) -> None:
    conn.execute(delete(trainer_secret).where(trainer_secret.c.name == name))
    conn.execute(
        trainer_secret.insert().values(
            name=name, secret_hash=secret_hash, failed_attempts=0, last_failed_at=None, updated_at=now
        )
    )
