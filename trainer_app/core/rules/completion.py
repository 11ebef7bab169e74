"""Completion rules shared by every activity kind, and the roll-up to modules and tracks. Pure."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from trainer_app.core.domain.pack import Module, Pack, Track
from trainer_app.core.domain.progress import ActivityProgress, ModuleProgress, Status, TrackProgress

DEFAULT_GUIDE_MIN_SECONDS = 30.0
EPSILON = 1e-9


@dataclass(frozen=True)
class Merged:
    """The outcome of merging a new observation into stored progress."""

    progress: float
    status: Status
    completed_at: datetime | None
    newly_completed: bool


def guide_progress(
    scroll_fraction: float, seconds_spent: float, min_seconds: float, reached_end: bool
) -> tuple[float, bool]:
    """A guide is read when its end was reached and the minimum time was spent; until then it stays below 1."""
    complete = reached_end and seconds_spent + EPSILON >= min_seconds
    if complete:
        return 1.0, True
    time_share = 1.0 if min_seconds <= 0 else min(1.0, seconds_spent / min_seconds)
    return min(0.99, max(0.0, min(1.0, scroll_fraction)) * (0.5 + 0.5 * time_share)), False


def guide_seconds_left(min_seconds: float, seconds_spent: float) -> int:
    """Whole seconds of the minimum reading time still to spend (0 when it is spent), rounded up."""
    return max(0, math.ceil(min_seconds - seconds_spent - EPSILON))


def share_complete(done: int, total: int) -> tuple[float, bool]:
    """Slides seen, walkthrough steps ticked: done/total, complete when every one is done."""
    if total <= 0:
        return 0.0, False
    return min(1.0, done / total), done >= total


def merge(old: ActivityProgress | None, new_progress: float, complete: bool, now: datetime) -> Merged:
    """Progress never goes down; completion is stamped once and never cleared."""
    previous = old.progress if old else 0.0
    already = old.completed_at if old else None
    value = max(previous, min(1.0, max(0.0, new_progress)))
    completed_at = already or (now if complete else None)
    if completed_at is not None:
        value = 1.0
    status = Status.COMPLETED if completed_at else Status.IN_PROGRESS
    return Merged(value, status, completed_at, newly_completed=already is None and completed_at is not None)


def module_progress(
    module: Module, done: Mapping[str, ActivityProgress], locked_by: tuple[str, ...] = ()
) -> ModuleProgress:
    required = [a for a in module.activities if a.required]
    if not required:
        return ModuleProgress(module.id, Status.COMPLETED, 1.0, locked_by)
    values = [(done[a.id].progress if a.id in done else 0.0) for a in required]
    complete = all(a.id in done and done[a.id].is_complete for a in required)
    value = 1.0 if complete else sum(values) / len(values)
    if locked_by:
        status = Status.LOCKED
    elif complete:
        status = Status.COMPLETED
    elif any(a.id in done for a in module.activities):
        status = Status.IN_PROGRESS
    else:
        status = Status.NOT_STARTED
    return ModuleProgress(module.id, status, value, locked_by)


def track_progress(pack: Pack, track: Track, done: Mapping[str, ActivityProgress]) -> TrackProgress:
    """Roll activities up to modules and the track; a module stays locked until its prerequisites are complete."""
    completed_modules: set[str] = set()
    for module in pack.modules:
        if module_progress(module, done).status is Status.COMPLETED:
            completed_modules.add(module.id)
    modules = []
    for module in pack.track_modules(track):
        missing = tuple(p for p in module.prerequisites if p not in completed_modules)
        modules.append(module_progress(module, done, missing))
    value = sum(m.progress for m in modules) / len(modules) if modules else 0.0
    completed = bool(modules) and all(m.module_id in completed_modules for m in modules)
    return TrackProgress(track.id, 1.0 if completed else value, completed, tuple(modules))


def next_activity(pack: Pack, track: Track, done: Mapping[str, ActivityProgress]) -> str | None:
    """The first unfinished required activity in an open module: what "Continue" opens."""
    summary = track_progress(pack, track, done)
    for module, state in zip(pack.track_modules(track), summary.modules, strict=True):
        if state.status in (Status.LOCKED, Status.COMPLETED):
            continue
        for activity in module.activities:
            if activity.required and not (activity.id in done and done[activity.id].is_complete):
                return activity.id
    return None
