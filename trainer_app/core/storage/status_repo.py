"""Status-list rows: which index of the revocation list belongs to which certificate issued here."""

from __future__ import annotations

from sqlalchemy import Connection, select

from trainer_app.core.storage.tables_credentials import certificate, certificate_status


def index_taken(conn: Connection, list_index: int) -> bool:
    query = select(certificate_status.c.certificate_id).where(certificate_status.c.list_index == list_index)
    return conn.execute(query).first() is not None


def taken_indexes(conn: Connection) -> set[int]:
    return set(conn.execute(select(certificate_status.c.list_index)).scalars())


def add_many(conn: Connection, rows: list[tuple[str, int, str]]) -> None:
    """(certificate id, list index, list url) rows in one executemany."""
    if rows:
        conn.execute(
            certificate_status.insert(),
            [{"certificate_id": c, "list_index": i, "list_url": u} for c, i, u in rows],
        )


def index_revoked(conn: Connection, list_index: int) -> bool:
    """Whether the certificate issued here at this index is revoked (False for a free index)."""
    query = (
        select(certificate.c.revoked_at)
        .join(certificate_status, certificate.c.id == certificate_status.c.certificate_id)
        .where(certificate_status.c.list_index == list_index)
    )
    row = conn.execute(query).first()
    return row is not None and row[0] is not None


def add(conn: Connection, certificate_id: str, list_index: int, list_url: str) -> None:
    conn.execute(
        certificate_status.insert().values(
            certificate_id=certificate_id, list_index=list_index, list_url=list_url
        )
    )


def revoked_indexes(conn: Connection) -> list[int]:
    """Indexes of the certificates issued here that are revoked."""
    query = (
        select(certificate_status.c.list_index)
        .join(certificate, certificate.c.id == certificate_status.c.certificate_id)
        .where(certificate.c.revoked_at.is_not(None))
    )
    return [row[0] for row in conn.execute(query)]
