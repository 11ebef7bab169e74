"""Certificate and issuer-key rows in and out; also the quiz scores (from the session log) a certificate states."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, or_, select

from trainer_app.core.common.clock import as_utc
from trainer_app.core.domain.certificate import Certificate, CertificateOrigin, IssuerKeyRecord
from trainer_app.core.storage.tables import session_log
from trainer_app.core.storage.tables_credentials import certificate, issuer_key

# ---- issuer keys -------------------------------------------------------------------------------------


def _to_key(row: Any) -> IssuerKeyRecord:
    return IssuerKeyRecord(
        public_key_hex=row.public_key,
        did=row.did,
        fingerprint=row.fingerprint,
        label=row.label,
        trusted=bool(row.trusted),
        first_seen_at=as_utc(row.first_seen_at),
        trusted_at=as_utc(row.trusted_at) if row.trusted_at else None,
    )


def get_key(conn: Connection, public_key_hex: str) -> IssuerKeyRecord | None:
    row = conn.execute(select(issuer_key).where(issuer_key.c.public_key == public_key_hex)).first()
    return _to_key(row) if row else None


def list_keys(conn: Connection) -> list[IssuerKeyRecord]:
    rows = conn.execute(select(issuer_key).order_by(issuer_key.c.first_seen_at, issuer_key.c.public_key))
    return [_to_key(row) for row in rows]


def keys_with_fingerprint(conn: Connection, fingerprint: str) -> list[IssuerKeyRecord]:
    rows = conn.execute(select(issuer_key).where(issuer_key.c.fingerprint == fingerprint))
    return [_to_key(row) for row in rows]


def trusted_public_keys(conn: Connection) -> list[str]:
    rows = conn.execute(select(issuer_key.c.public_key).where(issuer_key.c.trusted.is_(True)))
    return [row.public_key for row in rows]


def add_key(conn: Connection, public_key_hex: str, did: str, fingerprint: str, now: datetime) -> bool:
    """Remember a key (untrusted, no label) unless it is known already; True when it was added."""
    if get_key(conn, public_key_hex) is not None:
        return False
    conn.execute(
        issuer_key.insert().values(
            public_key=public_key_hex,
            did=did,
            fingerprint=fingerprint,
            label="",
            trusted=False,
            first_seen_at=now,
            trusted_at=None,
            updated_at=now,
        )
    )
    return True


def set_trust(conn: Connection, public_key_hex: str, trusted: bool, label: str | None, now: datetime) -> None:
    values: dict[str, Any] = {"trusted": trusted, "trusted_at": now if trusted else None, "updated_at": now}
    if label is not None:
        values["label"] = label
    conn.execute(issuer_key.update().where(issuer_key.c.public_key == public_key_hex).values(**values))


# ---- certificates ------------------------------------------------------------------------------------

_COLUMNS = (
    *(c for c in certificate.c if c.name not in ("credential_json", "qr_token")),
    issuer_key.c.fingerprint,
    issuer_key.c.trusted,
)


def _to_certificate(row: Any) -> Certificate:
    return Certificate(
        id=row.id,
        learner_id=row.learner_id,
        learner_name=row.learner_name,
        role_title=row.role_title,
        agency=row.agency,
        pack_id=row.pack_id,
        pack_version=row.pack_version,
        track_id=row.track_id,
        track_title=row.track_title,
        score=row.score,
        language=row.language,
        issuer_name=row.issuer_name,
        issued_at=as_utc(row.issued_at),
        issuer_fingerprint=row.fingerprint,
        issuer_trusted=bool(row.trusted),
        origin=CertificateOrigin(row.origin),
        stored_at=as_utc(row.stored_at),
        superseded_by=row.superseded_by,
        revoked_at=as_utc(row.revoked_at) if row.revoked_at else None,
        revoked_reason=row.revoked_reason,
        achievement_id=row.achievement_id or row.track_id,
    )


def _query() -> Any:
    return select(*_COLUMNS).join(issuer_key, certificate.c.issuer_key == issuer_key.c.public_key)


def get(conn: Connection, certificate_id: str) -> Certificate | None:
    row = conn.execute(_query().where(certificate.c.id == certificate_id)).first()
    return _to_certificate(row) if row else None


def list_certificates(conn: Connection, learner_id: str | None = None) -> list[Certificate]:
    query = _query()
    if learner_id is not None:
        query = query.where(certificate.c.learner_id == learner_id)
    rows = conn.execute(query.order_by(certificate.c.issued_at.desc(), certificate.c.id))
    return [_to_certificate(row) for row in rows]


def for_achievement(
    conn: Connection, learner_id: str, pack_id: str, achievement_id: str
) -> list[Certificate]:
    """One learner's certificates of one pack certificate (rows from before per-step certificates: track id)."""
    return [c for c in for_track_any(conn, learner_id, pack_id) if c.achievement_id == achievement_id]


