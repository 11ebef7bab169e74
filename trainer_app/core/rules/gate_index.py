"""The records a gate evaluation reads, arranged once for lookups (pure): learners by role, sorted by name;
each person's earliest countable certificate per pack certificate; first walkthrough completions; planned staff.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import NamedTuple

from trainer_app.core.domain.gates import Gate, GateInputs, Person, Requirement
from trainer_app.core.domain.learner import Learner


def agency_key(agency: str) -> str:
    return " ".join(agency.split()).casefold()


class _Holder(NamedTuple):
    """The earliest countable certificate of one person for one pack certificate (a tuple: built 20,000 times)."""

    learner_id: str
    name: str
    agency: str
    roles: tuple[str, ...]
    issued_at: datetime


class GateIndex:
    """The inputs arranged for lookups, built once per evaluation. People lists come out sorted by name."""

    def __init__(self, gates: Sequence[Gate], inputs: GateInputs) -> None:
        self.gates = {gate.id: gate for gate in gates}
        ordered = sorted(inputs.learners, key=lambda x: (x.display_name.casefold(), x.id))
        self.learners = {learner.id: learner for learner in ordered}
        self.rank = {learner.id: n for n, learner in enumerate(ordered)}
        self.members: dict[str, list[Learner]] = {}
        for learner in ordered:
            if not learner.archived:
                for role in learner.roles:
                    self.members.setdefault(role, []).append(learner)
        self.holders = self._holders(inputs)
        self.planned: dict[str, dict[str, tuple[str, int]]] = {}
        for plan in inputs.planned:
            self.planned.setdefault(plan.role, {})[agency_key(plan.agency)] = (
                plan.agency.strip(),
                plan.count,
            )
        self.completions = self._completions(inputs)
        self.evidence = {(tick.gate_id, tick.requirement_id): tick for tick in inputs.evidence}
        self.signoffs = {signoff.gate_id: signoff for signoff in inputs.signoffs}
        self.not_applicable = {
            mark.gate_id: mark
            for mark in inputs.not_applicable
            if mark.gate_id in self.gates and self.gates[mark.gate_id].may_be_not_applicable
        }

    def _completions(self, inputs: GateInputs) -> dict[str, dict[str, Person]]:
        """Per walkthrough activity, each learner's first completion, earliest first."""
        completions: dict[str, dict[str, Person]] = {}
        for done in sorted(inputs.completions, key=lambda c: c.completed_at):
            known = self.learners.get(done.learner_id)
            if known is not None:
                person = Person(known.id, known.display_name, known.agency, done.completed_at)
                completions.setdefault(done.activity_id, {}).setdefault(known.id, person)
        return completions

    def _holders(self, inputs: GateInputs) -> dict[str, dict[str, _Holder]]:
        """Per pack certificate, each person's earliest certificate; archived learners hold none."""
        holders: dict[str, dict[str, _Holder]] = {}
        learners = self.learners
        for cert in inputs.certificates:
            by_learner = holders.setdefault(cert.certificate_id, {})
            held = by_learner.get(cert.learner_id)
            if held is not None and held.issued_at <= cert.issued_at:
                continue
            learner = learners.get(cert.learner_id)
            if learner is None:
                holder = _Holder(
                    cert.learner_id, cert.learner_name, cert.agency, (cert.role,), cert.issued_at
                )
            elif learner.archived:
                continue
            else:
                holder = _Holder(
                    learner.id, learner.display_name, learner.agency, learner.roles, cert.issued_at
                )
            by_learner[cert.learner_id] = holder
        return holders

    def certified(self, requirement: Requirement) -> list[Person]:
        held = self.holders.get(requirement.certificate or requirement.track, {})
        found = [h for h in held.values() if requirement.role in h.roles]
        found.sort(
            key=lambda h: (self.rank.get(h.learner_id, len(self.rank)), h.name.casefold(), h.learner_id)
        )
        return [Person(h.learner_id, h.name, h.agency, h.issued_at) for h in found]

    def without(self, requirement: Requirement, certified: Iterable[Person]) -> list[Person]:
        have = {person.learner_id for person in certified}
        return [
            Person(x.id, x.display_name, x.agency)
            for x in self.members.get(requirement.role, [])
            if x.id not in have
        ]
