"""Quiz attempts and answers in and out. The drawn questions are stored whole, so grading and review never
depend on the pack as it is later.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, and_, case, func, select

from trainer_app.core.common.clock import as_utc
from trainer_app.core.domain.quiz import Question, QuestionType
from trainer_app.core.rules.quiz import DrawnItem, QuestionResult, Response, ShownQuestion
from trainer_app.core.storage.tables_quiz import quiz_answer, quiz_attempt

DRAWN_FORMAT = 1


@dataclass(frozen=True)
class QuizAttempt:
    """One stored attempt. `score`, `passed` and `submitted_at` are None until it is submitted."""

    id: str
    learner_id: str
    pack_id: str
    activity_id: str
    bank_id: str
    seed: int
    drawn: tuple[DrawnItem, ...]
    pass_mark: float
    pack_version: str
    started_at: datetime
    submitted_at: datetime | None
    score: float | None
    passed: bool | None
    seconds_spent: float

    @property
    def is_submitted(self) -> bool:
        return self.submitted_at is not None


@dataclass(frozen=True)
class StoredAnswer:
    question_id: str
    response: Response
    points_earned: float | None
    points_possible: float | None
    correct: bool | None


# ---- drawn questions as JSON -------------------------------------------------------------------------


def question_to_json(question: Question) -> dict[str, Any]:
    return {
        "id": question.id,
        "type": question.type.value,
        "prompt": question.prompt,
        "options": list(question.options),
        "correct": list(question.correct),
        "answer": question.answer,
        "pairs": [list(pair) for pair in question.pairs],
        "items": list(question.items),
        "partial_credit": question.partial_credit,
        "points": question.points,
        "explanation": question.explanation,
        "source": question.source,
    }


def question_from_json(data: dict[str, Any]) -> Question:
    return Question(
        id=data["id"],
        type=QuestionType(data["type"]),
        prompt=data.get("prompt", ""),
        options=tuple(data.get("options", ())),
        correct=tuple(data.get("correct", ())),
        answer=data.get("answer"),
        pairs=tuple((str(a), str(b)) for a, b in data.get("pairs", ())),
        items=tuple(data.get("items", ())),
        partial_credit=bool(data.get("partial_credit", False)),
        points=float(data.get("points", 1.0)),
        explanation=data.get("explanation", ""),
        source=data.get("source", ""),
    )


def drawn_to_json(drawn: Sequence[DrawnItem]) -> str:
    items = [
        {
            "id": item.id,
            "vignette": item.vignette,
            "questions": [{**question_to_json(s.question), "shown": list(s.shown)} for s in item.questions],
        }
        for item in drawn
    ]
    return json.dumps({"format": DRAWN_FORMAT, "items": items}, ensure_ascii=False, separators=(",", ":"))


def drawn_from_json(text: str) -> tuple[DrawnItem, ...]:
    data = json.loads(text)
    return tuple(
        DrawnItem(
            id=item["id"],
            vignette=item.get("vignette", ""),
            questions=tuple(
                ShownQuestion(question_from_json(q), tuple(q.get("shown", ()))) for q in item["questions"]
            ),
        )
        for item in data["items"]
    )


# ---- attempts ----------------------------------------------------------------------------------------


def _to_attempt(row: Any) -> QuizAttempt:
    return QuizAttempt(
        id=row.id,
        learner_id=row.learner_id,
        pack_id=row.pack_id,
        activity_id=row.activity_id,
        bank_id=row.bank_id,
        seed=int(row.seed),
        drawn=drawn_from_json(row.drawn),
        pass_mark=float(row.pass_mark),
        pack_version=row.pack_version,
        started_at=as_utc(row.started_at),
        submitted_at=as_utc(row.submitted_at) if row.submitted_at else None,
        score=float(row.score) if row.score is not None else None,
        passed=bool(row.passed) if row.passed is not None else None,
        seconds_spent=float(row.seconds_spent),
    )


def insert_attempt(conn: Connection, attempt: QuizAttempt) -> None:
    conn.execute(
        quiz_attempt.insert().values(
            id=attempt.id,
            learner_id=attempt.learner_id,
            pack_id=attempt.pack_id,
            activity_id=attempt.activity_id,
            bank_id=attempt.bank_id,
            seed=attempt.seed,
            drawn=drawn_to_json(attempt.drawn),
            pass_mark=attempt.pass_mark,
            pack_version=attempt.pack_version,
            started_at=attempt.started_at,
            submitted_at=attempt.submitted_at,
            score=attempt.score,
            passed=attempt.passed,
            seconds_spent=attempt.seconds_spent,
        )
    )


def get_attempt(conn: Connection, attempt_id: str) -> QuizAttempt | None:
    row = conn.execute(select(quiz_attempt).where(quiz_attempt.c.id == attempt_id)).first()
    return _to_attempt(row) if row else None


def attempts_for(conn: Connection, learner_id: str, pack_id: str, activity_id: str) -> list[QuizAttempt]:
    """Every attempt of one learner at one quiz, oldest first."""
    rows = conn.execute(
        select(quiz_attempt)
        .where(
            quiz_attempt.c.learner_id == learner_id,
            quiz_attempt.c.pack_id == pack_id,
            quiz_attempt.c.activity_id == activity_id,
        )
        .order_by(quiz_attempt.c.started_at, quiz_attempt.c.id)
    )
    return [_to_attempt(row) for row in rows]


def add_seconds(conn: Connection, attempt_id: str, seconds: float) -> None:
    conn.execute(
        quiz_attempt.update()
        .where(quiz_attempt.c.id == attempt_id)
        .values(seconds_spent=quiz_attempt.c.seconds_spent + seconds)
    )


def mark_submitted(
    conn: Connection,
    attempt_id: str,
    submitted_at: datetime,
    score: float,
    passed: bool,
    seconds_spent: float,
) -> bool:
    """Stamp the result once; False when the attempt was already submitted."""
    result = conn.execute(
        quiz_attempt.update()
        .where(quiz_attempt.c.id == attempt_id, quiz_attempt.c.submitted_at.is_(None))
        .values(submitted_at=submitted_at, score=score, passed=passed, seconds_spent=seconds_spent)
    )
    return bool(result.rowcount)


# ---- answers -----------------------------------------------------------------------------------------


def save_response(
    conn: Connection, attempt_id: str, question_id: str, response: Response, now: datetime
) -> None:
    """Insert or replace one answer while the attempt is open."""
    text = json.dumps(response, ensure_ascii=False, separators=(",", ":"))
    updated = conn.execute(
        quiz_answer.update()
        .where(quiz_answer.c.attempt_id == attempt_id, quiz_answer.c.question_id == question_id)
        .values(response=text, saved_at=now)
    )
    if not updated.rowcount:
        conn.execute(
            quiz_answer.insert().values(
                attempt_id=attempt_id, question_id=question_id, response=text, saved_at=now
            )
        )


def answers(conn: Connection, attempt_id: str) -> dict[str, StoredAnswer]:
    rows = conn.execute(select(quiz_answer).where(quiz_answer.c.attempt_id == attempt_id))
    return {
        row.question_id: StoredAnswer(
            question_id=row.question_id,
            response=json.loads(row.response),
            points_earned=row.points_earned,
            points_possible=row.points_possible,
            correct=bool(row.correct) if row.correct is not None else None,
        )
        for row in rows
    }


def store_results(
    conn: Connection,
    attempt_id: str,
    results: Sequence[QuestionResult],
    responses: dict[str, Response],
    now: datetime,
) -> None:
    """Write the grade of every drawn question, adding a row for each one left unanswered."""
    for result in results:
        save_response(conn, attempt_id, result.question_id, responses.get(result.question_id), now)
        conn.execute(
            quiz_answer.update()
            .where(quiz_answer.c.attempt_id == attempt_id, quiz_answer.c.question_id == result.question_id)
            .values(
                points_earned=result.points_earned,
                points_possible=result.points_possible,
                correct=result.correct,
            )
        )


def question_counts(conn: Connection, pack_id: str) -> list[tuple[str, str, int, int]]:
    """(activity id, question id, times answered, times wrong) over submitted attempts of one pack."""
    wrong = func.sum(case((quiz_answer.c.correct.is_(False), 1), else_=0))
    rows = conn.execute(
        select(quiz_attempt.c.activity_id, quiz_answer.c.question_id, func.count(), wrong)
        .select_from(quiz_answer.join(quiz_attempt, quiz_answer.c.attempt_id == quiz_attempt.c.id))
        .where(and_(quiz_attempt.c.pack_id == pack_id, quiz_attempt.c.submitted_at.is_not(None)))
        .group_by(quiz_attempt.c.activity_id, quiz_answer.c.question_id)
    )
    return [(row[0], row[1], int(row[2]), int(row[3] or 0)) for row in rows]


@dataclass(frozen=True)
class GradedAnswerRow:
    """A graded answer written in bulk (the demo seed), exactly as a submitted attempt would leave it."""

    attempt_id: str
    question_id: str
    response: Response
    points_earned: float
    points_possible: float
    correct: bool
    saved_at: datetime


def insert_graded_answers(conn: Connection, rows: Sequence[GradedAnswerRow]) -> int:
    if rows:
        conn.execute(
            quiz_answer.insert(),
            [
                {
                    "attempt_id": r.attempt_id,
                    "question_id": r.question_id,
                    "response": json.dumps(r.response, ensure_ascii=False, separators=(",", ":")),
                    "points_earned": r.points_earned,
                    "points_possible": r.points_possible,
                    "correct": r.correct,
                    "saved_at": r.saved_at,
                }
                for r in rows
            ],
        )
    return len(rows)
