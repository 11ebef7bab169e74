"""Completion report rows: the one source of numbers for the Trainer screen and every export (CSV, XLSX, PDF).

Percentages are numbers from 0 to 100; times are UTC-aware.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import NamedTuple


class LearnerStatus(StrEnum):
    COMPLETED = "completed"
    IN_PROGRESS = "in_progress"
    NOT_STARTED = "not_started"
    NO_TRACK = "no_track"  # the learner's role has no track in this pack


class CellStatus(StrEnum):
    COMPLETED = "completed"
    IN_PROGRESS = "in_progress"
    NOT_STARTED = "not_started"
    LOCKED = "locked"
    NOT_IN_TRACK = "not_in_track"


class ModuleTally(NamedTuple):
    """One learner's stored progress in one module: over its required activities, plus any row at all.

    A NamedTuple, not a frozen dataclass: a report makes one per learner and module touched (over 300,000 for
    10,000 learners), and a NamedTuple is made about three times faster."""

    done: int  # required activities completed
    progress_sum: float  # sum of progress (0–1) over required activities
    touched: int  # progress rows for any activity of the module
    last_done_at: datetime | str | None  # the latest completion of a required activity, as stored


@dataclass(frozen=True)
class LearnerTally:
    """One learner's stored progress over a whole pack."""

    first_opened_at: datetime | None
    last_updated_at: datetime | None
    seconds_spent: float


@dataclass(frozen=True)
class ReportFilter:
    role: str | None = None
    agency: str | None = None
    site: str | None = None
    include_archived: bool = False

    def describe(self) -> str:
        parts = [
            f"{k}: {v}" for k, v in (("role", self.role), ("agency", self.agency), ("site", self.site)) if v
        ]
        return ", ".join(parts) if parts else "all learners"


@dataclass(frozen=True)
class LearnerRow:
    learner_id: str
    name: str
    role: str
    role_title: str
    agency: str
    site: str
    language: str
    track_id: str
    status: LearnerStatus
    percent: float
    activities_done: int
    activities_total: int
    modules_done: int
    modules_total: int
    seconds_spent: float
    first_activity_at: datetime | None
    last_activity_at: datetime | None
    completed_at: datetime | None
    certificates: int
    archived: bool
    origin: str
    sessions_attended: int = 0  # classroom sessions attended (records of trusted keys)
    practical_checks_passed: int = 0  # distinct practical checks of the pack passed (trusted keys)


@dataclass(frozen=True)
class ModuleColumn:
    module_id: str
    title: str
    track_ids: tuple[str, ...]


@dataclass(frozen=True)
class MatrixCell:
    status: CellStatus
    percent: float


@dataclass(frozen=True)
class MatrixRow:
    learner_id: str
    name: str
    role: str
    agency: str
    site: str
    cells: tuple[MatrixCell, ...]  # one per ReportData.modules


@dataclass(frozen=True)
class GroupRow:
    """Completion of one role or agency: learner counts by status and the share completed."""

    key: str
    title: str
    learners: int
    completed: int
    in_progress: int
    not_started: int
    percent_completed: float
    mean_percent: float
    certificates: int


@dataclass(frozen=True)
class QuizRow:
    activity_id: str
    title: str
    attempts: int
    learners: int
    learners_passed: int
    pass_rate: float | None  # share of learners who tried and passed, 0–100; None when nobody tried
    mean_score: float | None  # 0–100; None when nobody tried


@dataclass(frozen=True)
class QuestionRow:
    activity_id: str
    question_id: str
    prompt: str
    answered: int
    wrong: int
    miss_rate: float  # 0–100


@dataclass(frozen=True)
class TimePoint:
    """Learners of a group who had completed their track by the end of `day` (cumulative)."""

    key: str
    day: date
    completed: int


@dataclass(frozen=True)
class ReportData:
    generated_at: datetime
    pack_id: str
    pack_title: str
    pack_version: str
    filter: ReportFilter
    modules: tuple[ModuleColumn, ...]
    learners: tuple[LearnerRow, ...]
    matrix: tuple[MatrixRow, ...]
    per_role: tuple[GroupRow, ...]
    per_agency: tuple[GroupRow, ...]
    quizzes: tuple[QuizRow, ...]
    questions: tuple[QuestionRow, ...]  # most missed first
    over_time_role: tuple[TimePoint, ...]
    over_time_agency: tuple[TimePoint, ...]
    pending_records: int  # records from untrusted keys, not counted here
    language: str = "en"  # the pack's language: the PDF report's labels and its /Lang


@dataclass(frozen=True)
class ActivityLine:
    module_title: str
    activity_id: str
    title: str
    kind: str
    required: bool
    status: str  # not_started | in_progress | completed
    percent: float
    seconds_spent: float
    first_opened_at: datetime | None
    completed_at: datetime | None


@dataclass(frozen=True)
class AttemptLine:
    attempt_id: str
    activity_id: str
    title: str
    started_at: datetime
    submitted_at: datetime | None
    score: float | None  # 0–100
    passed: bool | None


@dataclass(frozen=True)
class CertificateLine:
    certificate_id: str
    track_title: str
    issued_at: datetime
    status: str  # valid | revoked | superseded | untrusted


@dataclass(frozen=True)
class SessionLine:
    session_id: str
    title: str
    held_at: datetime
    trainer_name: str
    modules: tuple[str, ...]  # module titles


@dataclass(frozen=True)
class PracticalCheckLine:
    check_id: str
    title: str
    passed: bool
    observed_by: str
    observed_at: datetime
    note: str


@dataclass(frozen=True)
class LearnerDetail:
    """Everything about one learner: every activity, attempt and certificate (and what waits for trust)."""

    learner_id: str
    name: str
    roles: tuple[str, ...]
    agency: str
    site: str
    activities: tuple[ActivityLine, ...]
    attempts: tuple[AttemptLine, ...]
    certificates: tuple[CertificateLine, ...]
    walkthrough_ticks: int
    pending_records: int
    open_conflicts: tuple[tuple[str, str, str], ...]  # (field, here, incoming)
    sessions: tuple[SessionLine, ...] = ()  # classroom sessions attended (trusted keys)
    practical_checks: tuple[PracticalCheckLine, ...] = ()  # every practical check observed (trusted keys)
