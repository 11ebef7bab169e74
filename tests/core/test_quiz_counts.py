"""How many questions a quiz asks, each part of a case study counted, as its start page says it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.core.test_quiz_service import _copy_pack
from trainer_app.core.app import open_app

PACK, QUIZ = "mini-pack", "basics-quiz"


def test_every_part_of_a_case_study_counts_as_a_question(mini_app) -> None:  # type: ignore[no-untyped-def]
    learner, _ = mini_app.learners.create("Amina Sesay", "case_worker")
    info = mini_app.quizzes.info(learner.id, PACK, QUIZ)
    assert info.item_count == 6
    assert (info.fewest_questions, info.most_questions) == (7, 7)
    attempt = mini_app.quizzes.start(learner.id, PACK, QUIZ)
    assert sum(len(item.questions) for item in attempt.items) == 7


def test_a_drawn_quiz_gives_the_range_of_questions_it_may_ask(tmp_path: Path, clock: Any) -> None:
    app = open_app(data_dir=str(tmp_path / "data"), clock=clock, bundled_root=_copy_pack(tmp_path, draw=2))
    try:
        learner, _ = app.learners.create("Amina Sesay", "case_worker")
        info = app.quizzes.info(learner.id, PACK, QUIZ)
        assert (info.item_count, info.fewest_questions, info.most_questions) == (2, 2, 3)
    finally:
        app.close()
