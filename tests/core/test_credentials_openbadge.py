"""Open Badges 3.0 track certificates: issue, verify, every tamper refused with its reason, facts read back."""

from __future__ import annotations

import copy
import dataclasses
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from trainer_app.core.common.errors import CredentialError
from trainer_app.core.credentials.dataintegrity import sign
from trainer_app.core.credentials.encoding import multibase_decode, multibase_encode
from trainer_app.core.credentials.jsonld import default_contexts, expand_strict
from trainer_app.core.credentials.keys import DeviceKey
from trainer_app.core.credentials.openbadge import (
    CertificateFacts,
    build_credential,
    issue,
    verify_credential,
    verify_credential_json,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "credentials"
GOLDEN = FIXTURES / "sample-certificate-v2.json"
LEGACY = FIXTURES / "sample-certificate.json"  # issued before proof arrays, images and status entries
FACTS = CertificateFacts(
    credential_id="0d9c1c51-2a3b-4c5d-8e9f-0123456789ab",
    learner_id="6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
    learner_name="Test Learner",
    role_title="Case worker",
    agency="Example Agency",
    track_id="case-worker",
    track_title="Case worker track",
    criteria="Complete every module of the track and pass the final quiz.",
    score=0.855,
    pack_id="cpims-plus-kit",
    pack_version="1.0.0",
    issued_at=datetime(2026, 1, 5, 9, 0, tzinfo=UTC),
    issuer_name="Example Training Centre",
    language="en",
)


@pytest.fixture
def key() -> DeviceKey:
    # A test-only key from a fixed seed, so the issued credential is byte-stable (Ed25519 is deterministic).
    return DeviceKey.from_private_bytes(bytes(range(32)))


@pytest.fixture
def credential(key: DeviceKey) -> dict[str, Any]:
    return issue(FACTS, key)


def _known(key: DeviceKey) -> list[bytes]:
    return [key.public.public_key]


def test_issue_matches_golden_file(credential: dict[str, Any]) -> None:
    # Regression guard: a pyld or context change that alters canonicalisation would break every old certificate.
    assert credential == json.loads(GOLDEN.read_text(encoding="utf-8"))


def test_certificates_issued_before_proof_arrays_still_verify(key: DeviceKey) -> None:
    legacy = json.loads(LEGACY.read_text(encoding="utf-8"))
    assert isinstance(legacy["proof"], dict)
    outcome = verify_credential(legacy, _known(key))
    assert outcome.valid
    assert outcome.facts == FACTS
    legacy["credentialSubject"]["role"] = "Case manager"
    assert verify_credential(legacy, _known(key)).reason == "bad signature"


def test_the_proof_is_a_one_element_array_and_the_achievement_has_an_embedded_image(
    credential: dict[str, Any],
) -> None:
    assert isinstance(credential["proof"], list)
    assert len(credential["proof"]) == 1
    image = credential["credentialSubject"]["achievement"]["image"]
    assert image["type"] == "Image"
    assert image["id"].startswith("data:image/svg+xml;base64,")


def test_issued_credential_verifies_and_facts_round_trip(key: DeviceKey, credential: dict[str, Any]) -> None:
    outcome = verify_credential(credential, _known(key))
    assert outcome.valid
    assert outcome.reason == ""
    assert outcome.facts == FACTS
    assert outcome.issuer_fingerprint == key.fingerprint
    assert outcome.issuer_did == key.did


def test_credential_shape(key: DeviceKey, credential: dict[str, Any]) -> None:
    assert credential["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert credential["issuer"] == {"id": key.did, "type": ["Profile"], "name": "Example Training Centre"}
    assert credential["proof"][0]["cryptosuite"] == "eddsa-rdfc-2022"
    assert credential["proof"][0]["verificationMethod"] == key.verification_method
    assert credential["credentialSubject"]["achievement"]["version"] == "1.0.0"
    assert credential["credentialSubject"]["result"][0]["value"] == "85.5"


def test_every_property_is_defined_by_the_contexts(key: DeviceKey) -> None:
    for facts in (FACTS, dataclasses.replace(FACTS, score=None, agency="", role_title="", learner_id=None)):
        expand_strict(build_credential(facts, key.did), default_contexts())


def test_optional_facts_round_trip(key: DeviceKey) -> None:
    facts = dataclasses.replace(FACTS, score=None, agency="", role_title="", learner_id=None)
    outcome = verify_credential(issue(facts, key), _known(key))
    assert outcome.valid
    assert outcome.facts == facts


@pytest.mark.parametrize("score", [0.0, 1.0, 0.5, 0.925])
def test_scores_round_trip(key: DeviceKey, score: float) -> None:
    facts = dataclasses.replace(FACTS, score=score)
    assert verify_credential(issue(facts, key), _known(key)).facts == facts


def test_reencoded_json_still_verifies(key: DeviceKey, credential: dict[str, Any]) -> None:
    for text in (
        json.dumps(credential, indent=4, sort_keys=True),
        json.dumps(credential, separators=(",", ":")),
    ):
        assert verify_credential_json(text.encode(), _known(key)).valid
    reordered = json.loads(json.dumps(credential))
    reordered["credentialSubject"] = dict(reversed(list(reordered["credentialSubject"].items())))
    assert verify_credential(dict(reversed(list(reordered.items()))), _known(key)).valid


def _changed(document: dict[str, Any], path: list[Any], value: Any) -> dict[str, Any]:
    changed = copy.deepcopy(document)
    target = changed
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return changed


SUBJECT = ["credentialSubject"]
ACHIEVEMENT = [*SUBJECT, "achievement"]


@pytest.mark.parametrize(
    ("path", "value"),
    [
        ([*SUBJECT, "result", 0, "value"], "100"),
        ([*SUBJECT, "identifier", 0, "identityHash"], "Someone Else"),
        ([*SUBJECT, "identifier", 1, "identityHash"], "Other Agency"),
        ([*SUBJECT, "role"], "Coordinator"),
        (["validFrom"], "2025-01-05T09:00:00Z"),
        ([*ACHIEVEMENT, "name"], "Coordinator track"),
        ([*ACHIEVEMENT, "criteria", "narrative"], "Nothing."),
        ([*ACHIEVEMENT, "version"], "2.0.0"),
        ([*ACHIEVEMENT, "otherIdentifier", 1, "identifier"], "coordinator"),
        (["issuer", "name"], "Another Centre"),
        (["id"], "urn:uuid:11111111-2222-4333-8444-555555555555"),
        (["proof", 0, "created"], "2026-01-05T09:00:01Z"),
    ],
)
def test_changed_values_break_the_signature(
    key: DeviceKey, credential: dict[str, Any], path: list[Any], value: Any
) -> None:
    outcome = verify_credential(_changed(credential, path, value), _known(key))
    assert (outcome.valid, outcome.reason, outcome.facts) == (False, "bad signature", None)


@pytest.mark.parametrize(
    ("path", "value", "reason"),
    [
        ([*SUBJECT, "nickname"], "Tester", "undefined property: nickname"),
        ([*ACHIEVEMENT, "colour"], "blue", "undefined property: colour"),
        (["proof", 0, "note"], "hello", "undefined property: note"),
        (["proof", 0, "cryptosuite"], "ecdsa-rdfc-2019", "unsupported cryptosuite: 'ecdsa-rdfc-2019'"),
        (["proof", 0, "type"], "Ed25519Signature2020", "malformed: proof type must be DataIntegrityProof"),
        (["proof", 0, "proofValue"], "not-multibase", "malformed: proofValue"),
        (["proof", 0, "proofValue"], "zzzz", "malformed: proofValue is not a 64-byte Ed25519 signature"),
        (["@context"], ["https://www.w3.org/ns/credentials/v2"], "malformed: @context must be exactly"),
        (["issuer", "id"], "https://example.org/issuer", "malformed: issuer must be a did:key"),
        (["type"], ["VerifiableCredential"], "malformed: type must include"),
        (
            [*SUBJECT, "@context"],
            {"nickname": "https://example.org/nickname"},
            "malformed: embedded @context",
        ),
    ],
)
def test_refusals_name_their_reason(
    key: DeviceKey, credential: dict[str, Any], path: list[Any], value: Any, reason: str
) -> None:
    outcome = verify_credential(_changed(credential, path, value), _known(key))
    assert not outcome.valid
    assert outcome.reason.startswith(reason), outcome.reason


def test_corrupted_proof_value_is_bad_signature(key: DeviceKey, credential: dict[str, Any]) -> None:
    signature = bytearray(multibase_decode(credential["proof"][0]["proofValue"]))
    signature[0] ^= 0x80
    changed = _changed(credential, ["proof", 0, "proofValue"], multibase_encode(bytes(signature)))
    assert verify_credential(changed, _known(key)).reason == "bad signature"


def test_swapped_verification_method_is_refused(key: DeviceKey, credential: dict[str, Any]) -> None:
    other = DeviceKey.from_private_bytes(bytes(32))
    swapped = _changed(credential, ["proof", 0, "verificationMethod"], other.verification_method)
    outcome = verify_credential(swapped, [key.public.public_key, other.public.public_key])
    assert outcome.reason == "malformed: verification method key differs from the issuer key"


def test_signed_by_another_key_is_bad_signature(key: DeviceKey) -> None:
    impostor = DeviceKey.from_private_bytes(bytes(32))
    forged = sign(build_credential(FACTS, key.did), impostor, key.verification_method, FACTS.issued_at)
    assert verify_credential(forged, [key.public.public_key]).reason == "bad signature"


def test_unknown_key_keeps_facts_and_fingerprint(key: DeviceKey, credential: dict[str, Any]) -> None:
    stranger = DeviceKey.from_private_bytes(bytes(32))
    outcome = verify_credential(credential, [stranger.public.public_key])
    assert (outcome.valid, outcome.reason) == (False, "unknown key")
    assert outcome.facts == FACTS
    assert outcome.issuer_fingerprint == key.fingerprint


def test_truncated_and_bomb_json_are_refused(key: DeviceKey, credential: dict[str, Any]) -> None:
    data = json.dumps(credential).encode()
    assert verify_credential_json(data[: len(data) // 2], _known(key)).reason.startswith(
        "malformed: not valid JSON"
    )
    assert verify_credential_json(b"[" * 100_000 + b"]" * 100_000, _known(key)).reason.startswith(
        "malformed: nested deeper"
    )
    huge = b'{"a":"' + b"x" * 2_000_000 + b'"}'
    assert verify_credential_json(huge, _known(key)).reason.startswith("malformed: larger than")
    duplicated = data[:-1] + b', "id": "urn:uuid:0d9c1c51-2a3b-4c5d-8e9f-0123456789ab"}'
    assert verify_credential_json(duplicated, _known(key)).reason == "malformed: duplicate key 'id'"


def test_building_refuses_unsound_facts(key: DeviceKey) -> None:
    for bad in (
        dataclasses.replace(FACTS, score=1.5),
        dataclasses.replace(FACTS, credential_id="not-a-uuid"),
        dataclasses.replace(FACTS, learner_name=" "),
        dataclasses.replace(FACTS, issued_at=datetime(2026, 1, 5, 9, 0)),
    ):
        with pytest.raises(CredentialError, match="malformed"):
            build_credential(bad, key.did)
