"""`cpims-trainer certificate verify --format json` gives each reason's code and parameters beside its English
words; the text output keeps its words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_certificate_cli import exported_json, learner_with_completed_track, run
from tests.conftest import MINI_PACK
from trainer_app.core.app import open_app


@pytest.fixture(autouse=True)
def _mini_pack_is_bundled(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("trainer_app.core.app.bundled_pack_root", lambda: MINI_PACK)


def test_json_output_carries_the_code_and_params_of_each_reason(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    home = tmp_path / "data"
    learner_with_completed_track(home)
    good = exported_json(home, tmp_path / "good.json")
    tampered = json.loads(good.read_text())
    tampered["credentialSubject"]["result"][0]["value"] = "100"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(tampered))
    duplicated = tmp_path / "dup.json"
    duplicated.write_text('{"id": 1, "id": 2}')
    code, out, _ = run(
        capsys, home, "certificate", "verify", "--format", "json", str(good), str(bad), str(duplicated)
    )
    assert code == 1
    rows = [(r["valid"], r["reason"], r["code"], r["params"]) for r in json.loads(out)]
    assert rows == [
        (True, "", "", {}),
        (False, "bad signature", "verify.bad_signature", {}),
        (False, "malformed: duplicate key 'id'", "json.duplicate_key", {"key": "id"}),
    ]
    app = open_app(data_dir=str(home))
    try:
        [certificate] = app.certificates.list()
        app.revocation.revoke(certificate.id, "Issued twice")
        day = app.certificates.get(certificate.id).revoked_at.date().isoformat()
    finally:
        app.close()
    code, out, _ = run(capsys, home, "certificate", "verify", str(good))
    assert f"{good}: INVALID: revoked on {day}: Issued twice" in out
    code, out, _ = run(capsys, home, "certificate", "verify", "--format", "json", str(good))
    [row] = json.loads(out)
    assert (row["code"], row["params"]) == (
        "verify.revoked_on_reason",
        {"date": day, "reason": "Issued twice"},
    )
