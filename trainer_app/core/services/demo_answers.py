"""The demo seed's quiz answers: for each demo attempt, one graded answer per drawn question, consistent with the
attempt's score, so the charts and the item analysis have data. Some questions are harder than others and some
distractors more tempting; the same attempts always give the same answers.
"""

from __future__ import annotations

import functools
import math
import random
import zlib
from collections.abc import Sequence

from trainer_app.core.domain.quiz import Question, QuestionType
from trainer_app.core.rules import quiz as quiz_rules
from trainer_app.core.rules.quiz import Response
from trainer_app.core.storage.quiz_repo import GradedAnswerRow, QuizAttempt

EASINESS = (0.2, 0.6, 1.0, 1.0, 1.5, 2.5, 4.0)  # weight of being among the questions a learner gets right
UNTEMPTING_SHARE = 0.2  # questions where one distractor is never chosen (so the item analysis can flag it)


SWAPPABLE = 2  # items needed to swap two and make a wrong answer


def answer_rows(attempts: Sequence[QuizAttempt]) -> list[GradedAnswerRow]:
    """Graded answers for every submitted attempt that has a score."""
    rows: list[GradedAnswerRow] = []
    for attempt in attempts:
        if attempt.score is None or attempt.submitted_at is None:
            continue
        leaves = [shown.question for shown in quiz_rules.leaf_questions(attempt.drawn)]
        rng = random.Random(zlib.crc32(attempt.id.encode()))
        right = _right_ones(leaves, attempt.score, bool(attempt.passed), rng)
        for question in leaves:
            response = _correct(question) if question.id in right else _wrong(question, rng)
            grade = quiz_rules.grade(question, response)
            rows.append(
                GradedAnswerRow(
                    attempt.id,
                    question.id,
                    response,
                    grade.points_earned,
                    grade.points_possible,
                    grade.correct,
                    attempt.submitted_at,
                )
            )
    return rows


def _right_ones(leaves: list[Question], score: float, passed: bool, rng: random.Random) -> set[str]:
    """Which questions the learner got right: as many as the score says (rounded towards the pass or fail it
    records), drawn by easiness (weighted sampling without replacement: key = u ** (1 / weight))."""
    wanted = score * len(leaves)
    count = math.ceil(wanted - 1e-9) if passed else math.floor(wanted + 1e-9)
    keyed = sorted(leaves, key=lambda q: rng.random() ** (1.0 / _profile(q)[0]), reverse=True)
    return {q.id for q in keyed[: max(0, min(len(leaves), count))]}


def _profile(question: Question) -> tuple[float, bool]:
    """(easiness weight, whether its last distractor is never chosen): fixed per question id."""
    return _profile_of(question.id)


@functools.lru_cache(maxsize=8192)  # asked for every question of every attempt: a few hundred ids
def _profile_of(question_id: str) -> tuple[float, bool]:
    rng = random.Random(zlib.crc32(question_id.encode()))
    return rng.choice(EASINESS), rng.random() < UNTEMPTING_SHARE


def _correct(question: Question) -> Response:
    if question.type is QuestionType.SINGLE:
        return question.correct[0] if question.correct else None
    if question.type is QuestionType.TRUE_FALSE:
        return question.answer
    if question.type is QuestionType.MULTIPLE:
        return list(question.correct)
    if question.type is QuestionType.MATCHING:
        return {left: right for left, right in question.pairs}
    return list(question.items)


def _wrong(question: Question, rng: random.Random) -> Response:
    if question.type is QuestionType.TRUE_FALSE:
        return None if question.answer is None else not question.answer
    if question.type in (QuestionType.SINGLE, QuestionType.MULTIPLE):
        distractor = _distractor(question, rng)
        if distractor is None:
            return None
        if question.type is QuestionType.SINGLE:
            return distractor
        return [*question.correct[:-1], distractor]  # one right option swapped for a wrong one
    if question.type is QuestionType.MATCHING and len(question.pairs) >= SWAPPABLE:
        rights = [right for _left, right in question.pairs]
        rights[0], rights[1] = rights[1], rights[0]
        return {left: right for (left, _r), right in zip(question.pairs, rights, strict=True)}
    if question.type is QuestionType.ORDERING and len(question.items) >= SWAPPABLE:
        return [question.items[1], question.items[0], *question.items[2:]]
    return None


def _distractor(question: Question, rng: random.Random) -> str | None:
    """A wrong option, the first ones more tempting; the last one never, for some questions."""
    wrong = [o for o in question.options if o not in question.correct]
    if _profile(question)[1] and len(wrong) > 1:
        wrong = wrong[:-1]
    if not wrong:
        return None
    weights = [1.0 / (index + 1) for index in range(len(wrong))]
    return rng.choices(wrong, weights)[0]
