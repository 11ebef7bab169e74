"""Walkthroughs: load and render a pack's walkthrough, keep each learner's step checks, report progress.

A step check (ticked, note, recorded value) is stored as the learner left it; progress only grows, so
un-ticking a step shows it unticked but never takes back progress or completion already earned.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from trainer_app.core.common.changes import Changes
from trainer_app.core.common.clock import Clock
from trainer_app.core.common.errors import NotFoundError, TrainerError, ValidationError
from trainer_app.core.domain.certificate import Certificate
from trainer_app.core.domain.pack import Activity, ActivityKind
from trainer_app.core.domain.progress import ActivityProgress
from trainer_app.core.domain.walkthrough import StepState, Walkthrough
from trainer_app.core.packs.markdown import render_guide
from trainer_app.core.packs.safepaths import file_problem, inside
from trainer_app.core.packs.walkthroughs import check_walkthrough
from trainer_app.core.services.guides import IMAGE_SUFFIXES, MAX_IMAGE_BYTES
from trainer_app.core.services.packs import PackService
from trainer_app.core.services.progress import ProgressService
from trainer_app.core.storage import learners_repo, walkthrough_repo
from trainer_app.core.storage.db import Database

MAX_TEXT_CHARS = 4000


@dataclass(frozen=True)
class RenderedStep:
    """A step with its markdown rendered to safe HTML fragments; `number` counts from 1."""

    number: int
    step_id: str
    instruction_html: str
    expected_html: str
    role: str
    image: str | None
    record: str | None


@dataclass(frozen=True)
class RenderedWalkthrough:
    pack_id: str
    activity: Activity
    walkthrough: Walkthrough
    intro_html: str
    steps: tuple[RenderedStep, ...]


@dataclass(frozen=True)
class TickResult:
    """The stored check, how many steps are ticked now, and the activity's (never decreasing) progress."""

    state: StepState
    ticked_count: int
    total_steps: int
    progress: ActivityProgress
    newly_completed: bool
    changes: Changes
    certificates: tuple[Certificate, ...] = ()  # issued because this tick finished their work
    certificate_pending: TrainerError | None = (
        None  # why a certificate this tick earned waits (ProgressResult)
    )


@dataclass(frozen=True)
class Checklist:
    """Everything a printed checklist shows, in step order."""

    title: str
    pack_title: str
    pack_version: str
    learner_name: str
    exported_at: datetime
    site: str
    intro_html: str
    completed_at: datetime | None
    steps: tuple[tuple[RenderedStep, StepState], ...]


