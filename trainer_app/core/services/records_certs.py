"""Certificates arriving in a records bundle, stored in bulk with the certificates' own rules: kept when intact
(trusted issuer or not; an untrusted one does not count and supersedes nothing), revocations kept when the rule
of core/rules/trust honours them.

Every certificate's Data Integrity proof is checked, whoever signed the bundle: a trusted laptop can still carry a
broken or altered credential, and a bundle's signature says nothing about the credential inside. One that fails
rejects the whole bundle. A credential already stored here with the same text was checked when it arrived.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from trainer_app.core.common.errors import ExchangeError
from trainer_app.core.credentials.obfacts import CertificateFacts
from trainer_app.core.domain.certificate import CertificateOrigin
from trainer_app.core.exchange.record_format import CERTIFICATES
from trainer_app.core.rules.trust import revocation_honoured
from trainer_app.core.services.certificate_store import supersede_older
from trainer_app.core.services.certificate_verdicts import Verdicts
from trainer_app.core.services.records_merge import CertificateCheck, CertificateStore
from trainer_app.core.services.trust import TrustService
from trainer_app.core.storage import exchange_repo, records_repo
from trainer_app.core.storage.records_repo import Conn


def certificate_store(
    trust: TrustService,
    clock: Callable[[], datetime],
    signer: bytes,
    skip_broken: bool = False,
    verdicts: Verdicts | None = None,
) -> CertificateStore:
    """Stores certificates not yet here; `signer` is the raw public key that signed the bundle. A certificate
    that does not verify rejects the bundle, or, with `skip_broken` (releasing what was kept aside), is left out.
    `verdicts` may hold checks made ahead on other cores (certificate_verdicts); any other is checked here."""
    checks = verdicts or Verdicts()

    def store(conn: Conn, rows: list[dict[str, Any]]) -> None:
        now = clock()
        trusted = exchange_repo.trusted_keys(conn)
        values, issuers = [], set()
        for row in rows:
            try:
                verdict = checks.get(row["id"], row["credential_json"], row["qr_token"])
            except ExchangeError:
                if skip_broken:
                    continue
                raise
            issuers.add(verdict.issuer)
            honoured = revocation_honoured(signer.hex(), verdict.issuer.hex(), trusted)
            values.append(_row(verdict.facts, verdict.issuer, row, verdict.token, now, honoured))
        for issuer in issuers:
            trust.remember(conn, issuer)
        groups = {(v["learner_id"], v["pack_id"], v["achievement_id"]) for v in values if v["learner_id"]}
        before = records_repo.certificate_groups(conn, {g[0] for g in groups})
        records_repo.insert_certificates(conn, values)
        counted: dict[tuple[str, str, str], int] = {}
        for value in values:
            key = (value["learner_id"], value["pack_id"], value["achievement_id"])
            counted[key] = counted.get(key, 0) + 1
        for group in groups:  # only where a pack certificate now has more than one credential
            if group in before or counted[group] > 1:
                supersede_older(conn, *group)

    return store


def check_certificates(verdicts: Verdicts | None = None) -> CertificateCheck:
    """Every certificate not stored here with the same text has an intact proof; else ExchangeError.

    For certificates kept aside (an untrusted bundle): a broken one rejects the bundle now, not at release."""
    checks = verdicts or Verdicts()

    def check(conn: Conn, rows: list[dict[str, Any]]) -> None:
        stored = records_repo.existing(conn, CERTIFICATES, [(row["id"],) for row in rows])
        for row in rows:
            known = stored.get((row["id"],))
            if known is None or known["credential_json"] != row["credential_json"]:
                checks.get(row["id"], row["credential_json"], row.get("qr_token"))

    return check


def _row(
    facts: CertificateFacts,
    issuer: bytes,
    row: dict[str, Any],
    token: str | None,
    now: datetime,
    revocable: bool,
) -> dict[str, Any]:
    """The certificate table's row, as certificate_store.record_certificate writes it (with the revocation only
    when `revocable`: honoured by the trust rule)."""
    revoked_at, reason = (row["revoked_at"], row["revoked_reason"]) if revocable else (None, "")
    return {
        "id": facts.credential_id,
        "learner_id": facts.learner_id,
        "learner_name": facts.learner_name,
        "role_title": facts.role_title,
        "agency": facts.agency,
        "pack_id": facts.pack_id,
        "pack_version": facts.pack_version,
        "track_id": facts.track_id,
        "track_title": facts.track_title,
        "score": facts.score,
        "language": facts.language,
        "issuer_name": facts.issuer_name,
        "issued_at": facts.issued_at,
        "issuer_key": issuer.hex(),
        "credential_json": row["credential_json"],
        "qr_token": token,
        "pdf_sha256": None,
        "origin": CertificateOrigin.IMPORTED.value,
        "stored_at": now,
        "superseded_by": None,
        "revoked_at": revoked_at,
        "revoked_reason": reason,
        "achievement_id": facts.certificate_key,
    }
