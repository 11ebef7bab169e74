"""Range checks on the values of a records bundle, after their types are checked and before any is merged.

A bundle signed by a key of its own may still carry values no installation of this app would write: a
progress of 1.5, negative seconds, a score of 3, a date in 1815, a seed too large for SQLite, or a learner
name carrying a right-to-left override that makes it read as something else in every list. One such value
refuses the whole bundle; the message names the field (the reader adds the line and the record).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from trainer_app.core.common.errors import BundleError

_SHORT_CHARS = 40  # a value quoted in an error message is cut to this

MAX_SECONDS = 10 * 365 * 24 * 3600.0  # ten years on one activity: more than anyone spends
MAX_POINTS = 1_000_000.0
INT_LIMITS = (-(2**63), 2**63 - 1)  # what SQLite's INTEGER holds
EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)
LATEST = datetime(2100, 1, 1, tzinfo=UTC)
# Bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) reorder the text shown
# around them: "Ana\u202egnp.exe" shows as "Anaexe.png". Names of people and agencies never need them.
BIDI_CONTROLS_RE = re.compile("[\u202a-\u202e\u2066-\u2069]")

_LIMITS: dict[str, tuple[float, float]] = {
    "progress": (0.0, 1.0),
    "pass_mark": (0.0, 1.0),
    "score": (0.0, 1.0),
    "seconds_spent": (0.0, MAX_SECONDS),
    "seconds": (0.0, MAX_SECONDS),
    "points_earned": (0.0, MAX_POINTS),
    "points_possible": (0.0, MAX_POINTS),
    "seed": INT_LIMITS,
}
_NAMES = frozenset({"display_name", "agency", "site", "trainer_name", "staff_name", "observed_by"})

Rule = tuple[int, str, str]  # (column index, column name, "range" | "dt" | "name")


def rules_of(columns: tuple[tuple[str, str], ...]) -> tuple[Rule, ...]:
    """The checks that apply to a member's columns (computed once per member)."""
    rules: list[Rule] = []
    for index, (name, kind) in enumerate(columns):
        if name in _LIMITS:
            rules.append((index, name, "range"))
        elif kind.startswith("dt"):
            rules.append((index, name, "dt"))
        elif name in _NAMES:
            rules.append((index, name, "name"))
    return tuple(rules)


def check_values(where: str, names: tuple[str, ...], rules: tuple[Rule, ...], values: list[Any]) -> None:
    """Raise ExchangeError naming the first value out of its range; `values` are decoded already."""
    for index, name, kind in rules:
        value = values[index]
        if value is None:
            continue
        if kind == "range":
            low, high = _LIMITS[name]
            if not low <= value <= high:
                raise BundleError(
                    "bundle.must_between", where=where, name=name, short=_short(value), low=low, high=high
                )
        elif kind == "dt":
            if not EARLIEST <= value <= LATEST:
                raise BundleError(
                    "bundle.must_between_2",
                    where=where,
                    name=name,
                    isoformat=value.isoformat(),
                    earliest=EARLIEST,
                    latest=LATEST,
                )
        elif match := BIDI_CONTROLS_RE.search(value):
            raise BundleError(
                "bundle.holds_text_direction_control", where=where, name=name, ord=ord(match.group())
            )
    if "points_earned" in names:
        _check_points(where, names, values)


def _check_points(where: str, names: tuple[str, ...], values: list[Any]) -> None:
    earned, possible = values[names.index("points_earned")], values[names.index("points_possible")]
    if earned is not None and possible is not None and earned > possible:
        raise BundleError("bundle.points_earned_more_than", where=where, earned=earned, possible=possible)


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= _SHORT_CHARS else text[: _SHORT_CHARS - 3] + "..."
