"""When the work that earns a certificate is finished but the certificate cannot be signed (the device key file
is damaged), the progress is kept and the completing operation says the certificate is owed, and why (a coded
error); once the key is repaired, the catch-up issues it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.conftest import MINI_PACK
from tests.core.records_fixtures import PACK, take_quiz, train_worker
from trainer_app.core.app import open_app
from trainer_app.core.domain.progress import Status
from trainer_app.core.services.progress import ProgressResult

KEY_FILE = "device-ed25519.pem"


def test_a_damaged_key_keeps_the_progress_and_the_result_says_the_certificate_is_owed(
    tmp_path: Path, clock: Any
) -> None:
    data = tmp_path / "data"
    first = open_app(data_dir=str(data), clock=clock, bundled_root=MINI_PACK)
    learner, _ = first.learners.create("Grace Okello", "case_worker", "Riverside agency")
    own_key = first.trust.device_key().public.public_key
    first.close()
    key_file = data / "keys" / KEY_FILE
    good_key = key_file.read_bytes()
    key_file.write_text("-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----\n")

    app = open_app(data_dir=str(data), clock=clock, bundled_root=MINI_PACK)  # a damaged key does not stop it
    try:
        assert own_key in app.trust.trusted_keys()  # the screens that list keys keep working meanwhile
        assert app.certificates.countable() == []
        train_worker(app, learner.id, finish=False)
        result = app.progress.record_guide(learner.id, PACK, "follow-up-guide", 1.0, True, 15)
        assert isinstance(result, ProgressResult)
        assert result.newly_completed
        assert result.certificates == ()
        assert result.certificate_pending is not None
        assert result.certificate_pending.code == "key.device_key_file_damaged"
        assert str(key_file) in str(result.certificate_pending)
        stored = app.progress.activity(learner.id, PACK, "follow-up-guide")
        assert stored is not None
        assert stored.status is Status.COMPLETED
        assert app.progress.track(learner.id, app.packs.get(PACK)).completed
        assert app.certificates.list(learner.id) == []

        key_file.write_bytes(good_key)  # repaired: the catch-up (Certificates screen) issues what is owed
        issued = app.certificate_issuer.issue_all_eligible(learner.id)
        assert [c.track_id for c in issued] == ["worker"]
        assert app.certificate_issuer.issue_all_eligible(learner.id) == []
    finally:
        app.close()


def test_a_normal_completion_owes_nothing(mini_app: Any) -> None:
    learner, _ = mini_app.learners.create("Samir Haddad", "case_worker", "Hill agency")
    train_worker(mini_app, learner.id, finish=False)
    result = mini_app.progress.record_guide(learner.id, PACK, "follow-up-guide", 1.0, True, 15)
    assert [c.track_id for c in result.certificates] == ["worker"]
    assert result.certificate_pending is None


def _broken_key_app(tmp_path: Path, clock: Any) -> Any:
    data = tmp_path / "data"
    open_app(data_dir=str(data), clock=clock, bundled_root=MINI_PACK).close()
    (data / "keys" / KEY_FILE).write_bytes(b"not a key at all")
    return open_app(data_dir=str(data), clock=clock, bundled_root=MINI_PACK)


def test_a_quiz_or_a_tick_that_finishes_the_track_says_the_certificate_is_owed(
    tmp_path: Path, clock: Any
) -> None:
    app = _broken_key_app(tmp_path, clock)
    try:
        worker, _ = app.learners.create("Grace Okello", "case_worker")
        app.progress.record_guide(worker.id, PACK, "basics-guide", 1.0, True, 40)
        app.progress.record_guide(worker.id, PACK, "follow-up-guide", 1.0, True, 15)
        take_quiz(app, worker.id)  # the quiz is the last activity of the worker track
        assert app.quizzes.last_certificates == ()
        assert app.quizzes.last_certificate_pending is not None
        assert app.quizzes.last_certificate_pending.code == "key.device_key_file_damaged"

        admin, _ = app.learners.create("Jean Dupont", "system_administrator")
        app.progress.record_video(admin.id, PACK, "setup-video", [(0.0, 4.0)], 4.0, 4.0, seconds=4.0)
        app.walkthroughs.tick(admin.id, PACK, "setup-walkthrough", "open", True)
        tick = app.walkthroughs.tick(
            admin.id, PACK, "setup-walkthrough", "import", True, value="locations.csv"
        )
        assert tick.newly_completed
        assert tick.certificate_pending is not None
        assert tick.certificate_pending.code == "key.device_key_file_damaged"
        assert app.certificates.list() == []
    finally:
        app.close()
