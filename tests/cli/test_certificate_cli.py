"""`cpims-trainer certificate ...` and `trust ...`: issue, list, verify (files and tokens), import (idempotent),
trust decisions, revoke, export; exit 0 only when everything checked is valid."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

from tests.conftest import MINI_PACK
from tests.core.test_certificate_service import complete_worker_track
from trainer_app.cli.main import run_cli
from trainer_app.core.app import open_app


@pytest.fixture(autouse=True)
def _mini_pack_is_bundled(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("trainer_app.core.app.bundled_pack_root", lambda: MINI_PACK)


def run(capsys: pytest.CaptureFixture[str], home: Path, *args: str) -> tuple[int, str, str]:
    code = run_cli(["--data-dir", str(home), *args])
    out, err = capsys.readouterr()
    return code, out, err


def learner_with_completed_track(home: Path, name: str = "Grace Okello") -> str:
    app = open_app(data_dir=str(home))
    try:
        learner, _ = app.learners.create(name, "case_worker", "Riverside agency")
        complete_worker_track(app, learner.id)
        return learner.id
    finally:
        app.close()


def exported_json(home: Path, out: Path) -> Path:
    app = open_app(data_dir=str(home))
    try:
        [certificate] = app.certificates.list()
        return app.certificate_files.write_json(certificate.id, out)
    finally:
        app.close()


def test_issue_list_and_verify(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    home = tmp_path / "data"
    learner_id = learner_with_completed_track(home)
    # finishing the track issued the certificate already: asking again issues nothing new
    code, out, _ = run(capsys, home, "certificate", "issue", learner_id[:8])
    assert code == 0
    assert "No new certificate" in out
    code, out, _ = run(capsys, home, "certificate", "list", "--format", "json")
    [row] = json.loads(out)
    assert (row["learner"], row["track"], row["status"], row["score"]) == (
        "Grace Okello",
        "worker",
        "valid",
        "90",
    )
    good = exported_json(home, tmp_path / "good.json")
    code, out, _ = run(capsys, home, "certificate", "verify", str(good))
    assert code == 0
    assert f"{good}: VALID" in out
    assert "learner: Grace Okello" in out
    assert "trusted here: yes (This installation)" in out
    assert "track:   Worker track (worker), pack mini-pack 1.0.0" in out
    tampered = json.loads(good.read_text())
    tampered["credentialSubject"]["result"][0]["value"] = "100"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(tampered))
    code, out, _ = run(capsys, home, "certificate", "verify", str(good), str(bad))
    assert code == 1
    assert f"{bad}: INVALID: bad signature" in out
    code, out, _ = run(capsys, home, "certificate", "verify", "--format", "json", str(bad))
    assert code == 1
    assert json.loads(out)[0]["reason"] == "bad signature"
    code, out, _ = run(capsys, home, "certificate", "verify", str(tmp_path / "missing.pdf"))
    assert code == 1
    assert "cannot read the file" in out


def test_tokens_are_verified_from_the_command_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    home = tmp_path / "data"
    learner_id = learner_with_completed_track(home)
    run(capsys, home, "certificate", "issue", learner_id)
    app = open_app(data_dir=str(home))
    try:
        token = app.certificate_files.document(app.certificates.list()[0].id).token or ""
    finally:
        app.close()
    code, out, _ = run(capsys, home, "certificate", "verify", token)
    assert code == 0
    assert "token: VALID" in out
    assert "Grace Okello" in out
    broken = token[:20] + ("x" if token[20] != "x" else "y") + token[21:]
    code, out, _ = run(capsys, home, "certificate", "verify", broken)
    assert code == 1
    assert "INVALID" in out


def test_import_trust_and_revoke(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    home, other = tmp_path / "data", tmp_path / "other"
    run(capsys, home, "trust", "list")  # creates this installation's key
    learner_id = learner_with_completed_track(other, "Amal Haddad")
    run(capsys, other, "certificate", "issue", learner_id)
    folder = tmp_path / "incoming"
    folder.mkdir()
    exported_json(other, folder / "amal.json")
    (folder / "notes.txt").write_text("not a certificate")
    code, out, _ = run(capsys, home, "certificate", "import", str(folder / "amal.json"))
    assert code == 0
    assert "imported (Amal Haddad, Worker track) (issuer not trusted here" in out
    code, out, _ = run(capsys, home, "certificate", "import", str(folder))
    assert code == 1  # the .txt file is refused; the certificate is already stored
    assert "amal.json: already stored" in out
    assert "notes.txt: rejected: malformed: not a certificate" in out
    code, out, _ = run(capsys, home, "certificate", "verify", str(folder / "amal.json"))
    assert code == 1
    assert "INVALID: unknown key" in out
    assert "trusted here: no" in out
    code, out, _ = run(capsys, home, "trust", "list", "--format", "json")
    keys = json.loads(out)
    stranger = next(k for k in keys if not k["own"])
    assert stranger["trusted"] == "no"
    assert next(k for k in keys if k["own"])["trusted"] == "yes"
    code, out, _ = run(capsys, home, "trust", "add", stranger["fingerprint"], "--label", "Hilltop centre")
    assert code == 0
    assert f"Trusted {stranger['fingerprint']} as 'Hilltop centre'." in out
    code, out, _ = run(capsys, home, "certificate", "verify", str(folder / "amal.json"))
    assert code == 0
    assert "trusted here: yes (Hilltop centre)" in out
    assert run(capsys, home, "trust", "remove", stranger["did"])[0] == 0
    code, out, _ = run(capsys, home, "trust", "add", str(folder / "amal.json"), "--label", "Hilltop again")
    assert code == 0
    assert "Hilltop again" in out
    code, _, err = run(
        capsys,
        home,
        "trust",
        "remove",
        json.loads(run(capsys, home, "trust", "list", "--format", "json")[1])[0]["fingerprint"],
    )
    assert code == 1
    assert "always trusted" in err
    code, out, _ = run(capsys, home, "certificate", "list", "--format", "json")
    [row] = json.loads(out)
    code, out, _ = run(capsys, home, "certificate", "revoke", row["id"], "--reason", "Entered twice")
    assert code == 0
    assert "Revoked" in out
    code, out, _ = run(capsys, home, "certificate", "verify", str(folder / "amal.json"))
    assert code == 1
    assert "INVALID: revoked on" in out
    assert "Entered twice" in out
    code, _, err = run(capsys, home, "certificate", "revoke", row["id"], "--reason", "again")
    assert code == 1
    assert "already revoked" in err
    assert run(capsys, home, "certificate", "revoke", "nope", "--reason", "x")[0] == 1


def test_export_writes_a_pdf_and_a_json_per_certificate(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    home = tmp_path / "data"
    learner_id = learner_with_completed_track(home)
    run(capsys, home, "certificate", "issue", learner_id)
    out_dir = tmp_path / "out"
    code, out, err = run(capsys, home, "certificate", "export", "--all", "--out", str(out_dir))
    if not _qt_available():
        assert code == 1
        assert "needs Qt" in err
        return
    assert code == 0
    assert "Wrote 1 certificate(s) and the status list" in out
    pdfs = sorted(out_dir.glob("*.pdf"))
    jsons = sorted(p for p in out_dir.glob("*.json") if p.name != "status-list.json")
    assert len(pdfs) == 1
    assert len(jsons) == 1
    assert pdfs[0].read_bytes().startswith(b"%PDF-")
    assert (out_dir / "status-list.json").is_file()
    code, out, _ = run(capsys, home, "certificate", "verify", str(pdfs[0]), str(jsons[0]))
    assert code == 0
    assert out.count("VALID") == 2
    assert out.count("status:  not revoked") == 2
    assert run(capsys, home, "certificate", "export", "--out", str(out_dir))[0] == 2  # --learner or --all


def _qt_available() -> bool:
    try:
        importlib.import_module("PySide6.QtGui")
    except ImportError:
        return False
    return True


def test_status_list_is_written_and_verify_uses_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    home = tmp_path / "data"
    learner_id = learner_with_completed_track(home)
    run(capsys, home, "certificate", "issue", learner_id)
    credential_file = exported_json(home, tmp_path / "certificate.json")
    list_file = tmp_path / "status-list.json"
    code, out, _ = run(capsys, home, "certificate", "status-list", "--out", str(list_file))
    assert code == 0
    assert list_file.is_file()
    assert "https://" in out
    code, out, _ = run(
        capsys, home, "certificate", "verify", str(credential_file), "--status-list", str(list_file)
    )
    assert code == 0
    assert "status:  not revoked" in out
    certificate_id = json.loads(credential_file.read_text(encoding="utf-8"))["id"].removeprefix("urn:uuid:")
    assert run(capsys, home, "certificate", "revoke", certificate_id, "--reason", "wrong person")[0] == 0
    assert run(capsys, home, "certificate", "status-list", "--out", str(list_file))[0] == 0
    # An installation that never saw the revocation learns it from the published list alone.
    elsewhere = tmp_path / "elsewhere"
    code, out, _ = run(
        capsys, elsewhere, "certificate", "verify", str(credential_file), "--status-list", str(list_file)
    )
    assert code == 1
    assert "status:  revoked" in out
    code, out, _ = run(
        capsys, home, "certificate", "verify", str(credential_file), "--status-list", str(list_file)
    )
    assert code == 1
    assert "INVALID: revoked" in out
    code, _, err = run(
        capsys, home, "certificate", "status-list", "--out", str(list_file), "--url", "ftp://x"
    )
    assert code == 1
    assert "https://" in err
