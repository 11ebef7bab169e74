"""The demo seed's xAPI statements: each seeded observation replayed through the live statement builder
(services.xapi_observations), dated when it happened in the seeded history and queued in time order, so the
outbox holds what real use would have written. Pure: rows in, outbox rows out.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from trainer_app.core.domain.learner import Learner
from trainer_app.core.domain.pack import Activity, ActivityKind, Pack
from trainer_app.core.domain.progress import ActivityProgress, Status
from trainer_app.core.services.demo_rows import DemoRows
from trainer_app.core.services.lrs_settings import LrsSettings
from trainer_app.core.services.progress import Observation
from trainer_app.core.services.xapi_observations import OutboxRow, observation_rows
from trainer_app.core.storage.demo_repo import LogEntry
from trainer_app.core.storage.quiz_repo import GradedAnswerRow, QuizAttempt, StoredAnswer


def statements(
    rows: DemoRows,
    answers: Sequence[GradedAnswerRow],
    learners: Mapping[str, Learner],
    pack: Pack,
    lrs: LrsSettings,
    rng: random.Random,
) -> list[OutboxRow]:
    """Every seeded observation's statements, oldest first (statement ids drawn from `rng`: same seed, same
    ids)."""

    def new_id() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    by_attempt: dict[str, dict[str, StoredAnswer]] = {}
    for a in answers:
        by_attempt.setdefault(a.attempt_id, {})[a.question_id] = StoredAnswer(
            a.question_id, a.response, a.points_earned, a.points_possible, a.correct
        )
    attempts: dict[tuple[str, str], list[QuizAttempt]] = {}
    for stored in rows.attempts:
        attempts.setdefault((stored.learner_id, stored.activity_id), []).append(stored)
    found: list[OutboxRow] = []
    for (done, _detail), entry in zip(rows.progress, rows.log, strict=True):
        activity = _activity(pack, entry.activity_id)  # the pack's own lookup is a dict already
        tries = attempts.get((entry.learner_id, entry.activity_id), [])
        for seen, attempt in _observations(learners[entry.learner_id], pack, activity, done, entry, tries):
            answered = by_attempt.get(attempt.id, {}) if attempt else None
            found += observation_rows(seen, pack, lrs, attempt, answered, new_id)
    found.sort(key=lambda row: row.created_at)  # stable: an observation's statements keep their order
    return found


def _activity(pack: Pack, activity_id: str) -> Activity:
    found = pack.activity(activity_id)
    if found is None:  # the rows were built from this pack's activities
        raise LookupError(activity_id)
    return found


def _observations(
    learner: Learner,
    pack: Pack,
    activity: Activity,
    done: ActivityProgress,
    entry: LogEntry,
    tries: list[QuizAttempt],
) -> Iterator[tuple[Observation, QuizAttempt | None]]:
    """What real use would have recorded: one observation per quiz submission (an earlier failed attempt
    leaves the quiz in progress), else the one observation the session log holds."""
    completed = done.status is Status.COMPLETED
    if activity.kind is not ActivityKind.QUIZ or not tries:
        yield (
            _seen(
                (learner, pack, activity),
                done,
                entry,
                newly_completed=completed,
                kind=entry.kind,
                data=entry.data,
            ),
            None,
        )
        return
    for number, attempt in enumerate(tries, start=1):
        last = number == len(tries)
        score = attempt.score or 0.0
        after = done if last else _failed(done, score)
        data = {"attempt": attempt.id, "score": score, "passed": bool(attempt.passed)}
        moment = attempt.submitted_at or entry.observed_at
        yield (
            _seen(
                (learner, pack, activity),
                after,
                entry,
                newly_completed=completed and last,
                kind="quiz",
                data=data,
                seconds=attempt.seconds_spent,
                moment=moment,
            ),
            attempt,
        )


def _failed(done: ActivityProgress, score: float) -> ActivityProgress:
    """The progress an earlier failed submission leaves (as ProgressService.record_quiz measures it)."""
    return replace(done, status=Status.IN_PROGRESS, progress=min(0.99, score), completed_at=None)


def _seen(
    subject: tuple[Learner, Pack, Activity],
    after: ActivityProgress,
    entry: LogEntry,
    *,
    newly_completed: bool,
    kind: str,
    data: dict[str, Any],
    seconds: float | None = None,
    moment: datetime | None = None,
) -> Observation:
    learner, pack, activity = subject
    return Observation(
        learner,
        pack.id,
        after.content_version or pack.version,
        activity,
        None,
        after,
        newly_completed,
        kind,
        dict(data),
        entry.seconds if seconds is None else seconds,
        moment or entry.observed_at,
    )
