"""`cpims-trainer pack ...`: exit codes 0/1/2, `FILE:LINE: message` lines, the JSON shape, install/list/remove."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from trainer_app.cli.main import run_cli

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "packs"


def zip_folder(folder: Path, archive: Path) -> Path:
    with zipfile.ZipFile(archive, "w") as zipped:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                zipped.write(path, path.relative_to(folder).as_posix())
    return archive


def test_validate_a_valid_pack_exits_0_with_a_summary(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["pack", "validate", str(FIXTURES / "valid")]) == 0
    out = capsys.readouterr().out
    assert "Pack fixture-pack 0.1.0 is valid." in out
    assert "2 roles, 2 tracks, 3 modules, 7 questions" in out
    assert "activities: 2 guides, 1 videos, 1 slide decks, 1 quizzes, 1 walkthroughs" in out
    assert "quiz bank: key is the longest option in 0 % of 2 single-choice items (≤ 33 %)" in out
    assert "warning" not in out


def test_validate_a_broken_pack_exits_1_with_file_line_messages(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["pack", "validate", str(FIXTURES / "broken")]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert (
        lines[0]
        == "content/tracks/alpha.toml:3: track alpha: unknown role 'role_x' (roles are listed in content/pack.toml)"
    )
    assert "content/walkthroughs/setup.toml:14: duplicate step id 'open-settings'" in lines
    assert len(lines) == 10
    assert lines[-1].startswith("8 problems found in")
    assert lines[-2].startswith("quiz bank: key is the longest option in ")


def test_validate_json_shape(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["pack", "validate", str(FIXTURES / "broken-syntax"), "--format", "json"]) == 1
    result = json.loads(capsys.readouterr().out)
    assert set(result) == {"valid", "problems", "counts", "warnings", "quiz_bank"}
    assert result["warnings"] == []
    assert result["quiz_bank"] is None
    assert result["valid"] is False
    assert result["problems"] == [
        {
            "file": "content/pack.toml",
            "line": 6,
            "message": "TOML syntax error: Illegal character '\\n' (column 22)",
            "code": "pack.problem.toml_syntax_column",
            "params": {"detail": "Illegal character '\\n'", "column": 22},
        }
    ]
    assert set(result["counts"]) == {"roles", "tracks", "modules", "questions", "activities"}


def test_validate_json_of_a_valid_pack(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["pack", "validate", str(FIXTURES / "valid"), "--format", "json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result.pop("warnings") == []
    assert result.pop("quiz_bank")["single_choice"] == 2
    assert result == {
        "valid": True,
        "problems": [],
        "counts": {
            "roles": 2,
            "tracks": 2,
            "modules": 3,
            "questions": 7,
            "activities": {"guide": 2, "video": 1, "slides": 1, "quiz": 1, "walkthrough": 1},
        },
    }


def test_validate_a_zip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    archive = zip_folder(FIXTURES / "valid", tmp_path / "pack.zip")
    assert run_cli(["pack", "validate", str(archive)]) == 0
    assert "is valid" in capsys.readouterr().out


def test_validate_a_missing_path_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["pack", "validate", str(tmp_path / "nothing")]) == 2
    assert "no such file or folder" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv", [["pack"], ["pack", "validate"], ["pack", "validate", "x", "--format", "xml"]]
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(argv) == 2
    assert "usage:" in capsys.readouterr().err


def test_install_list_remove(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    archive = zip_folder(FIXTURES / "valid", tmp_path / "pack.zip")
    assert run_cli([*data, "pack", "install", str(archive)]) == 0
    assert "Installed Fixture pack (fixture-pack 0.1.0)" in capsys.readouterr().out
    assert run_cli([*data, "pack", "list", "--format", "json"]) == 0
    listed = {p["id"]: p for p in json.loads(capsys.readouterr().out)}
    assert listed["fixture-pack"]["path"] == str(tmp_path / "data" / "packs" / "fixture-pack")
    assert run_cli([*data, "pack", "remove", "fixture-pack"]) == 0
    assert "Removed the pack fixture-pack." in capsys.readouterr().out
    assert run_cli([*data, "pack", "list", "--format", "json"]) == 0
    assert "fixture-pack" not in {p["id"] for p in json.loads(capsys.readouterr().out)}


def test_install_of_a_broken_pack_exits_1_with_every_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = zip_folder(FIXTURES / "broken", tmp_path / "broken.zip")
    assert run_cli(["--data-dir", str(tmp_path / "data"), "pack", "install", str(archive)]) == 1
    err = capsys.readouterr().err
    assert "broken.zip was not installed; problems found: 8." in err
    assert "  content/tracks/beta.toml:6: track beta: unknown module 'm-nine'" in err
    assert list((tmp_path / "data" / "packs").iterdir()) == []


def test_remove_of_an_unknown_pack_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["--data-dir", str(tmp_path / "data"), "pack", "remove", "no-such-pack"]) == 1
    assert "no-such-pack" in capsys.readouterr().err
