"""`session start|attend|list` and `check record|list` on the bundled kit: output, JSON and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from trainer_app.__main__ import main


def run(capsys: pytest.CaptureFixture[str], home: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(home), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_trainer_runs_a_session_and_records_a_practical_check(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    home = tmp_path / "data"
    code, out, _ = run(capsys, home, "learner", "add", "--name", "Grace Okello", "--role", "case_worker")
    assert code == 0
    grace = out.strip()
    code, out, err = run(
        capsys,
        home,
        "session",
        "start",
        "--title",
        "Day 1: getting started",
        "--modules",
        "cw-getting-started,cw-registration",
        "--at",
        "2026-11-30",
        "--trainer",
        "Amina Yusuf",
    )
    assert code == 0, err
    session = out.strip()
    code, out, _ = run(capsys, home, "session", "attend", session[:8], "--learner", "Grace Okello")
    assert code == 0
    assert "Marked Grace Okello present." in out
    assert "cw-getting-started-slides" in out
    code, out, _ = run(capsys, home, "session", "attend", session, "--name", "Joseph Banda")
    assert code == 0
    assert "Joseph Banda" in out
    code, out, _ = run(capsys, home, "session", "list", "--format", "json")
    listed = json.loads(out)
    assert listed[0]["id"] == session
    assert listed[0]["held_at"].startswith("2026-11-30")
    assert listed[0]["trainer_name"] == "Amina Yusuf"
    assert listed[0]["trusted"]
    assert [a["name"] for a in listed[0]["attendees"]] == ["Grace Okello", "Joseph Banda"]
    assert listed[0]["modules"] == ["cw-getting-started", "cw-registration"]

    code, out, _ = run(
        capsys,
        home,
        "check",
        "record",
        "--learner",
        grace,
        "--check",
        "pc-register-case",
        "--passed",
        "--observer",
        "Amina Yusuf",
        "--note",
        "Invented child, consent recorded",
    )
    assert code == 0
    assert "passed pc-register-case" in out
    code, out, _ = run(capsys, home, "check", "list")
    assert code == 0
    assert "Grace Okello" in out
    assert "pc-register-case" in out
    assert "passed" in out
    code, out, _ = run(capsys, home, "check", "list", "--format", "json")
    assert json.loads(out)[0]["observed_by"] == "Amina Yusuf"
    code, out, _ = run(capsys, home, "progress", "show", grace, "--format", "json")
    shown = json.loads(out)
    assert [s["title"] for s in shown["sessions"]] == ["Day 1: getting started"]
    slides = next(
        a for m in shown["modules"] for a in m["activities"] if a["id"] == "cw-getting-started-slides"
    )
    assert slides["status"] == "completed"  # the trainer-led deck counted the attendance
    code, out, _ = run(capsys, home, "progress", "show", grace)
    assert code == 0
    assert "Classroom sessions attended: 1" in out


def test_bad_input_is_a_clear_message_and_exit_code(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    home = tmp_path / "data"
    code, _, err = run(capsys, home, "session", "start", "--title", "Day 1", "--modules", "no-such-module")
    assert code == 1
    assert "No module 'no-such-module'" in err
    assert "Traceback" not in err
    code, _, err = run(capsys, home, "session", "attend", "deadbeef", "--name", "Joseph Banda")
    assert code == 1
    assert "No training session" in err
    run(capsys, home, "learner", "add", "--name", "Grace Okello", "--role", "case_worker")
    code, _, err = run(
        capsys,
        home,
        "check",
        "record",
        "--learner",
        "Grace Okello",
        "--check",
        "fly",
        "--failed",
        "--observer",
        "Amina Yusuf",
    )
    assert code == 1
    assert "No practical check 'fly'" in err
