"""content/gates.toml: parsed into gates, every problem reported with file and line, part of pack validation."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, MINI_PACK, REPO_ROOT
from trainer_app.core.common.errors import ValidationError
from trainer_app.core.domain.gates import RequirementKind
from trainer_app.core.packs.gates import GATES_FILE, load_gates
from trainer_app.core.packs.validate import validate_folder


def pack_with_gates(tmp_path: Path, gates_text: str | None = None) -> Path:
    root = tmp_path / "pack"
    shutil.copytree(MINI_PACK, root)
    with (root / "content" / "pack.toml").open("a", encoding="utf-8") as handle:
        handle.write((FIXTURES / "gates" / "extra_roles.toml").read_text(encoding="utf-8"))
    shutil.copy(FIXTURES / "gates" / "admin.toml", root / "content" / "tracks" / "admin.toml")
    text = gates_text if gates_text is not None else (FIXTURES / "gates" / "gates.toml").read_text("utf-8")
    (root / GATES_FILE).write_text(text, encoding="utf-8")
    return root


def problems_of(tmp_path: Path, text: str) -> list[str]:
    report = validate_folder(pack_with_gates(tmp_path, text))
    return [str(p) for p in report.problems]


def test_the_bundled_gates_parse_into_the_five_phase_3_steps() -> None:
    report = validate_folder(REPO_ROOT)
    assert not [p for p in report.problems if p.file == GATES_FILE]
    assert report.counts["gates"] == 5
    assert report.pack is not None
    gates = load_gates(report.pack)
    assert gates is not None
    assert [g.step for g in gates.gates] == [1, 2, 3, 4, 5]
    assert [g.id for g in gates.gates if g.may_be_not_applicable] == ["step-4-migrate"]
    focal = gates.gates[0].requirement("focal-points-certified")
    assert focal is not None
    assert focal.share == 1.0
    assert focal.per_agency
    assert focal.role == "coordinator"
    uat = gates.gates[2].requirement("uat-case-worker-done")
    assert uat is not None
    assert uat.kind is RequirementKind.WALKTHROUGH
    assert uat.walkthrough_title


def test_the_test_gates_are_valid_and_counted(tmp_path: Path) -> None:
    report = validate_folder(pack_with_gates(tmp_path))
    assert report.valid, report.problems
    assert report.counts["gates"] == 4


def test_a_pack_without_gates_has_no_gates_count() -> None:
    assert "gates" not in validate_folder(MINI_PACK).counts


HEADER = 'schema_version = 1\n\n[[gates]]\nid = "one"\nstep = 1\ntitle = "One"\noutcome = "Done"\n\n'


def test_unknown_track_activity_role_and_kind_with_lines(tmp_path: Path) -> None:
    text = HEADER + (
        '[[gates.requirements]]\nid = "a"\nkind = "certificates"\ntitle = "A"\ntrack = "nope"\nmin_count = 1\n\n'
        '[[gates.requirements]]\nid = "b"\nkind = "walkthrough"\ntitle = "B"\nwalkthrough = "missing-walk"\n'
        'role = "case_worker"\n\n'
        '[[gates.requirements]]\nid = "c"\nkind = "walkthrough"\ntitle = "C"\nwalkthrough = "basics-guide"\n'
        'role = "nobody"\n\n'
        '[[gates.requirements]]\nid = "d"\nkind = "signature"\ntitle = "D"\n'
    )
    found = problems_of(tmp_path, text)
    assert found == [
        f"{GATES_FILE}:13: gate one requirement a: unknown track 'nope' (tracks of the pack: worker, admin)",
        f"{GATES_FILE}:20: gate one requirement b: unknown walkthrough activity 'missing-walk'",
        f"{GATES_FILE}:27: gate one requirement c: activity 'basics-guide' is a guide, not a walkthrough",
        f"{GATES_FILE}:28: gate one requirement c: unknown role 'nobody' "
        "(roles of the pack: case_worker, system_administrator, coordinator)",
        f"{GATES_FILE}:32: gate one requirement d: unknown kind 'signature' "
        "(use one of previous_gate, certificates, walkthrough, evidence)",
    ]


@pytest.mark.parametrize(
    ("keys", "message"),
    [
        ("share = 0.0", "'share' must be more than 0 and at most 1 (got 0)"),
        ("share = 1.5", "'share' must be more than 0 and at most 1 (got 1.5)"),
        ("share = 0.5\nmin_count = 2", "give exactly one of 'min_count' and 'share'"),
        ("", "give exactly one of 'min_count' and 'share'"),
        ("min_count = 0", "'min_count' must be at least 1 (got 0)"),
        ("min_count = 1\nper_agency = true", "'per_agency' applies only with 'share'"),
        ('min_count = 1\nwalkthrough = "x"', "unknown key 'walkthrough'"),
    ],
)
def test_certificate_requirement_rules(tmp_path: Path, keys: str, message: str) -> None:
    text = (
        HEADER
        + f'[[gates.requirements]]\nid = "a"\nkind = "certificates"\ntitle = "A"\ntrack = "worker"\n{keys}\n'
    )
    found = problems_of(tmp_path, text)
    assert len(found) == 1
    assert message in found[0]
    assert found[0].startswith(f"{GATES_FILE}:")


def test_step_order_duplicates_and_previous_gate(tmp_path: Path) -> None:
    evidence = '[[gates.requirements]]\nid = "e"\nkind = "evidence"\ntitle = "E"\ntext = "T"\n\n'
    text = (
        HEADER
        + evidence
        + '[[gates]]\nid = "three"\nstep = 3\ntitle = "Three"\noutcome = "x"\n\n'
        + '[[gates.requirements]]\nid = "p"\nkind = "previous_gate"\ntitle = "P"\ngate = "ghost"\n\n'
        + '[[gates]]\nid = "two"\nstep = 2\ntitle = "Two"\noutcome = "x"\n\n'
        + evidence
        + evidence
        + '[[gates.requirements]]\nid = "r"\nkind = "previous_gate"\ntitle = "R"\ngate = "three"\n\n'
        + '[[gates]]\nid = "one"\nstep = 2\ntitle = "Again"\noutcome = "x"\n\n'
        + evidence
    )
    found = "\n".join(problems_of(tmp_path, text))
    assert found.splitlines() == [
        f"{GATES_FILE}:25: gate three requirement p: unknown gate 'ghost'",
        f"{GATES_FILE}:29: gate two: step 2 comes after step 3: list the gates in increasing step order",
        f"{GATES_FILE}:40: duplicate requirement id 'e' in gate two (first at line 33)",
        f"{GATES_FILE}:49: gate two requirement r: gate 'three' is step 3; "
        "a gate can only require an earlier step than its own (2)",
        f"{GATES_FILE}:52: duplicate gate id 'one' (first defined at {GATES_FILE}:3)",
    ]


def test_schema_version_empty_texts_and_missing_requirements(tmp_path: Path) -> None:
    text = (
        'schema_version = 2\n\n[[gates]]\nid = "one"\nstep = 1\ntitle = ""\noutcome = "x"\nextra = 1\n\n'
        '[[gates]]\nid = "two"\nstep = 2\ntitle = "Two"\noutcome = "x"\n\n'
        '[[gates.requirements]]\nid = "e"\nkind = "evidence"\ntitle = "E"\ntext = " "\n'
    )
    found = problems_of(tmp_path, text)
    assert found == [
        f"{GATES_FILE}:1: gates file: schema_version must be 1 (got 2)",
        f"{GATES_FILE}:3: gate one: at least one requirement is needed ([[gates.requirements]])",
        f"{GATES_FILE}:6: gate one: 'title' must not be empty",
        f"{GATES_FILE}:8: gate one: unknown key 'extra' "
        "(known keys: id, may_be_not_applicable, outcome, requirements, step, title)",
        f"{GATES_FILE}:20: gate two requirement e: 'text' must not be empty",
    ]


def test_a_toml_syntax_error_is_reported_with_its_line(tmp_path: Path) -> None:
    found = problems_of(tmp_path, 'schema_version = 1\n[[gates]]\nid = "one\n')
    assert len(found) == 1
    assert found[0].startswith(f"{GATES_FILE}:3: TOML syntax error")


def test_load_gates_raises_with_every_problem(tmp_path: Path) -> None:
    root = pack_with_gates(
        tmp_path, HEADER + '[[gates.requirements]]\nid = "x"\nkind = "evidence"\ntitle = "X"\n'
    )
    report = validate_folder(root)
    assert report.pack is not None
    with pytest.raises(ValidationError) as caught:
        load_gates(report.pack)
    assert caught.value.problems == [f"{GATES_FILE}:9: gate one requirement x: missing required key 'text'"]


@pytest.mark.parametrize(
    ("keys", "message"),
    [
        (
            'track = "admin"\nmin_count = 1',
            "track 'admin' awards no whole-track certificate; name one of its "
            "certificates with 'certificate = ...' (admin-core, admin-demo)",
        ),
        (
            'certificate = "nope"\nmin_count = 1',
            "unknown certificate 'nope' (certificates of the pack: worker, admin-core, admin-demo)",
        ),
        (
            'certificate = "admin-core"\ntrack = "worker"\nmin_count = 1',
            "give exactly one of 'certificate' and 'track'",
        ),
    ],
)
def test_certificate_or_track_is_named(tmp_path: Path, keys: str, message: str) -> None:
    text = HEADER + f'[[gates.requirements]]\nid = "a"\nkind = "certificates"\ntitle = "A"\n{keys}\n'
    found = problems_of(tmp_path, text)
    line = 9 if message.startswith("give exactly one") else 13  # the requirement's header, else the key
    assert found == [f"{GATES_FILE}:{line}: gate one requirement a: {message}"]


@pytest.mark.parametrize(
    ("measure", "message"),
    [
        ('{ label = "accounts active", min_share = 1.5 }', "'min_share' must be more than 0 and at most 1"),
        ('{ label = "accounts active" }', "missing required key 'min_share'"),
        ('{ min_share = 0.8, colour = "red" }', "unknown key 'colour'"),
    ],
)
def test_measure_rules(tmp_path: Path, measure: str, message: str) -> None:
    text = (
        HEADER
        + f'[[gates.requirements]]\nid = "a"\nkind = "evidence"\ntitle = "A"\ntext = "T"\nmeasure = {measure}\n'
    )
    found = problems_of(tmp_path, text)
    assert found
    assert all(p.startswith(f"{GATES_FILE}:14: ") for p in found)
    assert any(message in p for p in found)


def test_a_measured_item_is_parsed(tmp_path: Path) -> None:
    text = HEADER + (
        '[[gates.requirements]]\nid = "a"\nkind = "evidence"\ntitle = "A"\ntext = "T"\n'
        'measure = { label = "accounts active in the first four weeks", min_share = 0.8 }\n'
    )
    report = validate_folder(pack_with_gates(tmp_path, text))
    assert report.valid
    assert report.pack is not None
    gates = load_gates(report.pack)
    requirement = gates.gates[0].requirements[0]  # type: ignore[union-attr]
    assert requirement.is_measured
    assert requirement.min_share == 0.8
    assert requirement.measure_label == "accounts active in the first four weeks"
