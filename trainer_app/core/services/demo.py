"""Demo data: an invented deployment (agencies, sites, people in every role at various stages) in an empty data
folder, with progress, session log, quiz attempts, walkthrough ticks, certificates, planned staff, evidence and
sign-offs. The same seed gives the same people and rows; everything, certificates and sign-offs included, is
inserted in one transaction.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from trainer_app.core.common import collection
from trainer_app.core.common.errors import NotFoundError, TrainerError, ValidationError
from trainer_app.core.domain.gates import (
    EvidenceTick,
    GateSet,
    GateState,
    PlannedStaff,
    RequirementKind,
    SignOff,
)
from trainer_app.core.domain.learner import Learner
from trainer_app.core.domain.pack import Activity, Pack
from trainer_app.core.packs.quizbank import load_bank
from trainer_app.core.packs.walkthroughs import load_walkthrough
from trainer_app.core.rules import quiz as quiz_rules
from trainer_app.core.rules.quiz import DrawnItem
from trainer_app.core.services import demo_answers, demo_xapi
from trainer_app.core.services.certificate_batch import BatchRequest
from trainer_app.core.services.demo_people import DemoPerson, make_people
from trainer_app.core.services.demo_rows import DemoRows, RowBuilder
from trainer_app.core.services.demo_timeline import OPEN_STEP, gate_counted, latest, rollout_work
from trainer_app.core.services.gates import GateService
from trainer_app.core.services.lrs_settings import LrsSettings
from trainer_app.core.services.packs import PackService
from trainer_app.core.storage import demo_repo, gates_repo, quiz_repo, summary_repo, xapi_repo
from trainer_app.core.storage.db import Database

BASE_AT = datetime(2026, 2, 2, 8, 0, tzinfo=UTC)  # fixed, so a seed always gives the same rows
MAX_LEARNERS = 100_000
MIN_LEARNERS = 5  # enough for every role to appear
QUIZ_PEOPLE = 1000  # quiz attempts for the first people only: each stores its drawn questions whole
# Issues the earned certificates of a batch in the caller's transaction; hears progress; returns how many
Issuer = Callable[[Sequence[BatchRequest], Callable[[int], None] | None], int]
Drawn = tuple[
    str, tuple[DrawnItem, ...]
]  # bank id, the drawn items  # (learner id, pack id) -> the certificate or None


@dataclass(frozen=True)
class DemoSummary:
    pack_id: str
    learners: int
    by_role: dict[str, int]
    by_agency: dict[str, int]
    tracks_completed: int
    progress_rows: int
    log_entries: int
    quiz_attempts: int
    walkthrough_checks: int
    certificates: int
    planned: int
    evidence: int
    signed_off: tuple[str, ...]
    xapi_statements: int = 0


class DemoService:
    def __init__(
        self,
        db: Database,
        packs: PackService,
        gates: GateService,
        issue_certificate: Issuer | None,
        lrs_settings: Callable[[], LrsSettings] = LrsSettings,
    ) -> None:
        self._db = db
        self._packs = packs
        self._gates = gates
        self._issue = issue_certificate
        self._lrs_settings = lrs_settings  # whose actor names and home page the statements use

    def seed(
        self, learners: int = 200, seed: int = 1, on_progress: Callable[[str], None] | None = None
    ) -> DemoSummary:
        """Fill the (empty) data folder; `on_progress` hears about the slow part (signing each certificate).
        Python's cycle collection waits meanwhile: the rows built up front would be walked at every collection."""
        with collection.collection_paused():
            return self._seed(learners, seed, on_progress)

    def _seed(self, learners: int, seed: int, on_progress: Callable[[str], None] | None) -> DemoSummary:
        if not MIN_LEARNERS <= learners <= MAX_LEARNERS:
            raise ValidationError(
                "demo.demo_data_needs_learners", max_learners=MAX_LEARNERS, learners=learners
            )
        with self._db.transaction() as conn:
            existing = demo_repo.count_learners(conn)
        if existing:
            raise TrainerError("demo.data_folder_already_learner", existing=existing)
        pack = self._pack()
        gates = self._gate_set()
        rng = random.Random(seed)
        people = make_people(rng, learners)
        builder = RowBuilder(rng, pack, self._drawer(pack), self._steps(pack), QUIZ_PEOPLE)
        plan = self._work(builder, pack, gates, people, rng)
        planned = _planned(people, rng) if gates else []
        lead = people[0].learner
        evidence = _evidence(gates, lead, plan.signoff_at, plan.step_start) if gates else []
        rows = builder.rows
        answers = demo_answers.answer_rows(rows.attempts)
        by_id = {p.learner.id: p.learner for p in people}
        xapi_rng = random.Random(f"xapi-{seed}")  # its own stream: the other rows stay as they were
        statements = demo_xapi.statements(rows, answers, by_id, pack, self._lrs_settings(), xapi_rng)
        # All or nothing: the certificates and sign-offs join this transaction, so a failure (or a kill) part
        # way leaves the folder as empty as it was and the seed can simply be run again.
        with self._db.transaction() as conn:
            demo_repo.insert_learners(conn, [p.learner for p in people], BASE_AT)
            demo_repo.insert_progress(conn, rows.progress, BASE_AT)
            summary_repo.rebuild_module_progress(conn)  # the folder was empty: every summary is the demo's
            demo_repo.insert_log(conn, rows.log)
            demo_repo.insert_attempts(conn, rows.attempts)
            quiz_repo.insert_graded_answers(conn, answers)
            xapi_repo.add_many(conn, statements)
            demo_repo.insert_checks(conn, rows.checks, BASE_AT)
            gates_repo.insert_planned_many(conn, planned, BASE_AT)
            gates_repo.insert_evidence_many(conn, evidence)
            certificates = self._certify(people, pack, rows, on_progress or (lambda _text: None))
            signed = self._sign_off(gates, lead, plan.signoff_at) if gates else ()
        return DemoSummary(
            pack_id=pack.id,
            learners=len(people),
            by_role=dict(Counter(p.learner.main_role for p in people)),
            by_agency=dict(Counter(p.learner.agency for p in people)),
            tracks_completed=len(plan.finished),
            progress_rows=len(rows.progress),
            log_entries=len(rows.log),
            quiz_attempts=len(rows.attempts),
            walkthrough_checks=len(rows.checks),
            certificates=certificates,
            planned=len(planned),
            evidence=len(evidence),
            signed_off=signed,
            xapi_statements=len(statements),
        )

    def _work(
        self,
        builder: RowBuilder,
        pack: Pack,
        gates: GateSet | None,
        people: list[DemoPerson],
        rng: random.Random,
    ) -> _Plan:
        """Everyone's rows, step by step: the work of a step starts after the step before is signed off (the
        day after the last work of that step), so the deployment reads as a rollout done in order."""
        counted = gate_counted(gates)
        work = {p.learner.id: self._rollout_work(pack, p, counted) for p in people}
        done = {p.learner.id: _done_count(p, len(work[p.learner.id])) for p in people}
        wanted = _sessions_wanted(pack, gates, [p.learner for p in people if _finished(p, work, done)])
        plan = _Plan(finished=[p.learner for p in people if _finished(p, work, done)])
        plan.quizzers = {p.learner.id for p in people[:QUIZ_PEOPLE]}  # attempts store their drawn questions
        start = BASE_AT
        for step in range(1, OPEN_STEP + 1):
            plan.step_start[step] = start
            last = start
            for person in people:
                learner_id = person.learner.id
                items = work[learner_id]
                before = sum(1 for s, _ in items if s < step)
                mine = [a for s, a in items if s == step]
                if not mine or done[learner_id] < before:
                    continue
                begin = start + timedelta(days=rng.randint(0, 4), hours=rng.randint(0, 9))
                count = min(len(mine), done[learner_id] - before)
                last = max(
                    last, builder.person(learner_id, mine, count, begin, person.learner.id in plan.quizzers)
                )
            for learner_id, activity in wanted.get(step, []):
                at = start + timedelta(days=2)
                last = max(
                    last, builder.activity(learner_id, activity, at, 3600.0, complete=True, with_quiz=False)
                )
            plan.signoff_at[step] = last + timedelta(days=1)
            start = plan.signoff_at[step] + timedelta(days=1)
        return plan

    def _rollout_work(
        self, pack: Pack, person: DemoPerson, counted: dict[str, int]
    ) -> list[tuple[int, Activity]]:
        track = pack.track_for_role(person.learner.main_role)
        return rollout_work(pack, track, counted) if track is not None else []

    def _certify(
        self, people: list[DemoPerson], pack: Pack, rows: DemoRows, on_progress: Callable[[str], None]
    ) -> int:
        """Each certificate a person's finished work earns, dated an hour after the last activity it needed,
        issued in one batch through CertificateIssuer (signing is most of the seed's time)."""
        if self._issue is None:
            return 0
        finished_at = {
            (p.learner_id, p.activity_id): p.completed_at for p, _ in rows.progress if p.completed_at
        }
        requests: list[BatchRequest] = []
        for person in people:
            track = pack.track_for_role(person.learner.main_role)
            for certificate in track.certificates if track else ():
                needed = [
                    a.id
                    for m in certificate.modules
                    if (mod := pack.module(m))
                    for a in mod.activities
                    if a.required
                ]
                moments = [finished_at.get((person.learner.id, a)) for a in needed]
                if not needed or any(m is None for m in moments):
                    continue
                at = latest(moments, BASE_AT) + timedelta(hours=1)
                requests.append(BatchRequest(person.learner, pack.id, certificate.id, at))
        total = len(requests)
        on_progress(f"Certificates: signing {total}")
        return self._issue(requests, lambda done: on_progress(f"Certificates: {done} of {total}"))

    def _pack(self) -> Pack:
        try:
            return self._gates.pack()
        except NotFoundError:
            return self._packs.default()

    def _gate_set(self) -> GateSet | None:
        try:
            return self._gates.gate_set()
        except NotFoundError:
            return None

    def _drawer(self, pack: Pack) -> Callable[[Activity, int], Drawn | None]:
        """A quiz's drawn questions for a seed (None when its bank cannot be read: no attempts then)."""
        cache: dict[tuple[str, int], Drawn | None] = {}

        def draw(activity: Activity, seed: int) -> Drawn | None:
            key = (activity.id, seed)
            if key not in cache:
                try:
                    bank = load_bank(pack.path(activity.file), pack.root)
                except TrainerError:
                    cache[key] = None
                else:
                    cache[key] = (bank.id, quiz_rules.draw(bank, activity.quiz.draw, seed))
            return cache[key]

        return draw

    def _steps(self, pack: Pack) -> Callable[[Activity], tuple[str, ...]]:
        cache: dict[str, tuple[str, ...]] = {}

        def steps(activity: Activity) -> tuple[str, ...]:
            if activity.id not in cache:
                try:
                    walkthrough = load_walkthrough(pack.path(activity.file), pack.root)
                except TrainerError:
                    cache[activity.id] = ()
                else:
                    cache[activity.id] = tuple(step.id for step in walkthrough.steps)
            return cache[activity.id]

        return steps

    def _sign_off(self, gates: GateSet, lead: Learner, signoff_at: dict[int, datetime]) -> tuple[str, ...]:
        """The lead coordinator signs off the steps before the open one, each when it is met, dated the day
        after its last work (as a real rollout would be recorded), never at seed time."""
        signed: list[str] = []
        for gate in gates.gates:
            if gate.step >= OPEN_STEP or gate.step not in signoff_at:
                break
            if self._gates.gate_status(gate.id).state is not GateState.READY:
                break
            signoff = SignOff(
                gate.id,
                lead.id,
                lead.display_name,
                signoff_at[gate.step],
                "Signed at the rollout coordination meeting.",
            )
            with self._db.transaction() as conn:
                gates_repo.insert_signoff(conn, signoff)
            signed.append(gate.id)
        return tuple(signed)


