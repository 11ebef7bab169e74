"""One learner in full for the Trainer screen: every activity of the pack with its progress, every quiz
attempt, every certificate, and what waits for a trust decision or a conflict decision.
"""

from __future__ import annotations

from trainer_app.core.common.clock import as_utc
from trainer_app.core.common.errors import NotFoundError
from trainer_app.core.domain.classroom import PracticalCheck, TrainingSession
from trainer_app.core.domain.pack import Pack
from trainer_app.core.domain.report import (
    ActivityLine,
    AttemptLine,
    CertificateLine,
    LearnerDetail,
    PracticalCheckLine,
    SessionLine,
)
from trainer_app.core.storage import (
    certificates_repo,
    exchange_repo,
    learners_repo,
    progress_repo,
    reports_repo,
    sessions_repo,
)
from trainer_app.core.storage.db import Database


def learner_detail(db: Database, pack: Pack, learner_id: str) -> LearnerDetail:
    with db.transaction() as conn:
        learner = learners_repo.get(conn, learner_id)
        if learner is None:
            raise NotFoundError("learner.not_found", learner_id=learner_id)
        done = progress_repo.for_learner(conn, learner_id, pack.id)
        attempts = reports_repo.learner_attempts(conn, learner_id, pack.id)
        certificates = certificates_repo.list_certificates(conn, learner_id)
        ticks = reports_repo.walkthrough_ticks(conn, learner_id)
        pending = len(exchange_repo.pending_for_learner(conn, learner_id))
        conflicts = [c for c in exchange_repo.conflicts(conn) if c["learner_id"] == learner_id]
        trusted = exchange_repo.trusted_keys(conn)
        attended = [s for s in sessions_repo.sessions_for_learner(conn, learner_id, trusted) if s.trusted]
        checks = [c for c in sessions_repo.checks(conn, trusted, learner_id, pack.id) if c.trusted]
    titles = {a.id: a.title for a in pack.activities()}
    activities = []
    for module in pack.modules:
        for activity in module.activities:
            stored = done.get(activity.id)
            activities.append(
                ActivityLine(
                    module.title,
                    activity.id,
                    activity.title,
                    activity.kind.value,
                    activity.required,
                    stored.status.value if stored else "not_started",
                    round(100.0 * stored.progress, 1) if stored else 0.0,
                    stored.seconds_spent if stored else 0.0,
                    stored.first_opened_at if stored else None,
                    stored.completed_at if stored else None,
                )
            )
    return LearnerDetail(
        learner.id,
        learner.display_name,
        learner.roles,
        learner.agency,
        learner.site,
        tuple(activities),
        tuple(
            AttemptLine(
                a.id,
                a.activity_id,
                titles.get(a.activity_id, a.activity_id),
                as_utc(a.started_at),
                as_utc(a.submitted_at) if a.submitted_at else None,
                None if a.score is None else round(100.0 * a.score, 1),
                a.passed,
            )
            for a in attempts
        ),
        tuple(CertificateLine(c.id, c.track_title, c.issued_at, c.status.value) for c in certificates),
        ticks,
        pending,
        tuple((c["field"], c["local_value"], c["incoming_value"]) for c in conflicts),
        tuple(_session_line(pack, s) for s in attended),
        tuple(_check_line(pack, c) for c in checks),
    )


def _session_line(pack: Pack, session: TrainingSession) -> SessionLine:
    titles = tuple(m.title if (m := pack.module(i)) else i for i in session.module_ids)
    return SessionLine(session.id, session.title, session.held_at, session.trainer_name, titles)


def _check_line(pack: Pack, check: PracticalCheck) -> PracticalCheckLine:
    definition = pack.practical_check(check.check_id)
    title = definition.title if definition else check.check_id
    return PracticalCheckLine(
        check.check_id, title, check.passed, check.observed_by, check.observed_at, check.note
    )
