"""QuizService end to end on a real app and database: start, answer, submit, progress, review, limits, stats."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import MINI_PACK
from trainer_app.core.app import open_app
from trainer_app.core.common.errors import NotFoundError, TrainerError, ValidationError
from trainer_app.core.domain.progress import Status
from trainer_app.core.domain.quiz import Question, QuestionType
from trainer_app.core.packs.problems import Problem
from trainer_app.core.rules.quiz import Response
from trainer_app.core.services.quizzes import QuizLockedError
from trainer_app.core.storage import progress_repo

PACK = "mini-pack"
QUIZ = "basics-quiz"


def right_answer(question: Question) -> Response:
    kind = question.type
    if kind is QuestionType.SINGLE:
        return question.correct[0]
    if kind is QuestionType.MULTIPLE:
        return list(question.correct)
    if kind is QuestionType.TRUE_FALSE:
        return bool(question.answer)
    if kind is QuestionType.MATCHING:
        return dict(question.pairs)
    return list(question.items)


def _learner(app: Any) -> str:
    learner, _ = app.learners.create("Test Learner", "case_worker", "Test agency", "Test site")
    return str(learner.id)


def _copy_pack(tmp_path: Path, **params: Any) -> Path:
    """The mini pack with extra keys on the quiz activity."""
    root = tmp_path / "pack"
    shutil.copytree(MINI_PACK, root)
    track = root / "content" / "tracks" / "worker.toml"
    extra = "".join(f"{key} = {value!r}\n".replace("'", '"') for key, value in params.items())
    track.write_text(
        track.read_text().replace('bank = "quizzes/basics.toml"\n', f'bank = "quizzes/basics.toml"\n{extra}')
    )
    return root


@pytest.fixture
def app_on_copy(tmp_path: Path, data_dir: Path, clock: Any):  # type: ignore[no-untyped-def]
    made: list[Any] = []

    def make(**params: Any) -> Any:
        root = _copy_pack(tmp_path, **params)
        app = open_app(data_dir=str(data_dir), clock=clock, bundled_root=root)
        made.append(app)
        return app

    yield make
    for app in made:
        app.close()


def test_a_passing_attempt_completes_the_activity(mini_app, clock) -> None:  # type: ignore[no-untyped-def]
    lid = _learner(mini_app)
    view = mini_app.quizzes.start(lid, PACK, QUIZ)
    assert not view.resumed
    assert view.number == 1
    assert view.pass_mark == 0.5
    assert len(view.items) == 6
    for shown in view.questions:
        mini_app.quizzes.save_answer(view.attempt_id, shown.id, right_answer(shown.question), seconds=5)
    clock.advance(60)
    result = mini_app.quizzes.submit(view.attempt_id)
    assert result.passed
    assert result.score == 1.0
    assert len(result.results) == 7
    progress = mini_app.progress.activity(lid, PACK, QUIZ)
    assert progress.status is Status.COMPLETED
    assert progress.completed_at == clock()
    assert progress.seconds_spent == 35  # the seconds reported with the answers
    summary = mini_app.quizzes.attempts(lid, PACK, QUIZ)[0]
    assert summary.passed
    assert summary.score == 1.0
    assert summary.submitted_at == clock()


def test_a_failing_attempt_does_not_complete_the_activity(mini_app, clock) -> None:  # type: ignore[no-untyped-def]
    lid = _learner(mini_app)
    view = mini_app.quizzes.start(lid, PACK, QUIZ)
    mini_app.quizzes.save_answer(view.attempt_id, "basics-01", "6")
    mini_app.quizzes.save_answer(view.attempt_id, "basics-02", True)
    clock.advance(90)
    result = mini_app.quizzes.submit(view.attempt_id)
    assert not result.passed
    assert result.score == pytest.approx(1 / 7)
    progress = mini_app.progress.activity(lid, PACK, QUIZ)
    assert progress.completed_at is None
    assert progress.progress == pytest.approx(1 / 7)
    assert progress.seconds_spent == 90  # nothing reported: the time since the start counts
    with mini_app.db.transaction() as conn:
        entries = progress_repo.log_entries(conn, lid)
    assert [e["kind"] for e in entries] == ["quiz"]
    assert view.attempt_id in entries[0]["data"]


def test_answers_survive_a_crash_and_the_open_attempt_resumes(data_dir, clock) -> None:  # type: ignore[no-untyped-def]
    app = open_app(data_dir=str(data_dir), clock=clock, bundled_root=MINI_PACK)
    lid = _learner(app)
    view = app.quizzes.start(lid, PACK, QUIZ)
    app.quizzes.save_answer(view.attempt_id, "basics-04", {"Shortest password": "8 characters"})
    app.quizzes.save_answer(view.attempt_id, "basics-01", "3")
    app.quizzes.save_answer(view.attempt_id, "basics-01", "6")  # changed their mind
    app.close()  # as if the laptop lost power: nothing else was called

    again = open_app(data_dir=str(data_dir), clock=clock, bundled_root=MINI_PACK)
    try:
        resumed = again.quizzes.start(lid, PACK, QUIZ)
        assert resumed.resumed
        assert resumed.attempt_id == view.attempt_id
        assert resumed.items == view.items
        assert resumed.answers == {"basics-04": {"Shortest password": "8 characters"}, "basics-01": "6"}
        assert again.quizzes.info(lid, PACK, QUIZ).open_attempt_id == view.attempt_id
    finally:
        again.close()


def test_review_shows_exactly_what_was_shown_with_answers_and_explanations(mini_app) -> None:  # type: ignore[no-untyped-def]
    lid = _learner(mini_app)
    view = mini_app.quizzes.start(lid, PACK, QUIZ)
    given = {"basics-01": "10", "basics-05": list(reversed(_shown(view, "basics-05"))), "basics-06b": True}
    for question_id, response in given.items():
        mini_app.quizzes.save_answer(view.attempt_id, question_id, response)
    with pytest.raises(TrainerError, match="still open"):
        mini_app.quizzes.review(view.attempt_id)
    mini_app.quizzes.submit(view.attempt_id)
    review = mini_app.quizzes.review(view.attempt_id)
    assert tuple(item.id for item in review.items) == tuple(item.id for item in view.items)
    assert tuple(q.shown for item in review.items for q in item.questions) == view.questions
    assert {
        q.shown.id: q.response for item in review.items for q in item.questions if q.response is not None
    } == given
    first = next(q for item in review.items for q in item.questions if q.shown.id == "basics-01")
    assert first.shown.question.correct == ("6",)
    assert not first.result.correct
    assert first.shown.question.explanation.startswith("After six failed attempts")
    scenario = next(item for item in review.items if item.id == "basics-06")
    assert scenario.vignette.startswith("Sam")
    assert scenario.questions[1].result.correct
    assert review.summary.number == 1
    assert review.title == "Check: logging in"


def _shown(view: Any, question_id: str) -> list[str]:
    return list(next(q.shown for q in view.questions if q.id == question_id))


def test_pass_mark_and_questions_are_snapshotted_at_start(app_on_copy, tmp_path) -> None:  # type: ignore[no-untyped-def]
    app = app_on_copy()  # pass_mark = 0.5 in the mini pack
    lid = _learner(app)
    view = app.quizzes.start(lid, PACK, QUIZ)
    for question_id in ("basics-01", "basics-02", "basics-03", "basics-04"):
        question = next(q.question for q in view.questions if q.id == question_id)
        app.quizzes.save_answer(view.attempt_id, question_id, right_answer(question))
    # The pack changes under the open attempt: a stricter pass mark and a different right answer.
    track = tmp_path / "pack" / "content" / "tracks" / "worker.toml"
    track.write_text(track.read_text().replace("pass_mark = 0.5", "pass_mark = 1.0"))
    bank = tmp_path / "pack" / "quizzes" / "basics.toml"
    bank.write_text(
        bank.read_text().replace(
            'correct = ["6"]\nexplanation = "After six', 'correct = ["3"]\nexplanation = "After six'
        )
    )
    app.packs.sync()
    assert app.packs.activity(PACK, QUIZ).quiz.pass_mark == 1.0
    result = app.quizzes.submit(view.attempt_id)
    assert result.pass_mark == 0.5
    assert result.passed
    assert result.score == pytest.approx(4 / 7)
    assert result.result("basics-01").correct  # graded on the question as it was shown
    assert app.progress.activity(lid, PACK, QUIZ).completed_at is not None


def test_attempt_limits_and_cooldown_refuse_with_the_next_allowed_time(app_on_copy, clock) -> None:  # type: ignore[no-untyped-def]
    app = app_on_copy(max_attempts=2, cooldown_seconds=600)
    lid = _learner(app)
    first = app.quizzes.start(lid, PACK, QUIZ)
    assert app.quizzes.start(lid, PACK, QUIZ).attempt_id == first.attempt_id  # resume, not a new attempt
    app.quizzes.submit(first.attempt_id)
    submitted_at = clock()
    clock.advance(300)
    with pytest.raises(QuizLockedError) as refused:
        app.quizzes.start(lid, PACK, QUIZ)
    assert refused.value.next_allowed_at == submitted_at + (clock() - submitted_at) * 2
    assert re.search(r"again from 2026-01-05 09:10", str(refused.value))
    info = app.quizzes.info(lid, PACK, QUIZ)
    assert not info.decision.allowed
    assert info.attempts_used == 1
    assert info.max_attempts == 2
    clock.advance(300)
    second = app.quizzes.start(lid, PACK, QUIZ)
    assert second.number == 2
    assert second.attempt_id != first.attempt_id
    app.quizzes.submit(second.attempt_id)
    clock.advance(10**6)
    with pytest.raises(QuizLockedError, match="all 2 attempts") as used_up:
        app.quizzes.start(lid, PACK, QUIZ)
    assert used_up.value.next_allowed_at is None


def test_a_draw_count_limits_the_items(app_on_copy) -> None:  # type: ignore[no-untyped-def]
    app = app_on_copy(draw=3)
    lid = _learner(app)
    assert app.quizzes.info(lid, PACK, QUIZ).item_count == 3
    assert len(app.quizzes.start(lid, PACK, QUIZ).items) == 3


def test_a_broken_bank_names_its_file_and_the_app_keeps_running(app_on_copy, tmp_path) -> None:  # type: ignore[no-untyped-def]
    app = app_on_copy()
    lid = _learner(app)
    (tmp_path / "pack" / "quizzes" / "basics.toml").write_text(
        'id = "basics"\ntitle = "x"\n[[questions]]\nid = "q"\n'
    )
    with pytest.raises(ValidationError, match=r"quizzes/basics\.toml") as error:
        app.quizzes.start(lid, PACK, QUIZ)
    assert error.value.problems
    first = error.value.params["first"]  # the problem itself, coded, so the window can translate it
    assert isinstance(first, Problem)
    assert (first.code, first.file) == ("pack.problem.missing_key", "quizzes/basics.toml")
    assert str(error.value) == f"The question bank quizzes/basics.toml cannot be used: {first}"
    assert app.progress.open_activity(lid, PACK, "basics-guide").progress.status is Status.IN_PROGRESS


def test_answers_are_checked(mini_app) -> None:  # type: ignore[no-untyped-def]
    lid = _learner(mini_app)
    view = mini_app.quizzes.start(lid, PACK, QUIZ)
    with pytest.raises(ValidationError, match="not part of this attempt"):
        mini_app.quizzes.save_answer(view.attempt_id, "nope", "6")
    with pytest.raises(ValidationError):
        mini_app.quizzes.save_answer(view.attempt_id, "basics-01", 6)
    with pytest.raises(NotFoundError):
        mini_app.quizzes.save_answer("missing", "basics-01", "6")
    with pytest.raises(ValidationError, match="not a quiz"):
        mini_app.quizzes.start(lid, PACK, "basics-guide")
    mini_app.quizzes.submit(view.attempt_id)
    with pytest.raises(TrainerError, match="already submitted"):
        mini_app.quizzes.save_answer(view.attempt_id, "basics-01", "6")


def test_submitting_twice_records_progress_once(mini_app) -> None:  # type: ignore[no-untyped-def]
    lid = _learner(mini_app)
    view = mini_app.quizzes.start(lid, PACK, QUIZ)
    mini_app.quizzes.save_answer(view.attempt_id, "basics-01", "6")
    first = mini_app.quizzes.submit(view.attempt_id)
    assert mini_app.quizzes.submit(view.attempt_id) == first
    with mini_app.db.transaction() as conn:
        assert len(progress_repo.log_entries(conn, lid)) == 1


def test_question_stats_list_the_most_missed_questions_first(mini_app) -> None:  # type: ignore[no-untyped-def]
    for _ in range(2):
        lid = _learner(mini_app)
        view = mini_app.quizzes.start(lid, PACK, QUIZ)
        for shown in view.questions:
            if shown.id != "basics-02":
                mini_app.quizzes.save_answer(view.attempt_id, shown.id, right_answer(shown.question))
        mini_app.quizzes.submit(view.attempt_id)
    open_one = mini_app.quizzes.start(_learner(mini_app), PACK, QUIZ)  # open attempts do not count
    mini_app.quizzes.save_answer(open_one.attempt_id, "basics-01", "3")
    stats = mini_app.quizzes.question_stats(PACK)
    assert stats[0].question_id == "basics-02"
    assert stats[0].times_wrong == 2
    assert stats[0].wrong_share == 1.0
    assert stats[0].prompt == "A password may have six characters."
    assert {s.question_id: (s.times_answered, s.times_wrong) for s in stats}["basics-01"] == (2, 0)
    assert len(stats) == 7
