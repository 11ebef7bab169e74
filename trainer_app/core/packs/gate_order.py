"""The step-order rule of the gates format: what the gate of step k counts must be earnable with the work of
steps up to k. A certificate counted at step k may not serve a later step, nor hold an activity that a later
step's gate counts as its own evidence (a walkthrough requirement); otherwise the rollout stalls at step k.
"""

from __future__ import annotations

from trainer_app.core.domain.gates import Gate, Requirement, RequirementKind
from trainer_app.core.domain.pack import Certificate, Pack
from trainer_app.core.packs.problems import Reason
from trainer_app.core.packs.tables import Table


def later_work(gates: tuple[Gate, ...]) -> dict[str, tuple[Gate, Requirement]]:
    """Each activity a gate counts directly, with the first (lowest-step) gate and requirement counting it."""
    found: dict[str, tuple[Gate, Requirement]] = {}
    for gate in sorted(gates, key=lambda g: g.step):
        for requirement in gate.requirements:
            if requirement.kind is RequirementKind.WALKTHROUGH and requirement.walkthrough:
                found.setdefault(requirement.walkthrough, (gate, requirement))
    return found


def order_problems(
    pack: Pack, gate: Gate, requirement: Requirement, counted: dict[str, tuple[Gate, Requirement]]
) -> list[Reason]:
    """Why a certificates requirement of `gate` cannot be met in step order ([] when it can)."""
    award = pack.certificate(requirement.certificate) if requirement.certificate else None
    if award is None:
        return []
    certificate = award[1]
    problems: list[Reason] = []
    if certificate.step is not None and certificate.step > gate.step:
        params = {"certificate": certificate.id, "step": certificate.step, "gate_step": gate.step}
        problems.append(Reason("pack.problem.certificate_later_step", params))
    for module_id in certificate.modules:
        module = pack.module(module_id)
        for activity in module.activities if module else ():
            later = counted.get(activity.id)
            if later is None or later[0].step <= gate.step:
                continue
            problems.append(_later_activity(certificate, module_id, activity.id, later, gate.step))
    return problems


def _later_activity(
    certificate: Certificate, module_id: str, activity_id: str, later: tuple[Gate, Requirement], step: int
) -> Reason:
    later_gate, later_requirement = later
    params = {
        "certificate": certificate.id,
        "activity": activity_id,
        "module": module_id,
        "later_step": later_gate.step,
        "later_gate": later_gate.id,
        "requirement": later_requirement.id,
        "step": step,
    }
    return Reason("pack.problem.certificate_later_work", params)


def check_step_order(pack: Pack, gates: tuple[Gate, ...], tables: dict[tuple[str, str], Table]) -> None:
    """Report, at the requirement's line, every certificates requirement that cannot be met in step order."""
    counted = later_work(gates)
    for gate in gates:
        for requirement in gate.requirements:
            if requirement.kind is not RequirementKind.CERTIFICATES:
                continue
            table = tables.get((gate.id, requirement.id))
            if table is None:
                continue
            key = "certificate" if table.has("certificate") else "track"
            for reason in order_problems(pack, gate, requirement, counted):
                table.report("pack.problem.subject_reason", key, reason=reason)
