"""The CLI over the same services: learners, progress, search, database; exit codes 0, 1 and 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from trainer_app.__main__ import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def home(tmp_path: Path) -> str:
    return str(tmp_path / "data")


def test_learner_add_list_and_archive(capsys, home) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(
        capsys,
        "--data-dir",
        home,
        "learner",
        "add",
        "--name",
        "Grace Okello",
        "--role",
        "case_worker",
        "--agency",
        "Riverside agency",
    )
    assert code == 0
    learner_id = out.strip()
    run(capsys, "--data-dir", home, "learner", "add", "--name", "أمل حداد", "--role", "coordinator")
    code, out, _ = run(capsys, "--data-dir", home, "learner", "list", "--format", "json")
    rows = json.loads(out)
    assert code == 0
    assert {r["name"] for r in rows} == {"Grace Okello", "أمل حداد"}
    code, out, _ = run(capsys, "--data-dir", home, "learner", "list", "--format", "csv")
    assert out.splitlines()[0] == "id,name,roles,agency,site,language,archived"
    assert run(capsys, "--data-dir", home, "learner", "archive", learner_id)[0] == 0
    _, out, _ = run(capsys, "--data-dir", home, "learner", "list", "--format", "json")
    assert [r["name"] for r in json.loads(out)] == ["أمل حداد"]


def test_an_unknown_role_is_a_user_error_with_exit_1(capsys, home) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(capsys, "--data-dir", home, "learner", "add", "--name", "Grace", "--role", "pilot")
    assert code == 1
    assert "Unknown role 'pilot'" in err
    assert "Traceback" not in err


def test_usage_errors_exit_2(capsys, home) -> None:  # type: ignore[no-untyped-def]
    assert run(capsys, "--data-dir", home, "learner", "add", "--name", "x")[0] == 2
    assert run(capsys, "--data-dir", home, "frobnicate")[0] == 2


def test_progress_show_prints_the_track_for_the_learners_role(capsys, home) -> None:  # type: ignore[no-untyped-def]
    _, out, _ = run(
        capsys, "--data-dir", home, "learner", "add", "--name", "Grace Okello", "--role", "case_worker"
    )
    learner_id = out.strip()
    code, out, _ = run(capsys, "--data-dir", home, "progress", "show", learner_id, "--format", "json")
    data = json.loads(out)
    assert code == 0
    assert data["track"] == "case-worker"
    assert data["percent"] == 0
    assert data["modules"][1]["locked_by"] == ["cw-getting-started"]
    code, out, _ = run(capsys, "--data-dir", home, "progress", "show", learner_id[:8])
    assert code == 0
    assert "Case worker track" in out
    assert run(capsys, "--data-dir", home, "progress", "show", "nobody")[0] == 1


def test_search_ranks_hits_and_survives_hostile_input(capsys, home) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "--data-dir", home, "search", "consent", "--limit", "5", "--format", "json")
    hits = json.loads(out)
    assert code == 0
    assert 1 <= len(hits) <= 5
    assert all({"title", "location", "snippet"} <= set(h) for h in hits)
    assert any("consent" in h["snippet"].lower() for h in hits)
    for hostile in ("C++ -fire:", '"unbalanced', "NEAR(", "*", "AND OR NOT"):
        assert run(capsys, "--data-dir", home, "search", hostile)[0] == 0


def test_db_check_and_backup(capsys, home, tmp_path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "--data-dir", home, "db", "check")
    assert code == 0
    assert "integrity: ok" in out
    target = tmp_path / "copy.db"
    code, out, _ = run(capsys, "--data-dir", home, "db", "backup", "--out", str(target))
    assert code == 0
    assert target.exists()


def test_a_damaged_database_exits_1_and_restore_brings_back_the_backup(capsys, home) -> None:  # type: ignore[no-untyped-def]
    run(capsys, "--data-dir", home, "learner", "add", "--name", "Grace Okello", "--role", "case_worker")
    run(capsys, "--data-dir", home, "db", "backup")
    database = Path(home) / "trainer.db"
    database.write_bytes(b"not a database at all" * 50)
    code, _, err = run(capsys, "--data-dir", home, "db", "check")
    assert code == 1
    assert "not a SQLite database" in err
    assert "db restore" in err
    code, out, _ = run(capsys, "--data-dir", home, "db", "restore")
    assert code == 0
    assert "moved to" in out
    assert list((Path(home) / "damaged").iterdir())
    _, out, _ = run(capsys, "--data-dir", home, "learner", "list", "--format", "json")
    assert [r["name"] for r in json.loads(out)] == ["Grace Okello"]


def test_the_environment_variable_chooses_the_data_folder(capsys, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("CPIMS_TRAINER_HOME", str(tmp_path / "env-home"))
    run(capsys, "learner", "add", "--name", "Grace Okello", "--role", "case_worker")
    assert (tmp_path / "env-home" / "trainer.db").exists()


def test_version(capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "--version")
    assert code == 0
    assert out.startswith("cpims-trainer ")
