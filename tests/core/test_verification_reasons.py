"""Why a certificate check failed is a code and its parameters (the window translates it), with the same English
words as before for the CLI: one test per failure kind, through the real verifier and the real checker."""

from __future__ import annotations

import copy
import dataclasses
import json
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import MINI_PACK
from tests.core.test_credentials_openbadge import FACTS
from tests.core.test_credentials_token import KEY
from trainer_app.core.app import App, open_app
from trainer_app.core.common.coded import CodedReason
from trainer_app.core.common.error_catalog import CATALOG
from trainer_app.core.common.errors import ExchangeError, StorageError, TrainerError, ValidationError
from trainer_app.core.credentials.keys import DeviceKey
from trainer_app.core.credentials.openbadge import issue, verify_credential_json
from trainer_app.core.credentials.token import TokenClaims, make_token, verify_token
from trainer_app.core.exchange.lrs_client import HttpResponse, LrsClient, LrsConfig, Queued, deliver
from trainer_app.core.rules.subtitles import parse_webvtt
from trainer_app.core.services.certificate_import import ImportStatus

STRANGER = DeviceKey.from_private_bytes(bytes(32))


def _bytes(document: dict[str, Any]) -> bytes:
    return json.dumps(document).encode()


def test_a_changed_value_is_a_bad_signature() -> None:
    credential = issue(FACTS, KEY)
    tampered = copy.deepcopy(credential)
    tampered["credentialSubject"]["identifier"][0]["identityHash"] = "Someone Else"
    outcome = verify_credential_json(_bytes(tampered), [KEY.public.public_key])
    assert outcome.problem == CodedReason.of("verify.bad_signature")
    assert outcome.reason == "bad signature"  # the CLI's words are unchanged
    assert not outcome.intact


def test_an_intact_certificate_from_an_unknown_key_keeps_its_facts() -> None:
    outcome = verify_credential_json(_bytes(issue(FACTS, KEY)), [STRANGER.public.public_key])
    assert outcome.problem == CodedReason.of("credential.unknown_key")
    assert (outcome.valid, outcome.intact, outcome.reason) == (False, True, "unknown key")
    assert outcome.facts is not None
    assert outcome.facts.learner_name == "Test Learner"


def test_a_valid_certificate_has_no_problem() -> None:
    outcome = verify_credential_json(_bytes(issue(FACTS, KEY)), [KEY.public.public_key])
    assert (outcome.valid, outcome.problem, outcome.code, outcome.reason) == (True, None, "", "")


@pytest.mark.parametrize(
    ("data", "code", "params"),
    [
        (b'{"id": 1, "id": 2}', "json.duplicate_key", {"key": "id"}),
        (b'{"score": NaN}', "json.constant_not_allowed", {"name": "NaN"}),
        (b"[1, 2]", "credential.malformed_not_object", {}),
        (b"\xff\xfe{}", "json.malformed_utf_text", {}),
        (b'{"a": ' + b"9" * 60 + b"}", "json.number_too_long", {}),
    ],
)
def test_malformed_json_reuses_the_parsers_own_code_and_params(
    data: bytes, code: str, params: dict[str, Any]
) -> None:
    outcome = verify_credential_json(data, [KEY.public.public_key])
    assert outcome.problem is not None
    assert (outcome.code, outcome.problem.mapping) == (code, params)
    assert outcome.reason.startswith("malformed: ")


def test_broken_json_names_the_line_as_before() -> None:
    outcome = verify_credential_json(b'{"id": ', [KEY.public.public_key])
    assert outcome.code == "json.malformed_valid_json_line"
    assert outcome.problem is not None
    assert outcome.problem.mapping["lineno"] == 1


def test_tokens_have_the_same_codes() -> None:
    claims = TokenClaims(
        FACTS.credential_id, "Test Learner", "Case worker track", date(2026, 1, 5), "85.5", KEY.did
    )
    token = make_token(claims, KEY)
    assert verify_token(token, lambda _did: KEY.public.public_key).problem is None
    assert verify_token(token, lambda _did: None).code == "credential.unknown_key"
    assert verify_token(token, lambda _did: STRANGER.public.public_key).code == "verify.token_key_differs"
    prefix, _payload, signature = token.split(".")
    other_payload = make_token(dataclasses.replace(claims, learner_name="Other"), KEY).split(".")[1]
    mixed = f"{prefix}.{other_payload}.{signature}"  # another learner's name under this signature
    assert verify_token(mixed, lambda _did: KEY.public.public_key).code == "verify.bad_signature"
    assert verify_token("TC2.x.y", lambda _did: None).code == "token.malformed_token_form_claims"


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_the_checker_reports_codes_for_files(mini_app: App, issued: dict[str, Any], tmp_path: Path) -> None:
    tampered = copy.deepcopy(issued["credential"])
    tampered["credentialSubject"]["identifier"][0]["identityHash"] = "Someone Else"
    files = [
        _write(tmp_path, "changed.json", _bytes(tampered)),
        _write(tmp_path, "note.txt", b"hello, not a certificate"),
        _write(tmp_path, "broken.json", b'{"id": '),
    ]
    reports = mini_app.certificate_checks.verify_paths(files)
    assert [r.code for r in reports] == [
        "verify.bad_signature",
        "certificate.malformed_certificate_expected_pdf",
        "json.malformed_valid_json_line",
    ]
    assert [r.reason for r in reports][:2] == [
        "bad signature",
        "malformed: not a certificate (expected a PDF, a JSON credential or a TC1 token)",
    ]
    rejected = mini_app.certificate_checks.import_paths(files)
    assert {r.status for r in rejected} == {ImportStatus.REJECTED}
    assert [r.problem for r in rejected] == [r.problem for r in reports]
    missing = mini_app.certificate_checks.import_paths([tmp_path / "missing.pdf"])[0]
    assert missing.problem is not None
    assert missing.problem.code == "certificate.read_file"


