"""The faster paths of a records import give the same answers as the general ones: a QR token checked against
the credential's facts, and a bundle member read from what its hash check kept or inflated a second time."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from tests.conftest import earned_certificate
from tests.core.records_fixtures import laptop, signed_bundle, train_worker
from tests.core.test_credentials_token import CLAIMS, FACTS, KEY
from trainer_app.core.common.errors import ExchangeError
from trainer_app.core.credentials.keys import DeviceKey
from trainer_app.core.credentials.token import TokenClaims, make_token, token_carries, verify_token
from trainer_app.core.exchange import bundle
from trainer_app.core.exchange.record_format import MEMBERS, QUIZ_ATTEMPTS

OWN = KEY.public.public_key


def _verify_token_says(token: str, claims: TokenClaims) -> bool:
    outcome = verify_token(token, lambda did: OWN if did == KEY.did else None)
    return outcome.valid and outcome.claims == claims


def test_an_intact_token_of_the_credentials_facts_is_carried() -> None:
    token = make_token(CLAIMS, KEY)
    assert token_carries(token, CLAIMS, OWN)
    assert _verify_token_says(token, CLAIMS)


def test_a_token_with_any_character_changed_is_refused_as_verify_token_refuses_it() -> None:
    token = make_token(CLAIMS, KEY)
    for index in range(len(token)):
        for swap in ("A", "-", "."):
            if token[index] == swap:
                continue
            changed = token[:index] + swap + token[index + 1 :]
            assert token_carries(changed, CLAIMS, OWN) is False
            assert _verify_token_says(changed, CLAIMS) is False


def test_a_token_of_other_facts_or_another_key_is_refused() -> None:
    other_claims = TokenClaims.from_facts(dataclasses.replace(FACTS, learner_name="Someone Else"), KEY.did)
    assert token_carries(make_token(other_claims, KEY), CLAIMS, OWN) is False
    stranger = DeviceKey.from_private_bytes(bytes(range(1, 33)))
    theirs = TokenClaims.from_facts(FACTS, stranger.did)
    token = make_token(theirs, stranger)
    assert token_carries(token, CLAIMS, OWN) is False
    assert token_carries(token, theirs, OWN) is False  # signed by another key than the one named
    assert token_carries(token, theirs, stranger.public.public_key)


@pytest.fixture
def records_bundle(tmp_path: Path, clock: Any) -> Path:
    """A field laptop's bundle: a learner who finished the worker track and holds a certificate."""
    field = laptop(tmp_path, "field", clock)
    grace, _ = field.learners.create("Grace Okello", "case_worker", "Riverside agency", "Riverside office")
    train_worker(field, grace.id)
    earned_certificate(field, grace.id)
    path = tmp_path / "field.zip"
    field.records.export(path)
    (tmp_path / "field.key").write_bytes(field.trust.device_key().public.public_key)
    field.close()
    return path


def _tokens(app: Any) -> list[str | None]:
    with app.db.transaction() as conn:
        return [row[0] for row in conn.execute(text("SELECT qr_token FROM certificate"))]


def test_an_imported_certificate_keeps_its_intact_qr_token(
    records_bundle: Path, tmp_path: Path, clock: Any
) -> None:
    centre = laptop(tmp_path, "centre", clock)
    centre.trust.trust_key((tmp_path / "field.key").read_bytes(), "Field laptop")
    centre.records.import_bundle(records_bundle)
    tokens = _tokens(centre)
    centre.close()
    assert len(tokens) == 1
    assert tokens[0] is not None
    assert tokens[0].startswith("TC1.")


def _rows(path: Path) -> dict[str, list[Any]]:
    with bundle.BundleReader(path) as reader:
        return {member.name: list(reader.rows(member)) for member in MEMBERS}


def test_a_member_reads_the_same_whether_kept_from_its_hash_check_or_inflated_again(
    records_bundle: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = _rows(records_bundle)
    monkeypatch.setattr(bundle, "MAX_HELD_BYTES", 0)
    again = _rows(records_bundle)
    assert kept == again
    assert sum(len(rows) for rows in kept.values()) > 0


ATTEMPT = ["33333333-3333-4333-8333-333333333333", "11111111-1111-4111-8111-111111111111", "mini-pack",
           "basics-quiz", "basics", 7, "[]", 0.8, "1.0.0", "2026-01-05T09:00:00+00:00", None, None, None, 3.0]  # fmt: skip


def _read_attempts(tmp_path: Path, rows: list[bytes]) -> list[Any]:
    header = json.dumps({"columns": list(QUIZ_ATTEMPTS.names)}).encode()
    path = signed_bundle(
        tmp_path / "crafted.zip", KEY, {QUIZ_ATTEMPTS.name: b"\n".join([header, *rows]) + b"\n"}
    )
    with bundle.BundleReader(path) as reader:
        return list(reader.rows(QUIZ_ATTEMPTS))


def test_a_plain_row_reads_as_before(tmp_path: Path) -> None:
    (row,) = _read_attempts(tmp_path, [json.dumps(ATTEMPT).encode()])
    assert type(row[5]) is int
    assert row[5] == 7
    assert row[0] == ATTEMPT[0]


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (b"18446744073709551616", "seed"),  # an integer past 64 bits stays an integer: refused by its range
        (b"NaN", "wrong type"),  # json reads NaN, orjson refuses it: the line is read by json, as before
    ],
)
def test_values_orjson_reads_otherwise_are_refused_as_json_reads_them(
    tmp_path: Path, value: bytes, reason: str
) -> None:
    good = json.dumps(ATTEMPT).encode()
    bad = json.dumps([*ATTEMPT[:5], 0, *ATTEMPT[6:]]).encode().replace(b", 0, ", b", " + value + b", ", 1)
    with pytest.raises(ExchangeError, match=reason) as caught:
        _read_attempts(tmp_path, [good, bad])
    assert "line 3" in str(caught.value)


def test_times_are_stored_in_the_same_text_whichever_way_they_are_converted() -> None:
    from datetime import UTC, datetime, timedelta, timezone

    from trainer_app.core.storage.records_repo import _sqlite_time, _sqlite_times

    times = [
        None,
        datetime(2026, 1, 5, 9, 0, 1, tzinfo=UTC),
        datetime(2026, 1, 5, 9, 0, 1, 250000, tzinfo=UTC),
        datetime(2026, 1, 5, 9, 0, 1),  # naive: UTC already
        datetime(2026, 1, 5, 12, 0, 1, tzinfo=timezone(timedelta(hours=3))),
    ]
    assert _sqlite_times(times) == [_sqlite_time(t) for t in times]
    assert _sqlite_times(times)[4] == "2026-01-05 09:00:01.000000"
