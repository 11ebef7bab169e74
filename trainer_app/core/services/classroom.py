"""Classroom sessions and practical checks (trainer mode): a trainer runs a session, marks who attended, and
records tasks learners performed on the demo site. Every record is signed with the installation's key;
attendance completes the covered activities a pack lets count, through the progress service.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from trainer_app.core.common.changes import Changes
from trainer_app.core.common.clock import Clock
from trainer_app.core.common.errors import NotFoundError, TrainerError, ValidationError
from trainer_app.core.common.ids import new_uuid
from trainer_app.core.domain.certificate import Certificate
from trainer_app.core.domain.classroom import Attendance, AttendanceResult, PracticalCheck, TrainingSession
from trainer_app.core.domain.pack import Pack, PracticalCheckDef, Track
from trainer_app.core.exchange import record_format as fmt
from trainer_app.core.exchange.classroom_sign import sign_row
from trainer_app.core.services.learners import LearnerService
from trainer_app.core.services.packs import PackService
from trainer_app.core.services.progress import CertificateIssuing, ProgressService, issue_in_savepoint
from trainer_app.core.services.trust import TrustService
from trainer_app.core.storage import sessions_repo
from trainer_app.core.storage.db import Database

MAX_NAME = 200


def _clean(text: str, what: str, required: bool = True, limit: int = MAX_NAME) -> str:
    value = " ".join(text.split())
    if required and not value:
        raise ValidationError("classroom.give", field=what)
    if len(value) > limit:
        raise ValidationError("classroom.longer_than_characters", field=what, limit=limit)
    return value


@dataclass(frozen=True)
class ClassroomEvent:
    """What a classroom record says of one learner, for observers (the xAPI outbox) in the same transaction:
    `kind` is "attended" (a session) or "practical_check"; `passed` only for a check."""

    kind: str
    learner_id: str
    pack_id: str
    subject_id: str  # the session id, or the pack's practical check id
    title: str
    at: datetime
    passed: bool | None = None


ClassroomObserver = Callable[[Any, ClassroomEvent], None]


@dataclass(frozen=True)
class SessionRun:
    """A recorded session, the certificates its attendance issued, and what changed; with why, when some
    certificate its attendance earned could not be issued now (the session is kept; the catch-up issues it)."""

    session: TrainingSession
    certificates: tuple[Certificate, ...]
    changes: Changes
    certificate_pending: TrainerError | None = None


@dataclass(frozen=True)
class CheckRecorded:
    """A recorded practical check and the certificates that passing it issued (it may be the last work left);
    with why, when one it earned could not be issued now (the check is kept; the catch-up issues it)."""

    check: PracticalCheck
    certificates: tuple[Certificate, ...]
    certificate_pending: TrainerError | None = None


class ClassroomService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        packs: PackService,
        learners: LearnerService,
        progress: ProgressService,
        trust: TrustService,
        *,
        observers: Sequence[ClassroomObserver] = (),
        issue_certificates: CertificateIssuing | None = None,
    ) -> None:
        self._observers = tuple(observers)
        self._issue_certificates = issue_certificates
        self._db = db
        self._clock = clock
        self._packs = packs
        self._learners = learners
        self._progress = progress
        self._trust = trust

    def _tell(self, conn: Any, event: ClassroomEvent) -> None:
        for observer in self._observers:
            observer(conn, event)

    def _now(self) -> datetime:
        return self._clock().replace(microsecond=0)

    def _pack(self, pack_id: str | None) -> Pack:
        return self._packs.get(pack_id) if pack_id else self._packs.default()

    def _trusted(self) -> set[str]:
        return {key.hex() for key in self._trust.trusted_keys()}

    # ---- sessions -----------------------------------------------------------------------------------

    def start_session(
        self,
        title: str,
        module_ids: Iterable[str],
        *,
        held_at: datetime | None = None,
        trainer_learner_id: str | None = None,
        trainer_name: str = "",
        location: str = "",
        note: str = "",
        pack_id: str | None = None,
    ) -> TrainingSession:
        """Record a session held (now, or at `held_at`) covering `module_ids` of the pack; signed."""
        pack = self._pack(pack_id)
        modules = tuple(dict.fromkeys(m.strip() for m in module_ids if m.strip()))
        if not modules:
            raise ValidationError("classroom.pick_least_one_module")
        unknown = [m for m in modules if pack.module(m) is None]
        if unknown:
            raise ValidationError("classroom.module_pack", items=", ".join(map(repr, unknown)), id=pack.id)
        if trainer_learner_id:
            trainer_name = self._learners.get(trainer_learner_id).display_name
        row = {
            "id": new_uuid(),
            "pack_id": pack.id,
            "title": _clean(title, "session_title"),
            "held_at": (held_at or self._now()).replace(microsecond=0),
            "trainer_learner_id": trainer_learner_id or None,
            "trainer_name": _clean(trainer_name, "trainer_name", required=False),
            "module_ids": ",".join(modules),
            "location": _clean(location, "location", required=False),
            "note": _clean(note, "note", required=False, limit=2000),
            "recorded_at": self._now(),
        }
        signed = sign_row(fmt.TRAINING_SESSIONS, row, self._trust.device_key())
        with self._db.transaction() as conn:
            sessions_repo.add_session(conn, signed)
        return self.session(signed["id"])

    def session(self, session_id: str) -> TrainingSession:
        """By full id or a unique prefix of it (as the CLI prints them)."""
        wanted = session_id.strip().lower()
        with self._db.transaction() as conn:
            ids = [i for i in sessions_repo.session_ids(conn) if i == wanted or i.startswith(wanted)]
            if len(ids) > 1 and wanted not in ids:
                raise ValidationError(
                    "classroom.matches_sessions_give_more", session_id=session_id, count=len(ids)
                )
            found = (
                sessions_repo.sessions(conn, self._trusted(), wanted if wanted in ids else ids[0])
                if ids
                else []
            )
        if not found:
            raise NotFoundError("classroom.training_session_id", session_id=session_id)
        return found[0]

    def sessions(self, pack_id: str | None = None) -> list[TrainingSession]:
        """Newest first, with attendees (records of untrusted keys are listed, marked untrusted)."""
        with self._db.transaction() as conn:
            return sessions_repo.sessions(conn, self._trusted(), pack_id=pack_id)

    def attend(
        self, session_id: str, learner_id: str | None = None, staff_name: str = ""
    ) -> AttendanceResult:
        """Mark a learner (or a planned staff member by name) present; a learner's attendance completes the
        activities of the covered modules that the pack marks `attendance_counts`. Marking twice is harmless."""
        session = self.session(session_id)
        if not session.trusted:
            raise ValidationError("classroom.session_recorded_another_laptop")
        name = "" if learner_id else _clean(staff_name, "attendee_name")
        if learner_id:
            self._learners.get(learner_id)
        same = next(
            (
                a
                for a in session.attendees
                if (
                    a.learner_id == learner_id
                    if learner_id
                    else a.learner_id is None and a.staff_name.casefold() == name.casefold()
                )
            ),
            None,
        )
        if same is None:
            row = {
                "id": new_uuid(),
                "session_id": session.id,
                "learner_id": learner_id or None,
                "staff_name": name,
                "recorded_at": self._now(),
            }
            signed = sign_row(fmt.SESSION_ATTENDANCE, row, self._trust.device_key())
            with self._db.transaction() as conn:
                sessions_repo.add_attendance(conn, signed)
                if learner_id:
                    self._tell(
                        conn,
                        ClassroomEvent(
                            "attended",
                            learner_id,
                            session.pack_id,
                            session.id,
                            session.title,
                            session.held_at,
                        ),
                    )
            label = self._learners.get(learner_id).display_name if learner_id else name
            same = Attendance(signed["id"], session.id, learner_id or None, name, label)
        completed, issued, pending = self._complete(session, learner_id) if learner_id else ((), (), None)
        return AttendanceResult(
            same,
            new=same.id not in {a.id for a in session.attendees},
            completed_activity_ids=completed,
            certificates=issued,
            certificate_pending=pending,
        )

    def _complete(
        self, session: TrainingSession, learner_id: str
    ) -> tuple[tuple[str, ...], tuple[Certificate, ...], TrainerError | None]:
        """The activities attendance completed now, the certificates that completing them issued, and why one
        could not be issued now (if one could not)."""
        pack = self._packs.get(session.pack_id)
        done: list[str] = []
        issued: list[Certificate] = []
        pending: TrainerError | None = None
        for module_id in session.module_ids:
            module = pack.module(module_id)
            for activity in module.activities if module else ():
                if activity.attendance_counts:
                    result = self._progress.record_attendance(learner_id, pack.id, activity.id, session.id)
                    if result.newly_completed:
                        done.append(activity.id)
                    issued += result.certificates
                    pending = pending or result.certificate_pending
        return tuple(done), tuple(issued), pending

    def run_session(
        self,
        title: str,
        module_ids: Iterable[str],
        learner_ids: Iterable[str] = (),
        staff_names: Iterable[str] = (),
        *,
        held_at: datetime | None = None,
        trainer_learner_id: str | None = None,
        trainer_name: str = "",
        pack_id: str | None = None,
    ) -> SessionRun:
        """A session with its attendees in one go (the trainer's dialog)."""
        session = self.start_session(
            title,
            module_ids,
            held_at=held_at,
            trainer_learner_id=trainer_learner_id,
            trainer_name=trainer_name,
            pack_id=pack_id,
        )
        issued: list[Certificate] = []
        pending: TrainerError | None = None
        for learner_id in dict.fromkeys(learner_ids):
            attended = self.attend(session.id, learner_id=learner_id)
            issued += attended.certificates
            pending = pending or attended.certificate_pending
        for name in staff_names:
            if name.strip():
                self.attend(session.id, staff_name=name)
        changes = Changes.RECORDS | Changes.PROGRESS
        if issued:
            changes |= Changes.CERTIFICATES | Changes.GATES
        return SessionRun(self.session(session.id), tuple(issued), changes, pending)

    # ---- practical checks ---------------------------------------------------------------------------

    def record_check(
        self,
        learner_id: str,
        check_id: str,
        passed: bool,
        observed_by: str,
        note: str = "",
        *,
        observed_at: datetime | None = None,
        pack_id: str | None = None,
    ) -> CheckRecorded:
        """A learner performed (or not) one of the pack's practical checks, observed by `observed_by`; a passed
        check that was the last work a certificate waited for issues it in the same transaction."""
        pack = self._pack(pack_id)
        if pack.practical_check(check_id) is None:
            known = ", ".join(c.id for c in pack.practical_checks) or "none"
            raise ValidationError(
                "classroom.practical_check_pack_known", check_id=check_id, id=pack.id, known=known
            )
        self._learners.get(learner_id)
        when = (observed_at or self._now()).replace(microsecond=0)
        row = {
            "id": new_uuid(),
            "learner_id": learner_id,
            "pack_id": pack.id,
            "check_id": check_id,
            "passed": bool(passed),
            "observed_by": _clean(observed_by, "observer_name"),
            "observed_at": when,
            "note": _clean(note, "note", required=False, limit=2000),
            "recorded_at": self._now(),
        }
        signed = sign_row(fmt.PRACTICAL_CHECKS, row, self._trust.device_key())
        with self._db.transaction() as conn:
            sessions_repo.add_check(conn, signed)
            title = pack.practical_check(check_id).title  # type: ignore[union-attr]
            self._tell(
                conn,
                ClassroomEvent("practical_check", learner_id, pack.id, check_id, title, when, bool(passed)),
            )
            check = next(
                c for c in sessions_repo.checks(conn, self._trusted(), learner_id) if c.id == row["id"]
            )
            issuing = self._issue_certificates if passed else None
            issued, pending = issue_in_savepoint(conn, issuing, learner_id)
            return CheckRecorded(check, issued, pending)

    def checks(self, learner_id: str | None = None, pack_id: str | None = None) -> list[PracticalCheck]:
        with self._db.transaction() as conn:
            return sessions_repo.checks(conn, self._trusted(), learner_id, pack_id)

    def passed_checks(self, learner_id: str, pack_id: str) -> dict[str, PracticalCheck]:
        """Per check id, the earliest passed check that counts (its key is trusted)."""
        found: dict[str, PracticalCheck] = {}
        for check in reversed(self.checks(learner_id, pack_id)):
            if check.passed and check.trusted and check.check_id not in found:
                found[check.check_id] = check
        return found

    def learner_sessions(self, learner_id: str) -> list[TrainingSession]:
        with self._db.transaction() as conn:
            return sessions_repo.sessions_for_learner(conn, learner_id, self._trusted())

    def required_checks(
        self, learner_id: str, pack: Pack, track: Track
    ) -> list[tuple[PracticalCheckDef, PracticalCheck | None]]:
        """Each practical check the track's certificates need, with the passed check that counts (or None)."""
        needed = list(
            dict.fromkeys(c for certificate in track.certificates for c in certificate.practical_checks)
        )
        passed = self.passed_checks(learner_id, pack.id) if needed else {}
        found = []
        for check_id in needed:
            definition = pack.practical_check(check_id) or PracticalCheckDef(check_id, check_id, "")
            found.append((definition, passed.get(check_id)))
        return found
