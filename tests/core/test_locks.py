"""Module locks: one decision in the core says whether a learner may open an activity and what opens it."""

from __future__ import annotations

from trainer_app.core.rules.locks import OpenDecision

PACK = "mini-pack"


def _learner(app) -> str:  # type: ignore[no-untyped-def]
    learner, _ = app.learners.create("Amina Sesay", "case_worker", "Riverside agency", "Riverside office")
    return learner.id


def _finish_basics(app, lid: str, clock) -> None:  # type: ignore[no-untyped-def]
    app.progress.record_guide(lid, PACK, "basics-guide", 1.0, True, 25)
    clock.advance(60)
    app.progress.record_quiz(lid, PACK, "basics-quiz", 1.0, True, "attempt-1", seconds=60)


def test_a_chapter_of_a_locked_module_may_not_be_opened_and_says_what_opens_it(mini_app) -> None:  # type: ignore[no-untyped-def]
    lid = _learner(mini_app)
    decision = mini_app.progress.may_open(lid, PACK, "follow-up-guide")
    assert decision == OpenDecision(False, ("basics",), ("Basics",))
    assert decision.locked
    assert not decision.preview


def test_the_first_module_is_open_and_the_second_opens_once_the_first_is_complete(mini_app, clock) -> None:  # type: ignore[no-untyped-def]
    lid = _learner(mini_app)
    assert mini_app.progress.may_open(lid, PACK, "basics-guide").allowed
    mini_app.progress.record_guide(lid, PACK, "basics-guide", 1.0, True, 25)
    assert not mini_app.progress.may_open(lid, PACK, "follow-up-guide").allowed  # the quiz is still to pass
    clock.advance(60)
    mini_app.progress.record_quiz(lid, PACK, "basics-quiz", 1.0, True, "attempt-1", seconds=60)
    assert mini_app.progress.may_open(lid, PACK, "follow-up-guide") == OpenDecision(True)


def test_a_trainer_in_trainer_mode_previews_a_locked_module_and_is_told_so(mini_app) -> None:  # type: ignore[no-untyped-def]
    lid = _learner(mini_app)
    decision = mini_app.progress.may_open(lid, PACK, "follow-up-guide", trainer_preview=True)
    assert decision.allowed
    assert decision.preview
    assert decision.locked_by == ("basics",)


def test_nobody_signed_in_opens_only_modules_without_prerequisites(mini_app) -> None:  # type: ignore[no-untyped-def]
    assert mini_app.progress.may_open(None, PACK, "basics-guide").allowed
    assert not mini_app.progress.may_open(None, PACK, "follow-up-guide").allowed


def test_progress_elsewhere_does_not_open_the_module_for_another_learner(mini_app, clock) -> None:  # type: ignore[no-untyped-def]
    first = _learner(mini_app)
    second, _ = mini_app.learners.create("Tomas Reyes", "case_worker")
    _finish_basics(mini_app, first, clock)
    assert mini_app.progress.may_open(first, PACK, "follow-up-guide").allowed
    assert not mini_app.progress.may_open(second.id, PACK, "follow-up-guide").allowed
