"""Writing certificates: one row from signed facts, and marking older versions of a track superseded.

Shared by issuing here and importing from files (and, later, records bundles). Runs inside the caller's transaction.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from trainer_app.core.domain.certificate import Certificate, CertificateOrigin
from trainer_app.core.storage import certificates_repo

if TYPE_CHECKING:
    from trainer_app.core.credentials.obfacts import CertificateFacts

Connection = Any  # an open storage transaction (Database.transaction()); services never import SQLAlchemy


def record_certificate(
    conn: Connection,
    facts: CertificateFacts,
    issuer_public_key: bytes,
    signed_json: str,
    token: str | None,
    *,
    origin: CertificateOrigin,
    now: datetime,
) -> Certificate:
    """Insert the certificate (its issuer key must already be known) and supersede older track versions."""
    value = certificate_value(facts, origin, now)
    certificates_repo.insert(conn, value, issuer_public_key.hex(), signed_json, token)
    if facts.learner_id is not None:
        supersede_older(conn, facts.learner_id, facts.pack_id, facts.certificate_key)
    stored = certificates_repo.get(conn, value.id)
    assert stored is not None
    return stored


def certificate_value(facts: CertificateFacts, origin: CertificateOrigin, now: datetime) -> Certificate:
    """The row a signed certificate is stored as (its issuer's fingerprint and trust are read back by join)."""
    return Certificate(
        id=facts.credential_id,
        learner_id=facts.learner_id,
        learner_name=facts.learner_name,
        role_title=facts.role_title,
        agency=facts.agency,
        pack_id=facts.pack_id,
        pack_version=facts.pack_version,
        track_id=facts.track_id,
        track_title=facts.track_title,
        score=facts.score,
        language=facts.language,
        issuer_name=facts.issuer_name,
        issued_at=facts.issued_at,
        issuer_fingerprint="",
        issuer_trusted=False,
        origin=origin,
        stored_at=now,
        achievement_id=facts.certificate_key,
    )


def supersede_older(conn: Connection, learner_id: str, pack_id: str, certificate_key: str) -> list[str]:
    """Certificates of an older pack version than the newest unrevoked one of the same pack certificate from a
    trusted issuer point to it; returns their ids. Per certificate, not per track: a track awards several. A
    certificate whose issuer is not trusted supersedes nothing (it does not count)."""
    group = certificates_repo.for_achievement(conn, learner_id, pack_id, certificate_key)
    current = [c for c in group if c.revoked_at is None and c.issuer_trusted]
    if not current:
        return []
    newest = max(current, key=lambda c: (c.issued_at, c.id))
    rank = (newest.issued_at, newest.id)
    older = [
        c
        for c in group
        if (c.issued_at, c.id) < rank and c.superseded_by is None and c.pack_version != newest.pack_version
    ]
    for certificate in older:
        certificates_repo.set_superseded(conn, certificate.id, newest.id)
    return [c.id for c in older]


def refresh_supersession(conn: Connection, issuer_key_hex: str) -> None:
    """After a trust decision on a key (or a discard): certificates superseded by one that no longer counts as a
    successor are restored, then every track the key's certificates touch is superseded again by the rule."""
    refresh_groups(conn, certificates_repo.groups_of_issuer(conn, issuer_key_hex))


def refresh_groups(conn: Connection, groups: list[tuple[str, str, str]]) -> None:
    for learner_id, pack_id, certificate_key in groups:
        group = certificates_repo.for_achievement(conn, learner_id, pack_id, certificate_key)
        successors = {c.id for c in group if c.issuer_trusted}
        for certificate in group:
            if certificate.superseded_by is not None and certificate.superseded_by not in successors:
                certificates_repo.clear_superseded(conn, certificate.id)
        supersede_older(conn, learner_id, pack_id, certificate_key)
