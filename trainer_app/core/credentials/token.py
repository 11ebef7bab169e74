"""The compact signed token printed as a QR code: `TC1.<b64url(canonical JSON claims)>.<b64url(Ed25519 sig)>`.

It verifies on its own (the issuer's did:key is inside); the signature covers the text `TC1.<payload>`.
Every part must be in its one canonical form, so changing any character makes it fail.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date
from typing import Any

from trainer_app.core.common.coded import CodedReason, reason_text
from trainer_app.core.common.errors import CertificateError, CredentialError
from trainer_app.core.credentials.encoding import b64url_decode, b64url_encode, canonical_json
from trainer_app.core.credentials.keys import DeviceKey, IssuerKey, fingerprint_of, public_key_from_did_key
from trainer_app.core.credentials.obfacts import CertificateFacts, percent_text
from trainer_app.core.credentials.safejson import parse_credential_json

TOKEN_PREFIX = "TC1"
MAX_TOKEN_CHARS = 2048
MAX_PAYLOAD_BYTES = 1024
_TOKEN_PARTS = 3  # prefix.payload.signature
_SIGNATURE_BYTES = 64  # Ed25519
UNKNOWN_KEY = "credential.unknown_key"  # the code of "intact, but the issuer is not known here"
_CLAIM_KEYS = frozenset({"cid", "name", "track", "date", "score", "iss"})

TokenKeyResolver = Callable[[str], bytes | None]
"""Maps an issuer did:key to its raw public key when that issuer is known here, else None."""


@dataclass(frozen=True)
class TokenClaims:
    credential_id: str
    learner_name: str
    track_title: str
    issued_on: date
    score: str | None  # percentage as on the credential, e.g. "85.5"
    issuer_did: str

    @classmethod
    def from_facts(cls, facts: CertificateFacts, issuer_did: str) -> TokenClaims:
        score = None if facts.score is None else percent_text(facts.score)
        issued_on = facts.issued_at.astimezone(UTC).date()
        return cls(facts.credential_id, facts.learner_name, facts.track_title, issued_on, score, issuer_did)

    def to_json(self) -> dict[str, Any]:
        return {
            "cid": self.credential_id,
            "name": self.learner_name,
            "track": self.track_title,
            "date": self.issued_on.isoformat(),
            "score": self.score,
            "iss": self.issuer_did,
        }


@dataclass(frozen=True)
class TokenOutcome:
    """Problems (coded): verify.bad_signature, credential.unknown_key (intact, issuer not known: claims given),
    a malformed token's code."""

    valid: bool
    problem: CodedReason | None  # None when valid
    claims: TokenClaims | None = None
    issuer_fingerprint: str | None = None

    @property
    def reason(self) -> str:
        """The English reason ("" when valid)."""
        return reason_text(self.problem)

    @property
    def code(self) -> str:
        return self.problem.code if self.problem else ""


def make_token(claims: TokenClaims, key: DeviceKey) -> str:
    if claims.issuer_did != key.did:
        raise CertificateError("token.malformed_token_issuer_signing")
    payload = b64url_encode(canonical_json(claims.to_json()))
    signing_input = f"{TOKEN_PREFIX}.{payload}"
    return f"{signing_input}.{b64url_encode(key.sign(signing_input.encode('ascii')))}"


def verify_token(token: str, resolve_key: TokenKeyResolver) -> TokenOutcome:
    try:
        signing_input, claims, signature = _parse(token)
        issuer_key = public_key_from_did_key(claims.issuer_did)
    except CredentialError as error:
        return TokenOutcome(False, CodedReason.of_error(error))
    fingerprint = fingerprint_of(issuer_key)
    if not IssuerKey(issuer_key).verify(signature, signing_input):
        return TokenOutcome(False, CodedReason.of("verify.bad_signature"), None, fingerprint)
    known = resolve_key(claims.issuer_did)
    if known is None:
        return TokenOutcome(False, CodedReason.of(UNKNOWN_KEY), claims, fingerprint)
    if known != issuer_key:
        return TokenOutcome(False, CodedReason.of("verify.token_key_differs"), None, fingerprint)
    return TokenOutcome(True, None, claims, fingerprint)


def _parse(token: str) -> tuple[bytes, TokenClaims, bytes]:
    if not isinstance(token, str) or len(token) > MAX_TOKEN_CHARS:
        raise CertificateError("token.malformed_certificate_token")
    parts = token.split(".")
    if len(parts) != _TOKEN_PARTS or parts[0] != TOKEN_PREFIX:
        raise CertificateError("token.malformed_token_form_claims", token_prefix=TOKEN_PREFIX)
    payload = b64url_decode(parts[1])
    signature = b64url_decode(parts[2])
    if len(signature) != _SIGNATURE_BYTES:
        raise CertificateError("token.malformed_token_signature_bytes")
    document = parse_credential_json(payload, max_bytes=MAX_PAYLOAD_BYTES, max_depth=1)
    if canonical_json(document) != payload:
        raise CertificateError("token.malformed_token_claims_canonical")
    return f"{parts[0]}.{parts[1]}".encode("ascii"), _claims(document), signature


def _claims(document: dict[str, Any]) -> TokenClaims:
    if set(document) != _CLAIM_KEYS:
        raise CertificateError("token.malformed_token_claims_expected")
    texts = [document[name] for name in ("cid", "name", "track", "date", "iss")]
    score = document["score"]
    if not all(isinstance(text, str) for text in texts) or not (score is None or isinstance(score, str)):
        raise CertificateError("token.malformed_token_claims_wrong")
    try:
        issued_on = date.fromisoformat(document["date"])
    except ValueError as error:
        raise CertificateError("token.malformed_token_date_yyyy") from error
    return TokenClaims(
        document["cid"], document["name"], document["track"], issued_on, score, document["iss"]
    )


def token_carries(token: str, claims: TokenClaims, issuer_key: bytes) -> bool:
    """True when `token` is exactly the token of `claims`, intact and signed by `issuer_key` (the key of
    claims.issuer_did): the same answer verify_token plus a comparison of its claims give for a token of the
    one canonical form, without decoding or parsing it. Its claims are rebuilt from what the caller already
    knows and encoded, and the signature (the one Ed25519 check) must cover exactly that text."""
    if not isinstance(token, str) or len(token) > MAX_TOKEN_CHARS:
        return False
    payload = canonical_json(claims.to_json())
    if len(payload) > MAX_PAYLOAD_BYTES:
        return False
    signing_input = f"{TOKEN_PREFIX}.{b64url_encode(payload)}"
    if not token.startswith(signing_input + "."):
        return False
    try:
        signature = b64url_decode(token[len(signing_input) + 1 :])
    except CredentialError:
        return False
    return len(signature) == _SIGNATURE_BYTES and IssuerKey(issuer_key).verify(
        signature, signing_input.encode("ascii")
    )
