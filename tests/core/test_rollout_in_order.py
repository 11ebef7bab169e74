"""A whole rollout of the bundled kit played strictly in step order, through the real services.

For each step only that step's work is done (the certificates its gate counts, the walkthroughs it counts, its
evidence), the step is evaluated and signed off, then the next step starts. Every gate must open this way: a
gate that needed later work would stall here, as the bundled kit once did at Step 1.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT
from tests.core.records_fixtures import right_answer
from trainer_app.core.app import App, open_app
from trainer_app.core.common.clock import FakeClock
from trainer_app.core.domain.gates import Gate, GateState, RequirementKind
from trainer_app.core.domain.learner import Learner
from trainer_app.core.domain.pack import Activity, ActivityKind, Pack
from trainer_app.core.rules.quiz import leaf_questions

PACK = "cpims-plus-kit"
DAY = 86_400.0


class Deployment:
    """A fresh installation of the bundled kit with the people a small rollout needs."""

    def __init__(self, app: App, clock: FakeClock) -> None:
        self.app = app
        self.clock = clock
        self.pack: Pack = app.gates.pack()
        self.lead = self.person("Amal Haddad", "coordinator", "Head office")
        self.people = [
            self.lead,
            self.person("Jean Dupont", "system_administrator", "Head office"),
            self.person("Rosa Lima", "trainer", "Head office"),
            self.person("Grace Okello", "case_worker", "Riverside Child Services"),
            self.person("Peter Mwangi", "case_manager", "Riverside Child Services"),
        ]
        app.gates.set_planned("coordinator", "Head office", 1)
        app.gates.set_planned("case_worker", "Riverside Child Services", 1)
        app.gates.set_planned("case_manager", "", 1)

    def person(self, name: str, role: str, agency: str) -> Learner:
        return self.app.learners.create(name, role, agency)[0]

    def with_role(self, role: str) -> list[Learner]:
        return [p for p in self.people if role in p.roles]

    # ---- doing the work through the services a learner's screens call ---------------------------------

    def complete(self, learner: Learner, activity: Activity) -> None:
        app, kind = self.app, activity.kind
        if kind is ActivityKind.GUIDE:
            seconds = activity.guide.min_seconds + 5.0
            app.progress.record_guide(learner.id, PACK, activity.id, 1.0, True, seconds)
        elif kind is ActivityKind.VIDEO:
            duration = app.videos.video(learner.id, PACK, activity.id).duration_seconds or 60.0
            app.progress.record_video(
                learner.id, PACK, activity.id, [(0.0, duration)], duration, duration, seconds=duration
            )
        elif kind is ActivityKind.SLIDES:
            pages = app.slides.deck(PACK, activity.id).page_count or 1
            app.progress.record_share(
                learner.id, PACK, activity.id, kind, range(1, pages + 1), pages, seconds=120
            )
        elif kind is ActivityKind.QUIZ:
            view = app.quizzes.start(learner.id, PACK, activity.id)
            for shown in leaf_questions(view.items):
                app.quizzes.save_answer(view.attempt_id, shown.id, right_answer(shown.question))
            assert app.quizzes.submit(view.attempt_id, 300).passed
        else:
            walkthrough = app.walkthroughs.load(PACK, activity.id)
            for step in walkthrough.steps:
                app.walkthroughs.tick(learner.id, PACK, activity.id, step.id, True, note="Done on the site")
        assert app.progress.activity(learner.id, PACK, activity.id).is_complete  # type: ignore[union-attr]
        self.clock.advance(600)

    def earn(self, learner: Learner, certificate_id: str) -> None:
        _, certificate = self.pack.certificate(certificate_id)  # type: ignore[misc]
        for module_id in certificate.modules:
            module = self.pack.module(module_id)
            assert module is not None
            for activity in module.activities:
                done = self.app.progress.activity(learner.id, PACK, activity.id)
                if activity.required and not (done and done.is_complete):
                    self.complete(learner, activity)
        held = {c.certificate_key for c in self.app.certificates.list(learner.id)}
        assert certificate_id in held, certificate_id  # finishing the work issued it, with no separate call

    def do_step(self, gate: Gate) -> None:
        """The work of this step only: what its own requirements count."""
        for requirement in gate.requirements:
            if requirement.kind is RequirementKind.CERTIFICATES:
                for learner in self.with_role(requirement.role):
                    self.earn(learner, requirement.certificate)
            elif requirement.kind is RequirementKind.WALKTHROUGH:
                activity = self.pack.activity(requirement.walkthrough)
                assert activity is not None
                self.complete(self.with_role(requirement.role)[0], activity)
            elif requirement.kind is RequirementKind.EVIDENCE:
                measured = (83, 95) if requirement.is_measured else None
                note = "Minutes of the coordination meeting, rollout folder"
                self.app.gates.tick_evidence(gate.id, requirement.id, note, self.lead.id, measured=measured)

    def done_walkthroughs(self) -> set[str]:
        return {
            a.id
            for learner in self.people
            for a in self.pack.activities()
            if a.kind is ActivityKind.WALKTHROUGH
            and (p := self.app.progress.activity(learner.id, PACK, a.id)) is not None
            and p.is_complete
        }


@pytest.fixture
def deployment(tmp_path: Path, clock: FakeClock) -> Iterator[Deployment]:
    app = open_app(data_dir=str(tmp_path / "data"), clock=clock, bundled_root=REPO_ROOT)
    yield Deployment(app, clock)
    app.close()


@pytest.mark.parametrize("migration", [True, False], ids=["with-migration", "no-migration"])
def test_every_gate_opens_when_the_rollout_is_done_strictly_in_step_order(
    deployment: Deployment, migration: bool
) -> None:
    app = deployment.app
    gates = app.gates.gate_set().gates
    assert [g.step for g in gates] == [1, 2, 3, 4, 5]
    for index, gate in enumerate(gates):
        later = gates[index + 1 :]
        assert all(app.gates.gate_status(g.id).state is GateState.LOCKED for g in later)
        assert app.gates.gate_status(gate.id).state is GateState.IN_PROGRESS
        if gate.may_be_not_applicable and not migration:
            app.gates.mark_not_applicable(
                gate.id, "No legacy case records: every agency starts fresh.", deployment.lead.id
            )
            assert app.gates.gate_status(gate.id).state is GateState.NOT_APPLICABLE
            continue
        deployment.do_step(gate)
        counted_later = {
            r.walkthrough for g in later for r in g.requirements if r.kind is RequirementKind.WALKTHROUGH
        }
        assert not deployment.done_walkthroughs() & counted_later  # no later step's work was needed
        status = app.gates.gate_status(gate.id)
        assert status.state is GateState.READY, [(r.requirement.id, r.explanation) for r in status.unmet]
        deployment.clock.advance(DAY)
        app.gates.sign_off(
            gate.id, deployment.lead.id, f"Step {gate.step} closed at the coordination meeting"
        )
        deployment.clock.advance(DAY)
    states = [s.state for s in app.gates.status()]
    expected_step_4 = GateState.SIGNED_OFF if migration else GateState.NOT_APPLICABLE
    assert states == [GateState.SIGNED_OFF] * 3 + [expected_step_4, GateState.SIGNED_OFF]


def test_the_go_live_gate_needs_the_measured_share_of_active_accounts(deployment: Deployment) -> None:
    gate = deployment.app.gates.gate("step-5-go-live")
    requirement = gate.requirement("accounts-actively-used")
    assert requirement is not None
    assert requirement.min_share == 0.8
    deployment.app.gates.tick_evidence(gate.id, requirement.id, "Usage report of week 4", measured=(75, 95))
    status = deployment.app.gates.gate_status(gate.id)
    found = next(r for r in status.requirements if r.requirement.id == requirement.id)
    assert not found.met
    assert "75 of 95 is 78.9 %, below the 80 % needed" in found.explanation
    deployment.app.gates.tick_evidence(gate.id, requirement.id, "Usage report of week 4", measured=(83, 95))
    found = next(
        r
        for r in deployment.app.gates.gate_status(gate.id).requirements
        if r.requirement.id == requirement.id
    )
    assert found.met
    assert "83 of 95, at least 80 % (87.4 %)" in found.explanation
