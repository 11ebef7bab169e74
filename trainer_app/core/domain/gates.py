"""The rollout's step gates: definitions (from content/gates.toml), the records they are judged on, and results.

Explanations are `Reason` values (a code and its parameters) so the UI can translate them; `Reason.text()`
gives the English sentence used by the CLI and the readiness report.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import NamedTuple

from trainer_app.core.domain.learner import Learner

COORDINATOR_ROLE = "coordinator"


class RequirementKind(StrEnum):
    PREVIOUS_GATE = "previous_gate"
    CERTIFICATES = "certificates"
    WALKTHROUGH = "walkthrough"
    EVIDENCE = "evidence"


class GateState(StrEnum):
    LOCKED = "locked"
    IN_PROGRESS = "in_progress"
    READY = "ready"
    SIGNED_OFF = "signed_off"
    NOT_APPLICABLE = "not_applicable"


@dataclass(frozen=True)
class Requirement:
    """One requirement; only the keys of its kind are set. Titles of what it names are resolved from the pack."""

    id: str
    kind: RequirementKind
    title: str
    gate: str = ""  # previous_gate
    track: str = ""  # certificates: the track awarding the certificate
    track_title: str = ""  # the certificate's title (the track's for a whole-track certificate)
    certificate: str = ""  # certificates: the pack certificate counted (the track id for a whole-track one)
    role: str = ""  # certificates (the track's role) and walkthrough
    role_title: str = ""
    min_count: int | None = None
    share: float | None = None
    per_agency: bool = False
    walkthrough: str = ""  # walkthrough: an activity id
    walkthrough_title: str = ""
    text: str = ""  # evidence
    measure_label: str = ""  # evidence with a measure: what is counted ("accounts active in ...")
    min_share: float | None = None  # ... and the share of the total it must reach

    @property
    def is_measured(self) -> bool:
        return self.min_share is not None


@dataclass(frozen=True)
class Gate:
    id: str
    step: int
    title: str
    outcome: str
    may_be_not_applicable: bool
    requirements: tuple[Requirement, ...]

    def requirement(self, requirement_id: str) -> Requirement | None:
        return next((r for r in self.requirements if r.id == requirement_id), None)


@dataclass(frozen=True)
class GateSet:
    """The gates of one pack, in step order."""

    pack_id: str
    gates: tuple[Gate, ...]

    def gate(self, gate_id: str) -> Gate | None:
        return next((g for g in self.gates if g.id == gate_id), None)


# ---- the records a gate is judged on ------------------------------------------------------------------


@dataclass(frozen=True)
class CertificateRecord:
    """A countable certificate: valid, not revoked, not superseded, from a trusted issuer. One issued
    certificate may give several records: a whole-track one counts for each per-step certificate it covers."""

    learner_id: str
    learner_name: str
    role: str
    agency: str
    certificate_id: str  # the pack certificate it counts for
    issued_at: datetime


@dataclass(frozen=True)
class PlannedStaff:
    """How many people of a role are planned; `agency` '' is the whole rollout."""

    role: str
    agency: str
    count: int


@dataclass(frozen=True)
class WalkthroughCompletion:
    learner_id: str
    activity_id: str
    completed_at: datetime


@dataclass(frozen=True)
class EvidenceTick:
    gate_id: str
    requirement_id: str
    ticked: bool
    note: str
    by_learner_id: str | None
    by_name: str
    at: datetime
    value: int | None = None  # a measured requirement: value of total
    total: int | None = None


@dataclass(frozen=True)
class SignOff:
    gate_id: str
    signed_by: str
    signed_by_name: str
    signed_at: datetime
    note: str = ""


@dataclass(frozen=True)
class NotApplicableMark:
    gate_id: str
    reason: str
    by_learner_id: str
    by_name: str
    at: datetime


@dataclass(frozen=True)
class GateInputs:
    certificates: tuple[CertificateRecord, ...] = ()
    learners: tuple[Learner, ...] = ()
    planned: tuple[PlannedStaff, ...] = ()
    completions: tuple[WalkthroughCompletion, ...] = ()
    evidence: tuple[EvidenceTick, ...] = ()
    signoffs: tuple[SignOff, ...] = ()
    not_applicable: tuple[NotApplicableMark, ...] = ()


# ---- results -------------------------------------------------------------------------------------------

TEMPLATES: dict[str, str] = {
    "prev.signed": "“{gate}” was signed off by {name} on {date}.",
    "prev.not_applicable": "“{gate}” was marked not applicable by {name} on {date}: {reason}",
    "prev.open": "“{gate}” is not signed off yet.",
    "cert.count": "Certified for “{track}”: {count} (need {need}).",
    "cert.share": "{count} of {planned} planned {roles} certified (need {need}).",
    "cert.share_at": "{count} of {planned} planned {roles} certified at {agency} (need {need}).",
    "cert.agencies": "{met} of {total} agencies with planned {roles} reach the share.",
    "cert.no_plan": "No planned number of {roles} is recorded, so the share cannot be checked yet.",
    "cert.no_plan_agency": "No planned number of {roles} per agency is recorded, so the share cannot be "
    "checked yet.",
    "cert.no_role": "No learner has the role “{role}” yet.",
    "cert.without": "Still without the certificate: {names}.",
    "walk.done": "Completed by {names}; first on {date}.",
    "walk.other_roles": "Completed by {names}, who do not have the role “{role}”.",
    "walk.open": "No one with the role “{role}” has completed “{activity}” yet.",
    "evidence.done": "Ticked by {name} on {date}. Note: {note}",
    "evidence.no_note": "Ticked on {date} but without a note: add where the proof is kept.",
    "evidence.open": "Not ticked yet: {text}",
    "measure.open": "Not measured yet: enter {label} as a number of a total (at least {need} %).",
    "measure.done": "{label}: {value} of {total}, at least {need} % ({share} %).",
    "measure.short": "{label}: {value} of {total} is {share} %, below the {need} % needed.",
    "list.more": "… and {count} more (see the list of people).",
    "people.certified": "Certified ({count})",
    "people.certified_at": "Certified at {agency} ({count})",
    "people.without": "{roles} without the certificate ({count})",
    "people.without_at": "{roles} at {agency} without the certificate ({count})",
    "people.completed": "Completed, with the role ({count})",
    "people.completed_other": "Completed, without the role ({count})",
    "people.open": "With the role, not completed yet ({count})",
}


@dataclass(frozen=True)
class Reason:
    """One sentence of an explanation: a template code and its parameters."""

    code: str
    params: tuple[tuple[str, str], ...] = ()

    @staticmethod
    def of(code: str, **params: object) -> Reason:
        return Reason(code, tuple((key, str(value)) for key, value in params.items()))

    def text(self) -> str:
        return TEMPLATES[self.code].format(**dict(self.params))


class Person(NamedTuple):
    """Someone behind a number; `at` is when they were certified or completed the walkthrough.

    A NamedTuple rather than a frozen dataclass: an evaluation builds tens of thousands (3x cheaper).
    """

    learner_id: str
    name: str
    agency: str
    at: datetime | None = None


@dataclass(frozen=True)
class PeopleGroup:
    label: Reason
    people: tuple[Person, ...]


@dataclass(frozen=True)
class RequirementStatus:
    requirement: Requirement
    met: bool
    reasons: tuple[Reason, ...]
    people: tuple[PeopleGroup, ...] = ()
    evidence: EvidenceTick | None = None

    @property
    def explanation(self) -> str:
        return " ".join(reason.text() for reason in self.reasons)


@dataclass(frozen=True)
class GateStatus:
    gate: Gate
    state: GateState
    requirements: tuple[RequirementStatus, ...]
    signoff: SignOff | None = None
    not_applicable: NotApplicableMark | None = None

    @property
    def unmet(self) -> tuple[RequirementStatus, ...]:
        return tuple(r for r in self.requirements if not r.met)

    @property
    def met_count(self) -> int:
        return sum(1 for r in self.requirements if r.met)


class Refusal(StrEnum):
    """Why a learner cannot sign a step off (or mark it not applicable) now."""

    NO_LEARNER = "no_learner"
    ARCHIVED = "archived"
    NOT_COORDINATOR = "not_coordinator"
    SIGNED_OFF = "signed_off"
    NOT_APPLICABLE = "not_applicable"
    NOT_ALLOWED = "not_allowed"  # the step may not be marked not applicable
    LOCKED = "locked"
    NOT_READY = "not_ready"
