"""`content/gates.toml` parsed into a GateSet, every problem reported with file and line (format: docs/gates.md)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from trainer_app.core.common.errors import ValidationError
from trainer_app.core.domain.gates import Gate, GateSet, Requirement, RequirementKind
from trainer_app.core.domain.pack import ActivityKind, Certificate, Pack, Track
from trainer_app.core.packs.gate_order import check_step_order
from trainer_app.core.packs.problems import Problems
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
    top = Table(doc, doc.data, problems, "gates file", top_level=True)
    top.unknown_keys({"schema_version", "gates"})
    _check_schema(top)
    entries = top.tables("gates", required=True)
    if top.has("gates") and not entries:
        top.report("gates file: it has no gates", "gates")
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
        top.report("gates file: missing required key 'schema_version'")
        return
    version = top.integer("schema_version", SCHEMA_VERSION, minimum=1)
    if version is not None and version != SCHEMA_VERSION:
        top.report(f"gates file: schema_version must be {SCHEMA_VERSION} (got {version})", "schema_version")


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
        table = Table(self.doc, data, self.problems, f"gate {gate_id or index + 1}", line)
        if not isinstance(data, dict):
            return None
        table.unknown_keys(GATE_KEYS)
        ident = table.ident(what="gate")
        step = table.integer("step", None, minimum=1)
        if not table.has("step"):
            table.report(f"{table.what}: missing required key 'step'")
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
            table.report(f"duplicate gate id {ident!r} (first defined at {self.doc.rel}:{first})", "id")
            return None
        self.gate_tables[ident] = table
        return gate

    def _requirements(self, gate: Table, gate_id: str) -> tuple[Requirement, ...]:
        entries = gate.tables("requirements")
        if not entries:
            gate.report(f"{gate.what}: at least one requirement is needed ([[gates.requirements]])")
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
            what = f"gate {gate_id} requirement {requirement_id or len(found) + 1}"
            table = Table(self.doc, data, self.problems, what, line)
            requirement = self._requirement(table) if isinstance(data, dict) else None
            if requirement is None:
                continue
            if requirement.id in seen:
                first = seen[requirement.id].line
                table.report(
                    f"duplicate requirement id {requirement.id!r} in gate {gate_id} (first at line {first})",
                    "id",
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
                table.report(f"{table.what}: unknown kind {raw_kind!r} (use one of {_KINDS})", "kind")
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
        measure = Table(self.doc, data, self.problems, f"{table.what} measure", table.key_line("measure"))
        measure.unknown_keys({"label", "min_share"})
        label = measure.text("label", required=True)
        share = measure.number("min_share", None, minimum=float("-inf"))
        if not measure.has("min_share"):
            measure.report(f"{measure.what}: missing required key 'min_share'")
        elif share is None or not 0.0 < share <= 1.0:
            measure.report(f"{measure.what}: 'min_share' must be more than 0 and at most 1 (got {share})")
            share = None
        return label, share

    def _certificates(self, table: Table, base: Requirement) -> Requirement:
        track, certificate = self._certificate_named(table)
        track_id = track.id if track else table.text("track")
        role = self.pack.role(track.role) if track else None
        min_count = table.integer("min_count", None, minimum=1)
        share = table.number("share", None, minimum=float("-inf"))
        if table.has("min_count") == table.has("share"):
            table.report(f"{table.what}: give exactly one of 'min_count' and 'share'")
        if share is not None and not 0.0 < share <= 1.0:
            table.report(f"{table.what}: 'share' must be more than 0 and at most 1 (got {share:g})", "share")
        per_agency = table.boolean("per_agency", False)
        if table.has("per_agency") and not table.has("share"):
            table.report(f"{table.what}: 'per_agency' applies only with 'share'", "per_agency")
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
            table.report(f"{table.what}: give exactly one of 'certificate' and 'track'")
        if table.has("certificate"):
            certificate_id = table.text("certificate", required=True)
            found = self.pack.certificate(certificate_id) if certificate_id else None
            if certificate_id and found is None:
                known = ", ".join(c.id for _, c in self.pack.certificates())
                table.report(
                    f"{table.what}: unknown certificate {certificate_id!r} (certificates of the pack: {known})",
                    "certificate",
                )
            return found if found else (None, None)
        track_id = table.text("track")
        track = self.pack.track(track_id) if track_id else None
        if track_id and track is None:
            known = ", ".join(t.id for t in self.pack.tracks)
            table.report(f"{table.what}: unknown track {track_id!r} (tracks of the pack: {known})", "track")
        if track is None:
            return None, None
        whole = track.whole_track_certificate
        if whole is None:
            named = ", ".join(c.id for c in track.certificates)
            table.report(
                f"{table.what}: track {track_id!r} awards no whole-track certificate; "
                f"name one of its certificates with 'certificate = ...' ({named})",
                "track",
            )
        return track, whole

    def _walkthrough(self, table: Table, base: Requirement) -> Requirement:
        activity_id = table.text("walkthrough", required=True)
        activity = self.pack.activity(activity_id) if activity_id else None
        if activity_id and activity is None:
            table.report(f"{table.what}: unknown walkthrough activity {activity_id!r}", "walkthrough")
        elif activity is not None and activity.kind is not ActivityKind.WALKTHROUGH:
            table.report(
                f"{table.what}: activity {activity_id!r} is a {activity.kind.value}, not a walkthrough",
                "walkthrough",
            )
        role_id = table.text("role", required=True)
        role = self.pack.role(role_id) if role_id else None
        if role_id and role is None:
            known = ", ".join(r.id for r in self.pack.roles)
            table.report(f"{table.what}: unknown role {role_id!r} (roles of the pack: {known})", "role")
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
                table.report(
                    f"{table.what}: step {gate.step} is also the step of gate {steps[gate.step]!r}", "step"
                )
            elif previous is not None and gate.step and gate.step < previous.step:
                table.report(
                    f"{table.what}: step {gate.step} comes after step {previous.step}: "
                    "list the gates in increasing step order",
                    "step",
                )
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
                table.report(f"{table.what}: unknown gate {requirement.gate!r}", "gate")
            elif target.step >= gate.step:
                table.report(
                    f"{table.what}: gate {requirement.gate!r} is step {target.step}; "
                    f"a gate can only require an earlier step than its own ({gate.step})",
                    "gate",
                )
