"""Content-pack problems are coded like errors: every `Problems.add`, `Table.report`, `Problem(...)` and
`Reason(...)` in trainer_app/core/packs passes a catalog code and exactly the parameters its template names, and
the parts of a pack a sentence names are `Subject`s (translated at the edge), never English words spliced in.

The source is scanned (ast); tests/core/conftest.py also checks every problem the core tests' broken packs make.
"""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

import pytest

import trainer_app
from tests.core.problem_checks import coded_problem_faults, problem_faults
from tests.core.test_pack_validate import CASES, FIXTURES, Case, edit
from trainer_app.core.common.error_catalog import CATALOG
from trainer_app.core.common.errors import placeholders
from trainer_app.core.packs.problems import (
    PACK_SUBJECTS,
    Problem,
    Problems,
    Reason,
    Subject,
    render_problem,
)
from trainer_app.core.packs.validate import validate_pack

PACKS = Path(trainer_app.__file__).parent / "core" / "packs"
PREFIX = "pack.problem."


def _calls() -> list[tuple[str, ast.Call]]:
    found = []
    for path in sorted(PACKS.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                found.append((f"{path.name}:{node.lineno}", node))
    return found


def _name(node: ast.expr) -> str:
    return node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else ""


def _code_argument(call: ast.Call) -> tuple[str, int] | None:
    """(what is called, index of its code argument) for the calls that make a problem; None for others."""
    func = call.func
    if isinstance(func, ast.Attribute) and func.attr == "add" and _name(func.value) == "problems":
        return "Problems.add", 2
    if isinstance(func, ast.Attribute) and func.attr == "report":
        return "Table.report", 0
    if isinstance(func, ast.Name) and func.id in ("Problem", "Reason"):
        return func.id, 2 if func.id == "Problem" else 0
    return None


def _given(call: ast.Call, kind: str, index: int) -> set[str] | None:
    """The parameter names a call passes (keywords, or the dict literal after the code); None when unknown."""
    if any(k.arg is None for k in call.keywords):
        return None  # **params: checked at run time (conftest)
    names = {k.arg for k in call.keywords if k.arg and k.arg != "params"}
    rest = call.args[index + 1 :] if kind in ("Problem", "Reason") else []
    for arg in rest:
        if not isinstance(arg, ast.Dict) or not all(isinstance(k, ast.Constant) for k in arg.keys):
            return None
        names |= {k.value for k in arg.keys if isinstance(k, ast.Constant)}
    return names


def _faults(where: str, call: ast.Call) -> list[str]:
    found = _code_argument(call)
    if found is None:
        return []
    kind, index = found
    code = call.args[index] if len(call.args) > index else None
    label = f"{where}: {kind}"
    if isinstance(code, ast.Name | ast.Attribute) and _name(code) == "code":
        return []  # a code passed on (a helper's parameter, a caught error's or reason's code)
    if not (isinstance(code, ast.Constant) and isinstance(code.value, str)):
        return [
            f"{label}: the code must be a literal catalog code, not {ast.unparse(code) if code else 'nothing'}"
        ]
    if code.value not in CATALOG or not code.value.startswith(PREFIX):
        return [f"{label}: {code.value!r} is not a {PREFIX}* catalog code (an English message?)"]
    given = _given(call, kind, index)
    wanted = placeholders(CATALOG[code.value])
    if given is not None and kind == "Table.report" and "what" in wanted:
        given |= {"what"}  # the table's own subject, added by Table.report
    if given is not None and given != wanted:
        return [f"{label}: {code.value} names {sorted(wanted)}, the call gives {sorted(given)}"]
    return []


def test_every_problem_in_the_packs_code_is_a_code_with_its_template_s_parameters() -> None:
    faults = [fault for where, call in _calls() for fault in _faults(where, call)]
    assert faults == []
    assert sum(1 for _, call in _calls() if _code_argument(call)) > 150  # the scan sees the call sites


def test_the_scan_catches_an_english_message_and_a_forgotten_parameter() -> None:
    english = ast.parse('table.report(f"{table.what}: bad", "key")').body[0]
    forgotten = ast.parse('problems.add(rel, 3, "pack.problem.list_indent")').body[0]
    assert isinstance(english, ast.Expr)
    assert isinstance(english.value, ast.Call)
    assert isinstance(forgotten, ast.Expr)
    assert isinstance(forgotten.value, ast.Call)
    assert _faults("x.py:1", english.value) != []
    assert _faults("x.py:1", forgotten.value) == [
        "x.py:1: Problems.add: pack.problem.list_indent names ['spaces'], the call gives []"
    ]


def _kinds_ok(kind: ast.expr) -> bool:
    """A literal kind is a PACK_SUBJECTS key; a variable one (a table's own kind) is checked at run time."""
    if isinstance(kind, ast.IfExp):
        return _kinds_ok(kind.body) and _kinds_ok(kind.orelse)
    if isinstance(kind, ast.Constant):
        return kind.value in PACK_SUBJECTS
    return isinstance(kind, ast.Name | ast.Attribute | ast.Subscript | ast.BoolOp)


def test_subjects_are_named_by_kind_never_by_english_words() -> None:
    faults = []
    for where, call in _calls():
        func = call.func
        if isinstance(func, ast.Name) and func.id == "Table" and len(call.args) > 3:
            what = call.args[3]
            if isinstance(what, ast.Constant | ast.JoinedStr):
                faults.append(f"{where}: a table's subject is words ({ast.unparse(what)}); give a Subject")
        if isinstance(func, ast.Name) and func.id == "Subject" and call.args and not _kinds_ok(call.args[0]):
            faults.append(f"{where}: Subject({ast.unparse(call.args[0])}) is not a PACK_SUBJECTS kind")
        for keyword in call.keywords:
            if _name(func) == "ident" and keyword.arg == "what":
                value = keyword.value
                if not (isinstance(value, ast.Constant) and value.value in PACK_SUBJECTS):
                    faults.append(f"{where}: ident(what={ast.unparse(value)}) is not a PACK_SUBJECTS kind")
    assert faults == []


def test_every_pack_problem_code_is_used_and_subjects_read_as_before() -> None:
    source = "\n".join(path.read_text(encoding="utf-8") for path in PACKS.glob("*.py"))
    unused = [code for code in CATALOG if code.startswith(PREFIX) and f'"{code}"' not in source]
    assert unused == []
    assert [kind for kind, text in PACK_SUBJECTS.items() if placeholders(text) - {"id", "parent"}] == []


def _broken(tmp_path: Path, case: Case) -> tuple[Problem, ...]:
    root = tmp_path / case.name.replace(" ", "-").replace("/", "-")
    shutil.copytree(FIXTURES / "valid", root)
    edit(root, case.edit_file, case.old, case.new)
    return validate_pack(root).problems


def test_every_problem_of_the_broken_packs_renders_from_its_template(tmp_path: Path) -> None:
    problems = [p for case in CASES for p in _broken(tmp_path, case)]
    problems += (
        validate_pack(FIXTURES / "broken").problems + validate_pack(FIXTURES / "broken-syntax").problems
    )
    assert [fault for problem in problems for fault in problem_faults(problem)] == []
    codes = {problem.code for problem in problems}
    assert len(codes) >= 30, sorted(codes)  # the broken packs reach most kinds of problem
    for problem in problems:
        assert str(problem) == f"{problem.where}: {problem.message}"


def test_a_problem_is_its_code_params_and_english_message() -> None:
    reason = Reason("pack.problem.file_not_found", {"path": "videos/a.mp4"})
    problem = Problem(
        "content/tracks/a.toml",
        12,
        "pack.problem.subject_reason",
        {"what": Subject("activity", "v1"), "reason": reason},
    )
    assert str(problem) == "content/tracks/a.toml:12: activity v1: file 'videos/a.mp4' not found"
    assert problem.to_json() == {
        "file": "content/tracks/a.toml",
        "line": 12,
        "message": "activity v1: file 'videos/a.mp4' not found",
        "code": "pack.problem.subject_reason",
        "params": {
            "what": {"subject": "activity", "id": "v1", "parent": ""},
            "reason": {"code": "pack.problem.file_not_found", "params": {"path": "videos/a.mp4"}},
        },
    }
    bare = Problem(
        "content/pack.toml", None, "pack.problem.bad_id", {"what": Subject("question_bank"), "value": "B"}
    )
    assert str(bare).startswith("content/pack.toml: question bank id 'B' is not valid")
    assert str(Subject("gate_requirement", "r1", "g1")) == "gate g1 requirement r1"
    assert f"{Subject('track')}" == "track"  # a bare kind reads without its id


def test_the_same_problem_is_reported_once() -> None:
    problems = Problems()
    for _ in range(2):
        problems.add("a.toml", 3, "pack.problem.missing_key", what=Subject("gate", "g1"), key="step")
    problems.add("a.toml", 3, "pack.problem.missing_key", what=Subject("gate", "g2"), key="step")
    assert problems.as_strings() == [
        "a.toml:3: gate g1: missing required key 'step'",
        "a.toml:3: gate g2: missing required key 'step'",
    ]


def test_rendering_with_other_tables_translates_subjects_and_nested_reasons() -> None:
    requirement = Subject("gate_requirement", "r1", "g1")
    reason = Reason("pack.problem.path_dotdot", {"path": "../x"})
    params = {"what": requirement, "reason": reason}

    def marked(code: str) -> str:
        return f"«{CATALOG[code]}»"

    def named(kind: str) -> str:
        return f"<{PACK_SUBJECTS[kind]}>"

    text = render_problem("pack.problem.subject_reason", params, marked, named)
    assert text == "«<gate g1 requirement r1>: «path '../x' contains '..': paths must stay inside the pack»»"
    # A broken translation (a placeholder the parameters do not have) falls back to the English template.
    assert render_problem("pack.problem.subject_reason", params, lambda _code: "{nope}", named) == (
        "<gate g1 requirement r1>: path '../x' contains '..': paths must stay inside the pack"
    )


@pytest.mark.parametrize(
    ("code", "params", "fault"),
    [
        ("pack.problem.list_indent", {}, "names ['spaces']"),
        ("pack.problem.missing_key", {"what": Subject("nonsense"), "key": "k"}, "unknown subject"),
        ("duplicate id 'x'", {}, "not a catalog code"),
    ],
)
def test_the_run_time_check_catches_a_malformed_problem(
    code: str, params: dict[str, object], fault: str
) -> None:
    faults = coded_problem_faults(code, params)
    assert faults
    assert fault in faults[0]
