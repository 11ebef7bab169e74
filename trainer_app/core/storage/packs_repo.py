"""Installed-pack rows and the app_meta key/value table."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, delete, select

from trainer_app.core.storage.tables import app_meta, pack


@dataclass(frozen=True)
class PackRecord:
    id: str
    version: str
    language: str
    title: str
    installed_path: str
    checksum: str
    bundled: bool


def upsert(conn: Connection, record: PackRecord, now: datetime) -> None:
    conn.execute(delete(pack).where(pack.c.id == record.id))
    conn.execute(
        pack.insert().values(
            id=record.id,
            version=record.version,
            language=record.language,
            title=record.title,
            installed_path=record.installed_path,
            checksum=record.checksum,
            bundled=record.bundled,
            installed_at=now,
        )
    )


def get(conn: Connection, pack_id: str) -> PackRecord | None:
    row = conn.execute(select(pack).where(pack.c.id == pack_id)).first()
    if row is None:
        return None
    return PackRecord(
        row.id, row.version, row.language, row.title, row.installed_path, row.checksum, row.bundled
    )


def list_all(conn: Connection) -> list[PackRecord]:
    rows = conn.execute(select(pack).order_by(pack.c.bundled.desc(), pack.c.id))
    return [
        PackRecord(r.id, r.version, r.language, r.title, r.installed_path, r.checksum, r.bundled)
        for r in rows
    ]


def remove(conn: Connection, pack_id: str) -> None:
    conn.execute(delete(pack).where(pack.c.id == pack_id))


def meta_get(conn: Connection, key: str) -> str | None:
    value = conn.execute(select(app_meta.c.value).where(app_meta.c.key == key)).scalar()
    return str(value) if value is not None else None


def meta_set(conn: Connection, key: str, value: str) -> None:
    conn.execute(delete(app_meta).where(app_meta.c.key == key))
    conn.execute(app_meta.insert().values(key=key, value=value))
