"""The bundled question bank measures knowledge: keys are not the longest option, true/false is balanced, no
question is asked twice under two ids, no distractor is absurd — and `pack validate` has no quiz warning."""

from __future__ import annotations

import pytest

from tests.conftest import REPO_ROOT
from trainer_app.core.packs.bankmeasures import FALSE_SHARE_RANGE, MAX_KEY_LONGEST_SHARE
from trainer_app.core.packs.validate import ValidationReport, validate_folder


@pytest.fixture(scope="module")
def report() -> ValidationReport:
    return validate_folder(REPO_ROOT)


def test_the_key_is_the_longest_option_in_at_most_one_single_choice_item_in_three(
    report: ValidationReport,
) -> None:
    measures = report.quiz_measures
    assert measures is not None
    assert measures.single_count >= 150
    assert measures.key_longest_share <= MAX_KEY_LONGEST_SHARE, measures.summary()


def test_true_false_items_are_balanced(report: ValidationReport) -> None:
    measures = report.quiz_measures
    assert measures is not None
    assert measures.true_false_count >= 60
    low, high = FALSE_SHARE_RANGE
    assert low <= measures.false_share <= high, measures.summary()


def test_no_question_is_asked_twice_and_no_option_is_absurd(report: ValidationReport) -> None:
    measures = report.quiz_measures
    assert measures is not None
    assert measures.duplicates == ()
    assert measures.absurd == ()


def test_questions_are_shared_by_reference(report: ValidationReport) -> None:
    """Case-manager and coordinator quizzes reuse the case-worker and admin questions instead of copies."""
    assert report.content is not None
    banks = report.content.banks
    shared = {q.id for bank in banks.values() for q in bank.questions if not q.id.startswith(bank.id)}
    assert {"cw-approvals-03", "cw-offline-08", "sa-support-01"} <= shared


def test_pack_validate_prints_no_quiz_warning(report: ValidationReport) -> None:
    assert [str(w) for w in report.warnings] == []
