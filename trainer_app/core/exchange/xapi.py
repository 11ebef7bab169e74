"""xAPI 1.0.3 statements from learning observations: pure values in, a statement (dict) and its exact JSON out.

The IRI scheme is documented in docs/xapi.md and must not change: LRS reports group by these ids.
"""

from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any
from urllib.parse import quote

XAPI_VERSION = "1.0.3"
IRI_ROOT = "https://cpims-trainer.invalid"
DEFAULT_HOME_PAGE = f"{IRI_ROOT}/learners"
EXTENSION_ROOT = f"{IRI_ROOT}/xapi/extensions"
EXT_PACK_VERSION = f"{EXTENSION_ROOT}/pack-version"
EXT_ROLE = f"{EXTENSION_ROOT}/role"
EXT_ATTEMPT = f"{EXTENSION_ROOT}/attempt-id"
EXT_PROGRESS = "https://w3id.org/xapi/cmi5/result/extensions/progress"  # 0-100, as cmi5 defines it
PLATFORM = "CPIMS+ Trainer"

ADL_TYPES = "http://adlnet.gov/expapi/activities"
ACTIVITY_TYPES = {
    "guide": f"{ADL_TYPES}/lesson",
    "video": f"{ADL_TYPES}/media",
    "slides": f"{ADL_TYPES}/media",
    "quiz": f"{ADL_TYPES}/assessment",
    "walkthrough": f"{ADL_TYPES}/performance",
    "question": f"{ADL_TYPES}/cmi.interaction",
    "module": f"{ADL_TYPES}/module",
    "pack": f"{ADL_TYPES}/course",
    "session": f"{ADL_TYPES}/meeting",
    "practical_check": f"{ADL_TYPES}/performance",
}


class Verb(StrEnum):
    """The ADL verbs we use; the IRI is http://adlnet.gov/expapi/verbs/<value>."""

    EXPERIENCED = "experienced"
    PROGRESSED = "progressed"
    ATTEMPTED = "attempted"
    ANSWERED = "answered"
    COMPLETED = "completed"
    PASSED = "passed"
    FAILED = "failed"
    ATTENDED = "attended"  # a classroom session

    @property
    def iri(self) -> str:
        return f"http://adlnet.gov/expapi/verbs/{self.value}"


@dataclass(frozen=True)
class Actor:
    """A learner as an account on this installation: never a name or e-mail unless `name` is given."""

    learner_id: str
    home_page: str = DEFAULT_HOME_PAGE
    name: str | None = None


@dataclass(frozen=True)
class Target:
    """What the statement is about: an activity of a pack, or a question inside a quiz (`question_id`)."""

    pack_id: str
    pack_version: str
    pack_title: str
    activity_id: str
    kind: str  # guide | video | slides | quiz | walkthrough | session | practical_check
    title: str
    module_id: str = ""
    module_title: str = ""
    question_id: str = ""
    question_text: str = ""
    interaction: dict[str, Any] | None = field(default=None, compare=False)  # see xapi_interactions


@dataclass(frozen=True)
class Outcome:
    """The xAPI result. Every part is optional; `score_scaled` is 0–1."""

    score_scaled: float | None = None
    score_raw: float | None = None
    score_min: float | None = None
    score_max: float | None = None
    success: bool | None = None
    completion: bool | None = None
    duration_seconds: float | None = None
    progress_percent: int | None = None
    response: str | None = None


@dataclass(frozen=True)
class StatementInput:
    statement_id: str
    actor: Actor
    verb: Verb
    target: Target
    timestamp: datetime
    outcome: Outcome = field(default_factory=Outcome)
    role: str = ""
    language: str = "en"
    attempt_id: str = ""


# ---- IRIs ------------------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=4096)
def _segment(value: str) -> str:
    """An id as one IRI path segment (remembered: a pack's few ids appear in every statement)."""
    return quote(value, safe="")


def pack_iri(pack_id: str) -> str:
    return f"{IRI_ROOT}/packs/{_segment(pack_id)}"


def activity_iri(pack_id: str, activity_id: str) -> str:
    return f"{pack_iri(pack_id)}/activities/{_segment(activity_id)}"


def module_iri(pack_id: str, module_id: str) -> str:
    return f"{pack_iri(pack_id)}/modules/{_segment(module_id)}"


def session_iri(pack_id: str, session_id: str) -> str:
    return f"{pack_iri(pack_id)}/sessions/{_segment(session_id)}"


def practical_check_iri(pack_id: str, check_id: str) -> str:
    return f"{pack_iri(pack_id)}/practical-checks/{_segment(check_id)}"


def question_iri(pack_id: str, activity_id: str, question_id: str) -> str:
    return f"{activity_iri(pack_id, activity_id)}/questions/{_segment(question_id)}"


# ---- values ----------------------------------------------------------------------------------------------


