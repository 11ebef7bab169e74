"""`demo seed` writes a graded answer for every drawn question of every demo attempt, consistent with the
attempt's pass or fail, so the item analysis has data: some questions harder than others."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from tests.conftest import REPO_ROOT
from trainer_app.core.app import open_app
from trainer_app.core.common.clock import FakeClock
from trainer_app.core.rules.quiz import leaf_questions
from trainer_app.core.storage import quiz_repo
from trainer_app.core.storage.tables_quiz import quiz_attempt


def test_demo_answers_match_the_attempts_and_feed_the_item_analysis(tmp_path: Path) -> None:
    app = open_app(data_dir=str(tmp_path / "data"), clock=FakeClock(), bundled_root=REPO_ROOT)
    try:
        app.demo.seed(30, 3)
        with app.db.transaction() as conn:
            ids = list(
                conn.execute(
                    select(quiz_attempt.c.id).where(quiz_attempt.c.submitted_at.is_not(None))
                ).scalars()
            )
            assert len(ids) > 20
            for attempt_id in ids:
                attempt = quiz_repo.get_attempt(conn, attempt_id)
                assert attempt is not None
                assert attempt.passed is not None
                answers = quiz_repo.answers(conn, attempt_id)
                assert set(answers) == {shown.id for shown in leaf_questions(attempt.drawn)}
                share = sum(a.points_earned or 0 for a in answers.values()) / sum(
                    a.points_possible or 0 for a in answers.values()
                )
                # the answers agree with the recorded result (partial credit may lift a failed one a little)
                assert (
                    (share >= attempt.pass_mark - 1e-9) if attempt.passed else share < attempt.pass_mark + 0.1
                )
        quiz = next(q for q in app.items.build().quizzes if q.attempts >= 10)
        facilities = [i.facility for i in quiz.items if i.facility is not None]
        assert all(0.0 <= f <= 1.0 for f in facilities)
        assert max(facilities) - min(facilities) > 0.1, "some questions are harder than others"
        assert any(o.chosen for i in quiz.items for o in i.options if not o.is_correct), (
            "distractors are chosen"
        )
    finally:
        app.close()
