"""Gate evaluation (pure): each requirement met or not and why, with the people behind each number.

Certificates count once per person, for people who hold the track's role and are not archived. A share of
planned staff is rounded up with exact fractions (0.9 × 10 = 9, 0.9 × 11 = 10).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from datetime import datetime
from fractions import Fraction

from trainer_app.core.common.numbers import format_score
from trainer_app.core.domain.gates import (
    EvidenceTick,
    Gate,
    GateInputs,
    GateState,
    GateStatus,
    NotApplicableMark,
    PeopleGroup,
    Person,
    Reason,
    Requirement,
    RequirementKind,
    RequirementStatus,
    SignOff,
)
from trainer_app.core.rules.gate_index import GateIndex, agency_key

NAMES_SHOWN = 5


def required_count(share: float, planned: int) -> int:
    """How many of `planned` make `share`, rounded up, without floating-point drift."""
    return math.ceil(Fraction(repr(share)) * planned)


def plural_role(title: str) -> str:
    """'Case worker' -> 'case workers'; 'CPIMS+ coordinator' -> 'CPIMS+ coordinators' (English only)."""
    if not title:
        return title
    first = title.split(maxsplit=1)[0]
    if len(first) > 1 and first[0].isupper() and first[1:].islower():
        title = title[0].lower() + title[1:]
    return title if title.endswith("s") else f"{title}s"


def evaluate(gates: Sequence[Gate], inputs: GateInputs) -> list[GateStatus]:
    """Every gate in the given (step) order, with each requirement judged and explained."""
    index = GateIndex(gates, inputs)
    return [_gate(gate, index) for gate in gates]


def _gate(gate: Gate, index: GateIndex) -> GateStatus:
    results = tuple(_requirement(gate, requirement, index) for requirement in gate.requirements)
    signoff = index.signoffs.get(gate.id)
    mark = index.not_applicable.get(gate.id)
    if signoff is not None:
        state = GateState.SIGNED_OFF
    elif mark is not None:
        state = GateState.NOT_APPLICABLE
    elif any(r.requirement.kind is RequirementKind.PREVIOUS_GATE and not r.met for r in results):
        state = GateState.LOCKED
    elif all(r.met for r in results):
        state = GateState.READY
    else:
        state = GateState.IN_PROGRESS
    return GateStatus(gate, state, results, signoff, mark)


def _requirement(gate: Gate, requirement: Requirement, index: GateIndex) -> RequirementStatus:
    kind = requirement.kind
    if kind is RequirementKind.PREVIOUS_GATE:
        return _previous(requirement, index)
    if kind is RequirementKind.CERTIFICATES:
        if requirement.share is None:
            return _certificate_count(requirement, index)
        if requirement.per_agency:
            return _certificate_share_per_agency(requirement, index)
        return _certificate_share(requirement, index)
    if kind is RequirementKind.WALKTHROUGH:
        return _walkthrough(requirement, index)
    return _evidence(gate, requirement, index)


def _previous(requirement: Requirement, index: GateIndex) -> RequirementStatus:
    target = index.gates.get(requirement.gate)
    title = target.title if target else requirement.gate
    signoff: SignOff | None = index.signoffs.get(requirement.gate)
    mark: NotApplicableMark | None = index.not_applicable.get(requirement.gate)
    if signoff is not None:
        reason = Reason.of(
            "prev.signed", gate=title, name=signoff.signed_by_name, date=_date(signoff.signed_at)
        )
    elif mark is not None:
        reason = Reason.of(
            "prev.not_applicable", gate=title, name=mark.by_name, date=_date(mark.at), reason=mark.reason
        )
    else:
        return RequirementStatus(requirement, False, (Reason.of("prev.open", gate=title),))
    return RequirementStatus(requirement, True, (reason,))


def _certificate_count(requirement: Requirement, index: GateIndex) -> RequirementStatus:
    certified = index.certified(requirement)
    without = index.without(requirement, certified)
    need = requirement.min_count or 1
    met = len(certified) >= need
    reasons = [Reason.of("cert.count", track=requirement.track_title, count=len(certified), need=need)]
    if not met:
        reasons += _without_reasons(requirement, without)
    return RequirementStatus(requirement, met, tuple(reasons), _cert_groups(requirement, certified, without))


def _certificate_share(requirement: Requirement, index: GateIndex) -> RequirementStatus:
    roles = plural_role(requirement.role_title)
    plans = index.planned.get(requirement.role, {})
    certified = index.certified(requirement)
    without = index.without(requirement, certified)
    groups = _cert_groups(requirement, certified, without)
    if "" in plans:
        planned = plans[""][1]
    elif plans:
        planned = sum(count for _, count in plans.values())
    else:
        return RequirementStatus(requirement, False, (Reason.of("cert.no_plan", roles=roles),), groups)
    need = required_count(requirement.share or 1.0, planned)
    met = len(certified) >= need
    reasons = [Reason.of("cert.share", count=len(certified), planned=planned, roles=roles, need=need)]
    if not met:
        reasons += _without_reasons(requirement, without)
    return RequirementStatus(requirement, met, tuple(reasons), groups)


def _certificate_share_per_agency(requirement: Requirement, index: GateIndex) -> RequirementStatus:
    roles = plural_role(requirement.role_title)
    plans = {key: value for key, value in index.planned.get(requirement.role, {}).items() if key}
    certified = index.certified(requirement)
    without = index.without(requirement, certified)
    if not plans:
        reason = Reason.of("cert.no_plan_agency", roles=roles)
        return RequirementStatus(requirement, False, (reason,), _cert_groups(requirement, certified, without))
    certified_at = _by_agency(certified)
    without_at = _by_agency(without)
    lines: list[Reason] = []
    groups: list[PeopleGroup] = []
    met_count = 0
    for key, (agency, planned) in sorted(plans.items(), key=lambda item: item[1][0].casefold()):
        here = certified_at.get(key, [])
        need = required_count(requirement.share or 1.0, planned)
        met_count += len(here) >= need
        lines.append(
            Reason.of(
                "cert.share_at", count=len(here), planned=planned, roles=roles, agency=agency, need=need
            )
        )
        missing = without_at.get(key, [])
        groups.append(
            PeopleGroup(Reason.of("people.certified_at", agency=agency, count=len(here)), tuple(here))
        )
        label = Reason.of("people.without_at", roles=_capital(roles), agency=agency, count=len(missing))
        groups.append(PeopleGroup(label, tuple(missing)))
    summary = Reason.of("cert.agencies", met=met_count, total=len(plans), roles=roles)
    return RequirementStatus(requirement, met_count == len(plans), (summary, *lines), tuple(groups))


def _cert_groups(
    requirement: Requirement, certified: list[Person], without: list[Person]
) -> tuple[PeopleGroup, ...]:
    roles = _capital(plural_role(requirement.role_title))
    return (
        PeopleGroup(Reason.of("people.certified", count=len(certified)), tuple(certified)),
        PeopleGroup(Reason.of("people.without", roles=roles, count=len(without)), tuple(without)),
    )


def _without_reasons(requirement: Requirement, without: list[Person]) -> list[Reason]:
    if not without:
        return [Reason.of("cert.no_role", role=requirement.role_title)]
    return _named("cert.without", without)


def _walkthrough(requirement: Requirement, index: GateIndex) -> RequirementStatus:
    done = index.completions.get(requirement.walkthrough, {})
    with_role: list[Person] = []
    other: list[Person] = []
    for learner_id, person in done.items():
        learner = index.learners[learner_id]
        (with_role if requirement.role in learner.roles else other).append(person)
    open_ = [
        Person(x.id, x.display_name, x.agency)
        for x in index.members.get(requirement.role, [])
        if x.id not in done
    ]
    groups = (
        PeopleGroup(Reason.of("people.completed", count=len(with_role)), tuple(with_role)),
        PeopleGroup(Reason.of("people.completed_other", count=len(other)), tuple(other)),
        PeopleGroup(Reason.of("people.open", count=len(open_)), tuple(open_)),
    )
    if with_role:
        first = min(p.at for p in with_role if p.at is not None)
        reasons = _named("walk.done", with_role, date=_date(first))
        return RequirementStatus(requirement, True, tuple(reasons), groups)
    reasons = [Reason.of("walk.open", role=requirement.role_title, activity=requirement.walkthrough_title)]
    if other:
        reasons += _named("walk.other_roles", other, role=requirement.role_title)
    return RequirementStatus(requirement, False, tuple(reasons), groups)


def measure_met(value: int, total: int, min_share: float) -> bool:
    """value / total reaches min_share, compared exactly (83 of 95 reaches 0.8; 76 of 95 does not)."""
    return total > 0 and 0 <= value <= total and Fraction(value, total) >= Fraction(repr(min_share))


def _evidence(gate: Gate, requirement: Requirement, index: GateIndex) -> RequirementStatus:
    tick = index.evidence.get((gate.id, requirement.id))
    if requirement.is_measured:
        return _measured(requirement, tick)
    if tick is None or not tick.ticked:
        return RequirementStatus(
            requirement, False, (Reason.of("evidence.open", text=requirement.text),), (), tick
        )
    if not tick.note.strip():
        return RequirementStatus(
            requirement, False, (Reason.of("evidence.no_note", date=_date(tick.at)),), (), tick
        )
    name = tick.by_name or "—"
    reason = Reason.of("evidence.done", name=name, date=_date(tick.at), note=tick.note.strip())
    return RequirementStatus(requirement, True, (reason,), (), tick)


def _measured(requirement: Requirement, tick: EvidenceTick | None) -> RequirementStatus:
    """Evidence with a number: met when a noted value of a total reaches the requirement's share."""
    need = _percent(requirement.min_share or 0.0)
    label = requirement.measure_label or requirement.title
    if tick is None or not tick.ticked or tick.value is None or tick.total is None:
        return RequirementStatus(
            requirement, False, (Reason.of("measure.open", label=label, need=need),), (), tick
        )
    share = _percent(tick.value / tick.total) if tick.total else "0"
    params = {"label": label, "value": tick.value, "total": tick.total, "need": need, "share": share}
    met = measure_met(tick.value, tick.total, requirement.min_share or 0.0)
    reasons = [Reason.of("measure.done" if met else "measure.short", **params)]
    if met and not tick.note.strip():
        return RequirementStatus(
            requirement, False, (*reasons, Reason.of("evidence.no_note", date=_date(tick.at))), (), tick
        )
    if met:
        name = tick.by_name or "—"
        reasons.append(Reason.of("evidence.done", name=name, date=_date(tick.at), note=tick.note.strip()))
    return RequirementStatus(requirement, met, tuple(reasons), (), tick)


def _percent(share: float) -> str:
    return format_score(share * 100)


def _named(code: str, people: Sequence[Person], **params: object) -> list[Reason]:
    names = ", ".join(p.name for p in people[:NAMES_SHOWN])
    reasons = [Reason.of(code, names=names, **params)]
    if len(people) > NAMES_SHOWN:
        reasons.append(Reason.of("list.more", count=len(people) - NAMES_SHOWN))
    return reasons


def _by_agency(people: Iterable[Person]) -> dict[str, list[Person]]:
    found: dict[str, list[Person]] = {}
    for person in people:
        found.setdefault(agency_key(person.agency), []).append(person)
    return found


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _date(value: datetime) -> str:
    return value.date().isoformat()
