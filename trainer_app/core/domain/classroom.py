"""Classroom evidence as the rest of the app sees it: a training session a trainer ran, who attended it,
and a practical check a trainer observed. Each carries the key that signed it and whether that key is trusted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from trainer_app.core.common.errors import TrainerError
from trainer_app.core.domain.certificate import Certificate


@dataclass(frozen=True)
class Attendance:
    """One attendee of a session: a learner with a profile here, or a planned staff member by name."""

    id: str
    session_id: str
    learner_id: str | None
    staff_name: str
    name: str  # the learner's display name, or the staff name

    @property
    def has_profile(self) -> bool:
        return self.learner_id is not None


@dataclass(frozen=True)
class TrainingSession:
    id: str
    pack_id: str
    title: str
    held_at: datetime
    trainer_learner_id: str | None
    trainer_name: str
    module_ids: tuple[str, ...]
    location: str
    note: str
    issuer_fingerprint: str
    trusted: bool
    attendees: tuple[Attendance, ...] = ()


@dataclass(frozen=True)
class PracticalCheck:
    """A learner performed a named task (a pack's practical check) on the demo site, observed by a trainer."""

    id: str
    learner_id: str
    learner_name: str
    pack_id: str
    check_id: str
    passed: bool
    observed_by: str
    observed_at: datetime
    note: str
    issuer_fingerprint: str
    trusted: bool


@dataclass(frozen=True)
class AttendanceResult:
    attendance: Attendance
    new: bool  # False: this person was marked present before
    completed_activity_ids: tuple[str, ...]  # activities this attendance completed now
    certificates: tuple[Certificate, ...] = ()  # issued because this attendance finished their work
    # why a certificate this attendance earned could not be issued now (kept; the catch-up issues it later)
    certificate_pending: TrainerError | None = None
