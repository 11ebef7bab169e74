"""eddsa-rdfc-2022 Data Integrity proofs: the W3C vc-di-eddsa test vector byte for byte, and every refusal."""

from __future__ import annotations

import copy
import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from trainer_app.core.common.errors import CredentialError
from trainer_app.core.credentials.dataintegrity import hash_data, sign, verify
from trainer_app.core.credentials.encoding import multibase_decode, multibase_encode
from trainer_app.core.credentials.jsonld import canonical_nquads, default_contexts
from trainer_app.core.credentials.keys import DeviceKey, IssuerKey, private_seed_from_multibase

VECTOR = Path(__file__).resolve().parents[1] / "fixtures" / "credentials" / "w3c-eddsa-rdfc-2022"
CREATED_AT = datetime(2023, 2, 24, 23, 36, 38, tzinfo=UTC)


def _json(name: str) -> Any:
    return json.loads((VECTOR / name).read_text(encoding="utf-8"))


def _text(name: str) -> str:
    return (VECTOR / name).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def vector_key() -> DeviceKey:
    return DeviceKey.from_private_bytes(
        private_seed_from_multibase(_json("keyPair.json")["privateKeyMultibase"])
    )


@pytest.fixture(scope="module")
def signed_vector() -> dict[str, Any]:
    return dict(_json("signedDataInt.json"))


@pytest.fixture(scope="module")
def unsigned_vector(signed_vector: dict[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in signed_vector.items() if name != "proof"}


def _vector_resolver(vector_key: DeviceKey) -> Any:
    return lambda method: (
        vector_key.public.public_key if method.endswith(vector_key.public.multibase) else None
    )


def test_vector_key_pair_matches(vector_key: DeviceKey) -> None:
    assert vector_key.public.multibase == _json("keyPair.json")["publicKeyMultibase"]


def test_vector_proof_configuration_canonical_form_and_hash() -> None:
    canonical = canonical_nquads(_json("proofConfigDataInt.json"), default_contexts())
    assert canonical == _text("proofCanonDataInt.txt")
    assert hashlib.sha256(canonical.encode()).hexdigest() == _text("proofHashDataInt.txt")


def test_vector_combined_hash(unsigned_vector: dict[str, Any]) -> None:
    data = hash_data(unsigned_vector, _json("proofConfigDataInt.json"), default_contexts())
    assert data.hex() == _text("combinedHashDataInt.txt")


def test_vector_signature_reproduced_byte_for_byte(
    vector_key: DeviceKey, unsigned_vector: dict[str, Any], signed_vector: dict[str, Any]
) -> None:
    method = signed_vector["proof"]["verificationMethod"]
    signed = sign(unsigned_vector, vector_key, method, CREATED_AT)
    assert multibase_decode(signed["proof"]["proofValue"]).hex() == _text("sigHexDataInt.txt")
    assert signed["proof"]["proofValue"] == _text("sigBTC58DataInt.txt")
    assert signed == signed_vector


def test_vector_verifies_with_its_key(vector_key: DeviceKey, signed_vector: dict[str, Any]) -> None:
    result = verify(signed_vector, _vector_resolver(vector_key), require_did_key=False)
    assert result.valid, result.reason


def test_vector_is_refused_when_did_key_is_required(
    vector_key: DeviceKey, signed_vector: dict[str, Any]
) -> None:
    result = verify(signed_vector, _vector_resolver(vector_key))
    assert result.reason == "malformed: verification method is not a did:key"


@pytest.fixture
def device() -> DeviceKey:
    return DeviceKey.from_private_bytes(bytes(range(32)))


@pytest.fixture
def signed_doc(device: DeviceKey, unsigned_vector: dict[str, Any]) -> dict[str, Any]:
    return sign(unsigned_vector, device, device.verification_method, CREATED_AT)


def _own(device: DeviceKey) -> Any:
    return lambda _method: device.public.public_key


def test_sign_then_verify(device: DeviceKey, signed_doc: dict[str, Any]) -> None:
    result = verify(signed_doc, _own(device))
    assert result.valid
    assert result.reason == ""
    assert result.verification_method == device.verification_method


def test_reencoded_json_still_verifies(device: DeviceKey, signed_doc: dict[str, Any]) -> None:
    text = json.dumps(signed_doc, indent=7, sort_keys=True)
    reordered = json.loads(text)
    reordered = dict(reversed(list(reordered.items())))
    assert verify(reordered, _own(device)).valid


def _tampered(document: dict[str, Any], path: list[Any], value: Any) -> dict[str, Any]:
    changed = copy.deepcopy(document)
    target = changed
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return changed


@pytest.mark.parametrize(
    ("path", "value", "reason"),
    [
        (["name"], "Another Credential", "bad signature"),
        (["validFrom"], "2024-01-01T00:00:00Z", "bad signature"),
        (["credentialSubject", "alumniOf"], "Elsewhere", "bad signature"),
        (["proof", "created"], "2023-02-24T23:36:39Z", "bad signature"),
        (["proof", "cryptosuite"], "eddsa-jcs-2022", "unsupported cryptosuite: 'eddsa-jcs-2022'"),
        (["proof", "type"], "Ed25519Signature2020", "malformed: proof type must be DataIntegrityProof"),
        (["proof", "proofPurpose"], "authentication", "malformed: proof purpose must be assertionMethod"),
        (["proof", "proofValue"], "u" + "A" * 86, "malformed: proofValue"),
        (["proof", "proofValue"], "z3", "malformed: proofValue is not a 64-byte Ed25519 signature"),
        (["proof", "proofValue"], "z0OIl", "malformed: proofValue"),
        (["proof", "created"], "yesterday", "malformed: proof 'created' is not a dateTime"),
    ],
)
def test_tampering_is_refused_with_its_reason(
    device: DeviceKey, signed_doc: dict[str, Any], path: list[Any], value: Any, reason: str
) -> None:
    result = verify(_tampered(signed_doc, path, value), _own(device))
    assert not result.valid
    assert result.reason.startswith(reason)


def test_corrupted_signature_is_bad_signature(device: DeviceKey, signed_doc: dict[str, Any]) -> None:
    signature = bytearray(multibase_decode(signed_doc["proof"]["proofValue"]))
    signature[10] ^= 1
    changed = _tampered(signed_doc, ["proof", "proofValue"], multibase_encode(bytes(signature)))
    assert verify(changed, _own(device)).reason == "bad signature"


@pytest.mark.usefixtures("device")
def test_undefined_property_is_refused_on_sign_and_verify(signed_doc: dict[str, Any]) -> None:
    ours = DeviceKey.from_private_bytes(bytes(32))
    strict = {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "type": ["VerifiableCredential"],
        "colour": 1,
    }
    with pytest.raises(CredentialError, match="undefined property: colour"):
        sign(strict, ours, ours.verification_method, CREATED_AT)
    strict_signed = {**strict, "@context": signed_doc["@context"][:1]}
    del strict_signed["colour"]
    signed = sign(strict_signed, ours, ours.verification_method, CREATED_AT)
    result = verify({**signed, "colour": 1}, lambda _m: ours.public.public_key)
    assert result.reason == "undefined property: colour"


def test_undefined_type_and_compact_iri_keys_are_refused() -> None:
    key = DeviceKey.from_private_bytes(bytes(32))
    base = {"@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiableCredential", "Mystery"]}
    with pytest.raises(CredentialError, match="undefined property: type Mystery"):
        sign(base, key, key.verification_method, CREATED_AT)
    with pytest.raises(CredentialError, match="undefined property: ex:colour"):
        sign(
            {**base, "type": ["VerifiableCredential"], "ex:colour": "red"},
            key,
            key.verification_method,
            CREATED_AT,
        )


