"""Demo data: an invented deployment (agencies, sites, people in every role at various stages) in an empty data
folder, with progress, session log, quiz attempts, walkthrough ticks, certificates, planned staff, evidence and
sign-offs. The same seed gives the same people and rows; everything, certificates and sign-offs included, is
inserted in one transaction.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from trainer_app.core.common.errors import NotFoundError, TrainerError, ValidationError
from trainer_app.core.domain.gates import EvidenceTick, GateSet, GateState, PlannedStaff, RequirementKind
from trainer_app.core.domain.learner import Learner
from trainer_app.core.domain.pack import Activity, Pack
from trainer_app.core.packs.quizbank import load_bank
from trainer_app.core.packs.walkthroughs import load_walkthrough
from trainer_app.core.rules import quiz as quiz_rules
from trainer_app.core.rules.quiz import DrawnItem
from trainer_app.core.services.demo_people import DemoPerson, make_people
from trainer_app.core.services.demo_rows import RowBuilder
from trainer_app.core.services.gates import GateService
from trainer_app.core.services.packs import PackService
from trainer_app.core.storage import demo_repo, gates_repo
from trainer_app.core.storage.db import Database

BASE_AT = datetime(2026, 2, 2, 8, 0, tzinfo=UTC)  # fixed, so a seed always gives the same rows
MAX_LEARNERS = 100_000
QUIZ_PEOPLE = 1000  # quiz attempts for the first people only: each stores its drawn questions whole
SIGN_OFF_UP_TO_STEP = 2
Issuer = Callable[[str, str], object]
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


class DemoService:
    def __init__(
        self,
        db: Database,
        packs: PackService,
        gates: GateService,
        issue_certificate: Issuer | None,
    ) -> None:
        self._db = db
        self._packs = packs
        self._gates = gates
        self._issue = issue_certificate

    def seed(
        self, learners: int = 200, seed: int = 1, on_progress: Callable[[str], None] | None = None
    ) -> DemoSummary:
        """Fill the (empty) data folder; `on_progress` hears about the slow part (signing each certificate)."""
        if not 5 <= learners <= MAX_LEARNERS:
            raise ValidationError(f"Demo data needs 5 to {MAX_LEARNERS} learners (got {learners}).")
        with self._db.transaction() as conn:
            existing = demo_repo.count_learners(conn)
        if existing:
            raise TrainerError(
                f"This data folder already has {existing} learner(s): put demo data in an empty data folder "
                "(--data-dir), never beside real records."
            )
        pack = self._pack()
        gates = self._gate_set()
        rng = random.Random(seed)
        people = make_people(rng, learners)
        builder = RowBuilder(rng, pack, self._drawer(pack), self._steps(pack), QUIZ_PEOPLE)
        finished = [p.learner for p in people if self._add(builder, pack, p, rng)]
        if gates:
            self._sessions(builder, pack, gates, finished)
        planned = _planned(people, rng) if gates else []
        lead = people[0].learner
        evidence = _evidence(gates, lead) if gates else []
        rows = builder.rows
        # All or nothing: the certificates and sign-offs join this transaction, so a failure (or a kill) part
        # way leaves the folder as empty as it was and the seed can simply be run again.
        with self._db.transaction() as conn:
            demo_repo.insert_learners(conn, [p.learner for p in people], BASE_AT)
            demo_repo.insert_progress(conn, rows.progress, BASE_AT)
            demo_repo.insert_log(conn, rows.log)
            demo_repo.insert_attempts(conn, rows.attempts)
            demo_repo.insert_checks(conn, rows.checks, BASE_AT)
            gates_repo.insert_planned_many(conn, planned, BASE_AT)
            gates_repo.insert_evidence_many(conn, evidence)
            certificates = self._certify(finished, pack, on_progress or (lambda _text: None))
            signed = self._sign_off(lead) if gates else ()
        return DemoSummary(
            pack_id=pack.id,
            learners=len(people),
            by_role=dict(Counter(p.learner.main_role for p in people)),
            by_agency=dict(Counter(p.learner.agency for p in people)),
            tracks_completed=len(finished),
            progress_rows=len(rows.progress),
            log_entries=len(rows.log),
            quiz_attempts=len(rows.attempts),
            walkthrough_checks=len(rows.checks),
            certificates=certificates,
            planned=len(planned),
            evidence=len(evidence),
            signed_off=signed,
        )

    def _certify(self, finished: list[Learner], pack: Pack, on_progress: Callable[[str], None]) -> int:
        """Certificates through CertificateService for everyone who finished (about 20 ms each: signing)."""
        issued = 0
        for number, learner in enumerate(finished, start=1):
            if self._issue is not None and self._issue(learner.id, pack.id) is not None:
                issued += 1
            if number % 500 == 0 or number == len(finished):
                on_progress(f"Certificates: {number} of {len(finished)}")
        return issued

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

    def _add(self, builder: RowBuilder, pack: Pack, person: DemoPerson, rng: random.Random) -> bool:
        """The person's rows; True when they finished their track."""
        track = pack.track_for_role(person.learner.main_role)
        if track is None:
            return False
        activities = [a for m in pack.track_modules(track) for a in m.activities if a.required]
        done = len(activities) if person.done_share >= 1.0 else int(person.done_share * len(activities))
        start = BASE_AT + timedelta(days=rng.randint(0, 45), hours=rng.randint(0, 9))
        builder.person(person.learner.id, activities, done, start)
        return done == len(activities) and bool(activities)

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
                    cache[key] = (bank.id, quiz_rules.draw(bank, activity.param("draw", None), seed))
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

    def _sign_off(self, lead: Learner) -> tuple[str, ...]:
        """The lead coordinator signs off the first steps that are ready, as a real rollout would."""
        signed: list[str] = []
        while len(signed) < SIGN_OFF_UP_TO_STEP:
            ready = [s for s in self._gates.status() if s.state is GateState.READY]
            if not ready or ready[0].gate.step > SIGN_OFF_UP_TO_STEP:
                break
            self._gates.sign_off(ready[0].gate.id, lead.id, "Signed at the rollout coordination meeting.")
            signed.append(ready[0].gate.id)
        return tuple(signed)

    def _sessions(self, builder: RowBuilder, pack: Pack, gates: GateSet, trained: list[Learner]) -> None:
        """Walkthroughs a gate wants from a role whose track lacks them (UAT sessions): done by one trained
        person of that role, except the last one, left open so the screen shows an unmet requirement."""
        wanted = []
        for gate in gates.gates:
            for requirement in gate.requirements:
                activity = pack.activity(requirement.walkthrough) if requirement.walkthrough else None
                track = pack.track_for_role(requirement.role)
                in_track = track is not None and any(
                    a.id == requirement.walkthrough for m in pack.track_modules(track) for a in m.activities
                )
                if activity is not None and not in_track:
                    wanted.append((requirement.role, activity))
        for role, activity in wanted[:-1]:
            person = next((x for x in trained if role in x.roles), None)
            if person is not None:
                at = BASE_AT + timedelta(days=50)
                builder.activity(person.id, activity, at, 3600.0, complete=True, with_quiz=False)


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


def _evidence(gates: GateSet, lead: Learner) -> list[EvidenceTick]:
    """Every evidence item of steps 1 and 2 is ticked, and the first of step 3."""
    ticks = []
    for gate in gates.gates[:3]:
        items = [r for r in gate.requirements if r.kind is RequirementKind.EVIDENCE]
        for requirement in items[:1] if gate.step >= 3 else items:
            at = BASE_AT + timedelta(days=7 * gate.step)
            note = f"Confirmed at the coordination meeting of {at:%d %B %Y}; minutes in the rollout folder."
            ticks.append(EvidenceTick(gate.id, requirement.id, True, note, lead.id, lead.display_name, at))
    return ticks
