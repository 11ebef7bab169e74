"""Item analysis of question banks (Moodle's quiz statistics): facility, discrimination, option frequencies, flags.

Pure functions over graded answers; no I/O. For one question, over the N submitted attempts that drew it:

- facility F = mean over attempts of x_i, where x_i = points_earned / points_possible (0–1).
- discrimination D = Pearson correlation between x_i and y_i, the score on the *rest of the test*
  (y_i = the attempt's total points earned minus the points earned on this question), as Moodle's
  "discrimination index" does to keep the question from correlating with itself:
      D = Σ (x_i − x̄)(y_i − ȳ) / sqrt( Σ (x_i − x̄)² · Σ (y_i − ȳ)² )
  D is None (undefined) when N < 2 or either score does not vary.
- option frequencies: how many attempts chose each option (single, multiple: each ticked option; true/false:
  "True" or "False"); matching and ordering questions have no options to count.
- flags: with fewer than MIN_ATTEMPTS attempts the only flag is "too few attempts" (the numbers are noise);
  otherwise facility < 0.2 (too hard), facility > 0.95 (too easy), D < 0 (negative discrimination), and each
  distractor (an option that is not correct) that no attempt chose.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from trainer_app.core.domain.item_report import (
    EASY_ABOVE,
    HARD_BELOW,
    MIN_ATTEMPTS,
    FlagKind,
    GradedAnswer,
    ItemFlag,
    ItemStats,
    OptionCount,
)
from trainer_app.core.domain.quiz import Question, QuestionType

_MIN_PAIRS = 2  # a correlation needs two points
_NO_SPREAD = 1e-12  # a sum of squares this small is a side that does not vary

TRUE_FALSE_OPTIONS = ("True", "False")


def option_list(question: Question) -> tuple[tuple[str, ...], frozenset[str]]:
    """(the options to count, the correct ones) for a question; empty for matching and ordering."""
    if question.type is QuestionType.TRUE_FALSE:
        right = "True" if question.answer else "False"
        return TRUE_FALSE_OPTIONS, frozenset({right})
    if question.type in (QuestionType.SINGLE, QuestionType.MULTIPLE):
        return question.options, frozenset(question.correct)
    return (), frozenset()


def chosen_options(question: Question, response: object) -> frozenset[str]:
    """The options one response chose; anything malformed chooses nothing."""
    if question.type is QuestionType.TRUE_FALSE and isinstance(response, bool):
        return frozenset({"True" if response else "False"})
    if question.type is QuestionType.SINGLE and isinstance(response, str):
        return frozenset({response})
    if question.type is QuestionType.MULTIPLE and isinstance(response, list):
        return frozenset(value for value in response if isinstance(value, str))
    return frozenset()


def correlation(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """Pearson's r; None with fewer than two pairs or when either side does not vary."""
    if len(xs) < _MIN_PAIRS or len(xs) != len(ys):
        return None
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    sxy = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True))
    sxx = sum((x - mean_x) ** 2 for x in xs)
    syy = sum((y - mean_y) ** 2 for y in ys)
    if sxx <= _NO_SPREAD or syy <= _NO_SPREAD:
        return None
    return sxy / math.sqrt(sxx * syy)


def analyse(
    questions: Sequence[Question], attempts: Sequence[Mapping[str, GradedAnswer]]
) -> tuple[ItemStats, ...]:
    """Statistics for each question, in the given order, over attempts (each: question id → its answer)."""
    totals = [sum(answer.points_earned for answer in attempt.values()) for attempt in attempts]
    return tuple(_item(question, attempts, totals) for question in questions)


def _item(
    question: Question, attempts: Sequence[Mapping[str, GradedAnswer]], totals: list[float]
) -> ItemStats:
    scores: list[float] = []
    rests: list[float] = []
    options, correct = option_list(question)
    counts = dict.fromkeys(options, 0)
    for attempt, total in zip(attempts, totals, strict=True):
        answer = attempt.get(question.id)
        if answer is None:
            continue
        score = answer.points_earned / answer.points_possible if answer.points_possible > 0 else 0.0
        scores.append(score)
        rests.append(total - answer.points_earned)
        for option in chosen_options(question, answer.response):
            if option in counts:
                counts[option] += 1
    facility = sum(scores) / len(scores) if scores else None
    discrimination = correlation(scores, rests)
    option_counts = tuple(OptionCount(o, counts[o], o in correct) for o in options)
    return ItemStats(
        question.id,
        question.prompt,
        len(scores),
        facility,
        discrimination,
        option_counts,
        flags(len(scores), facility, discrimination, option_counts),
    )


def flags(
    attempts: int, facility: float | None, discrimination: float | None, options: Sequence[OptionCount]
) -> tuple[ItemFlag, ...]:
    """What looks broken about a question; see the module docstring for the thresholds."""
    if attempts < MIN_ATTEMPTS or facility is None:
        return (ItemFlag(FlagKind.TOO_FEW_ATTEMPTS),)
    found: list[ItemFlag] = []
    if facility < HARD_BELOW:
        found.append(ItemFlag(FlagKind.TOO_HARD))
    if facility > EASY_ABOVE:
        found.append(ItemFlag(FlagKind.TOO_EASY))
    if discrimination is not None and discrimination < 0:
        found.append(ItemFlag(FlagKind.NEGATIVE_DISCRIMINATION))
    found.extend(
        ItemFlag(FlagKind.UNUSED_DISTRACTOR, o.option) for o in options if not o.is_correct and o.chosen == 0
    )
    return tuple(found)
