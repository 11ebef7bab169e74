"""`records pending` and `records discard` from the command line: what an untrusted key kept aside, per key,
dropped for good (trusting the key afterwards brings nothing back); `trust add` releases the rest at once."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import MINI_PACK
from trainer_app.__main__ import main
from trainer_app.core.app import open_app


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def bundle(tmp_path: Path, clock: Any) -> tuple[Path, str]:
    """A bundle from a field laptop nobody trusts yet: one learner and her progress."""
    field = open_app(data_dir=str(tmp_path / "field"), clock=clock, bundled_root=MINI_PACK)
    learner, _ = field.learners.create("Grace Okello", "case_worker", "Riverside agency")
    field.progress.record_guide(learner.id, "mini-pack", "basics-guide", 0.5, False, 20)
    field.records.export(tmp_path / "field.zip")
    fingerprint = field.trust.device_key().fingerprint
    field.close()
    return tmp_path / "field.zip", fingerprint


def learners(capsys: pytest.CaptureFixture[str], home: str) -> set[str]:
    _code, out, _ = run(capsys, "--data-dir", home, "learner", "list", "--format", "json")
    return {row["name"] for row in json.loads(out)}


def test_pending_lists_per_key_and_discard_drops_it_for_good(
    capsys: pytest.CaptureFixture[str], bundle: tuple[Path, str], tmp_path: Path
) -> None:
    path, fingerprint = bundle
    centre = str(tmp_path / "centre")
    assert run(capsys, "--data-dir", centre, "records", "import", str(path), "--no-receipt")[0] == 0
    code, out, _ = run(capsys, "--data-dir", centre, "records", "pending", "--format", "json")
    [entry] = json.loads(out)
    assert code == 0
    assert entry["fingerprint"] == fingerprint
    assert entry["label"] == ""
    assert entry["kinds"] == {"learners": 1, "progress": 1, "session_log": 1}
    assert entry["bytes"] > 100
    code, out, _ = run(capsys, "--data-dir", centre, "records", "pending")
    assert code == 0
    assert fingerprint in out
    assert "1 learners, 1 progress, 1 session log" in out

    code, out, _ = run(capsys, "--data-dir", centre, "records", "discard", entry["fingerprint"])
    assert code == 0
    assert "Discarded 3 record(s)" in out
    code, out, _ = run(capsys, "--data-dir", centre, "records", "pending", "--format", "json")
    assert json.loads(out) == []
    assert run(capsys, "--data-dir", centre, "trust", "add", fingerprint, "--label", "Field laptop")[0] == 0
    assert learners(capsys, centre) == set()  # discarded stays discarded

    code, _out, err = run(capsys, "--data-dir", centre, "records", "discard", fingerprint)
    assert code == 1
    assert "Nothing is kept aside" in err
    code, _out, err = run(capsys, "--data-dir", centre, "records", "discard", "not-a-key")
    assert code == 1
    assert "not a key fingerprint" in err


def test_trust_add_releases_at_once(
    capsys: pytest.CaptureFixture[str], bundle: tuple[Path, str], tmp_path: Path
) -> None:
    path, fingerprint = bundle
    centre = str(tmp_path / "centre")
    run(capsys, "--data-dir", centre, "records", "import", str(path), "--no-receipt")
    assert learners(capsys, centre) == set()
    assert run(capsys, "--data-dir", centre, "trust", "add", fingerprint, "--label", "Field laptop")[0] == 0
    assert learners(capsys, centre) == {"Grace Okello"}
