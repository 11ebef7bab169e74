"""Hostile records bundles cost nothing: lines are bounded and streamed, nesting cannot blow the stack, and a
value out of its range refuses the whole bundle, naming the record and the field, before anything counts."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

from tests.core.records_fixtures import count, dump, jsonl, laptop, signed_bundle
from trainer_app.core.common.errors import ExchangeError
from trainer_app.core.credentials.encoding import b64url_encode, canonical_json
from trainer_app.core.credentials.keys import DeviceKey
from trainer_app.core.exchange.record_format import (
    LEARNERS,
    PROGRESS,
    QUIZ_ANSWERS,
    QUIZ_ATTEMPTS,
    SESSION_LOG,
)

ROOT = Path(__file__).resolve().parents[2]
KEY = DeviceKey.from_private_bytes(bytes(range(32)))
LEARNER_ID = "11111111-1111-4111-8111-111111111111"
WHEN = "2026-01-05T09:00:00+00:00"
MIB = 1024 * 1024


def learner(**change: Any) -> list[Any]:
    row = dict(
        zip(
            LEARNERS.names,
            [
                LEARNER_ID,
                "Test Learner",
                ["case_worker"],
                "Riverside agency",
                "North",
                "en",
                False,
                WHEN,
                WHEN,
                "local",
            ],
            strict=True,
        )
    )
    row.update(change)
    return list(row.values())


def progress(**change: Any) -> list[Any]:
    row = dict(
        zip(
            PROGRESS.names,
            [
                LEARNER_ID,
                "mini-pack",
                "basics-guide",
                "in_progress",
                0.5,
                30.0,
                WHEN,
                None,
                "",
                "1.0.0",
                "",
                WHEN,
            ],
            strict=True,
        )
    )
    row.update(change)
    return list(row.values())


@pytest.fixture
def centre(tmp_path: Path, clock: Any):  # type: ignore[no-untyped-def]
    app = laptop(tmp_path, "centre", clock)
    app.trust.trust_key(KEY.public.public_key, "Field laptop")
    yield app
    app.close()


def refused(app: Any, path: Path, *says: str) -> str:
    before = dump(app)
    with pytest.raises(ExchangeError) as caught:
        app.records.import_bundle(path)
    assert dump(app) == before
    assert count(app, "import_log") == 0
    for part in says:
        assert part in str(caught.value), str(caught.value)
    return str(caught.value)


@pytest.mark.parametrize(
    ("member", "row", "field", "says"),
    [
        (PROGRESS, progress(progress=1.5), "progress", "between 0 and 1"),
        (PROGRESS, progress(progress=-0.25), "progress", "between 0 and 1"),
        (PROGRESS, progress(seconds_spent=-1.0), "seconds_spent", "between 0"),
        (PROGRESS, progress(seconds_spent=1e15), "seconds_spent", "between 0"),
        (PROGRESS, progress(updated_at="1815-06-18T09:00:00+00:00"), "updated_at", "between 2000"),
        (PROGRESS, progress(completed_at="2999-01-01T00:00:00+00:00"), "completed_at", "between 2000"),
        (LEARNERS, learner(display_name="Ana \u202egnp.exe"), "display_name", "direction"),
        (LEARNERS, learner(agency="Safe\u2066 Homes"), "agency", "direction"),
        (LEARNERS, learner(site="North\u202a"), "site", "direction"),
    ],
)
def test_one_value_out_of_range_refuses_the_whole_bundle(
    centre: Any, tmp_path: Path, member: Any, row: list[Any], field: str, says: str
) -> None:
    members = {LEARNERS.name: jsonl(list(LEARNERS.names), [learner()] if member is not LEARNERS else [row])}
    if member is PROGRESS:
        members[PROGRESS.name] = jsonl(list(PROGRESS.names), [progress(activity_id="follow-up-guide"), row])
    path = signed_bundle(tmp_path / "bad.zip", KEY, members)
    line = "line 3" if member is PROGRESS else "line 2"
    refused(centre, path, member.name, line, f"'{field}'", says)


def test_the_record_is_named_by_its_key(centre: Any, tmp_path: Path) -> None:
    members = {
        LEARNERS.name: jsonl(list(LEARNERS.names), [learner()]),
        PROGRESS.name: jsonl(list(PROGRESS.names), [progress(progress=7.0)]),
    }
    message = refused(centre, signed_bundle(tmp_path / "bad.zip", KEY, members))
    assert "basics-guide" in message
    assert LEARNER_ID in message


def test_scores_points_and_seeds_stay_within_their_scale(centre: Any, tmp_path: Path) -> None:
    attempt = dict(
        zip(
            QUIZ_ATTEMPTS.names,
            [
                "a" * 8,
                LEARNER_ID,
                "mini-pack",
                "basics-quiz",
                "bank",
                7,
                "[]",
                0.8,
                "1.0.0",
                WHEN,
                WHEN,
                1.0,
                True,
                30.0,
            ],
            strict=True,
        )
    )
    answer = dict(zip(QUIZ_ANSWERS.names, ["a" * 8, "q1", "1", 1.0, 1.0, True, WHEN], strict=True))
    cases = [
        ({"score": 3.5}, {}, "'score'"),
        ({"pass_mark": -1.0}, {}, "'pass_mark'"),
        ({"seed": 10**30}, {}, "'seed'"),
        ({}, {"points_earned": -2.0}, "'points_earned'"),
        ({}, {"points_earned": 5.0, "points_possible": 1.0}, "'points_earned'"),
    ]
    for number, (attempt_change, answer_change, field) in enumerate(cases):
        members = {
            LEARNERS.name: jsonl(list(LEARNERS.names), [learner()]),
            QUIZ_ATTEMPTS.name: jsonl(
                list(QUIZ_ATTEMPTS.names), [list({**attempt, **attempt_change}.values())]
            ),
            QUIZ_ANSWERS.name: jsonl(list(QUIZ_ANSWERS.names), [list({**answer, **answer_change}.values())]),
        }
        refused(centre, signed_bundle(tmp_path / f"bad{number}.zip", KEY, members), field)


def test_session_seconds_are_bounded(centre: Any, tmp_path: Path) -> None:
    row = ["s" * 8, LEARNER_ID, "mini-pack", "basics-guide", "progressed", WHEN, -5.0, "{}"]
    members = {
        LEARNERS.name: jsonl(list(LEARNERS.names), [learner()]),
        SESSION_LOG.name: jsonl(list(SESSION_LOG.names), [row]),
    }
    refused(centre, signed_bundle(tmp_path / "bad.zip", KEY, members), "'seconds'")


def test_a_name_that_merely_starts_with_a_dash_is_kept_as_typed(centre: Any, tmp_path: Path) -> None:
    members = {LEARNERS.name: jsonl(list(LEARNERS.names), [learner(display_name="-Ana =Moss")])}
    centre.records.import_bundle(signed_bundle(tmp_path / "ok.zip", KEY, members))
    assert centre.db.scalar("SELECT display_name FROM learner") == "-Ana =Moss"


def test_json_nested_thousands_deep_is_refused_not_a_recursion_error(centre: Any, tmp_path: Path) -> None:
    header = jsonl(list(LEARNERS.names), [])
    members = {LEARNERS.name: header + b"[" * 200_000 + b"]" * 200_000 + b"\n"}
    refused(centre, signed_bundle(tmp_path / "deep.zip", KEY, members), "learners.jsonl line 2")


def giant_line_bundle(path: Path, line_bytes: int) -> Path:
    """A properly signed bundle whose learners member is one enormous line, written without holding it."""
    header = jsonl(list(LEARNERS.names), [])
    digest, size, chunk = hashlib.sha256(header), len(header), b"a" * MIB
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        with archive.open(LEARNERS.name, "w", force_zip64=True) as member:
            member.write(header + b'["')
            digest.update(b'["')
            size += 2
            for _ in range(line_bytes // MIB):
                member.write(chunk)
                digest.update(chunk)
                size += len(chunk)
        body: dict[str, Any] = {
            "format": "cpims-trainer-records",
            "format_version": 1,
            "bundle_id": "g" * 8,
            "created_at": "2026-01-05",
            "installation_id": "i" * 8,
            "app_version": "0",
            "since": None,
            "time_range": {"from": None, "to": None},
            "counts": {},
            "key": {"fingerprint": KEY.fingerprint, "public_key": KEY.public.multibase, "did": KEY.did},
            "members": {LEARNERS.name: {"sha256": digest.hexdigest(), "bytes": size, "rows": 1}},
        }
        data = canonical_json(body)
        archive.writestr("manifest.json", data)
        archive.writestr("manifest.sig", b64url_encode(KEY.sign(data)))
    return path


_IMPORT_IN_CHILD = """
import resource, sys
from pathlib import Path
from tests.conftest import MINI_PACK
from trainer_app.core.app import open_app
from trainer_app.core.common.errors import ExchangeError
app = open_app(data_dir=sys.argv[1], bundled_root=MINI_PACK)
try:
    app.records.import_bundle(Path(sys.argv[2]))
    print("IMPORTED")
except ExchangeError as error:
    print("REFUSED", error)
app.close()
print("PEAK_KIB", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def peak_of_import(tmp_path: Path, bundle: Path) -> tuple[str, float]:
    """Import in a fresh process; its own peak resident memory (MiB) and what it printed."""
    done = subprocess.run(
        [sys.executable, "-c", _IMPORT_IN_CHILD, str(tmp_path / "child-data"), str(bundle)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    peak = int(done.stdout.split("PEAK_KIB")[1].strip()) / 1024
    return done.stdout, peak


def test_a_giant_jsonl_line_is_refused_in_bounded_memory(tmp_path: Path) -> None:
    bundle = giant_line_bundle(tmp_path / "giant.zip", 512 * MIB)
    assert bundle.stat().st_size < 2 * MIB  # a small file on the stick...
    output, peak = peak_of_import(tmp_path, bundle)
    assert "REFUSED" in output, output
    assert "learners.jsonl line 2" in output, output
    assert "too long" in output, output
    assert peak < 500, f"importing the giant-line bundle peaked at {peak:.0f} MiB"
    print(f"giant-line bundle import: peak {peak:.0f} MiB")  # noqa: T201 (the measured peak, for the run's log)