@dataclass
class _Plan:
    finished: list[Learner]
    step_start: dict[int, datetime] = field(default_factory=dict)
    signoff_at: dict[int, datetime] = field(default_factory=dict)
    quizzers: set[str] = field(default_factory=set)


def _done_count(person: DemoPerson, total: int) -> int:
    return total if person.done_share >= 1.0 else int(person.done_share * total)


def _finished(person: DemoPerson, work: dict[str, list[tuple[int, Activity]]], done: dict[str, int]) -> bool:
    items = work[person.learner.id]
    return bool(items) and done[person.learner.id] == len(items)


def _sessions_wanted(
    pack: Pack, gates: GateSet | None, trained: list[Learner]
) -> dict[int, list[tuple[str, Activity]]]:
    """Walkthroughs a gate wants from a role whose track lacks them: done by one trained person of that
    role in the gate's step, except the last one, left open so the screen shows an unmet requirement."""
    wanted: list[tuple[int, str, Activity]] = []
    for gate in gates.gates if gates else ():
        for requirement in gate.requirements:
            activity = pack.activity(requirement.walkthrough) if requirement.walkthrough else None
            track = pack.track_for_role(requirement.role)
            in_track = track is not None and any(
                a.id == requirement.walkthrough for m in pack.track_modules(track) for a in m.activities
            )
            if activity is not None and not in_track and gate.step <= OPEN_STEP:
                wanted.append((gate.step, requirement.role, activity))
    found: dict[int, list[tuple[str, Activity]]] = {}
    for step, role, activity in wanted[:-1]:
        person = next((x for x in trained if role in x.roles), None)
        if person is not None:
            found.setdefault(step, []).append((person.id, activity))
    return found


