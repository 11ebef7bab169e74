"""The completion report PDF shows a quiz nobody attempted with an em dash, not 0, and leaves it out of the
lowest pass rates chart (the real report pipeline: the app's rows, Typst, pdftotext)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.core.records_fixtures import take_quiz
from tests.core.test_report_unattempted_quiz import pack_with_two_quizzes
from trainer_app.core.app import open_app
from trainer_app.pdf.writers import pdf_writers

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")


def text_of(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    )
    return done.stdout.decode("utf-8")


@needs_poppler
@pytest.mark.usefixtures("qapp")
def test_the_untried_quiz_row_shows_a_dash_and_is_not_among_the_lowest(tmp_path: Path, clock: Any) -> None:
    app = open_app(
        data_dir=str(tmp_path / "data"),
        clock=clock,
        bundled_root=pack_with_two_quizzes(tmp_path),
        pdf=pdf_writers(),
    )
    try:
        samir, _ = app.learners.create("Samir Haddad", "case_worker", "Hill agency", "South")
        take_quiz(app, samir.id, right=False)
        path = app.reports.export(tmp_path / "report.pdf", "pdf")
    finally:
        app.close()
    text = text_of(path)
    chart = text.split("Quiz pass rates", 1)[1].split("\nQuizzes\n", 1)[0]
    assert "Check: logging in" in chart  # the quiz that was failed: a real 0 among the lowest
    assert "Check: saving a configuration" not in chart  # never attempted: no rate to rank
    table = text.split("\nQuizzes\n", 1)[1].split("Most missed questions", 1)[0]
    untried = next(line for line in table.splitlines() if line.startswith("Check: saving a configuration"))
    assert untried.split()[-5:] == ["0", "0", "0", "—", "—"]
    failed = next(line for line in table.splitlines() if line.startswith("Check: logging in"))
    assert failed.split()[-2:] == ["0", "0"]


@pytest.mark.usefixtures("qapp")
def test_the_trainer_screen_chart_leaves_the_untried_quiz_out() -> None:
    from PySide6.QtCharts import QBarCategoryAxis

    from trainer_app.core.domain.report import QuizRow
    from trainer_app.ui.widgets.charts import pass_rate_chart

    rows = [
        QuizRow("q1", "Never taken", 0, 0, 0, None, None),
        QuizRow("q2", "Failed by all", 2, 2, 0, 0.0, 20.0),
        QuizRow("q3", "Passed by half", 2, 2, 1, 50.0, 60.0),
    ]
    chart = pass_rate_chart(rows, count=1)
    axis = next(a for a in chart.axes() if isinstance(a, QBarCategoryAxis))
    assert axis.categories() == ["Failed by all"]
    assert chart.title() == "Quiz pass rates (lowest 1)"
    # both quizzes taken are shown: nothing left out
    assert pass_rate_chart(rows).title() == "Quiz pass rates"