def test_a_revoked_certificate_says_when_and_why_by_code(mini_app: App, issued: dict[str, Any]) -> None:
    mini_app.revocation.revoke(issued["id"], "Duplicate")
    report = mini_app.certificate_checks.verify_token(issued["token"])
    assert report.problem == CodedReason.of(
        "verify.revoked_on_reason", date=date(2026, 1, 5), reason="Duplicate"
    )
    assert report.reason == "revoked on 2026-01-05: Duplicate"
    assert report.problem.to_json() == {
        "code": "verify.revoked_on_reason",
        "params": {"date": "2026-01-05", "reason": "Duplicate"},
    }


def test_a_token_alone_is_refused_with_a_code(mini_app: App, issued: dict[str, Any]) -> None:
    checker = mini_app.certificate_checks.checker
    result = checker.import_report(mini_app.certificate_checks.verify_token(issued["token"]))
    assert result.problem == CodedReason.of("verify.token_not_importable")
    assert "token alone cannot be imported" in result.reason


def test_a_nested_reason_keeps_its_inner_code_and_words() -> None:
    inner = CodedReason.of("verify.bad_signature")
    outer = CodedReason.of("verify.token_problem", reason=inner)
    assert outer.text == "QR token: bad signature"
    error = outer.error()
    assert (error.code, error.params["reason"].code, str(error)) == (
        "verify.token_problem",
        "verify.bad_signature",
        "QR token: bad signature",
    )
    assert outer.to_json() == {
        "code": "verify.token_problem",
        "params": {"reason": {"code": "verify.bad_signature", "params": {}}},
    }
    wrapped = CodedReason.of_error(TrainerError("status_list.status_list", reason=inner.error()))
    assert wrapped.mapping["reason"] == inner


def test_subtitle_problems_are_coded_with_file_and_line() -> None:
    text = "WEBVTT\n\n00:01 --> 00:02\na\n\n00:09.000 --> 00:03.000\nb\n"
    with pytest.raises(ValidationError) as caught:
        parse_webvtt(text, "x.vtt")
    first = caught.value.params["first"]
    assert isinstance(first, TrainerError)
    assert (first.code, first.params) == (
        "video.vtt_malformed_timing",
        {"source": "x.vtt", "line": 3, "timing": "00:01 --> 00:02"},
    )
    assert str(caught.value) == "x.vtt:3: malformed cue timing '00:01 --> 00:02'"
    with pytest.raises(ValidationError) as missing:
        parse_webvtt("SRT\n", "y.vtt")
    assert missing.value.params["first"].code == "video.vtt_must_start"


def test_lrs_answers_are_coded_and_read_as_before() -> None:
    def answer(status: int, body: bytes) -> list[CodedReason | None]:
        client = LrsClient(LrsConfig("https://lrs.invalid/xapi/"), lambda *_args: HttpResponse(status, body))
        deliveries, _usable = deliver(client, [Queued("s-1", "{}")])
        return [d.problem for d in deliveries]

    [refused] = answer(401, b'{"message": "bad login"}')
    assert refused == CodedReason.of("lrs.http_refused_credentials_said", status=401, words="bad login")
    assert refused is not None
    assert refused.text == "HTTP 401 (the LRS refused the credentials): bad login"
    [bare] = answer(500, b"")
    assert bare == CodedReason.of("lrs.http_status", status=500)
    assert bare is not None
    assert bare.text == "HTTP 500"


def test_a_bundle_missing_its_parents_is_refused_with_a_nested_code() -> None:
    # the refusal the records import raises when the database's foreign keys refuse the merge
    inner = ExchangeError("records.bundle_lacks_parents")
    refusal = ExchangeError("records.rejected_nothing_imported", reason=inner, name="b.zip")
    assert str(refusal) == (
        "Rejected: the bundle has records of learners or quiz attempts it does not hold. Nothing from b.zip was imported."
    )
    storage = StorageError("storage.unreachable", detail="x")
    other = ExchangeError("records.rejected_nothing_imported", reason=storage, name="b.zip")
    assert CodedReason.of_error(other).mapping["reason"].code == "storage.unreachable"


def test_every_new_code_is_in_the_catalog() -> None:
    from trainer_app.core.exchange import lrs_client
    from trainer_app.core.services import certificate_import

    used = {certificate_import.UNKNOWN_KEY} | {
        code for pair in lrs_client._HTTP_CODES.values() for code in pair
    }
    assert used <= set(CATALOG)


def test_the_video_service_lists_subtitle_problems_as_codes(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(MINI_PACK, pack)
    (pack / "videos" / "clip.en.vtt").write_text("1\n00:00:01,000 --> 00:00:02,000\nan SRT file\n")
    app = open_app(data_dir=str(tmp_path / "data"), bundled_root=pack)
    try:
        info = app.videos.video(None, "mini-pack", "setup-video")
    finally:
        app.close()
    assert info.subtitles == {}
    [problem] = info.subtitle_problems
    assert problem.code == "video.subtitle_problems"
    first = problem.mapping["first"]
    assert (first.code, first.mapping) == (
        "video.vtt_must_start",
        {"source": "videos/clip.en.vtt", "line": 1},
    )
    assert problem.text == "videos/clip.en.vtt:1: the file must start with 'WEBVTT'"