def iso_timestamp(value: datetime) -> str:
    """UTC with milliseconds and a Z, the form LRSs store and return unchanged."""
    utc = value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def iso_duration(seconds: float) -> str:
    """ISO 8601 duration with at most 0.01 s precision (as xAPI asks): 90.5 → PT1M30.5S."""
    centis = max(0, round(seconds * 100)) if math.isfinite(seconds) else 0
    hours, rest = divmod(centis, 360000)
    minutes, rest = divmod(rest, 6000)
    whole, fraction = divmod(rest, 100)
    text = "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "")
    if whole or fraction or not (hours or minutes):
        text += f"{whole}.{fraction:02d}".rstrip("0").rstrip(".") + "S"
    return text


def _lang_map(language: str, text: str) -> dict[str, str]:
    return {language or "en": text}


def _activity(
    iri: str, kind: str, title: str, language: str, interaction: dict[str, Any] | None = None
) -> dict[str, Any]:
    definition: dict[str, Any] = {"type": ACTIVITY_TYPES[kind]}
    if title:
        definition["name"] = _lang_map(language, title[:250])
    if kind == "question":
        definition.update(interaction or {"interactionType": "other"})
    return {"objectType": "Activity", "id": iri, "definition": definition}


def _number(value: float) -> float | int:
    return int(value) if float(value).is_integer() else round(float(value), 4)


def _score(outcome: Outcome) -> dict[str, Any]:
    score: dict[str, Any] = {}
    if outcome.score_scaled is not None and math.isfinite(outcome.score_scaled):
        score["scaled"] = _number(min(1.0, max(0.0, outcome.score_scaled)))
    parts = (outcome.score_min, outcome.score_raw, outcome.score_max)
    if all(p is not None and math.isfinite(p) for p in parts):
        low, raw, high = (float(p) for p in parts)  # type: ignore[arg-type]
        if low <= raw <= high and low < high:
            score.update(raw=_number(raw), min=_number(low), max=_number(high))
    return score


def result(outcome: Outcome) -> dict[str, Any]:
    built: dict[str, Any] = {}
    score = _score(outcome)
    if score:
        built["score"] = score
    if outcome.success is not None:
        built["success"] = outcome.success
    if outcome.completion is not None:
        built["completion"] = outcome.completion
    if outcome.response is not None:
        built["response"] = outcome.response
    if outcome.duration_seconds is not None:
        built["duration"] = iso_duration(outcome.duration_seconds)
    if outcome.progress_percent is not None:
        built["extensions"] = {EXT_PROGRESS: max(0, min(100, int(outcome.progress_percent)))}
    return built


# ---- statements ------------------------------------------------------------------------------------------


def _object(item: StatementInput) -> dict[str, Any]:
    target = item.target
    if target.question_id:
        iri = question_iri(target.pack_id, target.activity_id, target.question_id)
        return _activity(iri, "question", target.question_text, item.language, target.interaction)
    if target.kind == "session":
        iri = session_iri(target.pack_id, target.activity_id)
    elif target.kind == "practical_check":
        iri = practical_check_iri(target.pack_id, target.activity_id)
    else:
        iri = activity_iri(target.pack_id, target.activity_id)
    return _activity(iri, target.kind, target.title, item.language)


def _context(item: StatementInput) -> dict[str, Any]:
    target = item.target
    parents = []
    if target.question_id:
        parents.append(
            _activity(activity_iri(target.pack_id, target.activity_id), "quiz", target.title, item.language)
        )
    elif target.module_id:
        parents.append(
            _activity(
                module_iri(target.pack_id, target.module_id), "module", target.module_title, item.language
            )
        )
    grouping = [_activity(pack_iri(target.pack_id), "pack", target.pack_title, item.language)]
    extensions: dict[str, Any] = {EXT_PACK_VERSION: target.pack_version}
    if item.role:
        extensions[EXT_ROLE] = item.role
    if item.attempt_id:
        extensions[EXT_ATTEMPT] = item.attempt_id
    activities: dict[str, Any] = {"grouping": grouping}
    if parents:
        activities["parent"] = parents
    return {
        "platform": PLATFORM,
        "language": item.language or "en",
        "contextActivities": activities,
        "extensions": extensions,
    }


def build_statement(item: StatementInput) -> dict[str, Any]:
    actor: dict[str, Any] = {
        "objectType": "Agent",
        "account": {"homePage": item.actor.home_page, "name": item.actor.learner_id},
    }
    if item.actor.name:
        actor["name"] = item.actor.name
    statement: dict[str, Any] = {
        "id": item.statement_id,
        "actor": actor,
        "verb": {"id": item.verb.iri, "display": {"en-US": item.verb.value}},
        "object": _object(item),
        "context": _context(item),
        "timestamp": iso_timestamp(item.timestamp),
    }
    built = result(item.outcome)
    if built:
        statement["result"] = built
    return statement


def to_json(statement: dict[str, Any]) -> str:
    """The exact text stored in the outbox and sent: compact, keys sorted, UTF-8 kept."""
    return json.dumps(statement, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
