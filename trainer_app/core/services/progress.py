"""Progress: turn raw observations into monotonic progress, stamp completion once, log every observation."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from trainer_app.core.common.changes import Changes
from trainer_app.core.common.clock import Clock
from trainer_app.core.common.errors import NotFoundError, TrainerError, ValidationError
from trainer_app.core.domain.learner import Learner
from trainer_app.core.domain.pack import Activity, ActivityKind, Pack
from trainer_app.core.domain.progress import ActivityProgress, TrackProgress
from trainer_app.core.rules import completion, locks
from trainer_app.core.rules.locks import OpenDecision
from trainer_app.core.services.packs import PackService
from trainer_app.core.storage import learners_repo, progress_repo
from trainer_app.core.storage.db import Database

if TYPE_CHECKING:
    from trainer_app.core.domain.certificate import Certificate

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ProgressResult:
    progress: ActivityProgress
    newly_completed: bool
    changes: Changes
    certificates: tuple[Certificate, ...] = ()  # issued because this observation completed their work
    # Why a certificate this observation earned could not be issued now (a coded error, e.g. the signing key
    # cannot be read); the progress is kept and the Certificates screen's catch-up issues it later.
    certificate_pending: TrainerError | None = None


@dataclass(frozen=True)
class Observation:
    """One observation as recorded, handed to observers (e.g. xAPI statements) inside the same transaction."""

    learner: Learner
    pack_id: str
    pack_version: str
    activity: Activity
    before: ActivityProgress | None
    after: ActivityProgress
    newly_completed: bool
    log_kind: str
    log_data: dict[str, Any]
    seconds: float
    observed_at: datetime


# Called with the open storage connection of the recording transaction: what an observer writes commits
# or rolls back with the observation itself.
ProgressObserver = Callable[[Any, Observation], None]

# learner id -> the certificates their finished work newly earns, issued (inside the recording transaction).
CertificateIssuing = Callable[[str], Sequence["Certificate"]]

# From the stored row and its detail to (new progress, complete now, detail to store): evaluated inside the
# recording transaction, so two quick observations never overwrite each other's slides, steps or intervals.
Measure = Callable[[ActivityProgress | None, dict[str, Any]], tuple[float, bool, dict[str, Any]]]


class ProgressService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        packs: PackService,
        observers: Sequence[ProgressObserver] = (),
        issue_certificates: CertificateIssuing | None = None,
    ) -> None:
        self._db = db
        self._clock = clock
        self._packs = packs
        self._observers = tuple(observers)
        self._issue_certificates = issue_certificates

    # ---- observations -------------------------------------------------------------------------------

    def open_activity(self, learner_id: str, pack_id: str, activity_id: str) -> ProgressResult:
        activity = self._activity(pack_id, activity_id)
        return self._apply(
            learner_id, pack_id, activity, _fixed(0.0, False), 0.0, None, log_kind="opened", log_data={}
        )

    def record_guide(
        self,
        learner_id: str,
        pack_id: str,
        activity_id: str,
        scroll_fraction: float,
        reached_end: bool,
        seconds: float,
        *,
        position: str = "",
    ) -> ProgressResult:
        activity = self._expect(pack_id, activity_id, ActivityKind.GUIDE)
        seconds = _non_negative(seconds)
        min_seconds = float(activity.guide.min_seconds)

        def measure(
            old: ActivityProgress | None, _detail: dict[str, Any]
        ) -> tuple[float, bool, dict[str, Any]]:
            total_seconds = (old.seconds_spent if old else 0.0) + seconds
            value, complete = completion.guide_progress(
                scroll_fraction, total_seconds, min_seconds, reached_end
            )
            return value, complete, {}

        data = {"scroll": round(scroll_fraction, 4), "reached_end": reached_end}
        return self._apply(
            learner_id, pack_id, activity, measure, seconds, position, log_kind="read", log_data=data
        )

    def record_share(
        self,
        learner_id: str,
        pack_id: str,
        activity_id: str,
        kind: ActivityKind,
        done: Iterable[Any],
        total: int,
        *,
        seconds: float,
        position: str = "",
    ) -> ProgressResult:
        """Slides seen (page numbers) or walkthrough steps ticked (step ids): the stored set only grows."""
        activity = self._expect(pack_id, activity_id, kind)
        fresh = sorted({*done}, key=str)

        def measure(
            _old: ActivityProgress | None, stored: dict[str, Any]
        ) -> tuple[float, bool, dict[str, Any]]:
            union = sorted({*stored.get("done", []), *fresh}, key=str)
            value, complete = completion.share_complete(len(union), total)
            return value, complete, {"done": union, "total": total}

        log_kind = "slides" if kind is ActivityKind.SLIDES else "walkthrough"
        data = {"done": fresh, "total": total}
        return self._apply(
            learner_id,
            pack_id,
            activity,
            measure,
            _non_negative(seconds),
            position,
            log_kind=log_kind,
            log_data=data,
        )

    def record_video(
        self,
        learner_id: str,
        pack_id: str,
        activity_id: str,
        intervals: Iterable[tuple[float, float]],
        duration_seconds: float,
        position_seconds: float,
        *,
        seconds: float,
    ) -> ProgressResult:
        from trainer_app.core.rules import video

        activity = self._expect(pack_id, activity_id, ActivityKind.VIDEO)
        if duration_seconds <= 0:
            raise ValidationError("progress.video_s_duration_unknown")
        fresh = [(float(a), float(b)) for a, b in intervals]
        required = activity.video.coverage

        def measure(
            _old: ActivityProgress | None, stored: dict[str, Any]
        ) -> tuple[float, bool, dict[str, Any]]:
            merged = video.merge_intervals([*(tuple(i) for i in stored.get("intervals", [])), *fresh])
            covered = video.coverage(merged, duration_seconds)
            complete = video.is_video_complete(merged, duration_seconds, required)
            return covered, complete, {"intervals": [list(i) for i in merged], "duration": duration_seconds}

        data = {"intervals": [list(i) for i in fresh], "duration": duration_seconds}
        position = f"{position_seconds:.1f}"
        return self._apply(
            learner_id,
            pack_id,
            activity,
            measure,
            _non_negative(seconds),
            position,
            log_kind="watched",
            log_data=data,
        )

    def record_quiz(
        self,
        learner_id: str,
        pack_id: str,
        activity_id: str,
        score: float,
        passed: bool,
        attempt_id: str,
        *,
        seconds: float,
    ) -> ProgressResult:
        activity = self._expect(pack_id, activity_id, ActivityKind.QUIZ)
        data = {"attempt": attempt_id, "score": score, "passed": passed}
        value = 1.0 if passed else min(0.99, score)
        return self._apply(
            learner_id,
            pack_id,
            activity,
            _fixed(value, passed),
            _non_negative(seconds),
            None,
            log_kind="quiz",
            log_data=data,
        )

    def record_attendance(
        self, learner_id: str, pack_id: str, activity_id: str, session_id: str
    ) -> ProgressResult:
        """The learner attended a classroom session covering this activity, which the pack lets count."""
        activity = self._activity(pack_id, activity_id)
        if not activity.attendance_counts:
            raise ValidationError("progress.attending_session_does_complete", activity_id=activity_id)
        data = {"session": session_id}
        return self._apply(
            learner_id, pack_id, activity, _fixed(1.0, True), 0.0, None, log_kind="attended", log_data=data
        )

    # ---- queries -------------------------------------------------------------------------------------

    def may_open(
        self, learner_id: str | None, pack_id: str, activity_id: str, trainer_preview: bool = False
    ) -> OpenDecision:
        """Whether the learner may open the activity and, if not, the modules to finish first. Every entry
        point (Home, Library tree and search, chapter links, Continue, the CLI) asks this before showing content.
        Without a learner (no one signed in) nothing is open except modules without prerequisites."""
        return self.may_open_many(learner_id, [(pack_id, activity_id)], trainer_preview)[
            (pack_id, activity_id)
        ]

    def may_open_many(
        self, learner_id: str | None, targets: Iterable[tuple[str, str]], trainer_preview: bool = False
    ) -> dict[tuple[str, str], OpenDecision]:
        """`may_open` for each (pack id, activity id), reading the learner's progress at most once per pack and
        only when some target has prerequisites: a page of search hits asks for thirty at a time."""
        finished: dict[str, frozenset[str]] = {}

        def finished_in(pack: Pack) -> Callable[[], frozenset[str]]:
            def read() -> frozenset[str]:
                if pack.id not in finished:
                    done = self.for_learner(learner_id, pack.id) if learner_id else {}
                    finished[pack.id] = locks.completed_modules(pack, done)
                return finished[pack.id]

            return read

        decisions: dict[tuple[str, str], OpenDecision] = {}
        for pack_id, activity_id in targets:
            pack = self._packs.get(pack_id)
            decisions[(pack_id, activity_id)] = locks.decide_finished(
                pack, activity_id, finished_in(pack), trainer_preview
            )
        return decisions

    def activity(self, learner_id: str, pack_id: str, activity_id: str) -> ActivityProgress | None:
        with self._db.transaction() as conn:
            found = progress_repo.get(conn, learner_id, pack_id, activity_id)
        return found[0] if found else None

    def detail(self, learner_id: str, pack_id: str, activity_id: str) -> dict[str, Any]:
        return self._detail(learner_id, pack_id, activity_id)

    def for_learner(self, learner_id: str, pack_id: str) -> dict[str, ActivityProgress]:
        with self._db.transaction() as conn:
            return progress_repo.for_learner(conn, learner_id, pack_id)

    def track(self, learner_id: str, pack: Pack, track_id: str | None = None) -> TrackProgress | None:
        """The learner's track (their main role's unless given), rolled up from activities."""
        done = self.for_learner(learner_id, pack.id)
        if track_id is None:
            with self._db.transaction() as conn:
                learner = learners_repo.get(conn, learner_id)
            if learner is None:
                raise NotFoundError("learner.not_found", learner_id=learner_id)
            track = pack.track_for_role(learner.main_role)
        else:
            track = pack.track(track_id)
        return completion.track_progress(pack, track, done) if track else None

    def next_activity(self, learner_id: str, pack: Pack, track_id: str) -> str | None:
        track = pack.track(track_id)
        return completion.next_activity(pack, track, self.for_learner(learner_id, pack.id)) if track else None

    # ---- internals -----------------------------------------------------------------------------------

    def _activity(self, pack_id: str, activity_id: str) -> Activity:
        return self._packs.activity(pack_id, activity_id)

    def _expect(self, pack_id: str, activity_id: str, kind: ActivityKind) -> Activity:
        activity = self._activity(pack_id, activity_id)
        if activity.kind is not kind:
            raise ValidationError(
                "progress.activity", activity_id=activity_id, value=activity.kind.value, value2=kind.value
            )
        return activity

    def _detail(self, learner_id: str, pack_id: str, activity_id: str) -> dict[str, Any]:
        with self._db.transaction() as conn:
            found = progress_repo.get(conn, learner_id, pack_id, activity_id)
        return found[1] if found else {}

    def _apply(
        self,
        learner_id: str,
        pack_id: str,
        activity: Activity,
        measure: Measure,
        seconds: float,
        position: str | None,
        *,
        log_kind: str,
        log_data: dict[str, Any],
    ) -> ProgressResult:
        now = self._clock()
        version = self._packs.get(pack_id).version
        with self._db.transaction() as conn:
            learner = learners_repo.get(conn, learner_id)
            if learner is None:
                raise NotFoundError("learner.not_found", learner_id=learner_id)
            found = progress_repo.get(conn, learner_id, pack_id, activity.id)
            old, old_detail = found if found else (None, {})
            value, complete, detail = measure(old, old_detail)
            merged = completion.merge(old, value, complete, now)
            updated = ActivityProgress(
                learner_id=learner_id,
                pack_id=pack_id,
                activity_id=activity.id,
                status=merged.status,
                progress=merged.progress,
                seconds_spent=(old.seconds_spent if old else 0.0) + seconds,
                first_opened_at=old.first_opened_at if old and old.first_opened_at else now,
                completed_at=merged.completed_at,
                last_position=position if position is not None else (old.last_position if old else ""),
                content_version=version if (merged.newly_completed or not old) else old.content_version,
            )
            progress_repo.save(conn, updated, {**old_detail, **detail}, now, exists=found is not None)
            progress_repo.log(
                conn, learner_id, pack_id, activity.id, log_kind, now, seconds=seconds, data=log_data
            )
            seen = Observation(
                learner,
                pack_id,
                version,
                activity,
                old,
                updated,
                merged.newly_completed,
                log_kind,
                log_data,
                seconds,
                now,
            )
            for observer in self._observers:
                observer(conn, seen)
            # The observation that completes a certificate's work issues it, in the same transaction, so the
            # window, the CLI and any other caller behave the same.
            issued, pending = self._issue_earned(conn, learner_id) if merged.newly_completed else ((), None)
        changes = Changes.PROGRESS | (Changes.CERTIFICATES | Changes.GATES if issued else Changes.NONE)
        return ProgressResult(updated, merged.newly_completed, changes, issued, pending)

    def _issue_earned(
        self, conn: Any, learner_id: str
    ) -> tuple[tuple[Certificate, ...], TrainerError | None]:
        return issue_in_savepoint(conn, self._issue_certificates, learner_id)


def issue_in_savepoint(
    conn: Any, issuing: CertificateIssuing | None, learner_id: str
) -> tuple[tuple[Certificate, ...], TrainerError | None]:
    """Issue inside a savepoint: a certificate that cannot be issued now never costs the recorded work (progress,
    attendance, a practical check; the Certificates screen and `certificate issue` catch up later). Returns what
    was issued and, when issuing failed, why, so the caller can say the certificate is owed."""
    if issuing is None:
        return (), None
    try:
        with conn.begin_nested():
            return tuple(issuing(learner_id)), None
    except TrainerError as error:
        log.warning("certificate not issued with the work that earned it (%s)", error.code)
        return (), error


def _fixed(value: float, complete: bool) -> Measure:
    """A measurement that does not depend on what was stored (opening an activity, a graded quiz)."""
    return lambda _old, _detail: (value, complete, {})


def _non_negative(seconds: float) -> float:
    return max(0.0, min(float(seconds), 6 * 3600.0))
