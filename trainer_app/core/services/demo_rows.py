"""The rows a demo person leaves behind: progress per activity (never beyond where they stopped), the session log,
quiz attempts (for a sample of people: each attempt stores its drawn questions whole) and walkthrough ticks.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from trainer_app.core.domain.pack import Activity, ActivityKind, Pack
from trainer_app.core.domain.progress import ActivityProgress, Status
from trainer_app.core.domain.walkthrough import StepState
from trainer_app.core.rules.quiz import DrawnItem
from trainer_app.core.storage.demo_repo import Check, LogEntry
from trainer_app.core.storage.quiz_repo import QuizAttempt

SECONDS = {
    ActivityKind.GUIDE: (240, 1200),
    ActivityKind.VIDEO: (150, 300),
    ActivityKind.SLIDES: (180, 480),
    ActivityKind.QUIZ: (240, 720),
    ActivityKind.WALKTHROUGH: (900, 2700),
}
LOG_KINDS = {
    ActivityKind.GUIDE: "read",
    ActivityKind.VIDEO: "watched",
    ActivityKind.SLIDES: "slides",
    ActivityKind.QUIZ: "quiz",
    ActivityKind.WALKTHROUGH: "walkthrough",
}


FAIL_FIRST_SHARE = 0.25  # people who fail a quiz once before passing it


@dataclass
class DemoRows:
    progress: list[tuple[ActivityProgress, dict[str, Any]]] = field(default_factory=list)
    log: list[LogEntry] = field(default_factory=list)
    attempts: list[QuizAttempt] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)


class RowBuilder:
    """`draws(activity, seed)` gives a quiz's drawn questions (cached by the caller); `steps(activity)` a
    walkthrough's step ids."""

    def __init__(
        self,
        rng: random.Random,
        pack: Pack,
        draws: Callable[[Activity, int], tuple[str, tuple[DrawnItem, ...]] | None],
        steps: Callable[[Activity], tuple[str, ...]],
        quiz_people: int,
    ) -> None:
        self.rng = rng
        self.pack = pack
        self.draws = draws
        self.steps = steps
        self.quiz_people = quiz_people
        self.rows = DemoRows()

    def _uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def person(
        self, learner_id: str, activities: list[Activity], done: int, start: datetime, with_quizzes: bool
    ) -> datetime:
        """Complete the first `done` activities from `start`; open the next one if the person started.
        Returns when the last of them was finished (or `start`)."""
        at = last = start
        opened = done + 1 if 0 < done < len(activities) else done
        for index, activity in enumerate(activities[:opened]):
            seconds = float(self.rng.randint(*SECONDS[activity.kind]))
            last = self.activity(learner_id, activity, at, seconds, index < done, with_quizzes)
            at += timedelta(seconds=seconds, hours=self.rng.choice((1, 2, 4, 20, 26, 50)))
        return last

    def activity(
        self,
        learner_id: str,
        activity: Activity,
        at: datetime,
        seconds: float,
        complete: bool,
        with_quiz: bool,
    ) -> datetime:
        finished = at + timedelta(seconds=seconds)
        value = 1.0 if complete else round(self.rng.uniform(0.2, 0.8), 2)
        detail: dict[str, Any] = {}
        data: dict[str, Any] = {}
        if activity.kind is ActivityKind.WALKTHROUGH:
            detail, data = self._walkthrough(learner_id, activity, at, seconds, complete)
        elif activity.kind is ActivityKind.QUIZ and with_quiz:
            data = self._quiz(learner_id, activity, at, seconds, complete)
        elif activity.kind is ActivityKind.VIDEO:
            data = {"intervals": [[0.0, round(seconds * value, 1)]], "duration": seconds}
        elif activity.kind is ActivityKind.GUIDE:
            data = {"scroll": value, "reached_end": complete}
        progress = ActivityProgress(
            learner_id=learner_id,
            pack_id=self.pack.id,
            activity_id=activity.id,
            status=Status.COMPLETED if complete else Status.IN_PROGRESS,
            progress=value,
            seconds_spent=seconds,
            first_opened_at=at,
            completed_at=finished if complete else None,
            last_position="",
            content_version=self.pack.version,
        )
        self.rows.progress.append((progress, detail))
        kind = LOG_KINDS[activity.kind]
        self.rows.log.append(
            LogEntry(self._uuid(), learner_id, self.pack.id, activity.id, kind, finished, seconds, data)
        )
        return finished

    def _walkthrough(
        self, learner_id: str, activity: Activity, at: datetime, seconds: float, complete: bool
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        steps = self.steps(activity)
        ticked = steps if complete else steps[: max(1, len(steps) // 2)]
        step_seconds = seconds / max(1, len(steps))
        for number, step_id in enumerate(ticked, start=1):
            state = StepState(step_id, True, at + timedelta(seconds=step_seconds * number))
            self.rows.checks.append(Check(learner_id, self.pack.id, activity.id, state))
        done = {"done": sorted(ticked), "total": len(steps)}
        return done, done

    def _quiz(
        self, learner_id: str, activity: Activity, at: datetime, seconds: float, complete: bool
    ) -> dict[str, Any]:
        """A failed attempt first for some people, then (when complete) the passing one."""
        pass_mark = activity.quiz.pass_mark
        tries = [False, True] if complete and self.rng.random() < FAIL_FIRST_SHARE else [complete]
        attempt_id = ""
        score = 0.0
        # a failed attempt first, then the passing one: each takes its share of the time
        share = seconds / len(tries)
        for number, passed in enumerate(tries):
            seed = self.rng.randrange(4)
            found = self.draws(activity, seed)
            if found is None:
                return {}
            bank_id, drawn = found
            score = round(
                self.rng.uniform(pass_mark, 1.0) if passed else self.rng.uniform(0.3, pass_mark - 0.01), 2
            )
            attempt_id = self._uuid()
            self.rows.attempts.append(
                QuizAttempt(
                    id=attempt_id,
                    learner_id=learner_id,
                    pack_id=self.pack.id,
                    activity_id=activity.id,
                    bank_id=bank_id,
                    seed=seed,
                    drawn=drawn,
                    pass_mark=pass_mark,
                    pack_version=self.pack.version,
                    started_at=at + timedelta(seconds=share * number),
                    submitted_at=at + timedelta(seconds=share * (number + 1)),
                    score=score,
                    passed=passed,
                    seconds_spent=share,
                )
            )
        return {"attempt": attempt_id, "score": score, "passed": complete}
