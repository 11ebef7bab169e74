"""Merge rules for records arriving from another installation. Pure: values in, values out.

Every rule is idempotent (merging the same row twice changes nothing) and never loses what is stored:
progress takes the higher value, completion the earliest stamp, ticks and seen items only grow.
Each function returns the merged row, or None when the stored row already holds everything.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from trainer_app.core.rules.video import merge_intervals

Row = dict[str, Any]
STATUS_RANK = {"not_started": 0, "locked": 0, "in_progress": 1, "completed": 2}
LEARNER_FIELDS = ("display_name", "roles", "agency", "site")


def _earliest(a: datetime | None, b: datetime | None) -> datetime | None:
    return b if a is None else a if b is None else min(a, b)


def _latest(a: datetime | None, b: datetime | None) -> datetime | None:
    return b if a is None else a if b is None else max(a, b)


def _changed(local: Row, merged: Row) -> Row | None:
    return merged if merged != local else None


def merge_progress(local: Row, incoming: Row) -> Row | None:
    completed_at = _earliest(local["completed_at"], incoming["completed_at"])
    value = max(local["progress"], incoming["progress"])
    status = max(local["status"], incoming["status"], key=lambda s: STATUS_RANK.get(s, 0))
    if completed_at is not None:
        value, status = 1.0, "completed"
    earlier_completion = incoming["completed_at"] is not None and incoming["completed_at"] == completed_at
    use_theirs = earlier_completion and local["completed_at"] != completed_at
    newer = incoming["updated_at"] > local["updated_at"]
    merged = {
        **local,
        "status": status,
        "progress": value,
        "seconds_spent": max(local["seconds_spent"], incoming["seconds_spent"]),
        "first_opened_at": _earliest(local["first_opened_at"], incoming["first_opened_at"]),
        "completed_at": completed_at,
        "last_position": incoming["last_position"] if newer else local["last_position"],
        "content_version": incoming["content_version"] if use_theirs else local["content_version"],
        "detail": merge_detail(local["detail"], incoming["detail"]),
        "updated_at": _latest(local["updated_at"], incoming["updated_at"]),
    }
    return _changed(local, merged)


def merge_detail(local: str, incoming: str) -> str:
    """Kind-specific JSON: seen items and watched intervals are united; other keys keep the local value."""
    if not incoming or incoming == local:
        return local
    mine, theirs = _json_object(local), _json_object(incoming)
    if theirs is None:
        return local
    if mine is None:
        return local
    merged = {**theirs, **mine}
    if isinstance(mine.get("done"), list) and isinstance(theirs.get("done"), list):
        merged["done"] = sorted({*map(_hashable, mine["done"]), *map(_hashable, theirs["done"])}, key=str)
    if isinstance(mine.get("intervals"), list) and isinstance(theirs.get("intervals"), list):
        pairs = [(float(a), float(b)) for a, b in [*mine["intervals"], *theirs["intervals"]]]
        merged["intervals"] = [list(i) for i in merge_intervals(pairs)]
    for key in ("total", "duration"):
        if isinstance(mine.get(key), int | float) and isinstance(theirs.get(key), int | float):
            merged[key] = max(mine[key], theirs[key])
    text = json.dumps(merged, separators=(",", ":"))
    return local if _json_object(local) == merged else text


def _json_object(text: str) -> dict[str, Any] | None:
    try:
        value = json.loads(text) if text else {}
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _hashable(value: Any) -> Any:
    return value if isinstance(value, str | int | float) else json.dumps(value, sort_keys=True)


def merge_attempt(local: Row, incoming: Row) -> Row | None:
    """An attempt exported before it was submitted and again after: the submitted state wins."""
    if local["submitted_at"] is not None or incoming["submitted_at"] is None:
        return None
    keys = ("submitted_at", "score", "passed")
    merged = {**local, **{k: incoming[k] for k in keys}}
    merged["seconds_spent"] = max(local["seconds_spent"], incoming["seconds_spent"])
    return _changed(local, merged)


def merge_answer(local: Row, incoming: Row) -> Row | None:
    """A graded answer beats an ungraded one; between two ungraded ones, the later save wins."""
    if local["correct"] is not None:
        return None
    graded = incoming["correct"] is not None
    if not graded and incoming["saved_at"] <= local["saved_at"]:
        return None
    return _changed(local, {**local, **{k: v for k, v in incoming.items() if k in local}})


def merge_check(local: Row, incoming: Row) -> Row | None:
    ticked = bool(local["ticked"] or incoming["ticked"])
    times = [r["ticked_at"] for r in (local, incoming) if r["ticked"] and r["ticked_at"] is not None]
    merged = {
        **local,
        "ticked": ticked,
        "ticked_at": min(times) if times else local["ticked_at"],
        "note": local["note"] or incoming["note"],
        "value": local["value"] or incoming["value"],
        "updated_at": _latest(local["updated_at"], incoming["updated_at"]),
    }
    return _changed(local, merged)


def merge_certificate(local: Row, incoming: Row) -> Row | None:
    """A signed certificate never changes; a revocation travels (the earliest is kept)."""
    revoked_at = _earliest(local["revoked_at"], incoming["revoked_at"])
    reason = local["revoked_reason"] if local["revoked_at"] == revoked_at else incoming["revoked_reason"]
    merged = {**local, "revoked_at": revoked_at, "revoked_reason": reason}
    return _changed(local, merged)


def merge_signed(_local: Row, _incoming: Row) -> Row | None:
    """A signed classroom record (session, attendance, practical check) never changes once stored."""
    return None


def learner_conflicts(local: Row, incoming: Row) -> list[tuple[str, str, str]]:
    """(field, local value, incoming value) for each learner detail that differs. Roles compare as sets."""
    found = []
    for field in LEARNER_FIELDS:
        mine, theirs = local[field], incoming[field]
        if field == "roles":
            if set(mine) != set(theirs):
                found.append((field, ",".join(mine), ",".join(theirs)))
        elif " ".join(str(mine).split()) != " ".join(str(theirs).split()):
            found.append((field, str(mine), str(theirs)))
    return found
