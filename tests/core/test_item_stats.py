"""Item analysis: facility, discrimination (rest-of-test correlation), option counts and flags, hand-computed."""

from __future__ import annotations

import math

import pytest

from trainer_app.core.domain.item_report import FlagKind, GradedAnswer, OptionCount
from trainer_app.core.domain.quiz import Question, QuestionType
from trainer_app.core.rules.item_stats import analyse, correlation, flags

Q1 = Question("q1", QuestionType.SINGLE, "Who opens a case?", options=("a", "b", "c"), correct=("a",))
Q2 = Question("q2", QuestionType.TRUE_FALSE, "Consent is recorded.", answer=True)
Q3 = Question("q3", QuestionType.MULTIPLE, "Pick two", options=("x", "y", "z"), correct=("x", "y"))


def _a(earned: float, response: object) -> GradedAnswer:
    return GradedAnswer(earned, 1.0, response)


# Three attempts. Totals: 1, 2, 1.
ATTEMPTS = [
    {"q1": _a(1, "a"), "q2": _a(0, False), "q3": _a(0, ["z"])},
    {"q1": _a(0, "b"), "q2": _a(1, True), "q3": _a(1, ["x", "y"])},
    {"q1": _a(0, "b"), "q2": _a(1, True), "q3": _a(0, ["x"])},
]


def test_facility_and_negative_discrimination_by_hand() -> None:
    q1, q2, q3 = analyse([Q1, Q2, Q3], ATTEMPTS)
    # q1: x = [1, 0, 0], rest of test y = [0, 2, 1]; x̄ = 1/3, ȳ = 1
    # Σ(x−x̄)(y−ȳ) = (2/3)(−1) + (−1/3)(1) + 0 = −1; Σ(x−x̄)² = 2/3; Σ(y−ȳ)² = 2 → r = −1/√(4/3) = −√3/2
    assert q1.attempts == 3
    assert q1.facility == pytest.approx(1 / 3)
    assert q1.discrimination == pytest.approx(-math.sqrt(3) / 2)
    assert [(o.option, o.chosen, o.is_correct) for o in q1.options] == [
        ("a", 1, True),
        ("b", 2, False),
        ("c", 0, False),
    ]
    # q2: x = [0, 1, 1], y = [1, 1, 0] → Σxy-dev = −1/3, Σx² = 2/3, Σy² = 2/3 → r = −1/2
    assert q2.facility == pytest.approx(2 / 3)
    assert q2.discrimination == pytest.approx(-0.5)
    assert [(o.option, o.chosen) for o in q2.options] == [("True", 2), ("False", 1)]
    # q3: the rest of the test is 1 in every attempt: no variance, discrimination undefined
    assert q3.discrimination is None
    assert [(o.option, o.chosen) for o in q3.options] == [("x", 2), ("y", 1), ("z", 1)]


def test_positive_discrimination_by_hand() -> None:
    # x = [1, 1, 0, 0], y = [3, 2, 1, 0] → Σ = 2, Σx² = 1, Σy² = 5 → r = 2/√5
    assert correlation([1, 1, 0, 0], [3, 2, 1, 0]) == pytest.approx(2 / math.sqrt(5))
    assert correlation([1.0], [2.0]) is None


def test_few_attempts_only_say_so() -> None:
    q1 = analyse([Q1], ATTEMPTS)[0]
    assert [f.kind for f in q1.flags] == [FlagKind.TOO_FEW_ATTEMPTS]
    assert "too few attempts" in q1.describe_flags()


def test_enough_attempts_flag_negative_discrimination_and_unused_distractor() -> None:
    q1, _q2, _q3 = analyse([Q1, Q2, Q3], ATTEMPTS * 4)  # 12 attempts; same means and correlations
    assert q1.attempts == 12
    assert q1.discrimination == pytest.approx(-math.sqrt(3) / 2)
    assert [(f.kind, f.option) for f in q1.flags] == [
        (FlagKind.NEGATIVE_DISCRIMINATION, ""),
        (FlagKind.UNUSED_DISTRACTOR, "c"),
    ]
    assert "distractor nobody picks: c" in q1.describe_flags()


def test_facility_thresholds() -> None:
    opts = (OptionCount("a", 5, True), OptionCount("b", 5, False))
    assert [f.kind for f in flags(10, 0.1, 0.3, opts)] == [FlagKind.TOO_HARD]
    assert [f.kind for f in flags(10, 0.96, 0.3, opts)] == [FlagKind.TOO_EASY]
    assert flags(10, 0.5, 0.3, opts) == ()


def test_questions_not_drawn_have_no_attempts() -> None:
    other = Question("q9", QuestionType.ORDERING, "Order", items=("1", "2"))
    stats = analyse([other], ATTEMPTS)[0]
    assert stats.attempts == 0
    assert stats.facility is None
    assert stats.options == ()
