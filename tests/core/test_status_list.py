"""Revocation anyone can see: certificates carry a BitstringStatusListEntry, the installation signs its status
list, revoking flips the certificate's bit, and outside tools (the spec's decoding, openbadgeslib) agree."""

from __future__ import annotations

import base64
import copy
import gzip
import json
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from tests.conftest import earned_certificate
from tests.core.test_certificate_service import complete_worker_track
from trainer_app.core.app import App
from trainer_app.core.common.errors import CredentialError, ValidationError
from trainer_app.core.credentials import statuslist
from trainer_app.core.credentials.keys import DeviceKey

pytestmark = pytest.mark.sqlite_only


def _issue_three(app: App) -> list[dict[str, Any]]:
    issued = []
    for name in ("Amina Test", "Bilal Test", "Chloé Test"):
        learner, _ = app.learners.create(name, "case_worker", "Riverside agency")
        complete_worker_track(app, learner.id)
        certificate = earned_certificate(app, learner.id)
        assert certificate is not None
        issued.append(json.loads(app.certificates.credential_json(certificate.id)))
    return issued


def _bits_the_spec_way(status_list: dict[str, Any]) -> bytes:
    """Decode `encodedList` exactly as Bitstring Status List v1.0 §3.2 says, independently of our code."""
    encoded = status_list["credentialSubject"]["encodedList"]
    assert encoded[0] == "u"  # multibase prefix of base64url without padding
    body = encoded[1:]
    return gzip.decompress(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))


def _bit(bits: bytes, index: int) -> bool:
    return bool(bits[index // 8] >> (7 - index % 8) & 1)  # index 0 is the left-most bit


def test_certificates_point_to_the_installations_list_with_distinct_base10_indexes(mini_app: App) -> None:
    issued = _issue_three(mini_app)
    url = mini_app.status_list.url()
    assert url.startswith("https://")
    entries = [credential["credentialStatus"] for credential in issued]
    for entry in entries:
        assert entry["type"] == "BitstringStatusListEntry"
        assert entry["statusPurpose"] == "revocation"
        assert entry["statusListCredential"] == url
        assert entry["id"] == f"{url}#{entry['statusListIndex']}"
        assert isinstance(entry["statusListIndex"], str)
        assert entry["statusListIndex"].isdigit()
    indexes = [int(entry["statusListIndex"]) for entry in entries]
    assert len(set(indexes)) == 3
    assert all(0 <= i < statuslist.LIST_SIZE for i in indexes)
    assert sorted(indexes) != list(range(min(indexes), min(indexes) + 3))  # not handed out in a row


def test_revoking_sets_only_that_certificates_bit(mini_app: App) -> None:
    issued = _issue_three(mini_app)
    before = _bits_the_spec_way(mini_app.status_list.document())
    assert len(before) * 8 >= 131_072
    assert not any(before)
    revoked_id = issued[1]["id"].removeprefix("urn:uuid:")
    mini_app.revocation.revoke(revoked_id, "issued to the wrong person")
    document = mini_app.status_list.document()
    bits = _bits_the_spec_way(document)
    index_of = [int(c["credentialStatus"]["statusListIndex"]) for c in issued]
    assert [_bit(bits, i) for i in index_of] == [False, True, False]
    assert sum(bin(byte).count("1") for byte in bits) == 1
    own_did = mini_app.trust.device_key().did
    assert document["issuer"] == own_did == issued[0]["issuer"]["id"]
    assert document["credentialSubject"]["type"] == "BitstringStatusList"
    assert document["type"] == ["VerifiableCredential", "BitstringStatusListCredential"]
    assert document["id"] == mini_app.status_list.url()


def test_the_list_id_is_stable_across_exports_until_the_trainer_sets_the_address(mini_app: App) -> None:
    first = mini_app.status_list.document()["id"]
    assert mini_app.status_list.document()["id"] == first
    mini_app.status_list.set_url("https://training.example.org/cpims/status-list.json")
    assert mini_app.status_list.document()["id"] == "https://training.example.org/cpims/status-list.json"
    with pytest.raises(ValidationError):
        mini_app.status_list.set_url("http://insecure.example.org/list.json")


def test_a_tampered_or_foreign_status_list_is_refused(mini_app: App) -> None:
    issued = _issue_three(mini_app)
    document = mini_app.status_list.document()
    assert statuslist.is_revoked(issued[0], document) is False
    flipped = copy.deepcopy(document)
    flipped["credentialSubject"]["encodedList"] = statuslist.encode_list(
        [int(issued[0]["credentialStatus"]["statusListIndex"])]
    )
    with pytest.raises(CredentialError, match="bad signature"):
        statuslist.is_revoked(issued[0], flipped)
    stranger = DeviceKey.from_private_bytes(bytes(range(5, 37)))
    foreign = statuslist.issue_list(stranger, document["id"], [], mini_app.clock())
    with pytest.raises(CredentialError, match="not signed by the certificate's issuer"):
        statuslist.is_revoked(issued[0], foreign)


def test_a_gzip_bomb_in_the_list_is_refused_before_it_is_read_whole() -> None:
    bomb = gzip.compress(bytes(64 * 1024 * 1024), mtime=0)
    encoded = "u" + base64.urlsafe_b64encode(bomb).decode().rstrip("=")
    with pytest.raises(CredentialError, match="too large"):
        statuslist.decode_list(encoded)


def _pem(key: DeviceKey) -> bytes:
    public = Ed25519PublicKey.from_public_bytes(key.public.public_key)
    return public.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


def test_openbadgeslib_verifies_the_list_and_sees_the_revocation(mini_app: App) -> None:
    from openbadgeslib.ob3.ldp import OB3LdpVerifier, verify_data_integrity_proof
    from openbadgeslib.ob3.verifier import OB3VerificationError

    issued = _issue_three(mini_app)
    key = mini_app.trust.device_key()
    document = mini_app.status_list.document()
    verify_data_integrity_proof(document, _pem(key))  # the list's own eddsa-rdfc-2022 proof
    tampered = copy.deepcopy(document)
    tampered["validFrom"] = "2020-01-01T00:00:00Z"
    with pytest.raises(OB3VerificationError):
        verify_data_integrity_proof(tampered, _pem(key))

    verifier = OB3LdpVerifier.for_issuer_did(key.did)

    def serve(current: dict[str, Any]) -> Any:
        return lambda url: json.dumps(current).encode() if url == document["id"] else b""

    verifier.verify(
        json.dumps(issued[2]), check_status=True, download=serve(document), verify_status_list=False
    )
    mini_app.revocation.revoke(issued[2]["id"].removeprefix("urn:uuid:"), "left the programme")
    revoked_list = mini_app.status_list.document()
    with pytest.raises(OB3VerificationError, match="revocation"):
        verifier.verify(
            json.dumps(issued[2]), check_status=True, download=serve(revoked_list), verify_status_list=False
        )
    verifier.verify(
        json.dumps(issued[0]), check_status=True, download=serve(revoked_list), verify_status_list=False
    )