def for_track_any(conn: Connection, learner_id: str, pack_id: str) -> list[Certificate]:
    query = _query().where(certificate.c.learner_id == learner_id, certificate.c.pack_id == pack_id)
    return [_to_certificate(row) for row in conn.execute(query.order_by(certificate.c.issued_at))]


def credential_json(conn: Connection, certificate_id: str) -> str | None:
    row = conn.execute(
        select(certificate.c.credential_json).where(certificate.c.id == certificate_id)
    ).first()
    return row.credential_json if row else None


def iter_credentials(conn: Connection) -> Iterator[tuple[str, str]]:
    """(id, signed JSON) of every stored certificate, for re-verification and records bundles."""
    for row in conn.execute(
        select(certificate.c.id, certificate.c.credential_json).order_by(certificate.c.id)
    ):
        yield row.id, row.credential_json


def qr_token(conn: Connection, certificate_id: str) -> str | None:
    row = conn.execute(select(certificate.c.qr_token).where(certificate.c.id == certificate_id)).first()
    return row.qr_token if row else None


def insert(
    conn: Connection, value: Certificate, issuer_public_key_hex: str, signed_json: str, token: str | None
) -> None:
    insert_many(conn, [(value, issuer_public_key_hex, signed_json, token)])


def insert_many(conn: Connection, rows: list[tuple[Certificate, str, str, str | None]]) -> None:
    """(certificate, issuer public key hex, signed JSON, QR token) rows in one executemany."""
    if not rows:
        return
    conn.execute(
        certificate.insert(),
        [
            {
                "id": value.id,
                "learner_id": value.learner_id,
                "learner_name": value.learner_name,
                "role_title": value.role_title,
                "agency": value.agency,
                "pack_id": value.pack_id,
                "pack_version": value.pack_version,
                "track_id": value.track_id,
                "track_title": value.track_title,
                "score": value.score,
                "language": value.language,
                "issuer_name": value.issuer_name,
                "issued_at": value.issued_at,
                "issuer_key": issuer_public_key_hex,
                "credential_json": signed_json,
                "qr_token": token,
                "pdf_sha256": None,
                "origin": value.origin.value,
                "stored_at": value.stored_at,
                "superseded_by": value.superseded_by,
                "revoked_at": value.revoked_at,
                "revoked_reason": value.revoked_reason,
                "achievement_id": value.achievement_id or value.track_id,
            }
            for value, issuer_public_key_hex, signed_json, token in rows
        ],
    )


def learners_with(conn: Connection, pack_id: str) -> set[tuple[str, str]]:
    """(learner id, pack certificate) pairs that have any certificate of this pack, of any version."""
    query = select(certificate.c.learner_id, certificate.c.achievement_id, certificate.c.track_id).where(
        certificate.c.pack_id == pack_id
    )
    found: set[tuple[str, str]] = set()
    for row in conn.execute(query):
        found.add((row.learner_id, row.achievement_id or row.track_id))
    return found


def set_superseded(conn: Connection, certificate_id: str, superseded_by: str) -> None:
    conn.execute(
        certificate.update().where(certificate.c.id == certificate_id).values(superseded_by=superseded_by)
    )


def clear_superseded(conn: Connection, certificate_id: str) -> None:
    certificate_update = certificate.update().where(certificate.c.id == certificate_id)
    conn.execute(certificate_update.values(superseded_by=None))


