"""References between the parts of a pack: track roles and modules, module prerequisites and their cycles."""

from __future__ import annotations

from trainer_app.core.packs.packparse import ParsedPack
from trainer_app.core.packs.problems import Problems


def check_references(parsed: ParsedPack, problems: Problems) -> None:
    pack = parsed.pack
    role_ids = {role.id for role in pack.roles}
    module_ids = {module.id for module in pack.modules}
    for track in pack.tracks:
        table = parsed.track_tables[track.id]
        if track.role and track.role not in role_ids:
            table.report("pack.problem.unknown_role_listed", "role", value=track.role)
        if table.has("modules") and not track.module_ids:
            table.report("pack.problem.track_no_modules", "modules")
        modules_line = table.key_line("modules")
        listed: set[str] = set()
        for module_id in track.module_ids:
            line = table.doc.string_line(module_id, modules_line)
            if module_id not in module_ids:
                problems.add(
                    table.doc.rel, line, "pack.problem.unknown_module", what=table.what, value=module_id
                )
            elif module_id in listed:
                problems.add(
                    table.doc.rel, line, "pack.problem.module_twice", what=table.what, value=module_id
                )
            listed.add(module_id)
    _check_prerequisites(parsed, problems, module_ids)


def _check_prerequisites(parsed: ParsedPack, problems: Problems, module_ids: set[str]) -> None:
    graph: dict[str, tuple[str, ...]] = {}
    for module in parsed.pack.modules:
        table = parsed.module_tables[module.id]
        key_line = table.key_line("prerequisites")
        for prerequisite in module.prerequisites:
            if prerequisite not in module_ids:
                line = table.doc.string_line(prerequisite, key_line)
                problems.add(
                    table.doc.rel,
                    line,
                    "pack.problem.unknown_prerequisite",
                    what=table.what,
                    value=prerequisite,
                )
        graph[module.id] = tuple(p for p in module.prerequisites if p in module_ids)
    for cycle in find_cycles(graph):
        table = parsed.module_tables[cycle[0]]
        path = " → ".join(cycle)
        table.report("pack.problem.prerequisite_cycle", "prerequisites", cycle=path)


def find_cycles(graph: dict[str, tuple[str, ...]]) -> list[list[str]]:
    """Each distinct cycle once, as a closed path [a, b, ..., a]; iterative, so deep chains are fine."""
    state: dict[str, int] = {}  # 1: on the current path, 2: finished
    cycles: list[list[str]] = []
    seen: set[frozenset[str]] = set()
    for start in graph:
        if start in state:
            continue
        path: list[str] = [start]
        iterators = [iter(graph.get(start, ()))]
        state[start] = 1
        while iterators:
            node = next(iterators[-1], None)
            if node is None:
                state[path.pop()] = 2
                iterators.pop()
            elif state.get(node) == 1:
                cycle = [*path[path.index(node) :], node]
                if frozenset(cycle) not in seen:
                    seen.add(frozenset(cycle))
                    cycles.append(cycle)
            elif node not in state:
                state[node] = 1
                path.append(node)
                iterators.append(iter(graph.get(node, ())))
    return cycles
