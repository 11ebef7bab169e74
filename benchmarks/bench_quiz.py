"""Quiz benchmarks: drawing and grading 10,000 attempts over the bundled banks, and the service round trip
(start, answer every question, submit) on a real database.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from pathlib import Path

from trainer_app.core.common.paths import bundled_pack_root
from trainer_app.core.domain.quiz import Question, QuestionBank, QuestionType
from trainer_app.core.packs.quizbank import load_bank
from trainer_app.core.rules import quiz as rules
from trainer_app.core.rules.quiz import DrawnItem, Response

ATTEMPTS = 10_000
ROUND_TRIPS = 60
SKIPPED = 0.05  # share of questions a simulated learner leaves unanswered
COIN = 0.5  # a guess between two choices


def _banks() -> list[QuestionBank]:
    root = bundled_pack_root()
    return [load_bank(path, root) for path in sorted((root / "quizzes").glob("*.toml"))]


def _random_response(question: Question, shown: tuple[str, ...], rng: random.Random) -> Response:
    """Roughly what learners do: often right, sometimes wrong, sometimes nothing."""
    if rng.random() < SKIPPED:
        return None
    kind = question.type
    if kind is QuestionType.SINGLE:
        return rng.choice(shown)
    if kind is QuestionType.MULTIPLE:
        return [option for option in shown if rng.random() < COIN] or [shown[0]]
    if kind is QuestionType.TRUE_FALSE:
        return rng.random() < COIN
    if kind is QuestionType.MATCHING:
        rights = list(shown)
        rng.shuffle(rights)
        return {left: right for (left, _r), right in zip(question.pairs, rights, strict=False)}
    order = list(shown)
    rng.shuffle(order)
    return order


def _draws(banks: list[QuestionBank]) -> list[tuple[DrawnItem, ...]]:
    return [rules.draw(banks[seed % len(banks)], 10, seed) for seed in range(ATTEMPTS)]


def _responses(draws: list[tuple[DrawnItem, ...]]) -> list[dict[str, Response]]:
    rng = random.Random(11)
    return [
        {s.id: _random_response(s.question, s.shown, rng) for s in rules.leaf_questions(drawn)}
        for drawn in draws
    ]


def _round_trips() -> tuple[list[float], float]:
    from trainer_app.core.app import open_app

    times = []
    with tempfile.TemporaryDirectory() as tmp:
        app = open_app(data_dir=str(Path(tmp) / "data"))
        pack = app.packs.default()
        quizzes = [a for a in pack.activities() if a.kind.value == "quiz"]
        rng = random.Random(3)
        for number in range(ROUND_TRIPS):
            learner, _ = app.learners.create(f"Bench learner {number}", "case_worker")
            activity = quizzes[number % len(quizzes)]
            started = time.perf_counter()
            view = app.quizzes.start(learner.id, pack.id, activity.id)
            for shown in view.questions:
                app.quizzes.save_answer(
                    view.attempt_id, shown.id, _random_response(shown.question, shown.shown, rng)
                )
            app.quizzes.submit(view.attempt_id)
            times.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        app.quizzes.question_stats(pack.id)
        stats_ms = (time.perf_counter() - started) * 1000
        app.close()
    return times, stats_ms


def run() -> list[tuple[str, float, str, str]]:
    banks = _banks()
    started = time.perf_counter()
    draws = _draws(banks)
    draw_seconds = time.perf_counter() - started
    responses = _responses(draws)
    questions = sum(len(rules.leaf_questions(drawn)) for drawn in draws)
    started = time.perf_counter()
    passed = sum(
        rules.grade_attempt(drawn, given, 0.8).passed for drawn, given in zip(draws, responses, strict=True)
    )
    grade_seconds = time.perf_counter() - started
    trips, stats_ms = _round_trips()
    return [
        (f"draw {ATTEMPTS:,} attempts of 10 items from the bundled banks", draw_seconds, "s", ""),
        (f"grade {ATTEMPTS:,} attempts ({questions:,} questions, random answers)", grade_seconds, "s", "≤ 1"),
        ("attempts passing 80% with random answers (sanity)", passed, "count", ""),
        ("start + answer every question + submit, median", statistics.median(trips), "ms", "≤ 200"),
        ("start + answer every question + submit, slowest", max(trips), "ms", ""),
        (f"most-missed question stats after {ROUND_TRIPS} attempts", stats_ms, "ms", "≤ 200"),
    ]
