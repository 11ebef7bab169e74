"""Track roll-up from per-module tallies (one grouped query for all learners) instead of per-activity rows.

Mirrors rules/completion.module_progress and track_progress exactly, so a report says what Home says
(tests compare the two on generated data). Pure.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from trainer_app.core.domain.pack import Module, Pack, Track
from trainer_app.core.domain.report import CellStatus, LearnerStatus, MatrixCell, ModuleTally


@dataclass(frozen=True)
class TrackRollup:
    status: LearnerStatus
    value: float  # 0–1
    cells: Mapping[str, MatrixCell]  # by module id, for the track's modules
    activities_done: int
    activities_total: int
    modules_done: int
    modules_total: int
    completed_at: datetime | None


def required_counts(pack: Pack) -> dict[str, int]:
    return {m.id: sum(1 for a in m.activities if a.required) for m in pack.modules}


def module_state(required: int, tally: ModuleTally | None) -> tuple[CellStatus, float, bool]:
    """(status without locking, progress 0–1, complete) of one module."""
    if required == 0:
        return CellStatus.COMPLETED, 1.0, True
    done = tally.done if tally else 0
    if done >= required:
        return CellStatus.COMPLETED, 1.0, True
    value = (tally.progress_sum if tally else 0.0) / required
    touched = tally is not None and tally.touched > 0
    return (CellStatus.IN_PROGRESS if touched else CellStatus.NOT_STARTED), value, False


@dataclass(frozen=True)
class TrackPlan:
    """What a track's roll-up looks at, worked out once per report: its modules and their prerequisites."""

    modules: tuple[Module, ...]
    checked: tuple[str, ...]


def plan_track(pack: Pack, track: Track) -> TrackPlan:
    modules = pack.track_modules(track)
    checked = dict.fromkeys([*(m.id for m in modules), *(p for m in modules for p in m.prerequisites)])
    return TrackPlan(modules, tuple(m for m in checked if pack.module(m) is not None))


def roll_up_track(
    plan: TrackPlan, tallies: Mapping[str, ModuleTally], required: Mapping[str, int]
) -> TrackRollup:
    complete = {m for m in plan.checked if module_state(required[m], tallies.get(m))[2]}
    cells: dict[str, MatrixCell] = {}
    values = []
    for module in plan.modules:
        status, value, _ = module_state(required[module.id], tallies.get(module.id))
        if any(p not in complete for p in module.prerequisites):
            status = CellStatus.LOCKED
        cells[module.id] = MatrixCell(status, round(100.0 * value, 1))
        values.append(value)
    modules = plan.modules
    finished = bool(modules) and all(m.id in complete for m in modules)
    value = 1.0 if finished else (sum(values) / len(values) if values else 0.0)
    touched = any(tallies.get(m.id) is not None and tallies[m.id].touched > 0 for m in modules)
    overall = (
        LearnerStatus.COMPLETED
        if finished
        else LearnerStatus.IN_PROGRESS
        if touched
        else LearnerStatus.NOT_STARTED
    )
    done_stamps = [t.last_done_at for m in modules if (t := tallies.get(m.id)) and t.last_done_at]
    return TrackRollup(
        status=overall,
        value=value,
        cells=cells,
        activities_done=sum(min(required[m.id], tallies[m.id].done) for m in modules if m.id in tallies),
        activities_total=sum(required[m.id] for m in modules),
        modules_done=sum(1 for m in modules if m.id in complete),
        modules_total=len(modules),
        completed_at=max(done_stamps) if finished and done_stamps else None,
    )
