"""The rows of a completion report, rolled up from the grouped query results. Pure: values in, values out."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from trainer_app.core.domain.pack import ActivityKind, Pack
from trainer_app.core.domain.report import (
    CellStatus,
    GroupRow,
    LearnerRow,
    LearnerStatus,
    LearnerTally,
    MatrixCell,
    MatrixRow,
    ModuleColumn,
    ModuleTally,
    QuizRow,
    TimePoint,
)
from trainer_app.core.rules.rollup import TrackRollup, plan_track, roll_up_track

NOT_IN_TRACK = MatrixCell(CellStatus.NOT_IN_TRACK, 0.0)
NO_ACTIVITY = LearnerTally(None, None, 0.0)


def pct(share: float) -> float:
    """A share 0–1 as the percentage shown and exported everywhere (one decimal)."""
    return round(100.0 * share, 1)


def learner_rows(
    pack: Pack,
    people: list[Any],
    tallies: dict[str, dict[str, ModuleTally]],
    totals: dict[str, LearnerTally],
    certificates: dict[str, int],
    to_utc: Callable[[Any], datetime | None],
) -> tuple[tuple[LearnerRow, ...], tuple[MatrixRow, ...], tuple[ModuleColumn, ...]]:
    role_titles = {r.id: r.title for r in pack.roles}
    tracks_by_role = {t.role: t for t in pack.tracks}
    plans = {t.id: plan_track(pack, t) for t in pack.tracks}
    rows, cells_by_learner, used = [], [], set()
    nothing: dict[str, ModuleTally] = {}
    no_cells: dict[str, MatrixCell] = {}
    for person in people:
        role = person.roles.split(",", 1)[0]
        track = tracks_by_role.get(role)
        rollup = roll_up_track(plans[track.id], tallies.get(person.id, nothing)) if track else None
        if track:
            used.add(track.id)
        completed_at = to_utc(rollup.completed_at) if rollup and rollup.completed_at is not None else None
        rows.append(
            _learner_row(
                person,
                role,
                role_titles,
                track.id if track else "",
                rollup,
                completed_at,
                total=totals.get(person.id, NO_ACTIVITY),
                certificates=certificates.get(person.id, 0),
            )
        )
        cells_by_learner.append(rollup.cells if rollup else no_cells)
    columns = tuple(
        ModuleColumn(m.id, m.title, tuple(t.id for t in pack.tracks if m.id in t.module_ids))
        for m in pack.modules
        if any(m.id in t.module_ids for t in pack.tracks if t.id in used)
    )
    ids = [c.module_id for c in columns]
    matrix = tuple(
        MatrixRow(
            r.learner_id,
            r.name,
            r.role_title,
            r.agency,
            r.site,
            tuple([cells.get(i, NOT_IN_TRACK) for i in ids]),
        )
        for r, cells in zip(rows, cells_by_learner, strict=True)
    )
    return tuple(rows), matrix, columns


def _learner_row(
    person: Any,
    role: str,
    titles: dict[str, str],
    track_id: str,
    rollup: TrackRollup | None,
    completed_at: datetime | None,
    *,
    total: LearnerTally,
    certificates: int,
) -> LearnerRow:
    return LearnerRow(
        learner_id=person.id,
        name=person.display_name,
        role=role,
        role_title=titles.get(role, role),
        agency=person.agency,
        site=person.site,
        language=person.language,
        track_id=track_id,
        status=rollup.status if rollup else LearnerStatus.NO_TRACK,
        percent=pct(rollup.value) if rollup else 0.0,
        activities_done=rollup.activities_done if rollup else 0,
        activities_total=rollup.activities_total if rollup else 0,
        modules_done=rollup.modules_done if rollup else 0,
        modules_total=rollup.modules_total if rollup else 0,
        seconds_spent=round(total.seconds_spent, 3),
        first_activity_at=total.first_opened_at,
        last_activity_at=total.last_updated_at,
        completed_at=completed_at,
        certificates=certificates,
        archived=bool(person.archived),
        origin=person.origin,
    )


def groups(
    rows: Iterable[LearnerRow], key: Callable[[LearnerRow], str], titles: dict[str, str]
) -> tuple[GroupRow, ...]:
    groups: dict[str, list[LearnerRow]] = defaultdict(list)
    for row in rows:
        groups[key(row)].append(row)
    result = []
    for name in sorted(groups, key=lambda k: (titles.get(k) or k).lower()):
        members = groups[name]
        status = Counter(r.status for r in members)
        total = len(members)
        result.append(
            GroupRow(
                key=name,
                title=titles.get(name, name),
                learners=total,
                completed=status[LearnerStatus.COMPLETED],
                in_progress=status[LearnerStatus.IN_PROGRESS],
                not_started=status[LearnerStatus.NOT_STARTED] + status[LearnerStatus.NO_TRACK],
                percent_completed=pct(status[LearnerStatus.COMPLETED] / total),
                mean_percent=pct(sum(r.percent for r in members) / total / 100.0),
                certificates=sum(r.certificates for r in members),
            )
        )
    return tuple(result)


def quizzes(pack: Pack, rows: Iterable[Any]) -> tuple[QuizRow, ...]:
    found = {row[0]: row for row in rows}
    result = []
    for activity in pack.activities():
        if activity.kind is not ActivityKind.QUIZ:
            continue
        _, attempts, tried, passed, mean = found.get(activity.id, (activity.id, 0, 0, 0, None))
        # A quiz nobody tried has no pass rate and no mean score: not 0, which would read as everyone failing.
        rate = pct(passed / tried) if tried else None
        score = pct(float(mean or 0.0)) if tried else None
        result.append(
            QuizRow(activity.id, activity.title, int(attempts), int(tried), int(passed), rate, score)
        )
    return tuple(result)


def over_time(rows: Iterable[LearnerRow], key: Callable[[LearnerRow], str]) -> tuple[TimePoint, ...]:
    days: dict[str, Counter[Any]] = defaultdict(Counter)
    for row in rows:
        if row.completed_at is not None:
            days[key(row)][row.completed_at.date()] += 1
    points = []
    for name in sorted(days):
        total = 0
        for day in sorted(days[name]):
            total += days[name][day]
            points.append(TimePoint(name, day, total))
    return tuple(points)
