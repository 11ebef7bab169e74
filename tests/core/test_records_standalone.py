"""docs/records.md is enough to verify a bundle: scripts/verify_bundle.py follows only its steps (no import of
the app) and agrees with the app on an intact bundle, a changed byte, a forged classroom record and a foreign key."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

from tests.core.classroom_fixtures import basics_done, classroom_laptop
from tests.core.records_fixtures import signed_bundle
from trainer_app.core.common.clock import FakeClock
from trainer_app.core.credentials.keys import DeviceKey

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "verify_bundle.py"


def _verify(bundle: Path, *extra: str) -> tuple[int, str]:
    # Run as a stranger would: a plain interpreter, the script alone, the repository not on the path.
    done = subprocess.run(
        [sys.executable, "-I", str(SCRIPT), str(bundle), *extra],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    return done.returncode, done.stdout + done.stderr


def _bundle(tmp_path: Path) -> tuple[Path, DeviceKey]:
    """A real export with a learner, progress and a classroom session; and the laptop's key, to forge with."""
    app = classroom_laptop(tmp_path, "field-laptop", FakeClock())
    try:
        learner, _ = app.learners.create("نور الهدى", "case_worker", "Riverside agency", "Riverside office")
        basics_done(app, learner.id)
        app.classroom.run_session("Day 1", ["basics"], [learner.id], ["Joseph Banda"])
        out = tmp_path / "laptop.zip"
        app.records.export(out)
        return out, app.trust.device_key()
    finally:
        app.close()


def _rewrite(source: Path, target: Path, member: str, change: bytes, to: bytes) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for name in old.namelist():
            data = old.read(name)
            new.writestr(name, data.replace(change, to, 1) if name == member else data)
    return target


def test_an_intact_bundle_verifies_with_the_documented_steps_alone(tmp_path: Path) -> None:
    bundle, key = _bundle(tmp_path)
    fingerprint = key.fingerprint
    code, out = _verify(bundle, "--key-fingerprint", fingerprint)
    assert code == 0
    assert f"INTACT, signed by {fingerprint}" in out
    assert "training_sessions.jsonl: 1 records" in out
    assert "session_attendance.jsonl: 2 records" in out
    code, out = _verify(bundle, "--key-fingerprint", "0000 0000 0000 0000 0000 0000 0000 0000")
    assert code == 1
    assert "not the expected key" in out


def test_a_changed_byte_and_a_forged_record_are_refused(tmp_path: Path) -> None:
    bundle, key = _bundle(tmp_path)
    changed = _rewrite(bundle, tmp_path / "changed.zip", "learners.jsonl", b"Riverside", b"Riversidf")
    code, out = _verify(changed)
    assert code == 1
    assert "learners.jsonl is not what the manifest says" in out
    # A forged session under a manifest re-signed with the same key: every hash matches, the record does not.
    with zipfile.ZipFile(bundle) as archive:
        members = {n: archive.read(n) for n in archive.namelist() if n.endswith(".jsonl")}
    members["training_sessions.jsonl"] = members["training_sessions.jsonl"].replace(b"Day 1", b"Day 9")
    forged = signed_bundle(tmp_path / "forged.zip", key, members)
    code, out = _verify(forged)
    assert code == 1
    assert "training_sessions.jsonl" in out
    assert "signature does not match" in out


def test_a_bundle_signed_by_another_key_is_intact_but_names_that_key(tmp_path: Path) -> None:
    stranger = DeviceKey.from_private_bytes(bytes(range(7, 39)))
    members = {"learners.jsonl": json.dumps({"columns": []}).encode() + b"\n"}
    bundle = signed_bundle(tmp_path / "stranger.zip", stranger, members)
    code, out = _verify(bundle)
    # Integrity is not trust: the script says whose key signed it; deciding to trust that key is a person's job.
    assert code == 0
    assert f"signed by {stranger.fingerprint}" in out
