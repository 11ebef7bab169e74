"""Question banks and walkthroughs parsed into frozen domain values."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from trainer_app.core.common.errors import ValidationError
from trainer_app.core.domain.quiz import QuestionType
from trainer_app.core.domain.walkthrough import WalkthroughSite
from trainer_app.core.packs.quizbank import load_bank
from trainer_app.core.packs.walkthroughs import load_walkthrough

VALID = Path(__file__).resolve().parents[1] / "fixtures" / "packs" / "valid"


def test_bank_holds_every_question_type() -> None:
    bank = load_bank(VALID / "quizzes/one.toml", VALID)
    assert (bank.id, bank.title, bank.path) == ("one", "Module one", "quizzes/one.toml")
    assert [q.type for q in bank.questions] == list(QuestionType)
    single, multiple, true_false, matching, ordering, scenario = bank.questions
    assert single.options == ("3", "6", "10")
    assert single.correct == ("6",)
    assert single.source == "content/guides/one.md#password-rules"
    assert single.explanation.startswith("After six failed attempts")
    assert multiple.correct == ("Mark the record", "Sync when back online")
    assert multiple.partial_credit
    assert true_false.answer is True
    assert matching.pairs == (("Attempts", "6"), ("Lock-out", "30 minutes"))
    assert matching.points == 2
    assert ordering.items == ("Mark the record", "Sync when back online")
    assert scenario.vignette.startswith("Grace Okello")
    assert scenario.prompt == ""
    assert [p.id for p in scenario.parts] == ["one-06a", "one-06b"]
    assert scenario.parts[1].answer is False


def test_bank_counts_items_leaves_and_points() -> None:
    bank = load_bank(VALID / "quizzes/one.toml", VALID)
    assert bank.item_count == 6
    assert [q.id for q in bank.leaf_questions()] == [
        "one-01",
        "one-02",
        "one-03",
        "one-04",
        "one-05",
        "one-06a",
        "one-06b",
    ]
    assert bank.questions[5].points_possible == 2.0
    assert sum(q.points_possible for q in bank.questions) == 8.0  # the matching question is worth 2
    assert bank.question("one-06b") is not None
    assert bank.question("one-06b").type is QuestionType.TRUE_FALSE
    assert bank.question("nope") is None


def test_domain_values_are_frozen() -> None:
    bank = load_bank(VALID / "quizzes/one.toml", VALID)
    with pytest.raises(dataclasses.FrozenInstanceError):
        bank.questions[0].prompt = "changed"  # type: ignore[misc]


def test_load_bank_without_pack_root_uses_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "bank.toml"
    path.write_text(
        'id = "b"\ntitle = "B"\n\n[[questions]]\nid = "b-1"\ntype = "single"\nprompt = "?"\n'
        'options = ["a", "b"]\ncorrect = []\n'
    )
    with pytest.raises(ValidationError) as caught:
        load_bank(path)
    assert caught.value.problems == [
        "bank.toml:9: question b-1: no correct answer ('correct' lists the right option texts)"
    ]


def test_scenario_parts_cannot_be_scenarios(tmp_path: Path) -> None:
    path = tmp_path / "bank.toml"
    path.write_text(
        'id = "b"\ntitle = "B"\n\n[[questions]]\nid = "s"\ntype = "scenario"\nvignette = "v"\n\n'
        '[[questions.parts]]\nid = "s-a"\ntype = "scenario"\nvignette = "w"\n\n'
        '[[questions.parts]]\nid = "s-b"\ntype = "true_false"\nprompt = "?"\nanswer = true\n'
    )
    with pytest.raises(ValidationError) as caught:
        load_bank(path)
    assert "bank.toml:11: question s-a: a scenario part cannot itself be a scenario" in caught.value.problems


def test_walkthrough_is_parsed() -> None:
    walkthrough = load_walkthrough(VALID / "content/walkthroughs/setup.toml", VALID)
    assert (walkthrough.id, walkthrough.title, walkthrough.site) == (
        "setup",
        "Set up the office",
        WalkthroughSite.DEMO,
    )
    assert walkthrough.intro == "Do these steps on the **demo** site."
    assert walkthrough.path == "content/walkthroughs/setup.toml"
    first, second = walkthrough.steps
    assert (first.id, first.role, first.image, first.record) == (
        "open-settings",
        "System administrator",
        "resources/images/map.png",
        None,
    )
    assert first.instruction == "Open **Settings → Locations**."
    assert first.expected == "The Locations list is shown."
    assert second.record == "Name of the imported file"
    assert second.image is None
    assert second.role == ""
    assert walkthrough.step("import-file") == second


def test_walkthrough_problems_are_all_reported(tmp_path: Path) -> None:
    path = tmp_path / "w.toml"
    path.write_text(
        'id = "w"\ntitle = "W"\nsite = "moon"\n\n[[steps]]\nid = "a"\n\n[[steps]]\nid = "a"\n'
        'instruction = "Do"\nexpected = "Done"\n'
    )
    with pytest.raises(ValidationError) as caught:
        load_walkthrough(path)
    assert caught.value.problems == [
        "w.toml:3: walkthrough: unknown site 'moon' (use one of demo, production, none)",
        "w.toml:5: step a: missing required key 'instruction'",
        "w.toml:5: step a: missing required key 'expected'",
        "w.toml:9: duplicate step id 'a'",
    ]
