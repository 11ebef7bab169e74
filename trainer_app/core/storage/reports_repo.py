"""The queries behind completion reports: a handful of aggregate queries for all learners at once, never one
query per learner. The numbers are rolled up in core/services/reports.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    MetaData,
    String,
    Table,
    Text,
    and_,
    case,
    delete,
    func,
    insert,
    or_,
    select,
    type_coerce,
)

from trainer_app.core.common.clock import as_utc
from trainer_app.core.domain.report import LearnerTally, ModuleTally, ReportFilter
from trainer_app.core.storage import summary_repo
from trainer_app.core.storage.tables import learner
from trainer_app.core.storage.tables_credentials import certificate, issuer_key
from trainer_app.core.storage.tables_quiz import quiz_answer, quiz_attempt
from trainer_app.core.storage.tables_summary import module_progress, pack_progress
from trainer_app.core.storage.tables_walkthrough import walkthrough_check

_NAIVE_ISO_CHARS = 26  # "2026-01-02 03:04:05.123456": SQLite's text of a UTC time, without a zone


def _where(where: ReportFilter) -> list[Any]:
    clauses: list[Any] = []
    if where.role:
        clauses.append(or_(learner.c.roles == where.role, learner.c.roles.like(f"{where.role},%")))
    if where.agency is not None:
        clauses.append(learner.c.agency == where.agency)
    if where.site is not None:
        clauses.append(learner.c.site == where.site)
    if not where.include_archived:
        clauses.append(learner.c.archived.is_(False))
    return clauses


def learners(conn: Connection, where: ReportFilter) -> list[Any]:
    query = select(
        learner.c.id,
        learner.c.display_name,
        learner.c.roles,
        learner.c.agency,
        learner.c.site,
        learner.c.language,
        learner.c.archived,
        learner.c.origin,
    )
    query = query.where(*_where(where)).order_by(func.lower(learner.c.display_name), learner.c.id)
    return list(conn.execute(query))


def _filtered_ids(where: ReportFilter) -> Any:
    return select(learner.c.id).where(*_where(where))


def _learner_scope(where: ReportFilter, column: Any) -> list[Any]:
    """Narrow summary queries to the filtered learners only when a role, agency or site is chosen: rows of
    other learners (the archived ones, by default) are dropped anyway when the report joins them to `learners`,
    and the IN-subquery costs a lookup per row."""
    if not (where.role or where.agency is not None or where.site is not None):
        return []
    return [column.in_(_filtered_ids(where))]


# The modules each learner's roll-up looks at, by the learner's whole `roles` text (its first role picks the
# track): the report reads only these summaries, a third of them on a deployment where people browse widely.
report_module = Table(
    "report_module",
    MetaData(),
    Column("roles", Text, primary_key=True),
    Column("module_id", String(150), primary_key=True),
)
CREATE_REPORT_MODULE = (
    "CREATE TEMPORARY TABLE IF NOT EXISTS report_module "
    "(roles TEXT NOT NULL, module_id VARCHAR(150) NOT NULL, PRIMARY KEY (roles, module_id))"
)
TALLY_COLUMNS = (
    module_progress.c.learner_id,
    module_progress.c.module_id,
    module_progress.c.activities_done,
    module_progress.c.progress_sum,
    module_progress.c.activities_touched,
    type_coerce(module_progress.c.last_completed_at, String),
)


def module_aggregates(
    conn: Connection,
    pack_id: str,
    activities: Sequence[tuple[str, str, bool]],
    where: ReportFilter,
    needed: Mapping[str, Iterable[str]],
) -> dict[str, dict[str, ModuleTally]]:
    """Per learner and module: the tallies of their progress rows, read from the summaries kept as progress is
    written (summary_repo), never by grouping the progress rows. `activities`: (activity id, module id, required)
    of the pack as loaded; should the stored layout differ, the pack is summed again on this one first. Rows of
    activities no longer in the pack count nowhere. `needed`: main role -> the modules its roll-up looks at;
    only those are read. The latest completion stays as stored (text on SQLite): it
    is only compared, and the report converts the one it shows."""
    if not activities:
        return {}
    summary_repo.record_layout(conn, pack_id, activities)
    _fill_report_modules(conn, where, needed)
    on_module = and_(
        module_progress.c.learner_id == learner.c.id,
        module_progress.c.pack_id == pack_id,
        module_progress.c.module_id == report_module.c.module_id,
    )
    joined = learner.join(report_module, report_module.c.roles == learner.c.roles).join(
        module_progress, on_module
    )
    query = select(*TALLY_COLUMNS).select_from(joined).where(*_where(where))
    found: dict[str, dict[str, ModuleTally]] = {}
    tally = ModuleTally
    current_id, current = None, {}
    result = conn.execute(query)
    try:  # the driver's own rows: these columns need no conversion, and a Row each costs a third of the time
        rows = result.cursor.fetchall()
    finally:
        result.close()
    for learner_id, module_id, done, value, touched, last in rows:
        if learner_id != current_id:  # rows come mostly grouped by learner: one lookup per run
            current_id, current = learner_id, found.setdefault(learner_id, {})
        current[module_id] = tally(done, value, touched, last)
    return found


def _fill_report_modules(conn: Connection, where: ReportFilter, needed: Mapping[str, Iterable[str]]) -> None:
    conn.exec_driver_sql(CREATE_REPORT_MODULE)
    conn.execute(delete(report_module))
    present = conn.execute(select(learner.c.roles).where(*_where(where)).distinct()).scalars().all()
    wanted = {role: tuple(dict.fromkeys(modules)) for role, modules in needed.items()}
    rows = [
        {"roles": roles, "module_id": module_id}
        for roles in present
        for module_id in wanted.get(roles.split(",", 1)[0], ())
    ]
    if rows:
        conn.execute(insert(report_module), rows)


def learner_aggregates(conn: Connection, pack_id: str, where: ReportFilter) -> dict[str, LearnerTally]:
    """Per learner: first opened, last change and time spent over the pack, from the pack summaries."""
    query = select(
        pack_progress.c.learner_id,
        type_coerce(pack_progress.c.first_opened_at, String),
        type_coerce(pack_progress.c.last_updated_at, String),
        pack_progress.c.seconds_spent,
    ).where(pack_progress.c.pack_id == pack_id, *_learner_scope(where, pack_progress.c.learner_id))
    return {r[0]: LearnerTally(_utc(r[1]), _utc(r[2]), float(r[3] or 0.0)) for r in conn.execute(query).all()}


def stamp_to_utc(value: Any) -> datetime | None:
    """A stored time (a datetime, or SQLite's text) as a UTC-aware datetime."""
    return _utc(value)


def _utc(value: Any) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, str):  # SQLite aggregates hand back the stored text (UTC, without a zone)
        return (
            datetime.fromisoformat(value + "+00:00")
            if len(value) <= _NAIVE_ISO_CHARS
            else as_utc(datetime.fromisoformat(value))
        )
    return as_utc(value)


