"""Trainer mode guards the command line as it guards the window; CLI writers take the window's lock."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import MINI_PACK
from trainer_app.__main__ import main
from trainer_app.core.common.lock import InstanceLock
from trainer_app.core.common.paths import DataPaths

PASSPHRASE = "river stone lantern"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def home(tmp_path: Path) -> str:
    return str(tmp_path / "data")


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n")
    return path


@pytest.fixture
def learner(capsys: pytest.CaptureFixture[str], home: str) -> str:
    code, out, _ = run(
        capsys, "--data-dir", home, "learner", "add", "--name", "Grace Okello", "--role", "case_worker"
    )
    assert code == 0
    return out.strip()


def _names(capsys: pytest.CaptureFixture[str], home: str) -> list[str]:
    _, out, _ = run(capsys, "--data-dir", home, "learner", "list", "--format", "json")
    return [row["name"] for row in json.loads(out)]


def test_without_a_passphrase_set_commands_run_as_before(capsys, home, learner) -> None:  # type: ignore[no-untyped-def]
    assert run(capsys, "--data-dir", home, "learner", "archive", learner)[0] == 0


def test_a_change_to_shared_data_needs_the_trainer_passphrase(  # type: ignore[no-untyped-def]
    capsys, home, learner, secret_file, tmp_path
) -> None:
    code, _, err = run(capsys, "--data-dir", home, "passphrase", "set", "--file", str(secret_file))
    assert code == 0, err
    code, _, err = run(capsys, "--data-dir", home, "learner", "archive", learner)  # stdin is not a terminal
    assert code == 1
    assert "trainer passphrase" in err
    assert "Traceback" not in err
    assert _names(capsys, home) == ["Grace Okello"]  # changed nothing
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the words\n")
    code, _, err = run(
        capsys, "--data-dir", home, "--passphrase-file", str(wrong), "learner", "archive", learner
    )
    assert code == 1
    assert "trainer passphrase" in err
    assert _names(capsys, home) == ["Grace Okello"]
    code, _, err = run(
        capsys, "--data-dir", home, "--passphrase-file", str(secret_file), "learner", "archive", learner
    )
    assert code == 0, err
    assert _names(capsys, home) == []


def test_the_passphrase_file_may_come_from_the_environment(  # type: ignore[no-untyped-def]
    capsys, home, learner, secret_file, monkeypatch
) -> None:
    assert run(capsys, "--data-dir", home, "passphrase", "set", "--file", str(secret_file))[0] == 0
    monkeypatch.setenv("CPIMS_TRAINER_PASSPHRASE_FILE", str(secret_file))
    assert run(capsys, "--data-dir", home, "learner", "archive", learner)[0] == 0


def test_a_terminal_prompts_for_the_passphrase(  # type: ignore[no-untyped-def]
    capsys, home, learner, secret_file, monkeypatch
) -> None:
    assert run(capsys, "--data-dir", home, "passphrase", "set", "--file", str(secret_file))[0] == 0
    prompts: list[str] = []
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("getpass.getpass", lambda prompt="": prompts.append(prompt) or PASSPHRASE)
    assert run(capsys, "--data-dir", home, "learner", "archive", learner)[0] == 0
    assert prompts
    assert "passphrase" in prompts[0].lower()


@pytest.mark.parametrize(
    "command",
    [
        ("pack", "install", str(MINI_PACK)),
        ("pack", "remove", "mini-pack"),
        ("trust", "add", "0123456789abcdef", "--label", "Field laptop"),
        ("trust", "remove", "0123456789abcdef"),
        ("certificate", "revoke", "some-id", "--reason", "issued in error"),
        ("certificate", "import", "missing.json"),
        ("records", "import", "missing.zip"),
        ("gates", "evidence", "step-1", "item", "--by", "x"),
        ("gates", "signoff", "step-1", "--by", "x"),
        ("db", "restore"),
    ],
)
def test_every_command_that_changes_shared_data_is_guarded(  # type: ignore[no-untyped-def]
    capsys, home, secret_file, command
) -> None:
    assert run(capsys, "--data-dir", home, "passphrase", "set", "--file", str(secret_file))[0] == 0
    code, _, err = run(capsys, "--data-dir", home, *command)
    assert code in (1, 2), (command, err)
    assert "trainer passphrase" in err, (command, err)


@pytest.mark.usefixtures("learner")
def test_read_only_commands_need_nothing(capsys, home, secret_file, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert run(capsys, "--data-dir", home, "passphrase", "set", "--file", str(secret_file))[0] == 0
    report = ("report", "completion", "--format", "csv", "--out", str(tmp_path / "r.csv"))
    for command in (("learner", "list"), ("gates", "status"), report, ("db", "check")):
        code, _, err = run(capsys, "--data-dir", home, *command)
        assert code in (0, 1), command
        assert "trainer passphrase" not in err, command


def test_changing_the_passphrase_needs_the_current_one(  # type: ignore[no-untyped-def]
    capsys, home, secret_file, tmp_path
) -> None:
    short = tmp_path / "short.txt"
    short.write_text("abc\n")
    code, _, err = run(capsys, "--data-dir", home, "passphrase", "set", "--file", str(short))
    assert code == 1
    assert "at least 8" in err
    assert run(capsys, "--data-dir", home, "passphrase", "set", "--file", str(secret_file))[0] == 0
    new = tmp_path / "new.txt"
    new.write_text("a new phrase for the team\n")
    code, _, err = run(capsys, "--data-dir", home, "passphrase", "set", "--file", str(new))
    assert code == 1
    assert "trainer passphrase" in err
    code, _, err = run(
        capsys,
        "--data-dir",
        home,
        "--passphrase-file",
        str(secret_file),
        "passphrase",
        "set",
        "--file",
        str(new),
    )
    assert code == 0, err
    code, _, err = run(
        capsys,
        "--data-dir",
        home,
        "--passphrase-file",
        str(new),
        "passphrase",
        "set",
        "--file",
        str(secret_file),
    )
    assert code == 0, err


def test_a_writing_command_is_refused_while_the_window_is_open(capsys, home, learner) -> None:  # type: ignore[no-untyped-def]
    """The window holds the instance lock: a command that changes data says so and changes nothing; reading
    works."""
    window = InstanceLock(DataPaths(Path(home)).lock).acquire()
    try:
        code, _, err = run(capsys, "--data-dir", home, "learner", "archive", learner)
        assert code == 1
        assert "open" in err
        assert "close" in err.lower()
        assert _names(capsys, home) == ["Grace Okello"]
    finally:
        window.release()
    assert run(capsys, "--data-dir", home, "learner", "archive", learner)[0] == 0
