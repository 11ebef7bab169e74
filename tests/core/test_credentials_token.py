"""QR tokens: verify on their own, and fail when any one character changes."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, date, datetime

import pytest

from trainer_app.core.common.errors import CredentialError
from trainer_app.core.credentials.encoding import b64url_decode, b64url_encode, canonical_json
from trainer_app.core.credentials.keys import DeviceKey
from trainer_app.core.credentials.obfacts import CertificateFacts
from trainer_app.core.credentials.token import MAX_TOKEN_CHARS, TokenClaims, make_token, verify_token

FACTS = CertificateFacts(
    credential_id="0d9c1c51-2a3b-4c5d-8e9f-0123456789ab",
    learner_id=None,
    learner_name="Test Learnér",
    role_title="Case worker",
    agency="",
    track_id="case-worker",
    track_title="Case worker track",
    criteria="Complete the track.",
    score=0.9,
    pack_id="cpims-plus-kit",
    pack_version="1.0.0",
    issued_at=datetime(2026, 1, 5, 23, 30, tzinfo=UTC),
    issuer_name="Example Training Centre",
    language="en",
)
KEY = DeviceKey.from_private_bytes(bytes(range(32)))
CLAIMS = TokenClaims.from_facts(FACTS, KEY.did)


def _known(did: str) -> bytes | None:
    return KEY.public.public_key if did == KEY.did else None


def test_token_verifies_and_carries_the_claims() -> None:
    token = make_token(CLAIMS, KEY)
    assert token.startswith("TC1.")
    outcome = verify_token(token, _known)
    assert outcome.valid
    assert outcome.reason == ""
    assert outcome.claims == CLAIMS
    assert CLAIMS.score == "90"
    assert CLAIMS.issued_on == date(2026, 1, 5)
    assert outcome.issuer_fingerprint == KEY.fingerprint
    assert len(token) < 420  # fits a version-15 QR code at level M (tech-notes §4)


def test_one_changed_character_anywhere_fails() -> None:
    token = make_token(CLAIMS, KEY)
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_."
    for index, char in enumerate(token):
        for replacement in {
            alphabet[(alphabet.index(char) + 1) % len(alphabet)] if char in alphabet else "A",
            "1",
        }:
            if replacement == char:
                continue
            changed = token[:index] + replacement + token[index + 1 :]
            assert not verify_token(changed, _known).valid, (index, char, replacement)


def test_changed_claims_are_bad_signature() -> None:
    prefix, payload, signature = make_token(CLAIMS, KEY).split(".")
    claims = json.loads(b64url_decode(payload))
    claims["score"] = "100"
    forged_payload = b64url_encode(canonical_json(claims))
    assert verify_token(f"{prefix}.{forged_payload}.{signature}", _known).reason == "bad signature"


def test_unknown_issuer_is_reported_with_claims() -> None:
    outcome = verify_token(make_token(CLAIMS, KEY), lambda _did: None)
    assert (outcome.valid, outcome.reason, outcome.claims) == (False, "unknown key", CLAIMS)


def test_token_signed_by_another_key_for_our_did_is_bad_signature() -> None:
    impostor = DeviceKey.from_private_bytes(bytes(32))
    token = make_token(dataclasses.replace(CLAIMS, issuer_did=impostor.did), impostor)
    prefix, payload, signature = token.split(".")
    claims = json.loads(b64url_decode(payload))
    claims["iss"] = KEY.did
    forged = b64url_encode(canonical_json(claims))
    assert verify_token(f"{prefix}.{forged}.{signature}", _known).reason == "bad signature"


@pytest.mark.parametrize(
    ("token", "reason"),
    [
        ("TC2.e30.AAAA", "malformed: a token has the form"),
        ("TC1.onlytwo", "malformed: a token has the form"),
        ("TC1.e30." + "A" * 86, "malformed: token claims are not the expected set"),
        ("TC1.e30.AAAA", "malformed: token signature is not 64 bytes"),
        ("TC1.e30=." + "A" * 86, "malformed: not base64url"),
        ("TC1." + "A" * MAX_TOKEN_CHARS, "malformed: not a certificate token"),
        (
            "TC1." + b64url_encode(b'{ "a":1}') + "." + "A" * 86,
            "malformed: token claims are not canonical JSON",
        ),
    ],
)
def test_malformed_tokens(token: str, reason: str) -> None:
    outcome = verify_token(token, _known)
    assert not outcome.valid
    assert outcome.reason.startswith(reason), outcome.reason


def test_make_token_refuses_a_foreign_issuer() -> None:
    with pytest.raises(CredentialError):
        make_token(dataclasses.replace(CLAIMS, issuer_did="did:key:z6MkOther"), KEY)
