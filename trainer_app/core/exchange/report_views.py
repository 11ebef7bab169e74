"""The tables of a completion report as exports write them: a title, typed columns and the row values.

CSV, XLSX and the PDF all read these, and they read ReportData only: no export computes a number itself.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from trainer_app.core.domain.report import ReportData

# Column kinds: text, int, number (a percentage 0–100 or seconds), datetime (UTC), date.


@dataclass(frozen=True)
class Column:
    header: str
    kind: str
    value: Callable[[Any], Any]


@dataclass(frozen=True)
class Table:
    key: str
    title: str
    columns: tuple[Column, ...]
    rows: Sequence[Any]

    @property
    def headers(self) -> list[str]:
        return [c.header for c in self.columns]

    def values(self, row: Any) -> list[Any]:
        return [c.value(row) for c in self.columns]


def _c(header: str, kind: str, name: str) -> Column:
    return Column(header, kind, lambda row: getattr(row, name))


LEARNER_COLUMNS = (
    _c("learner_id", "text", "learner_id"),
    _c("name", "text", "name"),
    _c("role", "text", "role"),
    _c("role_title", "text", "role_title"),
    _c("agency", "text", "agency"),
    _c("site", "text", "site"),
    _c("language", "text", "language"),
    _c("track", "text", "track_id"),
    Column("status", "text", lambda r: r.status.value),
    _c("percent", "number", "percent"),
    _c("activities_done", "int", "activities_done"),
    _c("activities_total", "int", "activities_total"),
    _c("modules_done", "int", "modules_done"),
    _c("modules_total", "int", "modules_total"),
    _c("seconds_spent", "number", "seconds_spent"),
    _c("first_activity_at", "datetime", "first_activity_at"),
    _c("last_activity_at", "datetime", "last_activity_at"),
    _c("completed_at", "datetime", "completed_at"),
    _c("certificates", "int", "certificates"),
    _c("archived", "text", "archived"),
    _c("sessions_attended", "int", "sessions_attended"),
    _c("practical_checks_passed", "int", "practical_checks_passed"),
)
GROUP_COLUMNS = (
    _c("key", "text", "key"),
    _c("title", "text", "title"),
    _c("learners", "int", "learners"),
    _c("completed", "int", "completed"),
    _c("in_progress", "int", "in_progress"),
    _c("not_started", "int", "not_started"),
    _c("percent_completed", "number", "percent_completed"),
    _c("mean_percent", "number", "mean_percent"),
    _c("certificates", "int", "certificates"),
)
QUIZ_COLUMNS = (
    _c("activity_id", "text", "activity_id"),
    _c("title", "text", "title"),
    _c("attempts", "int", "attempts"),
    _c("learners", "int", "learners"),
    _c("learners_passed", "int", "learners_passed"),
    _c("pass_rate", "number", "pass_rate"),
    _c("mean_score", "number", "mean_score"),
)
QUESTION_COLUMNS = (
    _c("activity_id", "text", "activity_id"),
    _c("question_id", "text", "question_id"),
    _c("prompt", "text", "prompt"),
    _c("answered", "int", "answered"),
    _c("wrong", "int", "wrong"),
    _c("miss_rate", "number", "miss_rate"),
)
VIEWS = ("learners", "matrix", "roles", "agencies", "quizzes", "questions")


def matrix_columns(report: ReportData) -> tuple[Column, ...]:
    fixed = (
        _c("learner_id", "text", "learner_id"),
        _c("name", "text", "name"),
        _c("role", "text", "role"),
        _c("agency", "text", "agency"),
        _c("site", "text", "site"),
    )
    cells = tuple(Column(m.module_id, "text", _cell_status(i)) for i, m in enumerate(report.modules))
    return fixed + cells


def _cell_status(index: int) -> Callable[[Any], Any]:
    return lambda row: row.cells[index].status.value


def table(report: ReportData, view: str) -> Table:
    if view == "learners":
        return Table(view, "Learners", LEARNER_COLUMNS, report.learners)
    if view == "matrix":
        return Table(view, "Modules", matrix_columns(report), report.matrix)
    if view == "roles":
        return Table(view, "Per role", GROUP_COLUMNS, report.per_role)
    if view == "agencies":
        return Table(view, "Per agency", GROUP_COLUMNS, report.per_agency)
    if view == "quizzes":
        return Table(view, "Quizzes", QUIZ_COLUMNS, report.quizzes)
    if view == "questions":
        return Table(view, "Quiz questions", QUESTION_COLUMNS, report.questions)
    raise ValueError(f"unknown view {view!r}")
