"""Completion reports: ONE function builds the rows that the Trainer screen shows and every export writes.

A few grouped queries cover all learners (no query per learner); roll-up rules live in core/rules/rollup.
Exports write a temp file and rename it, so a full disk never leaves a partial report.
"""

from __future__ import annotations

import contextlib
import os
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from trainer_app.core.common.clock import Clock
from trainer_app.core.common.errors import ExchangeError, TrainerError, ValidationError
from trainer_app.core.domain.pack import ActivityKind, Pack
from trainer_app.core.domain.report import (
    CellStatus,
    GroupRow,
    LearnerDetail,
    LearnerRow,
    LearnerStatus,
    MatrixCell,
    MatrixRow,
    ModuleColumn,
    QuestionRow,
    QuizRow,
    ReportData,
    ReportFilter,
    TimePoint,
)
from trainer_app.core.rules.rollup import required_counts, roll_up_track
from trainer_app.core.services.packs import PackService
from trainer_app.core.services.quizzes import QuizService
from trainer_app.core.storage import exchange_repo, reports_repo
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
        index = {m.id: i for i, m in enumerate(pack.modules)}
        activities = [(a.id, index[m.id], a.required) for m in pack.modules for a in m.activities]
        with self._db.transaction() as conn:
            people = reports_repo.learners(conn, where)
            tallies = reports_repo.module_aggregates(conn, pack.id, activities, where)
            certificates = reports_repo.countable_certificates(conn, pack.id, where)
            quiz_rows = reports_repo.quiz_outcomes(conn, pack.id, where)
            question_rows = reports_repo.question_outcomes(conn, pack.id, where)
            pending = sum(int(s["records"]) for s in exchange_repo.pending_summary(conn))
        learners, matrix, modules = _learner_rows(pack, people, tallies, certificates)
        return ReportData(
            generated_at=self._clock(), pack_id=pack.id, pack_title=pack.title, pack_version=pack.version,
            filter=where, modules=modules, learners=learners, matrix=matrix,
            per_role=_groups(learners, lambda r: r.role, {r.id: r.title for r in pack.roles}),
            per_agency=_groups(learners, lambda r: r.agency, {}),
            quizzes=_quizzes(pack, quiz_rows), questions=self._questions(pack, question_rows),
            over_time_role=_over_time(learners, lambda r: r.role_title),
            over_time_agency=_over_time(learners, lambda r: r.agency),
            pending_records=pending,
        )  # fmt: skip

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
        self, path: Path, format: str, where: ReportFilter | None = None, pack_id: str | None = None,
        view: str = "learners",
    ) -> Path:  # fmt: skip
        """Write the report as CSV (one view), XLSX (a sheet per view) or PDF (charts and tables)."""
        if format not in FORMATS:
            raise ValidationError(f"Unknown report format '{format}'. Use one of: {', '.join(FORMATS)}.")
        report = self.build(where, pack_id)
        return write_report(report, path, format, view, self._pdf_writer)

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
                a, q, prompts.get(q, ""), int(n), int(w or 0), _pct(int(w or 0) / int(n)) if n else 0.0
            )
            for a, q, n, w in rows
        ]
        return tuple(sorted(found, key=lambda r: (-r.wrong, -r.miss_rate, r.activity_id, r.question_id)))


