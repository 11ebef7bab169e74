"""Quiz rules: seeded draws, grading of every question type with and without partial credit, pass-mark
boundaries, attempt limits and cool-downs. Pure: no database, no Qt.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import MINI_PACK
from trainer_app.core.common.clock import FakeClock
from trainer_app.core.domain.quiz import Question, QuestionBank, QuestionType
from trainer_app.core.packs.quizbank import load_bank
from trainer_app.core.rules import quiz as rules
from trainer_app.core.rules.quiz import DrawnItem, ShownQuestion

T = QuestionType


def _single(qid: str = "q1", points: float = 1.0) -> Question:
    return Question(qid, T.SINGLE, "Pick", options=("a", "b", "c"), correct=("b",), points=points)


def _multiple(partial: bool) -> Question:
    return Question(
        "m", T.MULTIPLE, "Tick", options=("a", "b", "c", "d"), correct=("a", "b"), partial_credit=partial
    )


def _matching(partial: bool) -> Question:
    pairs = (("l1", "r1"), ("l2", "r2"), ("l3", "r3"), ("l4", "r4"))
    return Question("x", T.MATCHING, "Match", pairs=pairs, partial_credit=partial)


def _ordering(partial: bool) -> Question:
    return Question("o", T.ORDERING, "Order", items=("1", "2", "3", "4"), partial_credit=partial)


def _bank(n: int = 8) -> QuestionBank:
    questions = [
        Question(
            f"q{i}",
            T.SINGLE,
            f"Question {i}",
            options=tuple(f"o{i}{k}" for k in range(5)),
            correct=(f"o{i}0",),
        )
        for i in range(n)
    ]
    parts = (_single("s-a"), Question("s-b", T.TRUE_FALSE, "True?", answer=True), _ordering(False))
    questions.append(Question("s", T.SCENARIO, vignette="A story.", parts=parts))
    return QuestionBank("b", "Bank", tuple(questions))


def _mini_bank() -> QuestionBank:
    return load_bank(MINI_PACK / "quizzes" / "basics.toml", MINI_PACK)


# ---- draw ----------------------------------------------------------------------------------------------


def test_the_same_seed_draws_the_same_items_in_the_same_order_with_the_same_options() -> None:
    bank = _mini_bank()
    assert rules.draw(bank, None, 7) == rules.draw(bank, None, 7)
    assert rules.draw(bank, 3, 7) == rules.draw(bank, 3, 7)


def test_different_seeds_give_different_draws() -> None:
    bank = _bank(12)
    draws = {
        tuple((i.id, tuple(q.shown for q in i.questions)) for i in rules.draw(bank, 5, seed))
        for seed in range(20)
    }
    assert len(draws) > 15


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(min_value=0, max_value=2**31 - 1), count=st.integers(min_value=1, max_value=12))
def test_a_draw_picks_distinct_items_keeps_scenarios_whole_and_only_reorders_options(
    seed: int, count: int
) -> None:
    bank = _bank(8)
    drawn = rules.draw(bank, count, seed)
    assert len(drawn) == min(count, bank.item_count)
    assert len({item.id for item in drawn}) == len(drawn)
    for item in drawn:
        original = bank.question(item.id)
        assert original is not None
        assert tuple(s.question for s in item.questions) == original.leaves  # parts together and in order
        for shown in item.questions:
            question = shown.question
            if question.type is T.SINGLE:
                assert sorted(shown.shown) == sorted(question.options)
            if question.type is T.ORDERING:
                assert sorted(shown.shown) == sorted(question.items)
                assert shown.shown != question.items  # never starts solved


def test_a_scenario_counts_as_one_item_and_shows_its_vignette() -> None:
    drawn = rules.draw(_mini_bank(), None, 3)
    assert len(drawn) == 6
    scenario = next(item for item in drawn if item.id == "basics-06")
    assert scenario.is_scenario
    assert scenario.vignette.startswith("Sam")
    assert [q.id for q in scenario.questions] == ["basics-06a", "basics-06b"]


def test_matching_shows_every_right_hand_side_once() -> None:
    drawn = rules.draw(_mini_bank(), None, 11)
    matching = next(q for q in rules.leaf_questions(drawn) if q.id == "basics-04")
    assert sorted(matching.shown) == sorted(right for _left, right in matching.question.pairs)


def test_a_question_keeps_its_option_order_whatever_else_is_drawn() -> None:
    bank = _bank(10)
    orders = {}
    for count in (3, 6, 10):
        for item in rules.draw(bank, count, 99):
            orders.setdefault(item.id, set()).add(item.questions[0].shown)
    assert all(len(shown) == 1 for shown in orders.values())


# ---- grade ---------------------------------------------------------------------------------------------


def test_single_and_true_false() -> None:
    assert rules.grade(_single(points=2), "b") == (2.0, 2.0, True)
    assert rules.grade(_single(), "a") == (0.0, 1.0, False)
    assert rules.grade(_single(), None) == (0.0, 1.0, False)
    tf = Question("t", T.TRUE_FALSE, "?", answer=False)
    assert rules.grade(tf, False) == (1.0, 1.0, True)
    assert rules.grade(tf, True) == (0.0, 1.0, False)
    assert rules.grade(tf, "false") == (0.0, 1.0, False)  # malformed scores 0, never raises


@pytest.mark.parametrize(
    ("ticked", "partial", "earned", "correct"),
    [
        (["a", "b"], False, 1.0, True),
        (["b", "a"], True, 1.0, True),
        (["a"], False, 0.0, False),
        (["a"], True, 0.75, False),  # a right, b wrongly left, c and d rightly left
        (["a", "c"], True, 0.5, False),
        (["a", "b", "c", "d"], True, 0.5, False),
        (["c", "d"], True, 0.0, False),
        ([], True, 0.0, False),  # nothing ticked is no answer
        (None, True, 0.0, False),
    ],
)
def test_multiple_with_and_without_partial_credit(ticked, partial, earned, correct) -> None:  # type: ignore[no-untyped-def]
    assert rules.grade(_multiple(partial), ticked) == (earned, 1.0, correct)


def test_matching_partial_credit_is_the_share_of_pairs_right() -> None:
    answer = {"l1": "r1", "l2": "r2", "l3": "r4", "l4": "r3"}
    assert rules.grade(_matching(True), answer) == (0.5, 1.0, False)
    assert rules.grade(_matching(False), answer) == (0.0, 1.0, False)
    assert rules.grade(_matching(False), {f"l{i}": f"r{i}" for i in range(1, 5)}) == (1.0, 1.0, True)
    assert rules.grade(_matching(True), {"l1": "r1"}) == (0.25, 1.0, False)


def test_ordering_partial_credit_is_the_share_of_items_in_place() -> None:
    assert rules.grade(_ordering(True), ["1", "2", "4", "3"]) == (0.5, 1.0, False)
    assert rules.grade(_ordering(False), ["1", "2", "4", "3"]) == (0.0, 1.0, False)
    assert rules.grade(_ordering(False), ["1", "2", "3", "4"]) == (1.0, 1.0, True)
    assert rules.grade(_ordering(True), ["4", "3", "2", "1"]) == (0.0, 1.0, False)


@settings(max_examples=200, deadline=None)
@given(ticked=st.lists(st.sampled_from(["a", "b", "c", "d", "zz"]), unique=True), partial=st.booleans())
def test_a_grade_is_always_between_zero_and_the_points(ticked: list[str], partial: bool) -> None:
    earned, possible, correct = rules.grade(_multiple(partial), ticked)
    assert 0.0 <= earned <= possible == 1.0
    assert correct == (earned == possible)


def _drawn(*questions: Question) -> tuple[DrawnItem, ...]:
    return tuple(DrawnItem(q.id, (ShownQuestion(q),)) for q in questions)


@pytest.mark.parametrize(
    ("right", "pass_mark", "passed"),
    [(4, 0.8, True), (3, 0.8, False), (5, 1.0, True), (0, 0.0, True), (2, 0.4, True), (1, 0.4, False)],
)
def test_a_score_exactly_at_the_pass_mark_passes(right: int, pass_mark: float, passed: bool) -> None:
    questions = [_single(f"q{i}") for i in range(5)]
    responses = {f"q{i}": ("b" if i < right else "a") for i in range(5)}
    result = rules.grade_attempt(_drawn(*questions), responses, pass_mark)
    assert result.score == pytest.approx(right / 5)
    assert result.passed is passed


def test_thirds_at_a_pass_mark_of_two_thirds_pass_despite_rounding() -> None:
    questions = [_single(f"q{i}") for i in range(3)]
    result = rules.grade_attempt(_drawn(*questions), {"q0": "b", "q1": "b"}, 2 / 3)
    assert result.passed


def test_grade_attempt_weights_points_and_lists_every_question() -> None:
    drawn = _drawn(_single("heavy", points=3), _single("light"), _matching(True))
    result = rules.grade_attempt(drawn, {"heavy": "b", "x": {"l1": "r1", "l2": "r2"}}, 0.8)
    assert [r.question_id for r in result.results] == ["heavy", "light", "x"]
    assert result.points_earned == 3.5
    assert result.points_possible == 5
    assert result.score == pytest.approx(0.7)
    assert not result.passed
    assert [r.answered for r in result.results] == [True, False, False]  # half a matching is not finished


# ---- attempt limits ------------------------------------------------------------------------------------


def test_attempt_limits_and_cooldown_with_a_fake_clock() -> None:
    clock = FakeClock()
    assert rules.may_start_attempt([], 2, 3600, clock()) == (True, "", None)
    first = clock()
    clock.advance(600)
    decision = rules.may_start_attempt([first], 2, 3600, clock())
    assert not decision.allowed
    assert decision.next_allowed_at == first + timedelta(hours=1)
    assert "2026-01-05 10:00" in decision.reason
    clock.advance(3000)  # exactly one hour after the first attempt
    assert rules.may_start_attempt([first], 2, 3600, clock()).allowed
    used_up = rules.may_start_attempt([first, clock()], 2, 0, clock() + timedelta(days=30))
    assert not used_up.allowed
    assert used_up.next_allowed_at is None
    assert "all 2 attempts" in used_up.reason


def test_unlimited_attempts_and_no_cooldown() -> None:
    now = datetime(2026, 3, 1, tzinfo=UTC)
    assert rules.may_start_attempt([now] * 50, 0, 0, now).allowed


def test_cooldown_counts_from_the_latest_attempt() -> None:
    now = datetime(2026, 3, 1, 12, tzinfo=UTC)
    times = [now - timedelta(hours=5), now - timedelta(minutes=10), now - timedelta(hours=2)]
    decision = rules.may_start_attempt(times, 0, 1800, now)
    assert decision.next_allowed_at == now + timedelta(minutes=20)
