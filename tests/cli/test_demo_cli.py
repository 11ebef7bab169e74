"""`demo seed`: an invented deployment, the same for the same seed, only in an empty data folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from trainer_app.__main__ import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def seed(capsys: pytest.CaptureFixture[str], home: Path, *extra: str) -> dict[str, object]:
    code, out, err = run(capsys, "--data-dir", str(home), "demo", "seed", "--format", "json", *extra)
    assert code == 0, err
    result: dict[str, object] = json.loads(out)
    return result


def learners(capsys: pytest.CaptureFixture[str], home: Path) -> list[tuple[str, str, str, str]]:
    code, out, _ = run(capsys, "--data-dir", str(home), "learner", "list", "--format", "json")
    assert code == 0
    return sorted((r["id"], r["name"], r["roles"], r["agency"]) for r in json.loads(out))


def test_the_same_seed_gives_the_same_deployment(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    first = seed(capsys, tmp_path / "a", "--learners", "24", "--seed", "5")
    second = seed(capsys, tmp_path / "b", "--learners", "24", "--seed", "5")
    assert first == second
    assert learners(capsys, tmp_path / "a") == learners(capsys, tmp_path / "b")
    other = seed(capsys, tmp_path / "c", "--learners", "24", "--seed", "6")
    assert [n for _, n, _, _ in learners(capsys, tmp_path / "c")] != [
        n for _, n, _, _ in learners(capsys, tmp_path / "a")
    ]
    assert other["learners"] == 24


def test_every_role_and_stage_is_there(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    summary = seed(capsys, tmp_path / "d", "--learners", "40", "--seed", "2")
    assert summary["learners"] == 40
    by_role = summary["by_role"]
    assert isinstance(by_role, dict)
    assert set(by_role) == {"coordinator", "system_administrator", "trainer", "case_manager", "case_worker"}
    assert 0 < summary["tracks_completed"] < 40  # type: ignore[operator]
    # one per pack certificate earned: a finished administrator holds two (steps 1 and 2), some people one
    assert summary["certificates"] >= summary["tracks_completed"]
    assert summary["quiz_attempts"]
    assert summary["walkthrough_checks"]
    assert summary["planned"]
    assert summary["signed_off"] == ["step-1-start", "step-2-configure"]
    names = [name for _, name, _, _ in learners(capsys, tmp_path / "d")]
    assert any("\u0600" <= ch <= "\u06ff" for name in names for ch in name)  # Arabic names among them
    code, out, _ = run(capsys, "--data-dir", str(tmp_path / "d"), "gates", "status", "--format", "json")
    states = [g["state"] for g in json.loads(out)]
    assert code == 0
    assert states[:3] == ["signed_off", "signed_off", "in_progress"]


def test_demo_data_goes_only_into_an_empty_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    home = str(tmp_path / "e")
    assert (
        run(capsys, "--data-dir", home, "learner", "add", "--name", "Test Person", "--role", "case_worker")[0]
        == 0
    )
    code, _, err = run(capsys, "--data-dir", home, "demo", "seed", "--learners", "10")
    assert code == 1
    assert "already has 1 learner(s)" in err


def test_too_few_learners_is_a_user_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "f"), "demo", "seed", "--learners", "3")
    assert code == 1
    assert "5 to 100000 learners" in err
    assert run(capsys, "--data-dir", str(tmp_path / "f"), "demo", "seed", "--learners", "many")[0] == 2


def test_the_text_summary(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(capsys, "--data-dir", str(tmp_path / "g"), "demo", "seed", "--learners", "12")
    assert code == 0
    assert "12 learners" in out
    assert "signed off:" in out
