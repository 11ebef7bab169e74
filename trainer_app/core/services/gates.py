"""The rollout's step gates: status, planned staff, evidence, not-applicable marks, sign-off, readiness report.

The gates come from the first installed pack that has `content/gates.toml` (the bundled pack first).
Only a learner with the coordinator role signs off, marks a step not applicable or ticks evidence by name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Protocol

from trainer_app.core.common.changes import Changes
from trainer_app.core.common.clock import Clock
from trainer_app.core.common.errors import NotFoundError, PermissionDeniedError, TrainerError, ValidationError
from trainer_app.core.domain.certificate import CountableCertificate
from trainer_app.core.domain.gates import (
    COORDINATOR_ROLE,
    CertificateRecord,
    EvidenceTick,
    Gate,
    GateSet,
    GateState,
    GateStatus,
    NotApplicableMark,
    PlannedStaff,
    RequirementKind,
    SignOff,
)
from trainer_app.core.domain.learner import Learner
from trainer_app.core.domain.pack import Pack
from trainer_app.core.packs.gates import GATES_FILE, has_gates, load_gates
from trainer_app.core.rules.gates import evaluate
from trainer_app.core.services.packs import PackService
from trainer_app.core.storage import gates_repo, learners_repo
from trainer_app.core.storage.db import Database

MAX_TEXT_CHARS = 4000
CertificateSource = Callable[[str], Iterable[CertificateRecord]]  # pack id -> countable certificates


def certificate_source(countable: Callable[[str], Iterable[CountableCertificate]]) -> CertificateSource:
    """Adapt CertificateService.countable to the records gates count (a learner not stored here keeps an id)."""

    def source(pack_id: str) -> list[CertificateRecord]:
        return [
            CertificateRecord(
                c.learner_id or f"certificate:{c.certificate_id}",
                c.learner_name,
                c.role_id,
                c.agency,
                c.track_id,
                c.issued_at,
            )
            for c in countable(pack_id)
        ]

    return source


class GateNotReadyError(PermissionDeniedError):
    """Sign-off refused: `problems` lists each unmet requirement with its explanation."""

    def __init__(self, message: str, problems: list[str]) -> None:
        super().__init__(message)
        self.problems = problems


@dataclass(frozen=True)
class ReadinessReport:
    """Everything the readiness report (PDF) shows."""

    pack_title: str
    pack_version: str
    generated_at: datetime
    gates: tuple[GateStatus, ...]
    planned: tuple[PlannedStaff, ...]
    role_titles: dict[str, str]


class ReadinessWriter(Protocol):
    def __call__(self, report: ReadinessReport, path: Path) -> Path: ...


class GateService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        packs: PackService,
        certificates: CertificateSource | None = None,
        writer: Callable[[], ReadinessWriter] | None = None,
    ) -> None:
        self._db = db
        self._clock = clock
        self._packs = packs
        self._certificates = certificates
        self._writer = writer
        self._cache: dict[tuple[str, int], GateSet] = {}

    # ---- definitions ---------------------------------------------------------------------------------

    def pack(self) -> Pack:
        found = next((p for p in self._packs.list() if has_gates(p.root)), None)
        if found is None:
            raise NotFoundError(f"No installed pack describes the rollout gates ({GATES_FILE}).")
        return found

    def gate_set(self) -> GateSet:
        """The gates, parsed once per file version; a broken file raises ValidationError with every problem."""
        pack = self.pack()
        key = (str(pack.root), (pack.root / GATES_FILE).stat().st_mtime_ns)
        if key not in self._cache:
            gates = load_gates(pack)
            assert gates is not None
            self._cache = {key: gates}
        return self._cache[key]

    def gate(self, gate_id: str) -> Gate:
        gate = self.gate_set().gate(gate_id)
        if gate is None:
            known = ", ".join(g.id for g in self.gate_set().gates)
            raise NotFoundError(f"No rollout step '{gate_id}'. Steps: {known}.")
        return gate

    # ---- status --------------------------------------------------------------------------------------

    def status(self) -> list[GateStatus]:
        gates = self.gate_set()
        certificates = tuple(self._certificates(gates.pack_id)) if self._certificates else ()
        with self._db.transaction() as conn:
            inputs = gates_repo.records(conn, gates.pack_id, self._walkthrough_ids(gates))
        return evaluate(gates.gates, replace(inputs, certificates=certificates))

    def gate_status(self, gate_id: str) -> GateStatus:
        self.gate(gate_id)
        return next(s for s in self.status() if s.gate.id == gate_id)

    def _walkthrough_ids(self, gates: GateSet) -> set[str]:
        return {
            r.walkthrough
            for g in gates.gates
            for r in g.requirements
            if r.kind is RequirementKind.WALKTHROUGH
        }

    def sign_off_blockers(self, gate_id: str, learner_id: str | None) -> list[str]:
        """Why `learner_id` cannot sign the step off now ([] when they can), in plain words."""
        status = self.gate_status(gate_id)
        blockers = _state_blockers(status)
        if learner_id is None:
            blockers.insert(0, "No learner is signed in.")
        else:
            with self._db.transaction() as conn:
                learner = learners_repo.get(conn, learner_id)
            reason = _not_coordinator(learner, learner_id, "sign off a step")
            if reason:
                blockers.insert(0, reason)
        return blockers

    # ---- planned staff -------------------------------------------------------------------------------

    def planned(self) -> list[PlannedStaff]:
        with self._db.transaction() as conn:
            return gates_repo.planned(conn)

    def set_planned(self, role: str, agency: str, count: int) -> Changes:
        """Record how many people of `role` are planned (at `agency`; '' = the whole rollout)."""
        pack = self.pack()
        agency = " ".join(agency.split())
        problems = []
        if pack.role(role) is None:
            problems.append(f"Unknown role '{role}'. Roles: {', '.join(r.id for r in pack.roles)}.")
        if isinstance(count, bool) or not isinstance(count, int) or count < 0:
            problems.append("The planned number must be a whole number, 0 or more.")
        if len(agency) > 200:
            problems.append("The agency name is longer than 200 characters.")
        if problems:
            raise ValidationError(" ".join(problems), problems)
        with self._db.transaction() as conn:
            gates_repo.set_planned(conn, PlannedStaff(role, agency, count), self._clock())
        return Changes.GATES

    def remove_planned(self, role: str, agency: str) -> Changes:
        with self._db.transaction() as conn:
            if not gates_repo.remove_planned(conn, role, " ".join(agency.split())):
                raise NotFoundError(f"No planned number for role '{role}' at '{agency or 'all agencies'}'.")
        return Changes.GATES

    # ---- evidence, not applicable, sign-off ----------------------------------------------------------

    def tick_evidence(
        self,
        gate_id: str,
        requirement_id: str,
        note: str,
        by_learner_id: str | None = None,
        ticked: bool = True,
    ) -> Changes:
        """Tick (or untick) an evidence item with a note saying where the proof is kept."""
        gate = self.gate(gate_id)
        requirement = gate.requirement(requirement_id)
        if requirement is None or requirement.kind is not RequirementKind.EVIDENCE:
            items = ", ".join(r.id for r in gate.requirements if r.kind is RequirementKind.EVIDENCE)
            raise NotFoundError(f"Step '{gate_id}' has no evidence item '{requirement_id}'. Items: {items}.")
        note = note.strip()
        if ticked and not note:
            raise ValidationError("A note is required: say where the proof is kept.")
        _check_length("note", note)
        status = self.gate_status(gate_id)
        if status.state in (GateState.SIGNED_OFF, GateState.NOT_APPLICABLE):
            raise TrainerError(
                f"“{gate.title}” is closed ({status.state.value}); its evidence can no longer change."
            )
        with self._db.transaction() as conn:
            found = learners_repo.get(conn, by_learner_id) if by_learner_id else None
            learner = self._coordinator(found, by_learner_id, "tick evidence") if by_learner_id else None
            tick = EvidenceTick(
                gate_id,
                requirement_id,
                ticked,
                note,
                by_learner_id,
                learner.display_name if learner else "",
                self._clock(),
            )
            gates_repo.save_evidence(conn, tick)
        return Changes.GATES

    def mark_not_applicable(self, gate_id: str, reason: str, by_learner_id: str) -> Changes:
        gate = self.gate(gate_id)
        if not gate.may_be_not_applicable:
            raise TrainerError(
                f"“{gate.title}” cannot be marked not applicable: every rollout needs this step."
            )
        reason = reason.strip()
        if not reason:
            raise ValidationError("A reason is required to mark a step not applicable.")
        _check_length("reason", reason)
        status = self.gate_status(gate_id)
        if status.state in (GateState.SIGNED_OFF, GateState.NOT_APPLICABLE):
            raise TrainerError(f"“{gate.title}” is already closed ({status.state.value}).")
        if status.state is GateState.LOCKED:
            problems = [f"{r.requirement.title}: {r.explanation}" for r in status.unmet if _is_previous(r)]
            raise GateNotReadyError(
                f"“{gate.title}” is locked: the step before it is not closed yet.", problems
            )
        with self._db.transaction() as conn:
            found = learners_repo.get(conn, by_learner_id)
            learner = self._coordinator(found, by_learner_id, "mark a step not applicable")
            mark = NotApplicableMark(gate_id, reason, learner.id, learner.display_name, self._clock())
            gates_repo.insert_not_applicable(conn, mark)
        return Changes.GATES

    def sign_off(self, gate_id: str, by_learner_id: str, note: str = "") -> SignOff:
        """Record the sign-off; refused unless a coordinator signs and every requirement is met."""
        gate = self.gate(gate_id)
        _check_length("note", note)
        gates = self.gate_set()
        certificates = tuple(self._certificates(gates.pack_id)) if self._certificates else ()
        with self._db.transaction() as conn:
            learner = self._coordinator(
                learners_repo.get(conn, by_learner_id), by_learner_id, "sign off a step"
            )
            inputs = gates_repo.records(conn, gates.pack_id, self._walkthrough_ids(gates))
            results = evaluate(gates.gates, replace(inputs, certificates=certificates))
            status = next(s for s in results if s.gate.id == gate_id)
            blockers = _state_blockers(status)
            if blockers:
                raise GateNotReadyError(f"“{gate.title}” cannot be signed off yet.", blockers)
            signoff = SignOff(gate_id, learner.id, learner.display_name, self._clock(), note.strip())
            gates_repo.insert_signoff(conn, signoff)
        return signoff

    def _coordinator(self, learner: Learner | None, learner_id: str, action: str) -> Learner:
        reason = _not_coordinator(learner, learner_id, action)
        if reason:
            raise NotFoundError(reason) if learner is None else PermissionDeniedError(reason)
        assert learner is not None
        return learner

    # ---- readiness report ----------------------------------------------------------------------------

    def report(self) -> ReadinessReport:
        pack = self.pack()
        return ReadinessReport(
            pack_title=pack.title,
            pack_version=pack.version,
            generated_at=self._clock(),
            gates=tuple(self.status()),
            planned=tuple(self.planned()),
            role_titles={role.id: role.title for role in pack.roles},
        )

    def write_report(self, path: Path) -> Path:
        """Write the readiness report PDF (needs Qt; a clear TrainerError when it is missing)."""
        if path.suffix.lower() != ".pdf":
            raise ValidationError(
                f"The readiness report is a PDF: give a file name ending in .pdf, not {path.name}."
            )
        if not path.parent.is_dir():
            raise NotFoundError(f"The folder {path.parent} does not exist.")
        if self._writer is None:
            raise TrainerError("Writing PDF files is not available in this installation.")
        return self._writer()(self.report(), path)


def _state_blockers(status: GateStatus) -> list[str]:
    title = status.gate.title
    if status.state is GateState.SIGNED_OFF and status.signoff is not None:
        s = status.signoff
        return [
            f"“{title}” was already signed off by {s.signed_by_name} on {s.signed_at.date().isoformat()}."
        ]
    if status.state is GateState.NOT_APPLICABLE:
        return [f"“{title}” is marked not applicable."]
    return [f"{r.requirement.title}: {r.explanation}" for r in status.unmet]


def _not_coordinator(learner: Learner | None, learner_id: str, action: str) -> str:
    if learner is None:
        return f"No learner with id {learner_id}."
    if learner.archived:
        return f"{learner.display_name} is archived and cannot {action}."
    if COORDINATOR_ROLE not in learner.roles:
        return f"Only a learner with the coordinator role can {action}; {learner.display_name} is not a coordinator."
    return ""


def _is_previous(result: object) -> bool:
    requirement = getattr(result, "requirement", None)
    return requirement is not None and requirement.kind is RequirementKind.PREVIOUS_GATE


def _check_length(label: str, text: str) -> None:
    if len(text) > MAX_TEXT_CHARS:
        raise ValidationError(f"The {label} is longer than {MAX_TEXT_CHARS} characters; nothing was saved.")
