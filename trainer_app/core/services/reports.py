"""Completion reports: ONE function builds the rows that the Trainer screen shows and every export writes.

A few grouped queries cover all learners (no query per learner); roll-up rules live in core/rules/rollup.
Exports write a temp file and rename it, so a full disk never leaves a partial report.
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from trainer_app.core.common import files
from trainer_app.core.common.clock import Clock
from trainer_app.core.common.errors import ExchangeCancelled, ExportError, TrainerError, ValidationError
from trainer_app.core.domain.pack import ActivityKind, Pack
from trainer_app.core.domain.report import (
    CellStatus,
    LearnerDetail,
    MatrixCell,
    QuestionRow,
    ReportData,
    ReportFilter,
)
from trainer_app.core.rules.rollup import modules_needed
from trainer_app.core.services import report_rows
from trainer_app.core.services.packs import PackService, activity_layout
from trainer_app.core.services.quizzes import QuizService
from trainer_app.core.storage import exchange_repo, reports_repo, sessions_repo
from trainer_app.core.storage.db import Database

FORMATS = ("csv", "xlsx", "pdf")
NOT_IN_TRACK = MatrixCell(CellStatus.NOT_IN_TRACK, 0.0)


class ReportPdfWriter(Protocol):
    def __call__(self, report: ReportData, path: Path) -> None: ...


class ReportService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        packs: PackService,
        quizzes: QuizService,
        pdf_writer: Callable[[], ReportPdfWriter] | None = None,
    ) -> None:
        self._db = db
        self._clock = clock
        self._packs = packs
        self._quizzes = quizzes
        self._pdf_writer = pdf_writer

    def build(self, where: ReportFilter | None = None, pack_id: str | None = None) -> ReportData:
        where = where or ReportFilter()
        pack = self._packs.get(pack_id) if pack_id else self._packs.default()
        activities = activity_layout(pack)
        with self._db.transaction() as conn:
            people = reports_repo.learners(conn, where)
            tallies = reports_repo.module_aggregates(conn, pack.id, activities, where, modules_needed(pack))
            totals = reports_repo.learner_aggregates(conn, pack.id, where)
            certificates = reports_repo.countable_certificates(conn, pack.id, where)
            quiz_rows = reports_repo.quiz_outcomes(conn, pack.id, where)
            question_rows = reports_repo.question_outcomes(conn, pack.id, where)
            pending = sum(int(s["records"]) for s in exchange_repo.pending_summary(conn))
            trusted = exchange_repo.trusted_keys(conn)
            attended = sessions_repo.attended_sessions(conn, (p.id for p in people), trusted)
            passed = sessions_repo.passed_check_counts(conn, pack.id, trusted)
        learners, matrix, modules = report_rows.learner_rows(
            pack, people, tallies, totals, certificates, reports_repo.stamp_to_utc
        )
        learners = tuple(
            dataclasses.replace(
                row,
                sessions_attended=attended.get(row.learner_id, 0),
                practical_checks_passed=passed.get(row.learner_id, 0),
            )
            for row in learners
        )
        return ReportData(
            generated_at=self._clock(),
            pack_id=pack.id,
            pack_title=pack.title,
            pack_version=pack.version,
            filter=where,
            modules=modules,
            learners=learners,
            matrix=matrix,
            per_role=report_rows.groups(learners, lambda r: r.role, {r.id: r.title for r in pack.roles}),
            per_agency=report_rows.groups(learners, lambda r: r.agency, {}),
            quizzes=report_rows.quizzes(pack, quiz_rows),
            questions=self._questions(pack, question_rows),
            over_time_role=report_rows.over_time(learners, lambda r: r.role_title),
            over_time_agency=report_rows.over_time(learners, lambda r: r.agency),
            pending_records=pending,
            language=pack.language,
        )

    def learner_detail(self, learner_id: str, pack_id: str | None = None) -> LearnerDetail:
        """Every activity, attempt and certificate of one learner."""
        from trainer_app.core.services.report_detail import learner_detail

        return learner_detail(
            self._db, self._packs.get(pack_id) if pack_id else self._packs.default(), learner_id
        )

    def options(self) -> dict[str, list[str]]:
        """The roles, agencies and sites present, for filter lists."""
        with self._db.transaction() as conn:
            people = reports_repo.learners(conn, ReportFilter())
        roles = sorted({(r.roles.split(",") or [""])[0] for r in people} - {""})
        return {
            "roles": roles,
            "agencies": sorted({r.agency for r in people}),
            "sites": sorted({r.site for r in people}),
        }

    def export(
        self,
        path: Path,
        format: str,
        where: ReportFilter | None = None,
        pack_id: str | None = None,
        view: str = "learners",
        progress: Callable[[float, str], bool] | None = None,
    ) -> Path:
        """Write the report as CSV (one view), XLSX (a sheet per view) or PDF (charts and tables).

        `progress(fraction, what)` returning False cancels before the file is begun: nothing is written."""
        if format not in FORMATS:
            raise ValidationError("report.unknown_format", format=format, items=", ".join(FORMATS))
        _keep_going(progress, 0.0, "gathering")
        report = self.build(where, pack_id)
        _keep_going(progress, 0.5, "writing")
        written = write_report(report, path, format, view, self._pdf_writer)
        _keep_going(progress, 1.0, "done")
        return written

    def _questions(self, pack: Pack, rows: Iterable[Any]) -> tuple[QuestionRow, ...]:
        prompts: dict[str, str] = {}
        for activity in pack.activities():
            if activity.kind is ActivityKind.QUIZ:
                with contextlib.suppress(TrainerError):  # a broken bank still has counts, just no prompts
                    prompts.update(
                        {q.id: q.prompt for q in self._quizzes.bank(pack.id, activity.id).leaf_questions()}
                    )
        found = [
            QuestionRow(
                a,
                q,
                prompts.get(q, ""),
                int(n),
                int(w or 0),
                report_rows.pct(int(w or 0) / int(n)) if n else 0.0,
            )
            for a, q, n, w in rows
        ]
        return tuple(sorted(found, key=lambda r: (-r.wrong, -r.miss_rate, r.activity_id, r.question_id)))


def _keep_going(progress: Callable[[float, str], bool] | None, fraction: float, what: str) -> None:
    if progress is not None and progress(fraction, what) is False:
        raise ExchangeCancelled()


def write_report(
    report: ReportData, path: Path, format: str, view: str, pdf_writer: Callable[[], ReportPdfWriter] | None
) -> Path:
    """Write to a temp file beside `path`, then rename: a failure (a full disk) leaves no partial file."""
    try:
        with files.atomic_path(path) as partial:
            if format == "csv":
                from trainer_app.core.exchange.reports_csv import write_csv

                write_csv(report, partial, view)
            elif format == "xlsx":
                from trainer_app.core.exchange.reports_xlsx import write_xlsx

                write_xlsx(report, partial)
            else:
                if pdf_writer is None:
                    raise TrainerError("report.no_pdf_writer")
                pdf_writer()(report, partial)
    except OSError as error:
        if error.errno == errno.ENOSPC:
            raise ExportError("export.disk_full", name=path.name) from error
        raise ExportError("export.not_written", path=path, strerror=error.strerror or error) from error
    return path


def parse_since(text: str) -> datetime:
    """A date (YYYY-MM-DD) or an ISO date and time; UTC when no zone is given."""
    from datetime import UTC

    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError as error:
        raise ValidationError("report.date_yyyy_mm_dd", text=text) from error
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
