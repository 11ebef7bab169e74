"""Keeps the progress summaries (tables_summary) equal to what grouping the progress rows would give.

Every write of progress rows calls one of these inside its own transaction: `refresh_activity` after one row
(a recording), `rebuild_module_progress` after many (records import, pending release, demo seed, a bulk load),
`record_layout` when a pack is loaded (a changed module layout sums that pack again). Each sums only the
learners and modules it names, from their progress rows, with plain INSERT … SELECT (SQLite and PostgreSQL).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, and_, case, delete, func, insert, literal, select

from trainer_app.core.storage.tables import progress
from trainer_app.core.storage.tables_summary import module_progress, pack_activity, pack_progress

CHUNK = 500  # learner ids per IN list
Layout = Sequence[tuple[str, str, bool]]  # (activity id, module id, required), in pack order


def _module_sums(*where: Any) -> Any:
    """Per learner, pack and module: the report's tally, over the progress rows matching `where`."""
    required = pack_activity.c.required.is_(True)
    return (
        select(
            progress.c.learner_id,
            progress.c.pack_id,
            pack_activity.c.module_id,
            func.count(),
            func.sum(case((and_(required, progress.c.completed_at.is_not(None)), 1), else_=0)),
            func.sum(case((required, progress.c.progress), else_=literal(0.0))),
            func.max(case((required, progress.c.completed_at), else_=None)),
        )
        .join(
            pack_activity,
            and_(
                pack_activity.c.pack_id == progress.c.pack_id,
                pack_activity.c.activity_id == progress.c.activity_id,
            ),
        )
        .where(*where)
        .group_by(progress.c.learner_id, progress.c.pack_id, pack_activity.c.module_id)
    )


def _pack_sums(*where: Any) -> Any:
    """Per learner and pack: rows, first opened, last change and time spent, over every row of the pack."""
    return (
        select(
            progress.c.learner_id,
            progress.c.pack_id,
            func.count(),
            func.min(progress.c.first_opened_at),
            func.max(progress.c.updated_at),
            func.sum(progress.c.seconds_spent),
        )
        .where(*where)
        .group_by(progress.c.learner_id, progress.c.pack_id)
    )


MODULE_COLUMNS = [
    "learner_id",
    "pack_id",
    "module_id",
    "activities_touched",
    "activities_done",
    "progress_sum",
    "last_completed_at",
]
PACK_COLUMNS = [
    "learner_id",
    "pack_id",
    "activities_touched",
    "first_opened_at",
    "last_updated_at",
    "seconds_spent",
]


def _picked(table: Any, learners: list[str] | None, pack_id: str | None) -> list[Any]:
    found = [] if learners is None else [table.c.learner_id.in_(learners)]
    return found + ([] if pack_id is None else [table.c.pack_id == pack_id])


def _resum_modules(
    conn: Connection, learners: list[str] | None, pack_id: str | None, module_id: str | None = None
) -> None:
    """Replace the module summaries of these learners (all when None) in this pack (all when None), of one
    module only when `module_id` is given."""
    of_module = [] if module_id is None else [module_progress.c.module_id == module_id]
    conn.execute(delete(module_progress).where(*_picked(module_progress, learners, pack_id), *of_module))
    in_module = [] if module_id is None else [pack_activity.c.module_id == module_id]
    sums = _module_sums(*_picked(progress, learners, pack_id), *in_module)
    conn.execute(insert(module_progress).from_select(MODULE_COLUMNS, sums))


def _resum_packs(conn: Connection, learners: list[str] | None, pack_id: str | None) -> None:
    conn.execute(delete(pack_progress).where(*_picked(pack_progress, learners, pack_id)))
    conn.execute(
        insert(pack_progress).from_select(PACK_COLUMNS, _pack_sums(*_picked(progress, learners, pack_id)))
    )


def refresh_activity(conn: Connection, learner_id: str, pack_id: str, activity_id: str) -> None:
    """After one progress row was written: its module's summary and its pack summary, summed again (an
    activity outside the stored layout counts in the pack summary only)."""
    module_id = conn.execute(
        select(pack_activity.c.module_id).where(
            pack_activity.c.pack_id == pack_id, pack_activity.c.activity_id == activity_id
        )
    ).scalar()
    if module_id is not None:
        _resum_modules(conn, [learner_id], pack_id, module_id)
    _resum_packs(conn, [learner_id], pack_id)


def rebuild_module_progress(
    conn: Connection, learner_ids: Iterable[str] | None = None, pack_id: str | None = None
) -> None:
    """Sum the summaries again from the progress rows: of these learners (everyone when None), in this pack
    (every pack when None). For bulk writers (import, demo seed, loads): one call after all their rows."""
    chunks: list[list[str] | None] = [None]
    if learner_ids is not None:
        wanted = sorted(set(learner_ids))
        chunks = [wanted[start : start + CHUNK] for start in range(0, len(wanted), CHUNK)]
    for learners in chunks:
        _resum_modules(conn, learners, pack_id)
        _resum_packs(conn, learners, pack_id)


def refresh_learner_packs(conn: Connection, pairs: Iterable[tuple[str, str]]) -> None:
    """Sum again the summaries of these (learner id, pack id) pairs: after a batch of merged progress rows."""
    by_pack: dict[str, set[str]] = {}
    for learner_id, pack_id in pairs:
        by_pack.setdefault(pack_id, set()).add(learner_id)
    for pack_id, learners in sorted(by_pack.items()):
        rebuild_module_progress(conn, learners, pack_id)


def stored_layout(conn: Connection, pack_id: str) -> dict[str, tuple[str, bool]]:
    query = select(pack_activity.c.activity_id, pack_activity.c.module_id, pack_activity.c.required)
    return {a: (m, bool(r)) for a, m, r in conn.execute(query.where(pack_activity.c.pack_id == pack_id))}


def record_layout(conn: Connection, pack_id: str, layout: Layout) -> bool:
    """Keep the pack's activity → module map; when it differs from the stored one (a new pack, or a version
    that moved activities), store it and sum that pack's module summaries again. True when it changed."""
    wanted = {a: (m, bool(r)) for a, m, r in layout}
    if stored_layout(conn, pack_id) == wanted:
        return False
    conn.execute(delete(pack_activity).where(pack_activity.c.pack_id == pack_id))
    if wanted:
        rows = [
            {"pack_id": pack_id, "activity_id": a, "module_id": m, "required": r}
            for a, (m, r) in wanted.items()
        ]
        conn.execute(insert(pack_activity), rows)
    _resum_modules(conn, None, pack_id)  # the pack summaries need no layout
    return True
