"""The members of a records bundle (format version 1): their columns, value types, keys and row codecs.

The format is fixed here, independent of the database schema, so a bundle stays readable after migrations.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from trainer_app.core.common.errors import BundleError, ExchangeError
from trainer_app.core.exchange.record_values import Rule, check_values, rules_of

_UTC_SECONDS_CHARS = 25  # len("2026-01-02T03:04:05+00:00"), the usual stored form

# Value types: "str", "float", "int", "bool", "dt" (UTC ISO 8601 text), "list" (of strings); "?" = may be null.


@dataclass(frozen=True)
class Member:
    name: str  # file name inside the zip
    table: str  # what it holds, as people say it
    columns: tuple[tuple[str, str], ...]
    key: tuple[str, ...]
    stamp: str  # the column that says when the record last changed (for --since and the time range)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(name for name, _ in self.columns)

    def key_of(self, row: Sequence[Any]) -> tuple[Any, ...]:
        index = self.names
        return tuple(row[index.index(k)] for k in self.key)


S, SN, F, FN, INT, B, BN, DT, DTN, L = (
    "str",
    "str?",
    "float",
    "float?",
    "int",
    "bool",
    "bool?",
    "dt",
    "dt?",
    "list",
)

LEARNERS = Member(
    "learners.jsonl",
    "learners",
    (
        ("id", S),
        ("display_name", S),
        ("roles", L),
        ("agency", S),
        ("site", S),
        ("language", S),
        ("archived", B),
        ("created_at", DT),
        ("updated_at", DT),
        ("origin", S),
    ),
    ("id",),
    "updated_at",
)
PROGRESS = Member(
    "progress.jsonl",
    "progress",
    (
        ("learner_id", S),
        ("pack_id", S),
        ("activity_id", S),
        ("status", S),
        ("progress", F),
        ("seconds_spent", F),
        ("first_opened_at", DTN),
        ("completed_at", DTN),
        ("last_position", S),
        ("content_version", S),
        ("detail", S),
        ("updated_at", DT),
    ),
    ("learner_id", "pack_id", "activity_id"),
    "updated_at",
)
SESSION_LOG = Member(
    "session_log.jsonl",
    "session log",
    (
        ("id", S),
        ("learner_id", S),
        ("pack_id", S),
        ("activity_id", S),
        ("kind", S),
        ("observed_at", DT),
        ("seconds", F),
        ("data", S),
    ),
    ("id",),
    "observed_at",
)
QUIZ_ATTEMPTS = Member(
    "quiz_attempts.jsonl",
    "quiz attempts",
    (
        ("id", S),
        ("learner_id", S),
        ("pack_id", S),
        ("activity_id", S),
        ("bank_id", S),
        ("seed", INT),
        ("drawn", S),
        ("pass_mark", F),
        ("pack_version", S),
        ("started_at", DT),
        ("submitted_at", DTN),
        ("score", FN),
        ("passed", BN),
        ("seconds_spent", F),
    ),
    ("id",),
    "started_at",
)
QUIZ_ANSWERS = Member(
    "quiz_answers.jsonl",
    "quiz answers",
    (
        ("attempt_id", S),
        ("question_id", S),
        ("response", S),
        ("points_earned", FN),
        ("points_possible", FN),
        ("correct", BN),
        ("saved_at", DT),
    ),
    ("attempt_id", "question_id"),
    "saved_at",
)
WALKTHROUGH_CHECKS = Member(
    "walkthrough_checks.jsonl",
    "walkthrough ticks",
    (
        ("learner_id", S),
        ("pack_id", S),
        ("activity_id", S),
        ("step_id", S),
        ("ticked", B),
        ("ticked_at", DTN),
        ("note", S),
        ("value", S),
        ("updated_at", DT),
    ),
    ("learner_id", "pack_id", "activity_id", "step_id"),
    "updated_at",
)
CERTIFICATES = Member(
    "certificates.jsonl",
    "certificates",
    (
        ("id", S),
        ("issued_at", DT),
        ("credential_json", S),
        ("qr_token", SN),
        ("revoked_at", DTN),
        ("revoked_reason", S),
    ),
    ("id",),
    "issued_at",
)
# Classroom evidence: each row is signed by the key in its `issuer_key` (see core/exchange/classroom_sign).
TRAINING_SESSIONS = Member(
    "training_sessions.jsonl",
    "training sessions",
    (
        ("id", S),
        ("pack_id", S),
        ("title", S),
        ("held_at", DT),
        ("trainer_learner_id", SN),
        ("trainer_name", S),
        ("module_ids", S),
        ("location", S),
        ("note", S),
        ("issuer_key", S),
        ("signature", S),
        ("recorded_at", DT),
    ),
    ("id",),
    "recorded_at",
)
SESSION_ATTENDANCE = Member(
    "session_attendance.jsonl",
    "session attendance",
    (
        ("id", S),
        ("session_id", S),
        ("learner_id", SN),
        ("staff_name", S),
        ("issuer_key", S),
        ("signature", S),
        ("recorded_at", DT),
    ),
    ("id",),
    "recorded_at",
)
PRACTICAL_CHECKS = Member(
    "practical_checks.jsonl",
    "practical checks",
    (
        ("id", S),
        ("learner_id", S),
        ("pack_id", S),
        ("check_id", S),
        ("passed", B),
        ("observed_by", S),
        ("observed_at", DT),
        ("note", S),
        ("issuer_key", S),
        ("signature", S),
        ("recorded_at", DT),
    ),
    ("id",),
    "recorded_at",
)
SIGNED_MEMBERS: tuple[Member, ...] = (TRAINING_SESSIONS, SESSION_ATTENDANCE, PRACTICAL_CHECKS)

# In import order: a row only refers to rows of earlier members.
MEMBERS: tuple[Member, ...] = (
    LEARNERS,
    PROGRESS,
    SESSION_LOG,
    QUIZ_ATTEMPTS,
    QUIZ_ANSWERS,
    WALKTHROUGH_CHECKS,
    CERTIFICATES,
    TRAINING_SESSIONS,
    SESSION_ATTENDANCE,
    PRACTICAL_CHECKS,
)
MEMBER_BY_NAME = {m.name: m for m in MEMBERS}
MAX_TEXT_CHARS = 2_000_000


def iso(value: datetime) -> str:
    """ISO 8601 in UTC; a time without a zone (as SQLite hands it back) is UTC already."""
    return value.isoformat() + "+00:00" if value.tzinfo is None else value.astimezone(UTC).isoformat()


def _special(member: Member) -> tuple[tuple[int, ...], tuple[int, ...]]:
    dts = tuple(i for i, (_, kind) in enumerate(member.columns) if kind.startswith("dt"))
    lists = tuple(i for i, (_, kind) in enumerate(member.columns) if kind == "list")
    return dts, lists


_SPECIAL: dict[str, tuple[tuple[int, ...], tuple[int, ...]]] = {}


def encode_row(member: Member, row: Sequence[Any]) -> list[Any]:
    """A row as JSON values: times as ISO text, role lists as arrays; text, numbers and booleans as they are."""
    special = _SPECIAL.get(member.name) or _SPECIAL.setdefault(member.name, _special(member))
    values = list(row)
    for index in special[0]:
        if values[index] is not None:
            values[index] = iso(values[index])
    for index in special[1]:
        values[index] = list(values[index])
    return values


def decode_row(member: Member, values: Any) -> tuple[Any, ...]:
    """A row from its JSON array, every value checked against its type; ExchangeError names the first problem.

    Strings and booleans are checked in line (this runs for every value of a large bundle)."""
    spec = _SPECS.get(member.name) or _SPECS.setdefault(member.name, _spec(member))
    if type(values) is not list or len(values) != len(spec):
        raise BundleError("bundle.row_does_expected_values", name=member.name, count=len(spec))
    for index, (name, base, nullable) in enumerate(spec):
        value = values[index]
        if value is None:
            if not nullable:
                raise BundleError("bundle.empty_but_required", name=member.name, name2=name)
        elif base == "str":
            if type(value) is not str or len(value) > MAX_TEXT_CHARS:
                raise _wrong(member, name)
        elif base == "bool":
            if type(value) is not bool:
                raise _wrong(member, name)
        elif (
            base == "dt"
            and type(value) is str
            and len(value) == _UTC_SECONDS_CHARS
            and value.endswith("+00:00")
        ):
            try:  # the usual form (UTC, whole seconds): parsed here, without a function call per value
                values[index] = datetime.fromisoformat(value)
            except ValueError as error:
                raise BundleError("bundle.date_time", name=member.name, name2=name) from error
        else:
            values[index] = _convert(member, name, base, value)
    rules = _RULES.get(member.name)
    if rules is None:
        rules = _RULES.setdefault(member.name, rules_of(member.columns))
    check_values(member.name, member.names, rules, values)
    return tuple(values)


_RULES: dict[str, tuple[Rule, ...]] = {}


_SPECS: dict[str, tuple[tuple[str, str, bool], ...]] = {}


def _spec(member: Member) -> tuple[tuple[str, str, bool], ...]:
    return tuple((name, kind.rstrip("?"), kind.endswith("?")) for name, kind in member.columns)


def _wrong(member: Member, name: str) -> ExchangeError:
    return BundleError("bundle.value_wrong_type", name=member.name, name2=name)


def _convert(member: Member, name: str, base: str, value: Any) -> Any:
    kind = type(value)
    if base == "dt" and kind is str:
        return _datetime(member, name, value)
    if base == "float" and (kind is float or kind is int) and math.isfinite(value):
        return float(value)
    if base == "int" and kind is int:
        return value
    if base == "list" and kind is list and all(type(v) is str for v in value):
        return tuple(value)
    raise _wrong(member, name)


def _datetime(member: Member, name: str, text: str) -> datetime:
    if text.endswith("+00:00") and len(text) in (25, 32):  # the usual UTC form: no zone conversion needed
        try:
            return datetime.fromisoformat(text)
        except ValueError:
            pass
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError as error:
        raise BundleError("bundle.date_time", name=member.name, name2=name) from error
    if parsed.tzinfo is None:
        raise BundleError("bundle.time_zone", name=member.name, name2=name)
    return parsed.astimezone(UTC)
