"""Questions shared between banks by reference (`ref = "quizzes/FILE.toml#id"`): resolved at load to the very
same question, refused with FILE:LINE when broken, and answered, graded and counted like any other question."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import MINI_PACK
from trainer_app.core.app import open_app
from trainer_app.core.common.errors import ValidationError
from trainer_app.core.domain.progress import Status
from trainer_app.core.domain.quiz import QuestionType
from trainer_app.core.packs.quizbank import load_bank
from trainer_app.core.packs.validate import validate_folder

VALID = Path(__file__).resolve().parents[1] / "fixtures" / "packs" / "valid"
SOURCE = "content/guides/one.md#password-rules"
SHARED = f"""id = "shared"
title = "Shared questions"

[[questions]]
id = "shared-01"
type = "single"
prompt = "Who may see a user's password?"
options = ["Nobody, not even an administrator", "Their supervisor", "The system administrator"]
correct = ["Nobody, not even an administrator"]
explanation = "Passwords are never shown."
source = "{SOURCE}"

[[questions]]
id = "shared-02"
type = "scenario"
vignette = "Amina, an invented case worker, forgets her password."

[[questions.parts]]
id = "shared-02a"
type = "true_false"
prompt = "Amina's account locks after six failed attempts."
answer = true
explanation = "Six failed attempts lock the account."
source = "{SOURCE}"

