"""Checking and importing certificate files: every kind of bad input is refused with its precise reason and
nothing is imported; intact files import once (idempotent); tokens verify on their own."""

from __future__ import annotations

import copy
import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import earned_certificate
from tests.core.pdf_samples import build_pdf
from tests.core.test_certificate_service import complete_worker_track
from trainer_app.core.app import App
from trainer_app.core.credentials.dataintegrity import sign
from trainer_app.core.credentials.encoding import multibase_decode, multibase_encode
from trainer_app.core.credentials.keys import DeviceKey
from trainer_app.core.credentials.token import TokenClaims, make_token
from trainer_app.core.services.certificate_import import ImportStatus


def _changed(document: dict[str, Any], path: list[Any], value: Any) -> dict[str, Any]:
    changed = copy.deepcopy(document)
    target = changed
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return changed


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _check_and_import(app: App, path: Path) -> tuple[str, str]:
    [report] = app.certificate_checks.verify_paths([path])
    before = len(app.certificates.list())
    [result] = app.certificate_checks.import_paths([path])
    assert not report.valid
    assert result.status is ImportStatus.REJECTED
    assert len(app.certificates.list()) == before  # nothing imported
    return report.reason, result.reason


SUBJECT = ["credentialSubject"]
ACHIEVEMENT = [*SUBJECT, "achievement"]


@pytest.mark.parametrize(
    ("path", "value", "reason"),
    [
        ([*SUBJECT, "result", 0, "value"], "100", "bad signature"),  # score
        ([*SUBJECT, "identifier", 0, "identityHash"], "Someone Else", "bad signature"),  # name
        (["validFrom"], "2025-01-05T09:00:00Z", "bad signature"),  # date
        ([*ACHIEVEMENT, "name"], "Coordinator track", "bad signature"),  # achievement
        ([*ACHIEVEMENT, "otherIdentifier", 1, "identifier"], "admin", "bad signature"),
        ([*SUBJECT, "nickname"], "Tester", "undefined property: nickname"),
        (["proof", 0, "cryptosuite"], "ecdsa-rdfc-2019", "unsupported cryptosuite: 'ecdsa-rdfc-2019'"),
    ],
)
def test_tampered_credentials_are_refused_with_their_reason(
    mini_app: App, issued: dict[str, Any], tmp_path: Path, path: list[Any], value: Any, reason: str
) -> None:
    tampered = _changed(issued["credential"], path, value)
    file = _write(tmp_path, "tampered.json", json.dumps(tampered).encode())
    check_reason, import_reason = _check_and_import(mini_app, file)
    assert check_reason == reason
    assert import_reason == reason


def test_a_swapped_verification_method_and_a_corrupted_proof_are_refused(
    mini_app: App, issued: dict[str, Any], tmp_path: Path
) -> None:
    other = DeviceKey.from_private_bytes(bytes(32))
    swapped = _changed(issued["credential"], ["proof", 0, "verificationMethod"], other.verification_method)
    reason, _ = _check_and_import(mini_app, _write(tmp_path, "swapped.json", json.dumps(swapped).encode()))
    assert reason == "malformed: verification method key differs from the issuer key"
    signature = bytearray(multibase_decode(issued["credential"]["proof"][0]["proofValue"]))
    signature[10] ^= 0x01
    corrupted = _changed(issued["credential"], ["proof", 0, "proofValue"], multibase_encode(bytes(signature)))
    reason, _ = _check_and_import(
        mini_app, _write(tmp_path, "corrupted.json", json.dumps(corrupted).encode())
    )
    assert reason == "bad signature"


def test_a_credential_signed_with_the_wrong_key_is_refused(
    mini_app: App, issued: dict[str, Any], tmp_path: Path
) -> None:
    impostor = DeviceKey.from_private_bytes(bytes(range(1, 33)))
    unsigned = {k: v for k, v in issued["credential"].items() if k != "proof"}
    unsigned["id"] = "urn:uuid:11111111-2222-4333-8444-555555555555"
    method = issued["credential"]["proof"][0]["verificationMethod"]
    forged = sign(unsigned, impostor, method, datetime(2026, 1, 5, tzinfo=UTC))
    reason, _ = _check_and_import(mini_app, _write(tmp_path, "forged.json", json.dumps(forged).encode()))
    assert reason == "bad signature"


@pytest.mark.usefixtures("issued")
def test_json_bombs_and_junk_are_refused(mini_app: App, tmp_path: Path) -> None:
    deep = _write(tmp_path, "deep.json", b'{"a":' + b"[" * 50_000 + b"]" * 50_000 + b"}")
    assert _check_and_import(mini_app, deep)[0].startswith("malformed: nested deeper")
    huge = _write(tmp_path, "huge.json", b'{"a":"' + b"x" * 2_000_000 + b'"}')
    assert _check_and_import(mini_app, huge)[0].startswith("malformed: larger than")
    junk = _write(tmp_path, "junk.txt", b"hello")
    assert _check_and_import(mini_app, junk)[0].startswith("malformed: not a certificate")