def countable_certificates(conn: Connection, pack_id: str, where: ReportFilter) -> dict[str, int]:
    """Valid certificates per learner: not revoked, not superseded, from a trusted issuer."""
    query = (
        select(certificate.c.learner_id, func.count())
        .join(issuer_key, certificate.c.issuer_key == issuer_key.c.public_key)
        .where(
            certificate.c.pack_id == pack_id,
            certificate.c.revoked_at.is_(None),
            certificate.c.superseded_by.is_(None),
            issuer_key.c.trusted.is_(True),
            certificate.c.learner_id.in_(_filtered_ids(where)),
        )
        .group_by(certificate.c.learner_id)
    )
    return {row[0]: int(row[1]) for row in conn.execute(query)}


def quiz_outcomes(conn: Connection, pack_id: str, where: ReportFilter) -> list[Any]:
    """Per quiz activity: submitted attempts, learners who tried, learners who passed, mean score."""
    passed_learner = case((quiz_attempt.c.passed.is_(True), quiz_attempt.c.learner_id), else_=None)
    query = (
        select(
            quiz_attempt.c.activity_id,
            func.count(),
            func.count(func.distinct(quiz_attempt.c.learner_id)),
            func.count(func.distinct(passed_learner)),
            func.avg(quiz_attempt.c.score),
        )
        .where(
            quiz_attempt.c.pack_id == pack_id,
            quiz_attempt.c.submitted_at.is_not(None),
            quiz_attempt.c.learner_id.in_(_filtered_ids(where)),
        )
        .group_by(quiz_attempt.c.activity_id)
    )
    return list(conn.execute(query))


def question_outcomes(conn: Connection, pack_id: str, where: ReportFilter) -> list[Any]:
    """Per question: times answered and times wrong, over submitted attempts."""
    wrong = func.sum(case((quiz_answer.c.correct.is_(False), 1), else_=0))
    query = (
        select(quiz_attempt.c.activity_id, quiz_answer.c.question_id, func.count(), wrong)
        .select_from(quiz_answer.join(quiz_attempt, quiz_answer.c.attempt_id == quiz_attempt.c.id))
        .where(
            quiz_attempt.c.pack_id == pack_id,
            quiz_attempt.c.submitted_at.is_not(None),
            quiz_attempt.c.learner_id.in_(_filtered_ids(where)),
        )
        .group_by(quiz_attempt.c.activity_id, quiz_answer.c.question_id)
    )
    return list(conn.execute(query))


def learner_attempts(conn: Connection, learner_id: str, pack_id: str) -> list[Any]:
    query = (
        select(
            quiz_attempt.c.id,
            quiz_attempt.c.activity_id,
            quiz_attempt.c.started_at,
            quiz_attempt.c.submitted_at,
            quiz_attempt.c.score,
            quiz_attempt.c.passed,
        )
        .where(quiz_attempt.c.learner_id == learner_id, quiz_attempt.c.pack_id == pack_id)
        .order_by(quiz_attempt.c.started_at, quiz_attempt.c.id)
    )
    return list(conn.execute(query))


def walkthrough_ticks(conn: Connection, learner_id: str) -> int:
    query = select(func.count()).where(
        walkthrough_check.c.learner_id == learner_id, walkthrough_check.c.ticked.is_(True)
    )
    return int(conn.execute(query).scalar() or 0)