def groups_of_issuer(conn: Connection, issuer_key_hex: str) -> list[tuple[str, str, str]]:
    """(learner, pack, pack certificate) of every certificate that key issued (for a learner), and of any
    certificate pointing to one of them as its successor (rows from before per-step certificates: the track)."""
    mine = select(certificate.c.id).where(certificate.c.issuer_key == issuer_key_hex)
    key = func.coalesce(func.nullif(certificate.c.achievement_id, ""), certificate.c.track_id)
    query = (
        select(certificate.c.learner_id, certificate.c.pack_id, key)
        .where(
            certificate.c.learner_id.is_not(None),
            or_(certificate.c.issuer_key == issuer_key_hex, certificate.c.superseded_by.in_(mine)),
        )
        .distinct()
    )
    return [(r[0], r[1], r[2]) for r in conn.execute(query)]


def _untrusted_imported(issuer_key_hex: str | None = None) -> Any:
    condition = (certificate.c.origin == CertificateOrigin.IMPORTED.value) & issuer_key.c.trusted.is_(False)
    if issuer_key_hex is not None:
        condition = condition & (certificate.c.issuer_key == issuer_key_hex)
    return condition


def untrusted_summary(conn: Connection) -> list[dict[str, Any]]:
    """Per untrusted issuer key: its imported certificates kept (not counted), with their size in bytes."""
    query = (
        select(
            certificate.c.issuer_key.label("source_key"),
            func.min(issuer_key.c.fingerprint).label("fingerprint"),
            func.min(issuer_key.c.label).label("label"),
            func.count().label("records"),
            func.sum(
                func.length(certificate.c.credential_json)
                + func.coalesce(func.length(certificate.c.qr_token), 0)
            ).label("bytes"),
            func.min(certificate.c.stored_at).label("first_received_at"),
        )
        .join(issuer_key, certificate.c.issuer_key == issuer_key.c.public_key)
        .where(_untrusted_imported())
        .group_by(certificate.c.issuer_key)
    )
    rows = [dict(row._mapping) for row in conn.execute(query)]
    for row in rows:
        row["first_received_at"] = as_utc(row["first_received_at"])
    return rows


def delete_untrusted(conn: Connection, issuer_key_hex: str) -> int:
    """Drop the imported certificates of an untrusted key (a person's discard); returns how many."""
    query = select(certificate.c.id).join(issuer_key, certificate.c.issuer_key == issuer_key.c.public_key)
    ids = [r[0] for r in conn.execute(query.where(_untrusted_imported(issuer_key_hex)))]
    for start in range(0, len(ids), 500):
        conn.execute(certificate.delete().where(certificate.c.id.in_(ids[start : start + 500])))
    return len(ids)


def revoke(conn: Connection, certificate_id: str, revoked_at: datetime, reason: str) -> None:
    conn.execute(
        certificate.update()
        .where(certificate.c.id == certificate_id)
        .values(revoked_at=revoked_at, revoked_reason=reason)
    )


def set_pdf_hash(conn: Connection, certificate_id: str, sha256: str) -> None:
    conn.execute(certificate.update().where(certificate.c.id == certificate_id).values(pdf_sha256=sha256))


# ---- quiz scores ---------------------------------------------------------------------------------------


def passing_quiz_scores(conn: Connection, learner_id: str, pack_id: str) -> dict[str, float]:
    """The best passing score per quiz activity, from the append-only 'quiz' observations."""
    rows = conn.execute(
        select(session_log.c.activity_id, session_log.c.data).where(
            session_log.c.learner_id == learner_id,
            session_log.c.pack_id == pack_id,
            session_log.c.kind == "quiz",
        )
    )
    best: dict[str, float] = {}
    for row in rows:
        try:
            data = json.loads(row.data)
            score, passed = float(data["score"]), bool(data["passed"])
        except (ValueError, KeyError, TypeError):
            continue
        if passed and 0.0 <= score <= 1.0:
            best[row.activity_id] = max(score, best.get(row.activity_id, 0.0))
    return best
