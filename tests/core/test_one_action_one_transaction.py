"""One user action, one transaction: a quiz submit (attempt, completion, certificate) and the demo seed are
written whole or not at all."""

from __future__ import annotations

from typing import Any

import pytest

from tests.core.test_quiz_service import PACK, QUIZ, right_answer
from trainer_app.core.common.errors import CredentialError, TrainerError
from trainer_app.core.domain.progress import Status


def _ready_to_pass(app: Any) -> tuple[str, str]:
    """A learner who has done everything in the worker track but the quiz, with every answer right."""
    learner, _ = app.learners.create("Lina Farouk", "case_worker", "Riverside agency")
    app.progress.record_guide(learner.id, PACK, "basics-guide", 1.0, True, 60)
    app.progress.record_guide(learner.id, PACK, "follow-up-guide", 1.0, True, 60)
    view = app.quizzes.start(learner.id, PACK, QUIZ)
    for shown in view.questions:
        app.quizzes.save_answer(view.attempt_id, shown.id, right_answer(shown.question), seconds=5)
    return learner.id, view.attempt_id


def test_a_passing_submit_records_attempt_completion_and_certificate_together(mini_app: Any) -> None:
    learner_id, attempt_id = _ready_to_pass(mini_app)
    result = mini_app.quizzes.submit(attempt_id)
    assert result.passed
    assert mini_app.progress.activity(learner_id, PACK, QUIZ).status is Status.COMPLETED
    issued = mini_app.certificates.list(learner_id)
    assert [c.track_id for c in issued] == ["worker"]
    assert [c.id for c in mini_app.quizzes.last_certificates] == [issued[0].id]


def test_when_the_certificate_cannot_be_signed_the_submit_is_kept_and_issued_later(
    mini_app: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    learner_id, attempt_id = _ready_to_pass(mini_app)

    def failing_signer(*_args: Any, **_kwargs: Any) -> Any:
        raise CredentialError("key.device_key_file_damaged", path="device.key")

    monkeypatch.setattr("trainer_app.core.credentials.openbadge.issue", failing_signer)
    assert mini_app.quizzes.submit(attempt_id).passed  # the learner's work is never lost to a signing fault
    assert mini_app.quizzes.attempts(learner_id, PACK, QUIZ)[0].submitted_at is not None
    assert mini_app.progress.activity(learner_id, PACK, QUIZ).status is Status.COMPLETED
    assert mini_app.certificates.list(learner_id) == []  # nothing half-written by the failed issue
    monkeypatch.undo()
    issued = mini_app.certificate_issuer.issue_all_eligible(learner_id)  # the Certificates screen's catch-up
    assert [c.track_id for c in issued] == ["worker"]
    assert len(mini_app.certificates.list(learner_id)) == 1


def test_a_demo_seed_that_fails_part_way_leaves_the_folder_empty(
    mini_app: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    issued = {"n": 0}
    real = mini_app.certificate_issuer.issue_batch

    def issue_then_fail(requests: Any, on_progress: Any = None) -> int:
        issued["n"] = real(requests[:2], on_progress)  # some certificates written, then the key fails
        raise CredentialError("The signing key cannot be read.")

    monkeypatch.setattr(mini_app.demo, "_issue", issue_then_fail)
    with pytest.raises(TrainerError):
        mini_app.demo.seed(learners=30, seed=3)
    assert issued["n"] == 2
    assert mini_app.learners.list(include_archived=True) == []
    assert mini_app.certificates.list() == []
    assert mini_app.xapi.statements() == []  # the seed's statements went with it
    monkeypatch.undo()
    summary = mini_app.demo.seed(learners=30, seed=3)  # and it can be run again
    assert summary.learners == 30
