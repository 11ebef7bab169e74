"""Quiz rules, pure: draw items with a seed, shuffle what is shown, grade answers, decide whether a learner may
start another attempt. Values in, values out.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import NamedTuple

from trainer_app.core.domain.quiz import Question, QuestionBank, QuestionType

# A learner's answer as JSON-ready data: single → option text; multiple → option texts; true_false → bool;
# matching → {left: right}; ordering → item texts in the learner's order; None → not answered.
Response = str | bool | list[str] | dict[str, str] | None

EPSILON = 1e-9


@dataclass(frozen=True)
class ShownQuestion:
    """A leaf question as drawn: `shown` is the option order (single, multiple), the right-hand sides offered
    (matching) or the starting order of the items (ordering); empty for true_false."""

    question: Question
    shown: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return self.question.id


@dataclass(frozen=True)
class DrawnItem:
    """One drawn item: a question, or a scenario whose parts stay together and in order."""

    id: str
    questions: tuple[ShownQuestion, ...]
    vignette: str = ""

    @property
    def is_scenario(self) -> bool:
        return bool(self.vignette)


class Grade(NamedTuple):
    points_earned: float
    points_possible: float
    correct: bool


@dataclass(frozen=True)
class QuestionResult:
    question_id: str
    points_earned: float
    points_possible: float
    correct: bool
    answered: bool


@dataclass(frozen=True)
class AttemptResult:
    """`score` is points earned / points possible (0–1); `passed` when score reaches the pass mark."""

    score: float
    passed: bool
    pass_mark: float
    points_earned: float
    points_possible: float
    results: tuple[QuestionResult, ...]

    def result(self, question_id: str) -> QuestionResult | None:
        return next((r for r in self.results if r.question_id == question_id), None)


class StartDecision(NamedTuple):
    allowed: bool
    reason: str
    next_allowed_at: datetime | None


# ---- drawing -----------------------------------------------------------------------------------------


def draw(bank: QuestionBank, draw_count: int | None, seed: int) -> tuple[DrawnItem, ...]:
    """`draw_count` items (all when None or too many) in a seeded random order, with shuffled options.

    Each question's shuffle depends only on the seed and its id, so it is the same whatever else was drawn.
    """
    items = list(bank.questions)
    count = len(items) if draw_count is None else max(0, min(draw_count, len(items)))
    picked = random.Random(f"draw:{seed}").sample(items, count)
    return tuple(_drawn_item(question, seed) for question in picked)


def _drawn_item(question: Question, seed: int) -> DrawnItem:
    shown = tuple(ShownQuestion(leaf, _shown(leaf, seed)) for leaf in question.leaves)
    vignette = question.vignette if question.type is QuestionType.SCENARIO else ""
    return DrawnItem(question.id, shown, vignette)


def _shown(question: Question, seed: int) -> tuple[str, ...]:
    prefix = f"{seed}:{question.id}:"
    kind = question.type
    if kind in (QuestionType.SINGLE, QuestionType.MULTIPLE):
        return _shuffled(question.options, prefix)
    if kind is QuestionType.MATCHING:
        return _shuffled(tuple(right for _left, right in question.pairs), prefix)
    if kind is QuestionType.ORDERING:
        order = _shuffled(question.items, prefix)
        # Never start an ordering question already solved.
        return order[1:] + order[:1] if order == question.items and len(order) > 1 else order
    return ()


def _shuffled(values: Sequence[str], prefix: str) -> tuple[str, ...]:
    """A uniform shuffle that depends only on `prefix` and the values: each value sorted by a keyed hash."""
    return tuple(
        sorted(values, key=lambda value: hashlib.blake2b((prefix + value).encode(), digest_size=8).digest())
    )


def leaf_questions(drawn: Sequence[DrawnItem]) -> tuple[ShownQuestion, ...]:
    return tuple(shown for item in drawn for shown in item.questions)


# ---- grading -----------------------------------------------------------------------------------------


def grade(question: Question, response: Response) -> Grade:
    """Points for one leaf question. Partial credit only where the bank allows it; anything malformed scores 0."""
    possible = question.points
    share = _share(question, response)
    correct = share >= 1.0 - EPSILON
    if correct:
        return Grade(possible, possible, True)
    earned = possible * share if question.partial_credit else 0.0
    return Grade(earned, possible, False)


def _share(question: Question, response: Response) -> float:
    """The share of the question answered right, 0–1."""
    return _SHARE[question.type](question, response)


def _single_share(question: Question, response: Response) -> float:
    return 1.0 if isinstance(response, str) and (response,) == question.correct[:1] else 0.0


def _true_false_share(question: Question, response: Response) -> float:
    return 1.0 if isinstance(response, bool) and response == question.answer else 0.0


def _multiple_share(question: Question, response: Response) -> float:
    """Share of options judged right (ticked when correct, left when not), floored at 0; no ticks scores 0."""
    if not isinstance(response, list) or not response or not question.options:
        return 0.0
    ticked = {value for value in response if isinstance(value, str)}
    correct = set(question.correct)
    right = sum(1 for option in question.options if (option in ticked) == (option in correct))
    return max(0.0, right / len(question.options))


def _matching_share(question: Question, response: Response) -> float:
    if not isinstance(response, dict) or not question.pairs:
        return 0.0
    right = sum(1 for left, answer in question.pairs if response.get(left) == answer)
    return right / len(question.pairs)


def _ordering_share(question: Question, response: Response) -> float:
    if not isinstance(response, list) or not question.items:
        return 0.0
    right = sum(1 for given, expected in zip(response, question.items, strict=False) if given == expected)
    return right / len(question.items)


def _scenario_share(_question: Question, _response: Response) -> float:
    return 0.0  # only its parts are graded


_SHARE: dict[QuestionType, Callable[[Question, Response], float]] = {
    QuestionType.SINGLE: _single_share,
    QuestionType.TRUE_FALSE: _true_false_share,
    QuestionType.MULTIPLE: _multiple_share,
    QuestionType.MATCHING: _matching_share,
    QuestionType.ORDERING: _ordering_share,
    QuestionType.SCENARIO: _scenario_share,
}


def is_answered(question: Question, response: Response) -> bool:
    """Whether the learner gave an answer at all (an empty selection or an unmatched row counts as none)."""
    if response is None:
        return False
    if question.type is QuestionType.MATCHING:
        return isinstance(response, dict) and all(response.get(left) for left, _right in question.pairs)
    if isinstance(response, list | dict | str):
        return bool(response)
    return isinstance(response, bool)


def grade_attempt(
    drawn: Sequence[DrawnItem], responses: Mapping[str, Response], pass_mark: float
) -> AttemptResult:
    """Grade every drawn leaf question; score exactly at the pass mark passes."""
    results: list[QuestionResult] = []
    earned_total = possible_total = 0.0
    for item in drawn:
        for shown in item.questions:
            question = shown.question
            response = responses.get(question.id)
            earned, possible, correct = grade(question, response)
            earned_total += earned
            possible_total += possible
            results.append(
                QuestionResult(question.id, earned, possible, correct, is_answered(question, response))
            )
    score = earned_total / possible_total if possible_total > 0 else 0.0
    score = min(1.0, max(0.0, score))
    return AttemptResult(
        score=score,
        passed=score + EPSILON >= pass_mark,
        pass_mark=pass_mark,
        points_earned=earned_total,
        points_possible=possible_total,
        results=tuple(results),
    )


# ---- attempt limits ----------------------------------------------------------------------------------


def may_start_attempt(
    previous_attempt_times: Sequence[datetime], max_attempts: int, cooldown_seconds: float, now: datetime
) -> StartDecision:
    """`previous_attempt_times` are when earlier attempts were submitted. 0 attempts means unlimited."""
    used = len(previous_attempt_times)
    if max_attempts > 0 and used >= max_attempts:
        noun = "attempt" if max_attempts == 1 else "attempts"
        return StartDecision(False, f"You have used all {max_attempts} {noun} allowed for this quiz.", None)
    if cooldown_seconds > 0 and previous_attempt_times:
        next_allowed_at = max(previous_attempt_times) + timedelta(seconds=cooldown_seconds)
        if now < next_allowed_at:
            reason = f"You can try this quiz again from {next_allowed_at:%Y-%m-%d %H:%M} UTC."
            return StartDecision(False, reason, next_allowed_at)
    return StartDecision(True, "", None)
