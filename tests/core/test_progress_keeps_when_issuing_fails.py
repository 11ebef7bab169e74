"""A certificate that cannot be issued at the moment the work is finished never costs the learner's progress."""

from __future__ import annotations

from collections.abc import Sequence

from trainer_app.core.app import App
from trainer_app.core.common.errors import TrainerError
from trainer_app.core.domain.certificate import Certificate
from trainer_app.core.domain.pack import ActivityKind
from trainer_app.core.domain.progress import Status
from trainer_app.core.services.progress import ProgressService

PACK = "mini-pack"


def test_progress_is_kept_when_the_certificate_cannot_be_issued(mini_app: App) -> None:
    app = mini_app
    role = app.packs.get(PACK).roles[0].id
    learner, _ = app.learners.create("Nadia Test", role, "Agency A")
    calls: list[str] = []

    def failing_issuer(learner_id: str) -> Sequence[Certificate]:
        calls.append(learner_id)
        raise TrainerError("the signing key cannot be read")

    progress = ProgressService(app.db, app.clock, app.packs, issue_certificates=failing_issuer)
    quiz = next(a for a in app.packs.get(PACK).activities() if a.kind is ActivityKind.QUIZ)
    result = progress.record_quiz(learner.id, PACK, quiz.id, 1.0, True, "attempt-1", seconds=30.0)

    assert calls == [learner.id]
    assert result.newly_completed
    assert result.certificates == ()
    stored = app.progress.activity(learner.id, PACK, quiz.id)
    assert stored is not None
    assert stored.status is Status.COMPLETED