def test_pdf_refusals(mini_app: App, issued: dict[str, Any], tmp_path: Path) -> None:
    good = build_pdf({"certificate.json": json.dumps(issued["credential"]).encode()})
    truncated = _write(tmp_path, "truncated.pdf", good[: len(good) // 2])
    assert _check_and_import(mini_app, truncated)[0] == "malformed: PDF is truncated (no end-of-file marker)"
    bare = _write(tmp_path, "bare.pdf", build_pdf({}))
    assert (
        _check_and_import(mini_app, bare)[0]
        == "malformed: the PDF has no certificate attached (certificate.json)"
    )
    bomb = _write(tmp_path, "bomb.pdf", build_pdf({"certificate.json": b" " * 30_000_000}))
    assert "larger than" in _check_and_import(mini_app, bomb)[0]
    token = issued["token"]
    other_token = (
        token[:-6] + ("AAAA" if token[-6:-2] != "AAAA" else "BBBB") + token[-2:]
    )  # one signature changed
    mismatched = _write(
        tmp_path,
        "mismatched.pdf",
        build_pdf(
            {
                "certificate.json": json.dumps(issued["credential"]).encode(),
                "certificate-token.txt": other_token.encode(),
            }
        ),
    )
    assert _check_and_import(mini_app, mismatched)[0] == "QR token: bad signature"
    someone, _ = mini_app.learners.create("Ana Pérez", "case_worker")
    complete_worker_track(mini_app, someone.id)
    theirs = earned_certificate(mini_app, someone.id)
    assert theirs is not None
    their_token = mini_app.certificate_files.document(theirs.id).token or ""
    swapped = _write(
        tmp_path,
        "swapped-token.pdf",
        build_pdf(
            {
                "certificate.json": json.dumps(issued["credential"]).encode(),
                "certificate-token.txt": their_token.encode(),
            }
        ),
    )
    assert _check_and_import(mini_app, swapped)[0] == "the QR token does not match the attached credential"


def test_intact_files_verify_and_import_once(mini_app: App, issued: dict[str, Any], tmp_path: Path) -> None:
    pretty = _write(
        tmp_path, "pretty.json", json.dumps(issued["credential"], indent=4, ensure_ascii=False).encode()
    )
    pdf = _write(
        tmp_path,
        "certificate.pdf",
        build_pdf(
            {
                "certificate.json": json.dumps(issued["credential"]).encode(),
                "certificate-token.txt": issued["token"].encode(),
            },
            packed=True,
        ),
    )
    reports = mini_app.certificate_checks.verify_paths([tmp_path])
    assert [(Path(r.source).name, r.valid, r.reason) for r in reports] == [
        ("certificate.pdf", True, ""),
        ("pretty.json", True, ""),
    ]
    report = reports[0]
    assert (report.learner_name, report.track_id, report.issued_on.isoformat(), report.score) == (
        "Grace Okello",
        "worker",
        "2026-01-05",
        "90",
    )
    assert report.issuer_trusted
    assert report.issuer_label == "This installation"
    assert report.issuer_fingerprint == mini_app.trust.device_key().fingerprint
    results = mini_app.certificate_checks.import_paths([pretty, pdf])
    assert [r.status for r in results] == [ImportStatus.ALREADY_STORED, ImportStatus.ALREADY_STORED]
    assert len(mini_app.certificates.list()) == 1


def test_a_different_credential_under_a_stored_id_is_refused(
    mini_app: App, issued: dict[str, Any], tmp_path: Path
) -> None:
    key = mini_app.trust.device_key()
    unsigned = {k: v for k, v in issued["credential"].items() if k != "proof"}
    unsigned["name"] = "Worker track (renamed)"
    resigned = sign(unsigned, key, key.verification_method, datetime(2026, 1, 6, tzinfo=UTC))
    [result] = mini_app.certificate_checks.import_paths(
        [_write(tmp_path, "same-id.json", json.dumps(resigned).encode())]
    )
    assert result.status is ImportStatus.REJECTED
    assert result.reason == "a different certificate with the same id is already stored"


def test_tokens_verify_on_their_own_and_one_changed_character_breaks_them(
    mini_app: App, issued: dict[str, Any]
) -> None:
    token = issued["token"]
    report = mini_app.certificate_checks.verify_token(token)
    assert report.valid
    assert report.learner_name == "Grace Okello"
    assert report.track_title == "Worker track"
    assert report.certificate_id == issued["id"]
    assert report.score == "90"
    for index in (5, len(token) // 2, len(token) - 3):
        changed = token[:index] + ("A" if token[index] != "A" else "B") + token[index + 1 :]
        assert not mini_app.certificate_checks.verify_token(changed).valid
    stranger = DeviceKey.from_private_bytes(bytes(32))
    claims = TokenClaims(issued["id"], "Grace Okello", "Worker track", date(2026, 1, 5), "90", stranger.did)
    outcome = mini_app.certificate_checks.verify_token(make_token(claims, stranger))
    assert (outcome.valid, outcome.reason, outcome.issuer_trusted) == (False, "unknown key", False)
    result = mini_app.certificate_checks.checker.import_report(
        mini_app.certificate_checks.verify_token(token)
    )
    assert result.status is ImportStatus.REJECTED
    assert "token alone cannot be imported" in result.reason
    mini_app.revocation.revoke(issued["id"], "Duplicate")
    assert mini_app.certificate_checks.verify_token(token).reason == "revoked on 2026-01-05: Duplicate"
