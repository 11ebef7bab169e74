"""When the demo deployment's work happens: each activity of a track belongs to the rollout step it serves, and
a step's work starts only after the step before it is signed off (pure; the demo writes these dates).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from trainer_app.core.domain.gates import GateSet, RequirementKind
from trainer_app.core.domain.pack import Activity, Pack, Track

OPEN_STEP = 3  # the demo rollout stands at step 3: steps 1 and 2 signed off, no work of steps 4 and 5 done


def gate_counted(gates: GateSet | None) -> dict[str, int]:
    """Activity id -> the first step whose gate counts it directly (a walkthrough requirement)."""
    found: dict[str, int] = {}
    for gate in sorted(gates.gates if gates else (), key=lambda g: g.step):
        for requirement in gate.requirements:
            if requirement.kind is RequirementKind.WALKTHROUGH and requirement.walkthrough:
                found.setdefault(requirement.walkthrough, gate.step)
    return found


def track_steps(pack: Pack, track: Track, counted: dict[str, int]) -> dict[str, int]:
    """Activity id -> step, for the track's activities: the step of the gate counting it, else the earliest
    step of the track's certificates holding its module, else 1."""
    by_module: dict[str, int] = {}
    for certificate in track.certificates:
        for module_id in certificate.modules:
            step = certificate.step or 1
            by_module[module_id] = min(step, by_module.get(module_id, step))
    return {
        activity.id: counted.get(activity.id, by_module.get(module.id, 1))
        for module in pack.track_modules(track)
        for activity in module.activities
    }


def rollout_work(
    pack: Pack, track: Track, counted: dict[str, int], up_to: int = OPEN_STEP
) -> list[tuple[int, Activity]]:
    """The track's required activities of steps up to `up_to`, step by step (track order within a step)."""
    steps = track_steps(pack, track, counted)
    work = [
        (steps[a.id], a)
        for m in pack.track_modules(track)
        for a in m.activities
        if a.required and steps[a.id] <= up_to
    ]
    return sorted(work, key=lambda item: item[0])  # stable: keeps the track's order within a step


def latest(moments: Iterable[datetime | None], default: datetime) -> datetime:
    found = [m for m in moments if m is not None]
    return max(found) if found else default