class WalkthroughService:
    def __init__(self, db: Database, clock: Clock, packs: PackService, progress: ProgressService) -> None:
        self._db = db
        self._clock = clock
        self._packs = packs
        self._progress = progress
        self._cache: dict[tuple[str, str, str, int], RenderedWalkthrough] = {}

    # ---- content -------------------------------------------------------------------------------------

    def load(self, pack_id: str, activity_id: str) -> Walkthrough:
        """The parsed walkthrough; a broken file raises ValidationError naming the file and its problems."""
        return self.rendered(pack_id, activity_id).walkthrough

    def rendered(self, pack_id: str, activity_id: str) -> RenderedWalkthrough:
        pack = self._packs.get(pack_id)
        activity = self._packs.activity(pack_id, activity_id)
        if activity.kind is not ActivityKind.WALKTHROUGH:
            raise TrainerError("walkthrough.walkthrough", title=activity.title)
        path = pack.path(activity.file)
        problem = file_problem(pack.root, activity.file)
        if problem:
            raise NotFoundError("walkthrough.walkthrough_file_read", file=activity.file, problem=problem)
        key = (pack_id, activity_id, str(pack.root), path.stat().st_mtime_ns)
        if key not in self._cache:
            self._cache[key] = _render(pack_id, activity, _parse(path, pack.root, activity.file))
        return self._cache[key]

    def image(self, pack_id: str, activity_id: str, step_id: str) -> bytes | None:
        """A step's picture, read only from inside the pack; None when missing, too large or not an image."""
        pack = self._packs.get(pack_id)
        step = self.load(pack_id, activity_id).step(step_id)
        if step is None or not step.image or file_problem(pack.root, step.image):
            return None
        path = pack.path(step.image)
        if not inside(pack.root, path) or path.suffix.lower() not in IMAGE_SUFFIXES:
            return None
        return path.read_bytes() if path.stat().st_size <= MAX_IMAGE_BYTES else None

    # ---- a learner's checks --------------------------------------------------------------------------

    def state(self, learner_id: str, pack_id: str, activity_id: str) -> dict[str, StepState]:
        """Every step of the walkthrough, in order, with the learner's check (unticked when never touched)."""
        walkthrough = self.load(pack_id, activity_id)
        with self._db.transaction() as conn:
            stored = walkthrough_repo.for_activity(conn, learner_id, pack_id, activity_id)
        return {step.id: stored.get(step.id, StepState(step.id)) for step in walkthrough.steps}

    def tick(
        self,
        learner_id: str,
        pack_id: str,
        activity_id: str,
        step_id: str,
        ticked: bool,
        *,
        note: str | None = None,
        value: str | None = None,
        seconds: float = 0.0,
    ) -> TickResult:
        """Store the step's check (None leaves note/value as they were) and report the ticked steps."""
        walkthrough = self.load(pack_id, activity_id)
        if walkthrough.step(step_id) is None:
            raise NotFoundError("walkthrough.walkthrough_step", path=walkthrough.path, step_id=step_id)
        now = self._clock()
        with self._db.transaction() as conn:
            if learners_repo.get(conn, learner_id) is None:
                raise NotFoundError("learner.not_found", learner_id=learner_id)
            checks = walkthrough_repo.for_activity(conn, learner_id, pack_id, activity_id)
            old = checks.get(step_id)
            new = _updated(old or StepState(step_id), ticked, note, value, now)
            walkthrough_repo.save(conn, learner_id, pack_id, activity_id, new, now, exists=old is not None)
            checks[step_id] = new
        ticked_ids = [s.id for s in walkthrough.steps if s.id in checks and checks[s.id].ticked]
        result = self._progress.record_share(
            learner_id,
            pack_id,
            activity_id,
            ActivityKind.WALKTHROUGH,
            ticked_ids,
            len(walkthrough.steps),
            seconds=seconds,
            position=step_id,
        )
        return TickResult(
            new,
            len(ticked_ids),
            len(walkthrough.steps),
            result.progress,
            result.newly_completed,
            result.changes | Changes.WALKTHROUGH,
            result.certificates,
            result.certificate_pending,
        )

    def checklist(self, learner_id: str, pack_id: str, activity_id: str) -> Checklist:
        """The learner's checklist as of now, for a printable export."""
        rendered = self.rendered(pack_id, activity_id)
        states = self.state(learner_id, pack_id, activity_id)
        with self._db.transaction() as conn:
            learner = learners_repo.get(conn, learner_id)
        if learner is None:
            raise NotFoundError("learner.not_found", learner_id=learner_id)
        progress = self._progress.activity(learner_id, pack_id, activity_id)
        pack = self._packs.get(pack_id)
        return Checklist(
            title=rendered.walkthrough.title,
            pack_title=pack.title,
            pack_version=pack.version,
            learner_name=learner.display_name,
            exported_at=self._clock(),
            site=rendered.walkthrough.site.value,
            intro_html=rendered.intro_html,
            completed_at=progress.completed_at if progress else None,
            steps=tuple((step, states[step.step_id]) for step in rendered.steps),
        )


def _parse(path: Path, root: Path, rel: str) -> Walkthrough:
    walkthrough, problems = check_walkthrough(path, root)
    if problems or walkthrough is None:
        # The first problem goes in as an object: the window translates it by its code.
        first: object = problems[0] if problems else rel
        raise ValidationError(
            "walkthrough.walkthrough_used", [str(p) for p in problems], rel=rel, first=first
        )
    return walkthrough


def _render(pack_id: str, activity: Activity, walkthrough: Walkthrough) -> RenderedWalkthrough:
    def html(text: str) -> str:
        return render_guide(text, walkthrough.path).html if text.strip() else ""

    steps = tuple(
        RenderedStep(
            number, step.id, html(step.instruction), html(step.expected), step.role, step.image, step.record
        )
        for number, step in enumerate(walkthrough.steps, start=1)
    )
    return RenderedWalkthrough(pack_id, activity, walkthrough, html(walkthrough.intro), steps)


def _updated(old: StepState, ticked: bool, note: str | None, value: str | None, now: datetime) -> StepState:
    for label, text in (("note", note), ("recorded_value", value)):
        if text is not None and len(text) > MAX_TEXT_CHARS:
            raise ValidationError("input.text_too_long", field=label, max_text_chars=MAX_TEXT_CHARS)
    ticked_at = (old.ticked_at if old.ticked else now) if ticked else None
    return replace(
        old,
        ticked=ticked,
        ticked_at=ticked_at,
        note=old.note if note is None else note.strip(),
        value=old.value if value is None else value.strip(),
    )
