"""`learner list --format csv` neutralises names that would start a spreadsheet formula."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from trainer_app.__main__ import main


def test_learner_list_csv_neutralises_formulas(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    home = str(tmp_path / "data")
    name = '=HYPERLINK("http://example.invalid","Open")'
    assert (
        main(
            [
                "--data-dir",
                home,
                "learner",
                "add",
                "--name",
                name,
                "--role",
                "case_worker",
                "--agency",
                "+Riverside",
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert main(["--data-dir", home, "learner", "list", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows[0]["name"] == "'" + name
    assert rows[0]["agency"] == "'+Riverside"
    assert main(["--data-dir", home, "learner", "list", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["name"] == name  # stored and listed as typed