@pytest.mark.usefixtures("device")
def test_wrong_key_and_unknown_key(signed_doc: dict[str, Any]) -> None:
    other = DeviceKey.from_private_bytes(bytes(32))
    assert verify(signed_doc, lambda _m: None).reason == "unknown key"
    mismatch = verify(signed_doc, lambda _m: other.public.public_key)
    assert mismatch.reason == "malformed: verification method key differs from the issuer key"


def test_swapped_verification_method_is_refused(device: DeviceKey, signed_doc: dict[str, Any]) -> None:
    other = DeviceKey.from_private_bytes(bytes(32))
    swapped = _tampered(signed_doc, ["proof", "verificationMethod"], other.verification_method)
    assert (
        verify(swapped, _own(device)).reason
        == "malformed: verification method key differs from the issuer key"
    )
    assert verify(swapped, lambda _m: other.public.public_key).reason == "bad signature"


def test_a_one_element_proof_array_verifies_like_the_bare_object(
    device: DeviceKey, signed_doc: dict[str, Any]
) -> None:
    assert verify({**signed_doc, "proof": [signed_doc["proof"]]}, _own(device)).valid
    tampered = _tampered({**signed_doc, "proof": [signed_doc["proof"]]}, ["type"], ["Other"])
    assert verify(tampered, _own(device)).reason == "bad signature"


def test_proof_sets_missing_proof_and_resigning_are_refused(
    device: DeviceKey, signed_doc: dict[str, Any]
) -> None:
    two = [signed_doc["proof"], signed_doc["proof"]]
    assert verify({**signed_doc, "proof": two}, _own(device)).reason.startswith("malformed: proof sets")
    unsigned = {name: value for name, value in signed_doc.items() if name != "proof"}
    assert verify(unsigned, _own(device)).reason == "malformed: no proof"
    with pytest.raises(CredentialError, match="already has a proof"):
        sign(signed_doc, device, device.verification_method, CREATED_AT)


def test_unpinned_context_is_refused(device: DeviceKey) -> None:
    document = {"@context": ["https://example.org/my-context"], "type": ["Thing"]}
    with pytest.raises(CredentialError, match="not pinned"):
        sign(document, device, device.verification_method, CREATED_AT)


def test_issuer_key_verify_rejects_other_data(device: DeviceKey) -> None:
    signature = device.sign(b"data")
    assert IssuerKey(device.public.public_key).verify(signature, b"data")
    assert not IssuerKey(device.public.public_key).verify(signature, b"other")
