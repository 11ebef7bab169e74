"""The queries behind completion reports: a handful of aggregate queries for all learners at once, never one
query per learner. The numbers are rolled up in core/services/reports.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Integer,
    MetaData,
    String,
    Table,
    and_,
    case,
    delete,
    func,
    insert,
    literal,
    or_,
    select,
    type_coerce,
)

from trainer_app.core.common.clock import as_utc
from trainer_app.core.domain.report import LearnerTally, ModuleTally, ReportFilter
from trainer_app.core.storage.tables import learner, progress
from trainer_app.core.storage.tables_credentials import certificate, issuer_key
from trainer_app.core.storage.tables_quiz import quiz_answer, quiz_attempt
from trainer_app.core.storage.tables_walkthrough import walkthrough_check


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
    query = select(learner.c.id, learner.c.display_name, learner.c.roles, learner.c.agency, learner.c.site,
                   learner.c.language, learner.c.archived, learner.c.origin)  # fmt: skip
    query = query.where(*_where(where)).order_by(func.lower(learner.c.display_name), learner.c.id)
    return list(conn.execute(query))


def _filtered_ids(where: ReportFilter) -> Any:
    return select(learner.c.id).where(*_where(where))


def _learner_scope(where: ReportFilter) -> list[Any]:
    """Narrow progress queries to the filtered learners only when a role, agency or site is chosen: rows of
    other learners (the archived ones, by default) are dropped anyway when the report joins them to `learners`,
    and the IN-subquery costs a lookup per progress row."""
    if not (where.role or where.agency is not None or where.site is not None):
        return []
    return [progress.c.learner_id.in_(_filtered_ids(where))]


# The pack's activity -> module map, joined in SQL. A temporary table with a key is looked up per row cheaply;
# a CASE over every activity id (the first version) cost twice as long on 10,000 learners.
report_activity = Table(
    "report_activity",
    MetaData(),
    Column("activity_id", String(150), primary_key=True),
    Column("module", Integer, nullable=False),
    Column("required", Boolean, nullable=False),
)
CREATE_REPORT_ACTIVITY = (
    "CREATE TEMPORARY TABLE IF NOT EXISTS report_activity "
    "(activity_id VARCHAR(150) PRIMARY KEY, module INTEGER NOT NULL, required BOOLEAN NOT NULL)"
)


def module_aggregates(
    conn: Connection, pack_id: str, activities: Sequence[tuple[str, str, bool]], where: ReportFilter
) -> dict[str, dict[str, ModuleTally]]:
    """Per learner and module: aggregates of progress rows. `activities`: (activity id, module id, required).
    One grouped query over every learner; rows of activities no longer in the pack are left out. The latest
    completion stays as stored (text on SQLite): it is only compared, and the report converts the one it shows."""
    if not activities:
        return {}
    modules = list(dict.fromkeys(m for _, m, _ in activities))
    number = {m: i for i, m in enumerate(modules)}
    conn.exec_driver_sql(CREATE_REPORT_ACTIVITY)
    conn.execute(delete(report_activity))
    rows = {a: {"activity_id": a, "module": number[m], "required": r} for a, m, r in activities}
    conn.execute(insert(report_activity), list(rows.values()))
    required = report_activity.c.required.is_(True)
    done = func.sum(case((and_(required, progress.c.completed_at.is_not(None)), 1), else_=0))
    progress_sum = func.sum(case((required, progress.c.progress), else_=literal(0.0)))
    last_done = type_coerce(func.max(case((required, progress.c.completed_at), else_=None)), String)
    query = (
        select(progress.c.learner_id, report_activity.c.module, done, progress_sum, func.count(), last_done)
        .join(report_activity, report_activity.c.activity_id == progress.c.activity_id)
        .where(progress.c.pack_id == pack_id, *_learner_scope(where))
        .group_by(progress.c.learner_id, report_activity.c.module)
    )
    found: dict[str, dict[str, ModuleTally]] = {}
    for learner_id, index, done_, sum_, touched, last in conn.execute(query).all():
        found.setdefault(learner_id, {})[modules[index]] = ModuleTally(done_ or 0, sum_ or 0.0, touched, last)
    return found


def learner_aggregates(conn: Connection, pack_id: str, where: ReportFilter) -> dict[str, LearnerTally]:
    """Per learner: first opened, last change and time spent over the pack (one grouped query)."""
    query = (
        select(
            progress.c.learner_id,
            func.min(progress.c.first_opened_at),
            func.max(progress.c.updated_at),
            func.sum(progress.c.seconds_spent),
        )
        .where(progress.c.pack_id == pack_id, *_learner_scope(where))
        .group_by(progress.c.learner_id)
    )
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
            if len(value) <= 26
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