[[questions.parts]]
id = "shared-02b"
type = "true_false"
prompt = "The lock lasts a whole day."
answer = false
explanation = "It lasts 30 minutes."
source = "{SOURCE}"
"""


def make_pack(tmp_path: Path, entry: str, **files: str) -> Path:
    """The valid fixture pack with `entry` appended to quizzes/one.toml and extra files written."""
    root = tmp_path / "pack"
    shutil.copytree(VALID, root)
    (root / "quizzes" / "shared.toml").write_text(SHARED, encoding="utf-8")
    for name, text in files.items():
        (root / "quizzes" / f"{name}.toml").write_text(text, encoding="utf-8")
    bank = root / "quizzes" / "one.toml"
    bank.write_text(bank.read_text(encoding="utf-8") + "\n[[questions]]\n" + entry, encoding="utf-8")
    return root


def ref_line(root: Path) -> int:
    lines = (root / "quizzes" / "one.toml").read_text(encoding="utf-8").splitlines()
    return max(number for number, text in enumerate(lines, start=1) if text.startswith("ref ="))


def test_a_reference_loads_the_very_same_question(tmp_path: Path) -> None:
    root = make_pack(
        tmp_path,
        'ref = "quizzes/shared.toml#shared-01"\n\n[[questions]]\nref = "quizzes/shared.toml#shared-02"\n',
    )
    bank = load_bank(root / "quizzes" / "one.toml", root)
    shared = load_bank(root / "quizzes" / "shared.toml", root)
    assert bank.questions[-2] == shared.questions[0]
    assert bank.questions[-1] == shared.questions[1]
    assert bank.questions[-1].type is QuestionType.SCENARIO
    assert bank.item_count == 8
    assert bank.question("shared-02b") is not None
    report = validate_folder(root)
    assert report.valid, [str(p) for p in report.problems]
    assert report.counts["questions"] == 10  # 7 of its own, 3 shared (a scenario counts its parts)


def test_a_reference_to_a_reference_is_followed(tmp_path: Path) -> None:
    middle = 'id = "middle"\ntitle = "Middle"\n\n[[questions]]\nref = "quizzes/shared.toml#shared-01"\n'
    root = make_pack(tmp_path, 'ref = "quizzes/middle.toml#shared-01"\n', middle=middle)
    bank = load_bank(root / "quizzes" / "one.toml", root)
    assert bank.questions[-1].id == "shared-01"
    assert bank.questions[-1].prompt.startswith("Who may see")


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (
            'ref = "quizzes/nope.toml#x-1"\n',
            "ref 'quizzes/nope.toml#x-1': file 'quizzes/nope.toml' not found",
        ),
        (
            'ref = "quizzes/shared.toml#nope"\n',
            "ref 'quizzes/shared.toml#nope': question 'nope' is not found there",
        ),
        (
            'ref = "quizzes/shared.toml#shared-02a"\n',
            "ref 'quizzes/shared.toml#shared-02a': question 'shared-02a' is a part of scenario 'shared-02': "
            "refer to the scenario",
        ),
        ('ref = "../outside.toml#x"\n', "ref '../outside.toml#x': path '../outside.toml' contains '..'"),
        ('ref = "/etc/bank.toml#x"\n', "ref '/etc/bank.toml#x': path '/etc/bank.toml' is absolute"),
        (
            'ref = "content/guides/one.md#x"\n',
            "ref 'content/guides/one.md#x' must name a question bank (.toml)",
        ),
        ('ref = "quizzes/shared.toml"\n', "ref 'quizzes/shared.toml' must be FILE#question-id"),
        ('ref = "quizzes/shared.toml#Bad Id"\n', "'Bad Id' is not a valid question id"),
        ("ref = 3\n", "'ref' must be a string FILE#question-id"),
        (
            'ref = "quizzes/shared.toml#shared-01"\nprompt = "Changed?"\n',
            "'ref' takes no other keys (found prompt)",
        ),
        ('ref = "quizzes/one.toml#one-01"\n', "question 'one-01' is already in this bank (line 5)"),
    ],
)
def test_a_broken_reference_is_reported_at_its_line(tmp_path: Path, entry: str, message: str) -> None:
    root = make_pack(tmp_path, entry)
    problems = [str(p) for p in validate_folder(root).problems]
    line = ref_line(root) + (1 if "prompt" in entry else 0)
    assert len(problems) == 1
    assert problems[0].startswith(f"quizzes/one.toml:{line}: question reference: ")
    assert message in problems[0]
    with pytest.raises(ValidationError):
        load_bank(root / "quizzes" / "one.toml", root)


def test_a_question_is_refused_when_it_is_already_in_the_bank_by_reference(tmp_path: Path) -> None:
    entry = 'ref = "quizzes/shared.toml#shared-01"\n\n[[questions]]\nref = "quizzes/shared.toml#shared-01"\n'
    root = make_pack(tmp_path, entry)
    [problem] = validate_folder(root).problems
    assert problem.line == ref_line(root)
    assert "question 'shared-01' is already in this bank" in problem.message


def test_a_cycle_of_references_is_refused(tmp_path: Path) -> None:
    loop_a = 'id = "loop-a"\ntitle = "A"\n\n[[questions]]\nref = "quizzes/loop-b.toml#loop"\n'
    loop_b = 'id = "loop-b"\ntitle = "B"\n\n[[questions]]\nref = "quizzes/loop-a.toml#loop"\n'
    root = make_pack(tmp_path, 'ref = "quizzes/loop-a.toml#loop"\n', **{"loop-a": loop_a, "loop-b": loop_b})
    [problem] = validate_folder(root).problems
    assert (problem.file, problem.line) == ("quizzes/one.toml", ref_line(root))
    assert (
        "reference cycle quizzes/loop-a.toml#loop → quizzes/loop-b.toml#loop → quizzes/loop-a.toml#loop"
        in (problem.message)
    )


def test_a_reference_to_a_broken_question_names_the_problem_there(tmp_path: Path) -> None:
    broken = SHARED.replace('correct = ["Nobody, not even an administrator"]', 'correct = ["Everybody"]')
    root = make_pack(tmp_path, 'ref = "quizzes/broken.toml#shared-01"\n', broken=broken)
    [problem] = validate_folder(root).problems
    assert problem.line == ref_line(root)
    assert (
        "quizzes/broken.toml:9: question shared-01: correct answer 'Everybody' is not one of"
        in problem.message
    )


# ---- attempts: a referenced question is answered, graded and counted like any other -------------------


@pytest.fixture
def shared_app(tmp_path: Path, data_dir: Path, clock: Any):  # type: ignore[no-untyped-def]
    root = tmp_path / "mini"
    shutil.copytree(MINI_PACK, root)
    shared = SHARED.replace(SOURCE, "content/guides/01-logging-in.md#password-rules")
    (root / "quizzes" / "shared.toml").write_text(shared, encoding="utf-8")
    basics = root / "quizzes" / "basics.toml"
    basics.write_text(basics.read_text() + '\n[[questions]]\nref = "quizzes/shared.toml#shared-01"\n')
    app = open_app(data_dir=str(data_dir), clock=clock, bundled_root=root)
    yield app
    app.close()


def test_a_referenced_question_is_answered_graded_reviewed_and_counted(shared_app, clock) -> None:  # type: ignore[no-untyped-def]
    learner, _ = shared_app.learners.create("Test Learner", "case_worker", "Test agency", "Test site")
    view = shared_app.quizzes.start(str(learner.id), "mini-pack", "basics-quiz")
    shown = {q.id: q for q in view.questions}
    assert "shared-01" in shown
    assert shown["shared-01"].question.prompt == "Who may see a user's password?"
    for question_id in shown:
        if question_id != "shared-01":
            shared_app.quizzes.save_answer(view.attempt_id, question_id, None)
    shared_app.quizzes.save_answer(view.attempt_id, "shared-01", "Nobody, not even an administrator")
    clock.advance(30)
    result = shared_app.quizzes.submit(view.attempt_id)
    assert result.result("shared-01") is not None
    assert result.result("shared-01").correct
    review = shared_app.quizzes.review(view.attempt_id)
    reviewed = [q for item in review.items for q in item.questions if q.shown.id == "shared-01"]
    assert reviewed[0].response == "Nobody, not even an administrator"
    assert reviewed[0].result.correct
    stats = {s.question_id: s for s in shared_app.quizzes.question_stats("mini-pack")}
    assert stats["shared-01"].times_answered == 1
    assert stats["shared-01"].times_wrong == 0
    assert stats["shared-01"].prompt == "Who may see a user's password?"
    progress = shared_app.progress.activity(str(learner.id), "mini-pack", "basics-quiz")
    assert progress.status is not Status.NOT_STARTED


def test_a_problem_in_a_referenced_scenario_part_names_that_part_s_line(tmp_path: Path) -> None:
    second = SHARED.split('[[questions]]\nid = "shared-02"')[1].replace("shared-02", "shared-03")
    broken = SHARED + '\n[[questions]]\nid = "shared-03"' + second.replace("answer = true\n", "", 1)
    root = make_pack(tmp_path, 'ref = "quizzes/broken.toml#shared-03"\n', broken=broken)
    [problem] = validate_folder(root).problems
    part_line = broken.splitlines().index('id = "shared-03a"')  # the header line just above the id
    assert (
        f"quizzes/broken.toml:{part_line}: question shared-03a: a true_false question needs"
        in problem.message
    )
