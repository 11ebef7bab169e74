"""validate_pack: each kind of broken pack reports its problem with the right file and line, all at once."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from trainer_app.core.packs.problems import Problem
from trainer_app.core.packs.validate import validate_pack

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "packs"
ALPHA = "content/tracks/alpha.toml"
BETA = "content/tracks/beta.toml"
PACK = "content/pack.toml"
BANK = "quizzes/one.toml"
WALK = "content/walkthroughs/setup.toml"
ONE = "content/guides/one.md"


@dataclass(frozen=True)
class Case:
    """Replace `old` by `new` in `edit_file`; expect a problem in `file` at the line holding `at` (plus
    `offset`), or with no line when `at` is None, whose message contains `says`."""

    name: str
    edit_file: str
    old: str
    new: str
    file: str
    at: str | None
    says: str
    offset: int = 0


CASES = [
    Case(
        "toml syntax",
        PACK,
        'title = "Fixture pack"',
        'title = "Fixture pack',
        PACK,
        'title = "Fixture pack',
        "TOML syntax error",
    ),
    Case(
        "missing top-level key",
        PACK,
        'publisher = "CPIMS+ Trainer tests"\n',
        "",
        PACK,
        None,
        "missing required key 'publisher'",
    ),
    Case("no roles", PACK, '[[roles]]\nid = "role_b"\ntitle = "Role B"\n', "", ALPHA, 'role = "role_a"', "x"),
    Case(
        "missing activity title",
        ALPHA,
        'title = "The clip"\n',
        "",
        ALPHA,
        'id = "m-two-video"',
        "activity m-two-video: missing required key 'title'",
        offset=-1,
    ),
    Case(
        "unknown role",
        ALPHA,
        'role = "role_a"',
        'role = "role_x"',
        ALPHA,
        'role = "role_x"',
        "unknown role 'role_x'",
    ),
    Case(
        "unknown module",
        BETA,
        '"m-one", "m-three"]',
        '"m-one", "m-nine"]',
        BETA,
        '"m-nine"',
        "unknown module 'm-nine'",
    ),
    Case(
        "unknown book",
        ALPHA,
        'book = "handbook"',
        'book = "nobook"',
        ALPHA,
        'book = "nobook"',
        "unknown book 'nobook'",
    ),
    Case(
        "duplicate activity",
        ALPHA,
        'id = "m-two-video"',
        'id = "m-one-guide"',
        ALPHA,
        'id = "m-one-guide"\nkind = "video"',
        "duplicate activity id 'm-one-guide'",
    ),
    Case(
        "duplicate module across files",
        BETA,
        'id = "m-three"',
        'id = "m-one"',
        BETA,
        'id = "m-one"',
        "duplicate module id 'm-one' (first defined at content/tracks/alpha.toml:13)",
    ),
    Case(
        "duplicate role",
        PACK,
        'id = "role_b"',
        'id = "role_a"',
        PACK,
        'id = "role_a"\ntitle = "Role B"',
        "duplicate role id 'role_a'",
    ),
    Case(
        "duplicate track",
        BETA,
        'id = "beta"',
        'id = "alpha"',
        BETA,
        'id = "alpha"',
        "duplicate track id 'alpha'",
    ),
    Case(
        "duplicate question",
        BANK,
        'id = "one-02"',
        'id = "one-01"',
        BANK,
        'id = "one-01"\ntype = "multiple"',
        "duplicate question id 'one-01'",
    ),
    Case(
        "duplicate scenario part",
        BANK,
        'id = "one-06b"',
        'id = "one-03"',
        BANK,
        'id = "one-03"\ntype = "true_false"\nprompt = "Grace',
        "duplicate question id 'one-03'",
    ),
    Case(
        "duplicate step",
        WALK,
        'id = "import-file"',
        'id = "open-settings"',
        WALK,
        'id = "open-settings"\ninstruction = "Import',
        "duplicate step id 'open-settings'",
    ),
    Case(
        "empty track",
        BETA,
        'modules = ["m-one", "m-three"]',
        "modules = []",
        BETA,
        "modules = []",
        "at least one module",
    ),
    Case(
        "module without activities",
        BETA,
        '[[modules.activities]]\nid = "m-three-guide"\nkind = "guide"\n'
        'title = "Chapter two"\nfile = "content/guides/two.md"\nbook = "handbook"\n',
        "",
        BETA,
        'id = "m-three"',
        "missing required key 'activities'",
        offset=-1,
    ),
    Case(
        "missing file",
        ALPHA,
        'file = "content/guides/one.md"',
        'file = "content/guides/nope.md"',
        ALPHA,
        "nope.md",
        "'content/guides/nope.md' not found",
    ),
    Case(
        "missing subtitles",
        ALPHA,
        '"videos/clip.en.vtt"',
        '"videos/clip.fr.vtt"',
        ALPHA,
        "clip.fr.vtt",
        "not found",
    ),
    Case(
        "missing track file",
        PACK,
        '"content/tracks/beta.toml"',
        '"content/tracks/gamma.toml"',
        PACK,
        "track_files",
        "'content/tracks/gamma.toml' not found",
    ),
    Case(
        "absolute path",
        ALPHA,
        'file = "content/guides/one.md"',
        'file = "/etc/passwd.md"',
        ALPHA,
        "/etc/passwd",
        "is absolute",
    ),
    Case(
        "dot-dot path",
        ALPHA,
        'file = "content/guides/one.md"',
        'file = "content/../../x.md"',
        ALPHA,
        "../../x.md",
        "contains '..'",
    ),
    Case(
        "drive letter",
        ALPHA,
        'file = "content/guides/one.md"',
        'file = "C:/guides/one.md"',
        ALPHA,
        "C:/",
        "names a drive",
    ),
    Case(
        "backslashes",
        ALPHA,
        'file = "content/guides/one.md"',
        'file = "content\\\\guides\\\\one.md"',
        ALPHA,
        "content\\\\guides",
        "backslashes",
    ),
    Case(
        "pass mark above 1",
        ALPHA,
        "pass_mark = 0.75",
        "pass_mark = 1.5",
        ALPHA,
        "pass_mark",
        "'pass_mark' must be between 0 and 1 (got 1.5)",
    ),
    Case(
        "coverage below 0",
        ALPHA,
        "coverage = 0.8",
        "coverage = -0.1",
        ALPHA,
        "coverage",
        "'coverage' must be between 0 and 1",
    ),
    Case(
        "draw more than items",
        ALPHA,
        "draw = 5",
        "draw = 50",
        ALPHA,
        "draw = 50",
        "the bank has only 6 items",
    ),
    Case(
        "bad layout",
        ALPHA,
        'layout = "all_on_one_page"',
        'layout = "grid"',
        ALPHA,
        "layout",
        "'layout' must be",
    ),
    Case(
        "no correct answer",
        BANK,
        'correct = ["6"]\n',
        "",
        BANK,
        'id = "one-01"',
        "no correct answer",
        offset=-1,
    ),
    Case(
        "correct not in options",
        BANK,
        'correct = ["6"]',
        'correct = ["7"]',
        BANK,
        'correct = ["7"]',
        "correct answer '7' is not one of the options",
    ),
    Case(
        "single with two correct",
        BANK,
        'correct = ["6"]',
        'correct = ["6", "3"]',
        BANK,
        'correct = ["6", "3"]',
        "exactly one correct option",
    ),
    Case(
        "fewer than two options",
        BANK,
        'options = ["3", "6", "10"]',
        'options = ["6"]',
        BANK,
        'options = ["6"]',
        "needs at least 2 options",
    ),
    Case(
        "true_false without answer",
        BANK,
        "answer = true\n",
        "",
        BANK,
        'id = "one-03"',
        "needs 'answer",
        offset=-1,
    ),
    Case(
        "matching with one pair",
        BANK,
        'pairs = [["Attempts", "6"], ["Lock-out", "30 minutes"]]',
        'pairs = [["Attempts", "6"]]',
        BANK,
        "pairs =",
        "needs at least 2 pairs",
    ),
    Case(
        "ordering with one item",
        BANK,
        'items = ["Mark the record", "Sync when back online"]',
        'items = ["Mark the record"]',
        BANK,
        "items =",
        "needs at least 2 items",
    ),
    Case(
        "scenario with one part",
        BANK,
        '[[questions.parts]]\nid = "one-06b"',
        '[questions.x]\nid = "one-06b"',
        BANK,
        'id = "one-06"',
        "a scenario needs at least 2 parts",
        offset=-1,
    ),
    Case(
        "unknown question type",
        BANK,
        'type = "ordering"',
        'type = "essay"',
        BANK,
        'type = "essay"',
        "unknown type 'essay'",
    ),
    Case(
        "source file missing",
        BANK,
        'source = "content/guides/one.md#password-rules"',
        'source = "content/guides/none.md#password-rules"',
        BANK,
        "none.md",
        "file 'content/guides/none.md' not found",
    ),
    Case(
        "source anchor missing",
        BANK,
        'source = "content/guides/one.md#password-rules"',
        'source = "content/guides/one.md#passwords"',
        BANK,
        '#passwords"',
        "no section with anchor #passwords",
    ),
    Case(
        "source without anchor",
        BANK,
        'source = "content/guides/one.md#password-rules"',
        'source = "content/guides/one.md"',
        BANK,
        'source = "content/guides/one.md"',
        "must be FILE#anchor",
    ),
    Case(
        "prerequisite cycle",
        ALPHA,
        "prerequisites = []",
        'prerequisites = ["m-three"]',
        ALPHA,
        'prerequisites = ["m-three"]',
        "prerequisite cycle m-one → m-three → m-one",
    ),
    Case(
        "self prerequisite",
        BETA,
        'prerequisites = ["m-one"]',
        'prerequisites = ["m-three"]',
        BETA,
        'prerequisites = ["m-three"]',
        "prerequisite cycle m-three → m-three",
    ),
    Case(
        "unknown prerequisite",
        BETA,
        'prerequisites = ["m-one"]',
        'prerequisites = ["m-zero"]',
        BETA,
        "m-zero",
        "unknown prerequisite module 'm-zero'",
    ),
    Case(
        "step without expected",
        WALK,
        'expected = "The Locations list is shown."\n',
        "",
        WALK,
        'id = "open-settings"',
        "missing required key 'expected'",
        offset=-1,
    ),
    Case(
        "step image missing",
        WALK,
        'image = "resources/images/map.png"',
        'image = "resources/images/no.png"',
        WALK,
        "no.png",
        "'resources/images/no.png' not found",
    ),
    Case(
        "invalid id",
        ALPHA,
        'id = "m-one-guide"',
        'id = "Bad Id"',
        ALPHA,
        'id = "Bad Id"',
        "activity id 'Bad Id' is not valid",
    ),
    Case(
        "unknown key",
        ALPHA,
        "min_seconds = 45",
        "min_second = 45",
        ALPHA,
        "min_second",
        "unknown key 'min_second'",
    ),
    Case(
        "unknown kind",
        ALPHA,
        'kind = "slides"',
        'kind = "podcast"',
        ALPHA,
        'kind = "podcast"',
        "unknown kind 'podcast'",
    ),
    Case(
        "wrong type",
        ALPHA,
        "min_seconds = 45",
        'min_seconds = "45"',
        ALPHA,
        "min_seconds",
        "'min_seconds' must be a whole number",
    ),
    Case(
        "newer schema",
        PACK,
        "schema_version = 1",
        "schema_version = 2",
        PACK,
        "schema_version",
        "newer than this app understands",
    ),
    Case(
        "certificate missing",
        BETA,
        '[track.certificate]\ntitle = "Beta — training completed"\ncriteria = "Completed both modules."\n',
        "",
        BETA,
        "[track]",
        "missing [[track.certificates]] (or the older [track.certificate])",
    ),
    Case(
        "notes not a list",
        "resources/slides/deck.notes.toml",
        'notes = ["Notes for slide 1", "Notes for slide 2"]',
        'notes = "one"',
        "resources/slides/deck.notes.toml",
        "notes =",
        "'notes' must be a list of strings",
    ),
    Case(
        "chapter without title",
        ONE,
        "# Chapter one\n",
        "Chapter one, no heading.\n",
        ONE,
        "Chapter one, no",
        "must start with a level-1 heading",
    ),
    Case(
        "chapter without summary",
        "content/guides/two.md",
        "## Summary",
        "## Wrap-up",
        "content/guides/two.md",
        "## Wrap-up",
        "must end with a '## Summary' section",
    ),
    Case(
        "two-space nested list",
        ONE,
        "    - check the badge;",
        "  - check the badge;",
        ONE,
        "  - check the badge;",
        "indented by 2 spaces",
    ),
    Case(
        "repeated heading",
        "content/guides/two.md",
        "## Closing a case\n\nClose",
        "## Closing a case\n\nText.\n\n## Closing a case\n\nClose",
        "content/guides/two.md",
        "Text.\n\n## Closing a case",
        "repeats an earlier one",
        offset=2,
    ),
    Case(
        "link to missing anchor",
        ONE,
        "two.md#closing-a-case",
        "two.md#opening",
        ONE,
        "two.md#opening",
        "no section with anchor #opening",
    ),
    Case("link to missing chapter", ONE, "two.md#closing-a-case", "three.md", ONE, "three.md", "not found"),
    Case(
        "remote image",
        ONE,
        "../../resources/images/map.png",
        "https://example.org/map.png",
        ONE,
        "https://example.org/map.png",
        "remote image",
    ),
    Case(
        "javascript link",
        ONE,
        "https://example.org/help",
        "javascript:alert(1)",
        ONE,
        "javascript:",
        "is not allowed",
    ),
    Case(
        "image leaving the pack",
        ONE,
        "../../resources/images/map.png",
        "../../../map.png",
        ONE,
        "../../../map.png",
        "is not allowed",
    ),
]
CASES = [c for c in CASES if c.name != "no roles"]


def copy_pack(tmp_path: Path, name: str = "valid") -> Path:
    root = tmp_path / name
    shutil.copytree(FIXTURES / name, root)
    return root


def edit(root: Path, rel: str, old: str, new: str) -> None:
    path = root / rel
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {rel}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(root: Path, rel: str, needle: str) -> int:
    """The line where the last occurrence of `needle` starts (the later definition for duplicates)."""
    text = (root / rel).read_text(encoding="utf-8")
    index = text.rindex(needle) if needle.startswith("id = ") else text.index(needle)
    return text[:index].count("\n") + 1


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_problem_is_reported_with_file_and_line(tmp_path: Path, case: Case) -> None:
    root = copy_pack(tmp_path)
    edit(root, case.edit_file, case.old, case.new)
    report = validate_pack(root)
    expected_line = None if case.at is None else line_of(root, case.file, case.at) + case.offset
    matches = [p for p in report.problems if case.says in p.message]
    assert matches, f"no problem says {case.says!r}: {[str(p) for p in report.problems]}"
    assert (matches[0].file, matches[0].line) == (case.file, expected_line), [str(p) for p in report.problems]
    assert not report.valid


def test_no_roles_is_a_problem(tmp_path: Path) -> None:
    root = copy_pack(tmp_path)
    pack_toml = root / PACK
    text = pack_toml.read_text()
    pack_toml.write_text(text[: text.index("[[roles]]")] + text[text.index("[[books]]") :])
    messages = [p.message for p in validate_pack(root).problems]
    assert "pack: at least one role is required ([[roles]] with id and title)" in messages


def test_walkthrough_without_steps(tmp_path: Path) -> None:
    root = copy_pack(tmp_path)
    text = (root / WALK).read_text()
    (root / WALK).write_text(text[: text.index("[[steps]]")])
    assert [str(p) for p in validate_pack(root).problems] == [
        f"{WALK}: walkthrough: missing required key 'steps'"
    ]
    (root / WALK).write_text(text[: text.index("[[steps]]")] + "steps = []\n")
    assert [str(p) for p in validate_pack(root).problems] == [f"{WALK}:6: walkthrough: it has no steps"]


def test_unknown_table_is_reported_at_its_header(tmp_path: Path) -> None:
    root = copy_pack(tmp_path)
    edit(root, WALK, "[[steps]]", "[extra]\nx = 1\n\n[[steps]]")
    assert [str(p) for p in validate_pack(root).problems] == [
        f"{WALK}:6: walkthrough: unknown key 'extra' (known keys: id, intro, site, steps, title)"
    ]


def test_symlink_leaving_the_pack_is_refused(tmp_path: Path) -> None:
    root = copy_pack(tmp_path)
    outside = tmp_path / "outside.md"
    outside.write_text("# Outside\n\n## Summary\n\nx\n")
    (root / "content/guides/link.md").symlink_to(outside)
    edit(root, ALPHA, 'file = "content/guides/one.md"', 'file = "content/guides/link.md"')
    problems = validate_pack(root).problems
    assert [str(p) for p in problems if "symbolic link" in p.message] == [
        f"{ALPHA}:{line_of(root, ALPHA, 'link.md')}: activity m-one-guide: path 'content/guides/link.md' "
        "is a symbolic link that leaves the pack"
    ]


def test_symlinked_folder_leaving_the_pack_is_refused(tmp_path: Path) -> None:
    root = copy_pack(tmp_path)
    elsewhere = tmp_path / "elsewhere"
    shutil.move(root / "videos", elsewhere)
    (root / "videos").symlink_to(elsewhere, target_is_directory=True)
    messages = [p.message for p in validate_pack(root).problems]
    assert any("'videos/clip.mp4' is a symbolic link that leaves the pack" in m for m in messages)


def test_symlink_inside_the_pack_is_fine(tmp_path: Path) -> None:
    root = copy_pack(tmp_path)
    (root / "content/guides/alias.md").symlink_to(root / "content/guides/one.md")
    edit(root, ALPHA, 'file = "content/guides/one.md"', 'file = "content/guides/alias.md"')
    assert validate_pack(root).valid


def test_broken_fixture_reports_every_problem_at_once() -> None:
    root = FIXTURES / "broken"
    problems = validate_pack(root).problems
    assert [str(p) for p in problems] == [
        f"{ALPHA}:3: track alpha: unknown role 'role_x' (roles are listed in content/pack.toml)",
        f"{ALPHA}:23: activity m-one-guide: unknown book 'no-such-book' (books are listed in content/pack.toml)",
        f"{ALPHA}:32: activity m-one-quiz: 'pass_mark' must be between 0 and 1 (got 1.5)",
        f"{ALPHA}:62: activity m-two-video: file 'videos/missing.mp4' not found",
        f"{BETA}:6: track beta: unknown module 'm-nine'",
        f"{WALK}:14: duplicate step id 'open-settings'",
        f"{BANK}:9: question one-01: correct answer '7' is not one of the options",
        f"{BANK}:11: question one-01: source 'content/guides/one.md#no-such-section': no section with anchor "
        "#no-such-section in content/guides/one.md",
    ]


def test_syntax_error_fixture_names_the_line() -> None:
    problems = validate_pack(FIXTURES / "broken-syntax").problems
    assert [str(p) for p in problems] == [f"{PACK}:6: TOML syntax error: Illegal character '\\n' (column 22)"]
    assert problems[0] == Problem(
        PACK, 6, "pack.problem.toml_syntax_column", {"detail": "Illegal character '\\n'", "column": 22}
    )


def test_bad_utf8_names_the_line(tmp_path: Path) -> None:
    root = copy_pack(tmp_path)
    path = root / BANK
    path.write_bytes(path.read_bytes().replace(b"How many", b"How \xff many"))
    problems = validate_pack(root).problems
    assert [(p.file, p.line, p.message) for p in problems] == [(BANK, 7, "the file is not valid UTF-8")]


def test_question_ids_must_be_unique_across_banks(tmp_path: Path) -> None:
    root = copy_pack(tmp_path)
    shutil.copy(root / BANK, root / "quizzes/two.toml")
    edit(root, "quizzes/two.toml", 'id = "one"', 'id = "two"')
    edit(
        root,
        BETA,
        'book = "handbook"\n',
        'book = "handbook"\n\n[[modules.activities]]\nid = "m-three-quiz"\n'
        'kind = "quiz"\ntitle = "Check"\nbank = "quizzes/two.toml"\n',
    )
    report = validate_pack(root)
    duplicates = [p for p in report.problems if p.message.startswith("duplicate question id")]
    assert len(duplicates) == 8  # six questions and two scenario parts
    assert str(duplicates[0]) == (
        "quizzes/two.toml:5: duplicate question id 'one-01' (first defined at quizzes/one.toml:5)"
    )


def test_validating_a_zip(tmp_path: Path) -> None:
    import zipfile

    archive = tmp_path / "pack.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for path in sorted((FIXTURES / "broken").rglob("*")):
            zipped.write(path, "broken-pack/" + path.relative_to(FIXTURES / "broken").as_posix())
    report = validate_pack(archive)
    assert len(report.problems) == 8
    assert report.pack is None
    assert report.counts["modules"] == 3


def test_validating_an_unsafe_zip_is_one_problem(tmp_path: Path) -> None:
    import zipfile

    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("../evil.txt", "x")
    report = validate_pack(archive)
    assert [(p.file, p.line) for p in report.problems] == [("evil.zip", None)]
    assert "'..'" in report.problems[0].message


def test_a_file_that_is_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello")
    assert validate_pack(path).problems == (Problem("notes.txt", None, "pack.problem.not_pack"),)
    assert str(validate_pack(path).problems[0]) == "notes.txt: not a pack folder or a .zip file"


def test_a_symlinked_gates_file_is_refused_even_inside_the_pack(tmp_path: Path) -> None:
    root = copy_pack(tmp_path)
    gates = root / "content" / "gates.toml"
    if not gates.exists():
        gates.write_text("schema_version = 1\n", encoding="utf-8")
    real = root / "content" / "real-gates.toml"
    gates.rename(real)
    gates.symlink_to(real)
    messages = [str(p) for p in validate_pack(root).problems]
    assert (
        "content/gates.toml: path 'content/gates.toml' is a symbolic link: pack TOML files must be regular files"
        in messages
    )
