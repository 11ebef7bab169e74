"""Quiz-bank measures: longest-option keys, the true/false balance, questions asked twice, absurd options —
computed on small banks and reported by `pack validate` as warnings that never make a pack invalid."""

from __future__ import annotations

import shutil
from pathlib import Path

from trainer_app.core.domain.quiz import Question, QuestionBank, QuestionType
from trainer_app.core.packs.bankmeasures import (
    bank_warnings,
    find_duplicates,
    key_is_longest,
    measure_banks,
    normalise,
)
from trainer_app.core.packs.validate import validate_folder

VALID = Path(__file__).resolve().parents[1] / "fixtures" / "packs" / "valid"
# Prompts different enough that no two of them read as the same question.
PROMPTS = (
    "Where do locations come from?",
    "Who approves a closure?",
    "When does an account lock?",
    "What does a snapshot hold?",
    "Which scope fits an administrator?",
    "How are referrals accepted?",
    "Why disable baseline roles?",
    "Which export keeps Arabic readable?",
    "What marks the demo site?",
    "Who runs acceptance testing?",
    "How long is a session idle?",
    "Which field opens the case plan?",
)


def single(qid: str, key: str, *others: str, prompt: str = "") -> Question:
    return Question(
        qid, QuestionType.SINGLE, prompt or f"Prompt {qid}?", options=(key, *others), correct=(key,)
    )


def true_false(qid: str, answer: bool, prompt: str = "") -> Question:
    return Question(qid, QuestionType.TRUE_FALSE, prompt or f"Statement {qid}.", answer=answer)


def bank(*questions: Question, bank_id: str = "b") -> QuestionBank:
    return QuestionBank(bank_id, "B", questions, f"quizzes/{bank_id}.toml")


def test_the_key_counts_as_longest_only_when_strictly_longer_than_every_other_option() -> None:
    assert key_is_longest(single("q", "A long right answer", "short", "shorter"))
    assert not key_is_longest(single("q", "Right", "Wrong but longer", "no"))
    assert not key_is_longest(single("q", "same", "tie!", "no"))  # a tie gives the learner no cue


def test_a_balanced_bank_meets_every_target() -> None:
    questions = [single(f"s{i}", "Key", "A longer distractor", "x", prompt=PROMPTS[i]) for i in range(4)]
    questions += [single(f"l{i}", "The longest key", "short", "x", prompt=PROMPTS[4 + i]) for i in range(2)]
    questions += [true_false(f"t{i}", i % 2 == 0, prompt=PROMPTS[i]) for i in range(10)]
    measures = measure_banks([bank(*questions)])
    assert (measures.single_count, len(measures.key_longest)) == (6, 2)
    assert (measures.true_false_count, len(measures.false_keys)) == (10, 5)
    assert measures.key_longest_ok
    assert measures.false_share_ok
    assert measures.duplicates == ()
    assert measures.absurd == ()
    assert bank_warnings(measures, {}) == []
    assert measures.summary() == (
        "quiz bank: key is the longest option in 33 % of 6 single-choice items (≤ 33 %) · true/false "
        "'false' 50 % of 10 (40 %–60 %) · 0 duplicate questions · 0 absurd options"
    )


def test_a_bank_whose_keys_are_the_longest_is_warned_with_its_figures() -> None:
    questions = [
        single(f"s{i}", "The obviously longest key", "no", "nay", prompt=PROMPTS[i]) for i in range(6)
    ]
    measures = measure_banks([bank(*questions)])
    assert not measures.key_longest_ok
    assert measures.key_longest_share == 1.0
    [warning] = bank_warnings(measures, {})
    assert warning.file == "quizzes"
    assert warning.line is None
    assert warning.message.startswith(
        "the key is the single longest option in 100 % of 6 single-choice items"
    )
    assert "(target ≤ 33 %)" in warning.message
    assert "s0, s1, s2, s3, s4" in warning.message


def test_a_bank_of_mostly_false_statements_is_warned() -> None:
    questions = [true_false(f"t{i}", i == 0, prompt=PROMPTS[i]) for i in range(8)]
    measures = measure_banks([bank(*questions)])
    assert round(measures.false_share, 3) == 0.875
    assert not measures.false_share_ok
    [warning] = bank_warnings(measures, {})
    assert warning.message.startswith("88 % of 8 true/false items are 'false' (target 40 %–60 %)")


def test_small_samples_are_printed_but_not_warned_on() -> None:
    measures = measure_banks([bank(true_false("t1", False), single("s1", "Long key here", "no"))])
    assert measures.false_share == 1.0
    assert measures.key_longest_share == 1.0
    assert measures.false_share_ok
    assert measures.key_longest_ok
    assert bank_warnings(measures, {}) == []


