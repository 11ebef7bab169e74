"""A quiz nobody has attempted has no pass rate: not 0 in the rows, an empty cell in CSV and XLSX."""

from __future__ import annotations

import csv
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from tests.conftest import MINI_PACK
from tests.core.records_fixtures import take_quiz
from trainer_app.core.app import App, open_app
from trainer_app.core.common.numbers import NO_VALUE, format_optional_score

UNTRIED = "setup-quiz"
SECOND_QUIZ = """
[[modules.activities]]
id = "setup-quiz"
kind = "quiz"
title = "Check: saving a configuration"
bank = "quizzes/basics.toml"
pass_mark = 0.5
required = false
"""


def pack_with_two_quizzes(root: Path) -> Path:
    """The mini pack with a second quiz (in the admin track) that the tests never take."""
    pack = root / "pack"
    shutil.copytree(MINI_PACK, pack)
    with (pack / "content" / "tracks" / "admin.toml").open("a", encoding="utf-8") as handle:
        handle.write(SECOND_QUIZ)
    return pack


@pytest.fixture
def two_quiz_app(tmp_path: Path, clock: Any) -> Iterator[App]:
    app = open_app(data_dir=str(tmp_path / "data"), clock=clock, bundled_root=pack_with_two_quizzes(tmp_path))
    yield app
    app.close()


def failed_once(app: App) -> None:
    """One learner fails the first quiz: its pass rate is a real 0; the second quiz is never attempted."""
    samir, _ = app.learners.create("Samir Haddad", "case_worker", "Hill agency", "South")
    take_quiz(app, samir.id, right=False)


def test_the_untried_quiz_has_no_pass_rate_while_a_failed_one_has_zero(two_quiz_app: App) -> None:
    failed_once(two_quiz_app)
    quizzes = {q.activity_id: q for q in two_quiz_app.reports.build().quizzes}
    assert (quizzes["basics-quiz"].learners, quizzes["basics-quiz"].pass_rate) == (1, 0.0)
    untried = quizzes[UNTRIED]
    assert (untried.attempts, untried.learners, untried.learners_passed) == (0, 0, 0)
    assert untried.pass_rate is None
    assert untried.mean_score is None


def test_csv_leaves_the_untried_quiz_cells_empty(two_quiz_app: App, tmp_path: Path) -> None:
    failed_once(two_quiz_app)
    path = two_quiz_app.reports.export(tmp_path / "quizzes.csv", "csv", view="quizzes")
    rows = {r["activity_id"]: r for r in csv.DictReader(path.read_text(encoding="utf-8-sig").splitlines())}
    assert (rows[UNTRIED]["pass_rate"], rows[UNTRIED]["mean_score"]) == ("", "")
    assert rows[UNTRIED]["attempts"] == "0"
    assert rows["basics-quiz"]["pass_rate"] == "0"


def test_xlsx_leaves_the_untried_quiz_cells_empty(two_quiz_app: App, tmp_path: Path) -> None:
    failed_once(two_quiz_app)
    path = two_quiz_app.reports.export(tmp_path / "report.xlsx", "xlsx")
    sheet = load_workbook(path)["Quizzes"]
    header = [c.value for c in sheet[1]]
    rows = {r[0]: dict(zip(header, r, strict=True)) for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert (rows[UNTRIED]["pass_rate"], rows[UNTRIED]["mean_score"]) == (None, None)
    assert rows["basics-quiz"]["pass_rate"] == 0


def test_the_one_rule_shows_a_missing_score_as_an_em_dash() -> None:
    assert NO_VALUE == "\u2014"
    assert format_optional_score(None, "fr") == "—"
    assert format_optional_score(0.0) == "0"
    assert format_optional_score(87.5, "fr") == "87,5"
