"""Certificates arriving in a records bundle: each is verified under its own issuer's key (intact, trusted or
not) and stored with the certificates' own rule; a certificate that does not verify rejects the whole bundle.
"""

from __future__ import annotations

from typing import Any

from trainer_app.core.common.clock import Clock
from trainer_app.core.common.errors import CredentialError, ExchangeError
from trainer_app.core.credentials.certfile import token_matches
from trainer_app.core.credentials.keys import public_key_from_did_key
from trainer_app.core.credentials.openbadge import verify_credential_json
from trainer_app.core.credentials.token import verify_token
from trainer_app.core.domain.certificate import CertificateOrigin
from trainer_app.core.services.certificate_store import record_certificate
from trainer_app.core.services.records_merge import CertificateStore
from trainer_app.core.services.trust import TrustService
from trainer_app.core.storage import certificates_repo
from trainer_app.core.storage.records_repo import Conn

INTACT_REASONS = ("", "unknown key")


def certificate_store(trust: TrustService, clock: Clock) -> CertificateStore:
    def store(conn: Conn, row: dict[str, Any]) -> None:
        text: str = row["credential_json"]
        outcome = verify_credential_json(text.encode("utf-8"), ())
        facts = outcome.facts
        if facts is None or outcome.issuer_did is None or outcome.reason not in INTACT_REASONS:
            raise ExchangeError(
                f"Rejected: certificate {row['id']} in the bundle does not verify ({outcome.reason})."
            )
        if facts.credential_id != row["id"]:
            raise ExchangeError(f"Rejected: certificate {row['id']} carries a credential with another id.")
        issuer = public_key_from_did_key(outcome.issuer_did)
        trust.remember(conn, issuer)
        token = _checked_token(row["qr_token"], facts, outcome.issuer_did, issuer)
        record_certificate(conn, facts, issuer, text, token, CertificateOrigin.IMPORTED, clock())
        if row["revoked_at"] is not None:
            certificates_repo.revoke(conn, row["id"], row["revoked_at"], row["revoked_reason"])

    return store


def _checked_token(token: str | None, facts: Any, issuer_did: str, issuer: bytes) -> str | None:
    """The QR token only when it is intact and states what the credential states; else none is kept."""
    if not token:
        return None
    try:
        outcome = verify_token(token, lambda did: issuer if did == issuer_did else None)
    except CredentialError:
        return None
    if not outcome.valid or outcome.claims is None or not token_matches(outcome.claims, facts, issuer_did):
        return None
    return token
