"""The xAPI statements one recorded observation gives, as outbox rows (pure: values in, rows out). The live
recorder (XapiService.record) and the demo seed both build their statements here, so the demo's outbox holds
exactly what real use would write.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime

from trainer_app.core.common.ids import new_uuid
from trainer_app.core.domain.pack import Pack
from trainer_app.core.domain.progress import Status
from trainer_app.core.domain.quiz import Question
from trainer_app.core.exchange import xapi_interactions
from trainer_app.core.exchange.xapi import (
    Actor,
    Outcome,
    StatementInput,
    Target,
    Verb,
    build_statement,
    to_json,
)
from trainer_app.core.services.lrs_settings import LrsSettings
from trainer_app.core.services.progress import Observation
from trainer_app.core.storage.quiz_repo import QuizAttempt, StoredAnswer

NewId = Callable[[], str]
# A question's interaction definition depends on the question alone; a quiz's questions are asked again and
# again (the demo seed replays thousands of attempts), so build each once. Callers never mutate it.
_definition = functools.lru_cache(maxsize=4096)(xapi_interactions.definition)


@dataclass(frozen=True)
class OutboxRow:
    """One statement as the outbox stores it: its exact JSON and the columns the queue filters on."""

    statement_id: str
    statement: str
    learner_id: str
    verb: str
    pack_id: str
    activity_id: str
    created_at: datetime


def observation_rows(
    seen: Observation,
    pack: Pack,
    lrs: LrsSettings,
    attempt: QuizAttempt | None = None,
    answers: Mapping[str, StoredAnswer] | None = None,
    new_id: NewId = new_uuid,
) -> list[OutboxRow]:
    """The observation's statements, in the order they happened; `attempt` and its graded `answers` for a
    quiz submission (the attempt named by `seen.log_data["attempt"]`)."""
    base = _input(seen, pack, lrs)
    if seen.log_kind == "opened":
        found = [_with(base, Verb.ATTEMPTED, new_id)]
    elif seen.log_kind == "quiz" and seen.log_data.get("attempt"):
        found = _quiz_statements(seen, base, attempt, answers or {}, new_id)
    else:
        found = _plain_statements(seen, base, new_id)
    return [
        OutboxRow(
            item.statement_id,
            to_json(build_statement(item)),
            seen.learner.id,
            verb.value,
            seen.pack_id,
            seen.activity.id,
            seen.observed_at,
        )
        for verb, item in found
    ]


def _plain_statements(
    seen: Observation, base: StatementInput, new_id: NewId
) -> list[tuple[Verb, StatementInput]]:
    duration = Outcome(duration_seconds=seen.seconds)
    if seen.newly_completed:
        outcome = replace(duration, completion=True, progress_percent=100)
        return [_with(base, Verb.COMPLETED, new_id, outcome)]
    before = seen.before.progress if seen.before else 0.0
    if seen.after.progress > before:
        outcome = replace(duration, completion=False, progress_percent=int(seen.after.progress * 100))
        return [_with(base, Verb.PROGRESSED, new_id, outcome)]
    return [_with(base, Verb.EXPERIENCED, new_id, duration)]


def _quiz_statements(
    seen: Observation,
    base: StatementInput,
    attempt: QuizAttempt | None,
    answers: Mapping[str, StoredAnswer],
    new_id: NewId,
) -> list[tuple[Verb, StatementInput]]:
    """One `answered` per graded question in the order shown, then `passed`/`failed`, then `completed` when
    this submission completed the quiz; all carry the attempt id."""
    base = replace(base, attempt_id=str(seen.log_data.get("attempt", "")))
    found: list[tuple[Verb, StatementInput]] = []
    earned = possible = 0.0
    for shown in (q for item in attempt.drawn for q in item.questions) if attempt else ():
        answer = answers.get(shown.id)
        if answer is None:
            continue
        earned += answer.points_earned or 0.0
        possible += answer.points_possible or 0.0
        if answer.response is not None:
            found.append(_answered(base, answer, shown.question, new_id))
    passed = bool(seen.log_data.get("passed"))
    score = float(seen.log_data.get("score", 0.0))
    outcome = Outcome(
        score_scaled=score,
        score_raw=earned,
        score_min=0.0,
        score_max=possible,
        success=passed,
        completion=seen.after.status is Status.COMPLETED,
        duration_seconds=seen.seconds,
    )
    found.append(_with(base, Verb.PASSED if passed else Verb.FAILED, new_id, outcome))
    if seen.newly_completed:
        found.append(_with(base, Verb.COMPLETED, new_id, Outcome(completion=True, progress_percent=100)))
    return found


def _input(seen: Observation, pack: Pack, lrs: LrsSettings) -> StatementInput:
    module = pack.module(seen.activity.module_id)
    target = Target(
        pack_id=seen.pack_id,
        pack_version=seen.pack_version,
        pack_title=pack.title,
        activity_id=seen.activity.id,
        kind=seen.activity.kind.value,
        title=seen.activity.title,
        module_id=seen.activity.module_id,
        module_title=module.title if module else "",
    )
    actor = Actor(seen.learner.id, lrs.home_page, seen.learner.display_name if lrs.include_names else None)
    return StatementInput(
        statement_id="",
        actor=actor,
        verb=Verb.EXPERIENCED,
        target=target,
        timestamp=seen.observed_at,
        role=seen.learner.main_role,
        language=pack.language or "en",
    )


def _with(
    base: StatementInput, verb: Verb, new_id: NewId, outcome: Outcome | None = None
) -> tuple[Verb, StatementInput]:
    return verb, replace(base, statement_id=new_id(), verb=verb, outcome=outcome or Outcome())


def _answered(
    base: StatementInput, answer: StoredAnswer, question: Question, new_id: NewId
) -> tuple[Verb, StatementInput]:
    response = xapi_interactions.response(question, answer.response)
    if response is None:  # a type with no xAPI response format: the stored answer as JSON
        response = json.dumps(answer.response, sort_keys=True, ensure_ascii=False)
    possible = answer.points_possible or 0.0
    outcome = Outcome(
        score_raw=answer.points_earned,
        score_min=0.0,
        score_max=possible,
        score_scaled=(answer.points_earned or 0.0) / possible if possible else None,
        success=answer.correct,
        response=response,
    )
    target = replace(
        base.target,
        question_id=answer.question_id,
        question_text=question.prompt,
        interaction=_definition(question, base.language or "en"),
    )
    return _with(replace(base, target=target), Verb.ANSWERED, new_id, outcome)
