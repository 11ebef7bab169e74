"""The CLI words every error in one line (never a traceback) and logs to the data folder without names,
passphrases or keys."""

from __future__ import annotations

import logging
import stat
from pathlib import Path

import pytest

from trainer_app.__main__ import main
from trainer_app.core.common.logs import log_path, redact, setup_logging
from trainer_app.core.services.learners import LearnerService

NAME = "Zebulon Quartzfeld"
PASSPHRASE = "copper heron window"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_refusals_and_bugs_reach_the_log_by_code_and_never_name_the_person_or_the_secret(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = str(tmp_path / "data")
    secret = tmp_path / "secret.txt"
    secret.write_text(PASSPHRASE + "\n")
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not " + PASSPHRASE)
    code, out, _ = run(capsys, "--data-dir", home, "learner", "add", "--name", NAME, "--role", "case_worker")
    assert code == 0
    learner_id = out.strip()
    assert run(capsys, "--data-dir", home, "passphrase", "set", "--file", str(secret))[0] == 0

    code, _, err = run(
        capsys, "--data-dir", home, "--passphrase-file", str(wrong), "learner", "archive", learner_id
    )
    assert code == 1
    assert err.startswith("cpims-trainer: That is not the trainer passphrase")

    code, _, err = run(
        capsys, "--data-dir", home, "--passphrase-file", str(secret), "learner", "archive", NAME + " Jr"
    )
    assert code == 1
    assert f"No learner matches '{NAME} Jr'" in err

    def broken(*_args: object, **_kwargs: object) -> list[object]:
        raise RuntimeError(f"list failed for {NAME} with {PASSPHRASE}")

    monkeypatch.setattr(LearnerService, "list", broken)
    code, _, err = run(capsys, "--data-dir", home, "learner", "list")
    log_file = log_path(Path(home))
    assert code == 1
    assert err.strip() == f"cpims-trainer: unexpected error (RuntimeError); the details are in {log_file}."
    assert "Traceback" not in err

    logged = log_file.read_text(encoding="utf-8")
    assert "[learner.no_match](id_or_prefix)" in logged
    assert "Traceback" in logged
    assert "RuntimeError" in logged
    assert "def broken" not in logged
    assert NAME not in logged
    assert "Zebulon" not in logged
    assert PASSPHRASE not in logged
    assert stat.S_IMODE(log_file.stat().st_mode) == 0o600


def test_the_log_blanks_keys_and_signatures(tmp_path: Path) -> None:
    path = setup_logging(tmp_path)
    pem = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIJ2xk0lq7wQxN7d2Xb1n\n-----END PRIVATE KEY-----"
    multibase = "z3u2en7t5LR2WtQH5PfsRmMGyXbbt8bm6mp6y7BaWv9sUWj7Yk7F1e"
    signature = "q1ZbWzk2_sOq8hUoW7PmlO3R1-kJfH4jO0w5B8R6tQWq7nTTzXbJ3Kq2yVh0sD9m"
    logging.getLogger("trainer_app.test").warning("key %s did %s sig %s", pem, multibase, signature)
    for handler in logging.getLogger("trainer_app").handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert "PRIVATE KEY" not in text
    assert multibase not in text
    assert signature not in text
    assert text.count("[redacted]") == 3
    assert redact("/tmp/some/where/trainer.log") == "/tmp/some/where/trainer.log"
