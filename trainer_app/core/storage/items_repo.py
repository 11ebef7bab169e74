"""Graded answers of submitted quiz attempts, read for item analysis (one query per pack or quiz)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import Connection, select

from trainer_app.core.storage.tables_quiz import quiz_answer, quiz_attempt


@dataclass(frozen=True)
class AnswerRow:
    activity_id: str
    attempt_id: str
    question_id: str
    response: object
    points_earned: float
    points_possible: float


def graded_answers(conn: Connection, pack_id: str, activity_id: str | None = None) -> list[AnswerRow]:
    """Every graded answer of every submitted attempt of a pack (or one quiz of it), by attempt."""
    query = (
        select(
            quiz_attempt.c.activity_id,
            quiz_answer.c.attempt_id,
            quiz_answer.c.question_id,
            quiz_answer.c.response,
            quiz_answer.c.points_earned,
            quiz_answer.c.points_possible,
        )
        .select_from(quiz_answer.join(quiz_attempt, quiz_answer.c.attempt_id == quiz_attempt.c.id))
        .where(
            quiz_attempt.c.pack_id == pack_id,
            quiz_attempt.c.submitted_at.is_not(None),
            quiz_answer.c.points_possible.is_not(None),
        )
        .order_by(quiz_answer.c.attempt_id)
    )
    if activity_id is not None:
        query = query.where(quiz_attempt.c.activity_id == activity_id)
    return [
        AnswerRow(row[0], row[1], row[2], _json(row[3]), float(row[4] or 0.0), float(row[5] or 0.0))
        for row in conn.execute(query)
    ]


def _json(text: str) -> object:
    try:
        return json.loads(text)
    except ValueError:  # a damaged response counts as no choice, never as an error
        return None