def _planned(people: list[DemoPerson], rng: random.Random) -> list[PlannedStaff]:
    """Planned numbers per agency: what is on the staff list, sometimes a post or two not filled yet."""
    counts = Counter((p.learner.main_role, p.learner.agency) for p in people)
    planned = [
        PlannedStaff(role, agency, count + (rng.randint(0, 2) if role == "case_worker" else 0))
        for (role, agency), count in sorted(counts.items())
        if role in ("case_worker", "coordinator")
    ]
    managers = sum(count for (role, _), count in counts.items() if role == "case_manager")
    planned.append(PlannedStaff("case_manager", "", managers + 1))
    return planned


def _evidence(
    gates: GateSet, lead: Learner, signoff_at: dict[int, datetime], step_start: dict[int, datetime]
) -> list[EvidenceTick]:
    """Every evidence item of the signed-off steps, ticked half a day before the sign-off (after the step's
    work began); the first item of the open step, three days into it. Measured items get a measure."""
    ticks = []
    for gate in gates.gates:
        if gate.step > OPEN_STEP or gate.step not in step_start:
            break
        items = [r for r in gate.requirements if r.kind is RequirementKind.EVIDENCE]
        if gate.step < OPEN_STEP:
            at = signoff_at[gate.step] - timedelta(hours=12)
        else:
            items, at = items[:1], step_start[gate.step] + timedelta(days=3)
        for requirement in items:
            note = f"Confirmed at the coordination meeting of {at:%d %B %Y}; minutes in the rollout folder."
            value, total = (83, 95) if requirement.is_measured else (None, None)
            ticks.append(
                EvidenceTick(
                    gate.id, requirement.id, True, note, lead.id, lead.display_name, at, value, total
                )
            )
    return ticks
