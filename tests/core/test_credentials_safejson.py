"""Untrusted credential JSON: size, depth, duplicate keys, numbers and encodings are capped with clear reasons."""

from __future__ import annotations

import pytest

from trainer_app.core.common.errors import CredentialError
from trainer_app.core.credentials.safejson import MAX_CREDENTIAL_BYTES, parse_credential_json


def test_plain_object_parses() -> None:
    assert parse_credential_json(b'\xef\xbb\xbf{"a": [1, 2.5, "x", null, true]}') == {
        "a": [1, 2.5, "x", None, True]
    }


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"{" + b" " * MAX_CREDENTIAL_BYTES + b"}", "malformed: larger than"),
        (b"[" * 1_000_000, "malformed: nested deeper than 32 levels"),
        (b'{"a":' * 50_000 + b"1" + b"}" * 50_000, "malformed: nested deeper than 32 levels"),
        (b'{"a":' * 33 + b"1" + b"}" * 33, "malformed: nested deeper than 32 levels"),
        (b'{"a": 1, "a": 2}', "malformed: duplicate key 'a'"),
        (b'{"a": NaN}', "malformed: NaN is not allowed"),
        (b'{"a": 1e999}', "malformed: number out of range"),
        (b'{"a": ' + b"9" * 5000 + b"}", "malformed: number too long"),
        (b'{"a": "\xff"}', "malformed: not UTF-8 text"),
        (b'{"a": "b"', "malformed: not valid JSON"),
        (b'["not", "an", "object"]', "malformed: a credential is a JSON object"),
        (b"", "malformed: not valid JSON"),
    ],
)
def test_refusals(data: bytes, reason: str) -> None:
    with pytest.raises(CredentialError) as caught:
        parse_credential_json(data)
    assert str(caught.value).startswith(reason)


def test_depth_limit_is_inclusive() -> None:
    assert parse_credential_json(b'{"a":' * 31 + b"[]" + b"}" * 31)
