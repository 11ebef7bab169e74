"""`content/gates.toml` parsed into a GateSet, every problem reported with file and line (format: docs/gates.md)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from trainer_app.core.common.errors import ValidationError
from trainer_app.core.domain.gates import Gate, GateSet, Requirement, RequirementKind
from trainer_app.core.domain.pack import ActivityKind, Certificate, Pack, Track
from trainer_app.core.packs.gate_order import check_step_order
from trainer_app.core.packs.problems import Problems, Subject
from trainer_app.core.packs.tables import Table
from trainer_app.core.packs.tomlfile import TomlDoc, read_toml

GATES_FILE = "content/gates.toml"
SCHEMA_VERSION = 1
GATE_KEYS = {"id", "step", "title", "outcome", "may_be_not_applicable", "requirements"}
COMMON_KEYS = {"id", "kind", "title"}
KIND_KEYS = {
    RequirementKind.PREVIOUS_GATE: {"gate"},
    RequirementKind.CERTIFICATES: {"certificate", "track", "min_count", "share", "per_agency"},
    RequirementKind.WALKTHROUGH: {"walkthrough", "role"},
    RequirementKind.EVIDENCE: {"text", "measure"},
}
_KINDS = ", ".join(kind.value for kind in RequirementKind)


def has_gates(root: Path) -> bool:
    return (root / GATES_FILE).is_file()


def load_gates(pack: Pack) -> GateSet | None:
    """The pack's gates, None when it has no gates file; ValidationError listing every problem otherwise."""
    if not has_gates(pack.root):
        return None
    problems = Problems()
    gates = parse_gates(pack, problems)
    if problems or gates is None:
        raise ValidationError(
            "gates.problem_s", problems.as_strings(), gates_file=GATES_FILE, count=len(problems)
        )
    return gates


def check_gates(pack: Pack, problems: Problems) -> GateSet | None:
    """For pack validation: parse the gates file when there is one, adding its problems."""
    return parse_gates(pack, problems) if has_gates(pack.root) else None


def parse_gates(pack: Pack, problems: Problems) -> GateSet | None:
    doc = read_toml(pack.root, GATES_FILE, problems)
    if doc is None:
        return None
    top = Table(doc, doc.data, problems, Subject("gates_file"), top_level=True)
    top.unknown_keys({"schema_version", "gates"})
    _check_schema(top)
    entries = top.tables("gates", required=True)
    if top.has("gates") and not entries:
        top.report("pack.problem.no_gates", "gates")
    parser = _Parser(doc, pack, problems)
    gates = [parser.gate(data, index) for index, data in enumerate(entries)]
    found = tuple(gate for gate in gates if gate is not None)
    parser.check_order(found)
    for gate in found:
        parser.check_previous(gate, found)
    check_step_order(pack, found, parser.requirement_tables)
    return GateSet(pack.id, found)


def _check_schema(top: Table) -> None:
    if not top.has("schema_version"):
        top.report("pack.problem.missing_key", key="schema_version")
        return
    version = top.integer("schema_version", SCHEMA_VERSION, minimum=1)
    if version is not None and version != SCHEMA_VERSION:
        top.report("pack.problem.schema_must_be", "schema_version", known=SCHEMA_VERSION, value=version)


