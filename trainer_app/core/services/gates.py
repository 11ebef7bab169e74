"""The rollout's step gates: status, planned staff, evidence, not-applicable marks, sign-off, readiness report.

The gates come from the first installed pack that has `content/gates.toml` (the bundled pack first).
Only a learner with the coordinator role signs off, marks a step not applicable or ticks evidence by name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

from trainer_app.core.common.changes import Changes
from trainer_app.core.common.clock import Clock
from trainer_app.core.common.error_catalog import FIELDS
from trainer_app.core.common.errors import (
    AccessError,
    GateNotReadyError,
    InputError,
    NotFoundError,
    TrainerError,
    ValidationError,
)
from trainer_app.core.domain.certificate import CountableCertificate
from trainer_app.core.domain.gates import (
    CertificateRecord,
    EvidenceTick,
    Gate,
    GateSet,
    GateStatus,
    NotApplicableMark,
    PlannedStaff,
    Refusal,
    Requirement,
    RequirementKind,
    SignOff,
)
from trainer_app.core.domain.learner import Learner
from trainer_app.core.domain.pack import Pack
from trainer_app.core.packs.gates import GATES_FILE, has_gates, load_gates
from trainer_app.core.rules.certificates import counts_for
from trainer_app.core.rules.gate_actions import actor_refusal, not_applicable_refusal, sign_off_refusal
from trainer_app.core.rules.gates import evaluate
from trainer_app.core.services.packs import PackService
from trainer_app.core.services.readiness import ReadinessReport, ReadinessWriter
from trainer_app.core.storage import gates_repo, learners_repo
from trainer_app.core.storage.db import Database

MAX_AGENCY_CHARS = 200

MAX_TEXT_CHARS = 4000
CertificateSource = Callable[[str], Iterable[CertificateRecord]]  # pack id -> countable certificates


def certificate_source(
    countable: Callable[[str], Iterable[CountableCertificate]], packs: PackService | None = None
) -> CertificateSource:
    """Adapt CertificateRegistry.countable to the records gates count (a learner not stored here keeps an id).

    Each issued certificate gives one record per pack certificate it counts for (rules.certificates.counts_for):
    a whole-track certificate issued before its track was split counts for each per-step one it covers.
    """

    def source(pack_id: str) -> list[CertificateRecord]:
        pack = next((p for p in packs.list() if p.id == pack_id), None) if packs else None
        records = []
        for c in countable(pack_id):
            key = c.achievement_id or c.track_id
            for counted in counts_for(pack, c.track_id, key) if pack else (key,):
                records.append(
                    CertificateRecord(
                        c.learner_id or f"certificate:{c.certificate_id}",
                        c.learner_name,
                        c.role_id,
                        c.agency,
                        counted,
                        c.issued_at,
                    )
                )
        return records

    return source


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
            raise NotFoundError("gates.installed_pack_describes_rollout", gates_file=GATES_FILE)
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
            raise NotFoundError("gates.unknown_step", gate_id=gate_id, known=known)
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

    def sign_off_refusal(self, gate_id: str, learner_id: str | None) -> Refusal | None:
        """Why `learner_id` cannot sign the step off now (None when they can)."""
        return sign_off_refusal(self.gate_status(gate_id), self._learner(learner_id))

    def sign_off_blockers(self, gate_id: str, learner_id: str | None) -> list[str]:
        """The same, in plain words ([] when they can): the refusal, then each unmet requirement."""
        status = self.gate_status(gate_id)
        learner = self._learner(learner_id)
        refusal = sign_off_refusal(status, learner)
        return [] if refusal is None else refusal_lines(refusal, status, learner, "sign_off_step")

    def _learner(self, learner_id: str | None) -> Learner | None:
        if not learner_id:
            return None
        with self._db.transaction() as conn:
            return learners_repo.get(conn, learner_id)

    # ---- planned staff -------------------------------------------------------------------------------

    def planned(self) -> list[PlannedStaff]:
        with self._db.transaction() as conn:
            return gates_repo.planned(conn)

    def set_planned(self, role: str, agency: str, count: int) -> Changes:
        """Record how many people of `role` are planned (at `agency`; '' = the whole rollout)."""
        pack = self.pack()
        agency = " ".join(agency.split())
        problems: list[TrainerError] = []
        if pack.role(role) is None:
            problems.append(
                InputError("gates.unknown_role", role=role, known=", ".join(r.id for r in pack.roles))
            )
        if isinstance(count, bool) or not isinstance(count, int) or count < 0:
            problems.append(InputError("gates.planned_not_whole"))
        if len(agency) > MAX_AGENCY_CHARS:
            problems.append(InputError("gates.agency_too_long", limit=MAX_AGENCY_CHARS))
        if problems:
            raise ValidationError.of(problems)
        with self._db.transaction() as conn:
            gates_repo.set_planned(conn, PlannedStaff(role, agency, count), self._clock())
        return Changes.GATES

    def remove_planned(self, role: str, agency: str) -> Changes:
        with self._db.transaction() as conn:
            if not gates_repo.remove_planned(conn, role, " ".join(agency.split())):
                if not agency:
                    raise NotFoundError("gates.no_planned_number_all", role=role)
                raise NotFoundError("gates.no_planned_number", role=role, agency=agency)
        return Changes.GATES

    # ---- evidence, not applicable, sign-off ----------------------------------------------------------

    def tick_evidence(
        self,
        gate_id: str,
        requirement_id: str,
        note: str,
        by_learner_id: str | None = None,
        ticked: bool = True,
        measured: tuple[int, int] | None = None,
    ) -> Changes:
        """Tick (or untick) an evidence item with a note saying where the proof is kept.

        `by_learner_id` must be a coordinator; None records an unnamed tick (the command line without --by).
        A measured item (`measure` in gates.toml) needs `measured` = (value, total), e.g. (83, 95).
        """
        gate = self.gate(gate_id)
        requirement = gate.requirement(requirement_id)
        if requirement is None or requirement.kind is not RequirementKind.EVIDENCE:
            items = ", ".join(r.id for r in gate.requirements if r.kind is RequirementKind.EVIDENCE)
            raise NotFoundError(
                "gates.step_evidence_item_items", gate_id=gate_id, requirement_id=requirement_id, items=items
            )
        note = note.strip()
        if ticked and not note:
            raise ValidationError("gates.note_required_say_where")
        _check_length("note", note)
        _check_measure(requirement, measured if ticked else None, ticked)
        learner = self._actor(by_learner_id, "tick_evidence") if by_learner_id else None
        status = self.gate_status(gate_id)
        if status.signoff is not None or status.not_applicable is not None:
            raise TrainerError("gates.closed_evidence_longer_change", title=gate.title)
        name = learner.display_name if learner else ""
        value, total = measured if ticked and measured else (None, None)
        tick = EvidenceTick(
            gate_id, requirement_id, ticked, note, by_learner_id, name, self._clock(), value, total
        )
        with self._db.transaction() as conn:
            gates_repo.save_evidence(conn, tick)
        return Changes.GATES

    def mark_not_applicable(self, gate_id: str, reason: str, by_learner_id: str) -> Changes:
        """Close an optional step with a written reason (a coordinator, once the step before is closed)."""
        gate = self.gate(gate_id)
        reason = reason.strip()
        if gate.may_be_not_applicable and not reason:
            raise ValidationError("gates.reason_required_mark_step")
        _check_length("reason", reason)
        learner = self._learner(by_learner_id)
        status = self.gate_status(gate_id)
        refusal = not_applicable_refusal(status, learner)
        if refusal is not None:
            _refuse(refusal, status, learner, by_learner_id, "mark_not_applicable")
        assert learner is not None
        mark = NotApplicableMark(gate_id, reason, learner.id, learner.display_name, self._clock())
        with self._db.transaction() as conn:
            gates_repo.insert_not_applicable(conn, mark)
        return Changes.GATES

    def sign_off(self, gate_id: str, by_learner_id: str, note: str = "") -> SignOff:
        """Record the sign-off; refused unless a coordinator signs and every requirement is met."""
        self.gate(gate_id)
        _check_length("note", note)
        gates = self.gate_set()
        certificates = tuple(self._certificates(gates.pack_id)) if self._certificates else ()
        with self._db.transaction() as conn:  # judged and recorded in one transaction
            learner = learners_repo.get(conn, by_learner_id)
            inputs = gates_repo.records(conn, gates.pack_id, self._walkthrough_ids(gates))
            results = evaluate(gates.gates, replace(inputs, certificates=certificates))
            status = next(s for s in results if s.gate.id == gate_id)
            refusal = sign_off_refusal(status, learner)
            if refusal is not None:
                _refuse(refusal, status, learner, by_learner_id, "sign_off_step")
            assert learner is not None
            signoff = SignOff(gate_id, learner.id, learner.display_name, self._clock(), note.strip())
            gates_repo.insert_signoff(conn, signoff)
        return signoff

    def _actor(self, learner_id: str, action: str) -> Learner:
        learner = self._learner(learner_id)
        refusal = actor_refusal(learner)
        if refusal is not None:
            _refuse(refusal, None, learner, learner_id, action)
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
            raise ValidationError("gates.readiness_report_pdf_give", name=path.name)
        if not path.parent.is_dir():
            raise NotFoundError("gates.folder_does_exist", parent=path.parent)
        if self._writer is None:
            raise TrainerError("gates.writing_pdf_files_available")
        return self._writer()(self.report(), path)


def refusal_lines(
    refusal: Refusal, status: GateStatus | None, learner: Learner | None, action: str
) -> list[str]:
    """The refusal in plain words; for a step not ready, one line per unmet requirement."""
    name = learner.display_name if learner else ""
    title = status.gate.title if status else ""
    action = FIELDS.get(action, action)  # the action's key, said in English here; the window translates it
    if refusal is Refusal.NOT_READY and status is not None:
        return [f"{r.requirement.title}: {r.explanation}" for r in status.unmet]
    if refusal is Refusal.LOCKED and status is not None:
        unmet = [r for r in status.unmet if r.requirement.kind is RequirementKind.PREVIOUS_GATE]
        return [f"{r.requirement.title}: {r.explanation}" for r in unmet]
    if refusal is Refusal.SIGNED_OFF and status is not None and status.signoff is not None:
        s = status.signoff
        return [
            f"“{title}” was already signed off by {s.signed_by_name} on {s.signed_at.date().isoformat()}."
        ]
    texts = {
        Refusal.NO_LEARNER: "No learner is signed in.",
        Refusal.ARCHIVED: f"{name} is archived and cannot {action}.",
        Refusal.NOT_COORDINATOR: f"Only a learner with the coordinator role can {action}; "
        f"{name} is not a coordinator.",
        Refusal.NOT_APPLICABLE: f"“{title}” is marked not applicable.",
        Refusal.NOT_ALLOWED: f"“{title}” cannot be marked not applicable: every rollout needs this step.",
    }
    return [texts.get(refusal, refusal.value)]


def _refuse(
    refusal: Refusal, status: GateStatus | None, learner: Learner | None, learner_id: str, action: str
) -> None:
    lines = refusal_lines(refusal, status, learner, action)
    title = status.gate.title if status else ""
    if refusal is Refusal.NO_LEARNER:
        raise NotFoundError("learner.not_found", learner_id=learner_id)
    if refusal is Refusal.NOT_READY:
        raise GateNotReadyError("gates.not_ready", lines, title=title)
    if refusal is Refusal.LOCKED:
        raise GateNotReadyError("gates.locked", lines, title=title)
    name = learner.display_name if learner else ""
    if refusal is Refusal.ARCHIVED:
        raise AccessError("gates.archived", name=name, field=action)
    if refusal is Refusal.NOT_COORDINATOR:
        raise AccessError("gates.not_coordinator", name=name, field=action)
    if refusal is Refusal.SIGNED_OFF and status is not None and status.signoff is not None:
        s = status.signoff
        raise TrainerError(
            "gates.already_signed", title=title, name=s.signed_by_name, date=s.signed_at.date()
        )
    if refusal is Refusal.NOT_APPLICABLE:
        raise TrainerError("gates.marked_not_applicable", title=title)
    if refusal is Refusal.NOT_ALLOWED:
        raise TrainerError("gates.not_allowed_not_applicable", title=title)
    raise TrainerError("gates.refused", lines=" ".join(lines))


def _check_measure(requirement: Requirement, measured: tuple[int, int] | None, ticked: bool) -> None:
    if not requirement.is_measured:
        if measured is not None:
            raise ValidationError("gates.measured_give_value_total", title=requirement.title)
        return
    if not ticked:
        return
    if measured is None and not requirement.measure_label:
        raise ValidationError("gates.measured_give_total", title=requirement.title)
    if measured is None:
        raise ValidationError(
            "gates.measured_give_number_total",
            title=requirement.title,
            measure_label=requirement.measure_label,
        )
    value, total = measured
    if (
        any(isinstance(n, bool) or not isinstance(n, int) for n in measured)
        or total < 1
        or not 0 <= value <= total
    ):
        raise ValidationError("gates.value_must_whole_number")


def _check_length(label: str, text: str) -> None:
    if len(text) > MAX_TEXT_CHARS:
        raise ValidationError("input.text_too_long", field=label, max_text_chars=MAX_TEXT_CHARS)