def test_the_same_question_under_two_ids_is_found_with_its_place() -> None:
    first = single("a-1", "Six", "Three", "Ten", prompt="How many failed log-ins lock an account?")
    again = single("b-7", "Six", "Three", "Five", prompt="How many failed log-ins lock an account ?")
    reworded = single("b-8", "six", "3", prompt="How many failed log-ins will lock your account?")
    other_answer = single("b-9", "Ten", "Six", prompt="How many failed log-ins lock an account?")
    measures = measure_banks([bank(first, bank_id="a"), bank(again, reworded, other_answer)])
    assert measures.duplicates == (("b-7", "a-1"), ("b-8", "a-1"), ("b-8", "b-7"))
    where = {"a-1": "quizzes/a.toml:4", "b-7": "quizzes/b.toml:12", "b-8": "quizzes/b.toml:20"}
    warning = bank_warnings(measures, where)[0]
    assert str(warning) == (
        "quizzes/b.toml:12: question b-7 asks the same as a-1 (quizzes/a.toml:4): share that question by "
        'reference (ref = "quizzes/a.toml#a-1") instead of asking it twice'
    )


def test_questions_of_different_types_or_prompts_are_not_duplicates() -> None:
    questions = [
        true_false("t1", True, prompt="Locations are part of a configuration."),
        true_false("t2", True, prompt="Users are part of a configuration snapshot sent to production."),
        single(
            "s1",
            "Locations are part of a configuration.",
            "No",
            prompt="Locations are part of a configuration.",
        ),
    ]
    assert find_duplicates(questions) == ()
    assert normalise('Which "consent" — must be\tYes?') == "which consent must be yes"


def test_a_question_shared_by_reference_is_counted_once() -> None:
    shared = true_false("t1", False, prompt="Shared statement.")
    measures = measure_banks([bank(shared, bank_id="a"), bank(shared, bank_id="b")])
    assert measures.true_false_count == 1
    assert measures.duplicates == ()


def test_options_nobody_would_pick_are_flagged_but_not_right_answers() -> None:
    absurd = single("s1", "Tick the estimated age", "Invent a date of birth", "Leave it empty")
    careless = Question(
        "m1",
        QuestionType.MULTIPLE,
        "Which are safe?",
        options=(
            "Lock the screen",
            "Ignore the warning",
            "Log in with a colleague's account",
            "Ignore nothing",
        ),
        correct=("Lock the screen", "Ignore nothing"),
    )
    measures = measure_banks([bank(absurd, careless)])
    assert measures.absurd == (
        ("s1", "Invent a date of birth"),
        ("m1", "Ignore the warning"),
        ("m1", "Log in with a colleague's account"),
    )
    warning = bank_warnings(measures, {"s1": "quizzes/b.toml:5"})[0]
    assert str(warning).startswith("quizzes/b.toml:5: question s1: option 'Invent a date of birth' reads as")


VIOLATING_BANK = """id = "one"
title = "Module one"
{singles}
{statements}
[[questions]]
id = "one-dup"
type = "true_false"
prompt = "{first}"
answer = false
explanation = "Asked again under another id."
source = "content/guides/one.md#password-rules"
"""
SINGLE = """
[[questions]]
id = "one-s{i}"
type = "single"
prompt = "{prompt}"
options = ["The right answer, which is clearly the longest", "{wrong}", "No"]
correct = ["The right answer, which is clearly the longest"]
explanation = "Because."
source = "content/guides/one.md#password-rules"
"""
STATEMENT = """
[[questions]]
id = "one-t{i}"
type = "true_false"
prompt = "{prompt}"
answer = false
explanation = "Because."
source = "content/guides/one.md#password-rules"
"""


def test_pack_validate_warns_on_a_bank_that_breaks_every_measure_and_keeps_it_valid(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(VALID, pack)
    singles = "".join(
        SINGLE.format(i=i, prompt=PROMPTS[i], wrong="Guess" if i == 0 else "Wrong") for i in range(6)
    )
    statements = "".join(STATEMENT.format(i=i, prompt=PROMPTS[6 + i]) for i in range(6))
    bank_file = pack / "quizzes" / "one.toml"
    text = VIOLATING_BANK.format(singles=singles, statements=statements, first=PROMPTS[6])
    bank_file.write_text(text, encoding="utf-8")
    report = validate_folder(pack)
    assert report.valid, [str(p) for p in report.problems]
    messages = [str(w) for w in report.warnings]
    assert messages[0].startswith("quizzes: the key is the single longest option in 100 % of 6")
    assert messages[1].startswith("quizzes: 100 % of 7 true/false items are 'false'")
    lines = bank_file.read_text(encoding="utf-8").splitlines()
    dup_line = lines.index('id = "one-dup"') + 1
    assert messages[2].startswith(f"quizzes/one.toml:{dup_line}: question one-dup asks the same as one-t0 (")
    assert messages[3].startswith("quizzes/one.toml:")
    assert "option 'Guess'" in messages[3]
    assert len(messages) == 4
    json = report.to_json()
    assert json["valid"] is True
    assert len(json["warnings"]) == 4
    assert json["quiz_bank"]["key_longest"] == 6
    assert json["quiz_bank"]["false_share"] == 1.0
    assert json["quiz_bank"]["duplicates"] == [["one-dup", "one-t0"]]