class _Parser:
    def __init__(self, doc: TomlDoc, pack: Pack, problems: Problems) -> None:
        self.doc = doc
        self.pack = pack
        self.problems = problems
        self.gate_tables: dict[str, Table] = {}
        self.requirement_tables: dict[tuple[str, str], Table] = {}
        self.requirement_index = 0  # the k-th [[gates.requirements]] header is the k-th requirement overall

    def gate(self, data: Any, index: int) -> Gate | None:
        gate_id = data.get("id") if isinstance(data, dict) else None
        line = self.doc.locate("gates", index, gate_id if isinstance(gate_id, str) else None)
        table = Table(self.doc, data, self.problems, Subject("gate", str(gate_id or index + 1)), line)
        if not isinstance(data, dict):
            return None
        table.unknown_keys(GATE_KEYS)
        ident = table.ident(what="gate")
        step = table.integer("step", None, minimum=1)
        if not table.has("step"):
            table.report("pack.problem.missing_key", key="step")
        requirements = self._requirements(table, ident)
        gate = Gate(
            id=ident,
            step=step or 0,
            title=table.text("title", required=True),
            outcome=table.text("outcome", required=True),
            may_be_not_applicable=table.boolean("may_be_not_applicable", False),
            requirements=requirements,
        )
        if ident in self.gate_tables:
            first = self.gate_tables[ident].line
            where = f"{self.doc.rel}:{first}"
            table.report("pack.problem.duplicate_id", "id", what=Subject("gate"), value=ident, where=where)
            return None
        self.gate_tables[ident] = table
        return gate

    def _requirements(self, gate: Table, gate_id: str) -> tuple[Requirement, ...]:
        entries = gate.tables("requirements")
        if not entries:
            gate.report("pack.problem.no_requirements")
        found: list[Requirement] = []
        seen: dict[str, Table] = {}
        for data in entries:
            requirement_id = data.get("id") if isinstance(data, dict) else None
            line = self.doc.locate(
                "gates.requirements",
                self.requirement_index,
                requirement_id if isinstance(requirement_id, str) else None,
            )
            self.requirement_index += 1
            what = Subject("gate_requirement", str(requirement_id or len(found) + 1), gate_id)
            table = Table(self.doc, data, self.problems, what, line)
            requirement = self._requirement(table) if isinstance(data, dict) else None
            if requirement is None:
                continue
            if requirement.id in seen:
                first = seen[requirement.id].line
                table.report(
                    "pack.problem.duplicate_requirement",
                    "id",
                    value=requirement.id,
                    gate=gate_id,
                    first=first,
                )
                continue
            seen[requirement.id] = table
            self.requirement_tables[(gate_id, requirement.id)] = table
            found.append(requirement)
        return tuple(found)

    def _requirement(self, table: Table) -> Requirement | None:
        ident = table.ident(what="requirement")
        title = table.text("title", required=True)
        raw_kind = table.text("kind", required=True)
        if raw_kind not in set(RequirementKind):
            if raw_kind:
                table.report("pack.problem.unknown_kind", "kind", value=raw_kind, known=_KINDS)
            table.unknown_keys(COMMON_KEYS | set().union(*KIND_KEYS.values()))
            return None
        kind = RequirementKind(raw_kind)
        table.unknown_keys(COMMON_KEYS | KIND_KEYS[kind])
        base = Requirement(id=ident, kind=kind, title=title)
        if kind is RequirementKind.PREVIOUS_GATE:
            return Requirement(id=ident, kind=kind, title=title, gate=table.text("gate", required=True))
        if kind is RequirementKind.CERTIFICATES:
            return self._certificates(table, base)
        if kind is RequirementKind.WALKTHROUGH:
            return self._walkthrough(table, base)
        label, min_share = self._measure(table)
        return Requirement(
            id=ident,
            kind=kind,
            title=title,
            text=table.text("text", required=True),
            measure_label=label,
            min_share=min_share,
        )

    def _measure(self, table: Table) -> tuple[str, float | None]:
        """`measure = { label = "...", min_share = 0.8 }`: the evidence is a value of a total reaching a share."""
        if not table.has("measure"):
            return "", None
        data = table.mapping("measure")
        subject = Subject("requirement_measure", table.what.id, table.what.parent)
        measure = Table(self.doc, data, self.problems, subject, table.key_line("measure"))
        measure.unknown_keys({"label", "min_share"})
        label = measure.text("label", required=True)
        share = measure.number("min_share", None, minimum=float("-inf"))
        if not measure.has("min_share"):
            measure.report("pack.problem.missing_key", key="min_share")
        elif share is None or not 0.0 < share <= 1.0:
            measure.report("pack.problem.not_share", key="min_share", value=share)
            share = None
        return label, share

    def _certificates(self, table: Table, base: Requirement) -> Requirement:
        track, certificate = self._certificate_named(table)
        track_id = track.id if track else table.text("track")
        role = self.pack.role(track.role) if track else None
        min_count = table.integer("min_count", None, minimum=1)
        share = table.number("share", None, minimum=float("-inf"))
        if table.has("min_count") == table.has("share"):
            table.report("pack.problem.exactly_one_of", key="min_count", other="share")
        if share is not None and not 0.0 < share <= 1.0:
            table.report("pack.problem.not_share", "share", key="share", value=f"{share:g}")
        per_agency = table.boolean("per_agency", False)
        if table.has("per_agency") and not table.has("share"):
            table.report("pack.problem.only_with", "per_agency", key="per_agency", other="share")
        return Requirement(
            id=base.id,
            kind=base.kind,
            title=base.title,
            track=track_id,
            track_title=(certificate.title if certificate and certificate.id != track_id else "")
            or (track.title if track else track_id),
            certificate=certificate.id if certificate else "",
            role=track.role if track else "",
            role_title=role.title if role else (track.role if track else ""),
            min_count=min_count,
            share=share,
            per_agency=per_agency,
        )

    def _certificate_named(self, table: Table) -> tuple[Track | None, Certificate | None]:
        """`certificate = "<id>"`, or the legacy `track = "<id>"`: that track's whole-track certificate."""
        if table.has("certificate") == table.has("track"):
            table.report("pack.problem.exactly_one_of", key="certificate", other="track")
        if table.has("certificate"):
            certificate_id = table.text("certificate", required=True)
            found = self.pack.certificate(certificate_id) if certificate_id else None
            if certificate_id and found is None:
                known = ", ".join(c.id for _, c in self.pack.certificates())
                table.report(
                    "pack.problem.unknown_certificate", "certificate", value=certificate_id, known=known
                )
            return found if found else (None, None)
        track_id = table.text("track")
        track = self.pack.track(track_id) if track_id else None
        if track_id and track is None:
            known = ", ".join(t.id for t in self.pack.tracks)
            table.report("pack.problem.unknown_track", "track", value=track_id, known=known)
        if track is None:
            return None, None
        whole = track.whole_track_certificate
        if whole is None:
            named = ", ".join(c.id for c in track.certificates)
            table.report("pack.problem.no_whole_track_certificate", "track", value=track_id, known=named)
        return track, whole

    def _walkthrough(self, table: Table, base: Requirement) -> Requirement:
        activity_id = table.text("walkthrough", required=True)
        activity = self.pack.activity(activity_id) if activity_id else None
        if activity_id and activity is None:
            table.report("pack.problem.unknown_walkthrough", "walkthrough", value=activity_id)
        elif activity is not None and activity.kind is not ActivityKind.WALKTHROUGH:
            kind = activity.kind.value
            table.report("pack.problem.not_walkthrough", "walkthrough", value=activity_id, kind=kind)
        role_id = table.text("role", required=True)
        role = self.pack.role(role_id) if role_id else None
        if role_id and role is None:
            known = ", ".join(r.id for r in self.pack.roles)
            table.report("pack.problem.unknown_role", "role", value=role_id, known=known)
        return Requirement(
            id=base.id,
            kind=base.kind,
            title=base.title,
            role=role_id,
            role_title=role.title if role else role_id,
            walkthrough=activity_id,
            walkthrough_title=activity.title if activity else activity_id,
        )

    def check_order(self, gates: tuple[Gate, ...]) -> None:
        previous: Gate | None = None
        steps: dict[int, str] = {}
        for gate in gates:
            table = self.gate_tables[gate.id]
            if gate.step in steps:
                table.report("pack.problem.step_taken", "step", step=gate.step, gate=steps[gate.step])
            elif previous is not None and gate.step and gate.step < previous.step:
                table.report("pack.problem.step_order", "step", step=gate.step, previous=previous.step)
            if gate.step:
                steps.setdefault(gate.step, gate.id)
                previous = gate

    def check_previous(self, gate: Gate, gates: tuple[Gate, ...]) -> None:
        by_id = {g.id: g for g in gates}
        for requirement in gate.requirements:
            if requirement.kind is not RequirementKind.PREVIOUS_GATE or not requirement.gate:
                continue
            table = self.requirement_tables[(gate.id, requirement.id)]
            target = by_id.get(requirement.gate)
            if target is None:
                table.report("pack.problem.unknown_gate", "gate", value=requirement.gate)
            elif target.step >= gate.step:
                table.report(
                    "pack.problem.gate_not_earlier",
                    "gate",
                    value=requirement.gate,
                    step=target.step,
                    own=gate.step,
                )
