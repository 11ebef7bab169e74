"""Progress values: per activity, and rolled up per module and track."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class Status(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    LOCKED = "locked"


@dataclass(frozen=True)
class ActivityProgress:
    learner_id: str
    pack_id: str
    activity_id: str
    status: Status
    progress: float
    seconds_spent: float
    first_opened_at: datetime | None
    completed_at: datetime | None
    last_position: str
    content_version: str

    @property
    def is_complete(self) -> bool:
        return self.completed_at is not None

    @property
    def position_number(self) -> float:
        """The last position as a number (a scroll fraction, seconds into a video); 0 when it is not one."""
        try:
            return max(0.0, float(self.last_position))
        except ValueError:
            return 0.0


@dataclass(frozen=True)
class ModuleProgress:
    module_id: str
    status: Status
    progress: float
    locked_by: tuple[str, ...] = ()


@dataclass(frozen=True)
class TrackProgress:
    track_id: str
    progress: float
    completed: bool
    modules: tuple[ModuleProgress, ...]