def write_report(
    report: ReportData, path: Path, format: str, view: str, pdf_writer: Callable[[], ReportPdfWriter] | None
) -> Path:
    """Write to a temp file beside `path`, then rename: a failure (a full disk) leaves no partial file."""
    partial = path.with_name(path.name + ".partial")
    try:
        if format == "csv":
            from trainer_app.core.exchange.reports_csv import write_csv

            write_csv(report, partial, view)
        elif format == "xlsx":
            from trainer_app.core.exchange.reports_xlsx import write_xlsx

            write_xlsx(report, partial)
        else:
            if pdf_writer is None:
                raise TrainerError("Writing PDF reports is not available here.")
            pdf_writer()(report, partial)
        os.replace(partial, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            partial.unlink()
        if error.errno == 28:
            raise ExchangeError(f"The disk is full: {path.name} was not written. Free some space.") from error
        raise ExchangeError(f"{path} could not be written: {error.strerror or error}.") from error
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    return path


# ---- roll-ups (pure) ------------------------------------------------------------------------------------


def _learner_rows(
    pack: Pack, people: list[Any], tallies: dict[str, Any], certificates: dict[str, int]
) -> tuple[tuple[LearnerRow, ...], tuple[MatrixRow, ...], tuple[ModuleColumn, ...]]:
    required = required_counts(pack)
    role_titles = {r.id: r.title for r in pack.roles}
    tracks_by_role = {t.role: t for t in pack.tracks}
    modules_by_index = {i: m.id for i, m in enumerate(pack.modules)}
    rows, cells_by_learner, used = [], [], set()
    for person in people:
        role = (person.roles.split(",") or [""])[0]
        by_module = {modules_by_index[i]: t for i, t in tallies.get(person.id, {}).items()}
        track = tracks_by_role.get(role)
        rollup = roll_up_track(pack, track, by_module, required) if track else None
        if track:
            used.add(track.id)
        rows.append(_learner_row(person, role, role_titles, track.id if track else "", rollup, by_module,
                                 certificates.get(person.id, 0)))  # fmt: skip
        cells_by_learner.append(rollup.cells if rollup else {})
    columns = tuple(
        ModuleColumn(m.id, m.title, tuple(t.id for t in pack.tracks if m.id in t.module_ids))
        for m in pack.modules
        if any(m.id in t.module_ids for t in pack.tracks if t.id in used)
    )
    matrix = tuple(
        MatrixRow(
            r.learner_id,
            r.name,
            r.role_title,
            r.agency,
            r.site,
            tuple(cells.get(c.module_id, NOT_IN_TRACK) for c in columns),
        )
        for r, cells in zip(rows, cells_by_learner, strict=True)
    )
    return tuple(rows), matrix, columns


def _learner_row(
    person: Any, role: str, titles: dict[str, str], track_id: str, rollup: Any, tallies: dict[str, Any],
    certificates: int,
) -> LearnerRow:  # fmt: skip
    firsts = [t.first_opened_at for t in tallies.values() if t.first_opened_at]
    lasts = [t.last_updated_at for t in tallies.values() if t.last_updated_at]
    return LearnerRow(
        learner_id=person.id, name=person.display_name, role=role, role_title=titles.get(role, role),
        agency=person.agency, site=person.site, language=person.language, track_id=track_id,
        status=rollup.status if rollup else LearnerStatus.NO_TRACK,
        percent=_pct(rollup.value) if rollup else 0.0,
        activities_done=rollup.activities_done if rollup else 0,
        activities_total=rollup.activities_total if rollup else 0,
        modules_done=rollup.modules_done if rollup else 0, modules_total=rollup.modules_total if rollup else 0,
        seconds_spent=round(sum(t.seconds_spent for t in tallies.values()), 3),
        first_activity_at=min(firsts) if firsts else None, last_activity_at=max(lasts) if lasts else None,
        completed_at=rollup.completed_at if rollup else None, certificates=certificates,
        archived=bool(person.archived), origin=person.origin,
    )  # fmt: skip


def _groups(
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
                percent_completed=_pct(status[LearnerStatus.COMPLETED] / total),
                mean_percent=_pct(sum(r.percent for r in members) / total / 100.0),
                certificates=sum(r.certificates for r in members),
            )
        )
    return tuple(result)


def _quizzes(pack: Pack, rows: Iterable[Any]) -> tuple[QuizRow, ...]:
    found = {row[0]: row for row in rows}
    result = []
    for activity in pack.activities():
        if activity.kind is not ActivityKind.QUIZ:
            continue
        _, attempts, tried, passed, mean = found.get(activity.id, (activity.id, 0, 0, 0, None))
        rate = _pct(passed / tried) if tried else 0.0
        result.append(QuizRow(activity.id, activity.title, int(attempts), int(tried), int(passed), rate,
                              _pct(float(mean or 0.0))))  # fmt: skip
    return tuple(result)


def _over_time(rows: Iterable[LearnerRow], key: Callable[[LearnerRow], str]) -> tuple[TimePoint, ...]:
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


def _pct(share: float) -> float:
    """A share 0–1 as the percentage shown and exported everywhere (one decimal)."""
    return round(100.0 * share, 1)


def parse_since(text: str) -> datetime:
    """A date (YYYY-MM-DD) or an ISO date and time; UTC when no zone is given."""
    from datetime import UTC

    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError as error:
        raise ValidationError(f"'{text}' is not a date (YYYY-MM-DD) or an ISO date and time.") from error
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
