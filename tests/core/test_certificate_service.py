"""Issuing certificates: eligibility, score, idempotency, re-issue on a newer pack version, revocation, trust,
the device key, the certificate's language, and what gate evaluation counts."""

from __future__ import annotations

import json
import shutil
import stat
from pathlib import Path

import pytest

from tests.conftest import MINI_PACK, earned_certificate
from trainer_app.core.app import App, open_app
from trainer_app.core.common.changes import Changes
from trainer_app.core.common.clock import FakeClock
from trainer_app.core.common.errors import NotFoundError, TrainerError, ValidationError
from trainer_app.core.domain.certificate import CertificateOrigin, CertificateStatus
from trainer_app.core.domain.pack import ActivityKind

PACK = "mini-pack"


def complete_worker_track(app: App, learner_id: str, scores: tuple[float, ...] = (0.6, 0.9)) -> None:
    app.progress.record_guide(learner_id, PACK, "basics-guide", 1.0, True, 60)
    for number, score in enumerate(scores):
        app.progress.record_quiz(
            learner_id, PACK, "basics-quiz", score, score >= 0.5, f"attempt-{number}", seconds=30
        )
    app.progress.record_guide(learner_id, PACK, "follow-up-guide", 1.0, True, 60)


@pytest.fixture
def learner_id(mini_app: App) -> str:
    learner, _ = mini_app.learners.create("Grace Okello", "case_worker", "Riverside agency")
    return learner.id


def test_no_certificate_before_the_track_is_complete(mini_app: App, learner_id: str) -> None:
    assert mini_app.certificate_issuer.issue_if_eligible(learner_id, PACK) is None
    mini_app.progress.record_guide(learner_id, PACK, "basics-guide", 1.0, True, 60)
    mini_app.progress.record_quiz(learner_id, PACK, "basics-quiz", 0.3, False, "a", seconds=30)
    mini_app.progress.record_guide(learner_id, PACK, "follow-up-guide", 1.0, True, 60)
    assert mini_app.certificate_issuer.issue_if_eligible(learner_id, PACK) is None  # the quiz is not passed
    assert mini_app.certificates.list() == []


def test_a_completed_track_issues_one_signed_certificate(mini_app: App, learner_id: str) -> None:
    complete_worker_track(mini_app, learner_id, (0.6, 0.9, 0.7))
    certificate = earned_certificate(mini_app, learner_id)
    assert certificate is not None
    assert (certificate.learner_name, certificate.track_id, certificate.pack_version) == (
        "Grace Okello",
        "worker",
        "1.0.0",
    )
    assert certificate.score == 0.9  # the best passing score of the track's only quiz
    assert certificate.origin is CertificateOrigin.ISSUED
    assert certificate.status is CertificateStatus.VALID
    assert certificate.issuer_fingerprint == mini_app.trust.device_key().fingerprint
    assert mini_app.certificate_issuer.issue_if_eligible(learner_id, PACK) is None  # idempotent
    assert mini_app.certificate_issuer.issue_all_eligible(learner_id) == []
    signed = json.loads(mini_app.certificates.credential_json(certificate.id))
    assert signed["proof"][0]["cryptosuite"] == "eddsa-rdfc-2022"
    assert signed["credentialSubject"]["achievement"]["version"] == "1.0.0"
    assert {"identifier": PACK, "identifierType": "ext:packId", "type": "IdentifierEntry"} in signed[
        "credentialSubject"
    ]["achievement"]["otherIdentifier"]
    assert mini_app.certificates.verify_stored() == [(certificate.id, True, "")]


@pytest.mark.sqlite_only
def test_the_device_key_is_created_once_owner_only_and_never_stored_in_the_database(
    mini_app: App, data_dir: Path
) -> None:
    key = mini_app.trust.device_key()
    private = data_dir / "keys" / "device-ed25519.pem"
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    assert "PRIVATE" not in repr(key)
    assert key.fingerprint in repr(key)
    assert b"PRIVATE KEY" not in (data_dir / "trainer.db").read_bytes()
    mini_app.close()
    again = open_app(data_dir=str(data_dir), bundled_root=MINI_PACK)
    try:
        assert again.trust.device_key().fingerprint == key.fingerprint
        own = [k for k in again.trust.issuer_keys() if k.is_own]
        assert len(own) == 1
        assert own[0].trusted
        assert own[0].did == key.did
    finally:
        again.close()


def test_a_newer_pack_version_reissues_and_supersedes(tmp_path: Path, clock: FakeClock) -> None:
    pack_root = tmp_path / "pack"
    shutil.copytree(MINI_PACK, pack_root)
    app = open_app(data_dir=str(tmp_path / "data"), clock=clock, bundled_root=pack_root)
    try:
        learner, _ = app.learners.create("Grace Okello", "case_worker")
        complete_worker_track(app, learner.id)
        first = earned_certificate(app, learner.id)
        assert first is not None
        manifest = pack_root / "content" / "pack.toml"
        manifest.write_text(manifest.read_text().replace('version = "1.0.0"', 'version = "1.1.0"'))
        app.packs.sync()
        clock.advance(3600)
        second = app.certificate_issuer.issue_if_eligible(learner.id, PACK)  # nothing new completes: asked
        assert second is not None
        assert second.id != first.id
        assert second.pack_version == "1.1.0"
        old = app.certificates.get(first.id)
        assert old.superseded_by == second.id
        assert old.status is CertificateStatus.SUPERSEDED
        assert [c.certificate_id for c in app.certificates.countable()] == [second.id]
        assert app.certificate_issuer.issue_if_eligible(learner.id, PACK) is None
    finally:
        app.close()


def test_revocation_is_recorded_with_its_reason_and_stops_counting(mini_app: App, learner_id: str) -> None:
    complete_worker_track(mini_app, learner_id)
    certificate = earned_certificate(mini_app, learner_id)
    assert certificate is not None
    with pytest.raises(ValidationError, match="reason"):
        mini_app.revocation.revoke(certificate.id, "  ")
    mini_app.revocation.revoke(certificate.id[:8], "Issued to the wrong person")
    revoked = mini_app.certificates.get(certificate.id)
    assert revoked.status is CertificateStatus.REVOKED
    assert revoked.revoked_reason == "Issued to the wrong person"
    assert mini_app.certificates.countable() == []
    with pytest.raises(ValidationError, match="already revoked"):
        mini_app.revocation.revoke(certificate.id, "again")
    assert mini_app.certificate_issuer.issue_if_eligible(learner_id, PACK) is None  # no silent re-issue
    report = mini_app.certificate_checks.checker.verify_bytes(
        mini_app.certificates.credential_json(certificate.id), "x"
    )
    assert not report.valid
    assert report.reason == "revoked on 2026-01-05: Issued to the wrong person"


def test_countable_gives_gate_evaluation_what_it_needs(mini_app: App, learner_id: str) -> None:
    complete_worker_track(mini_app, learner_id)
    certificate = earned_certificate(mini_app, learner_id)
    assert certificate is not None
    [row] = mini_app.certificates.countable(PACK, ["worker"])
    assert (row.learner_id, row.learner_name, row.role_id, row.role_title, row.agency, row.track_id) == (
        learner_id,
        "Grace Okello",
        "case_worker",
        "Case worker",
        "Riverside agency",
        "worker",
    )
    assert row.issued_at == certificate.issued_at
    assert mini_app.certificates.countable(PACK, ["admin"]) == []
    assert mini_app.certificates.countable("other-pack") == []


def test_a_certificate_from_another_installation_counts_only_once_its_issuer_is_trusted(
    mini_app: App, tmp_path: Path
) -> None:
    other = open_app(data_dir=str(tmp_path / "other"), bundled_root=MINI_PACK)
    try:
        learner, _ = other.learners.create("Amal Haddad", "case_worker", "Hilltop agency")
        complete_worker_track(other, learner.id)
        issued = earned_certificate(other, learner.id)
        assert issued is not None
        path = other.certificate_files.write_json(issued.id, tmp_path / "amal.json")
        fingerprint = other.trust.device_key().fingerprint
    finally:
        other.close()
    [result] = mini_app.certificate_checks.import_paths([path])
    assert result.status.value == "imported"
    assert result.certificate is not None
    assert result.certificate.status is CertificateStatus.UNTRUSTED
    assert mini_app.certificates.countable() == []
    assert [c.id for c in mini_app.certificates.list()] == [issued.id]  # kept and shown
    record, _ = mini_app.trust.trust(fingerprint.replace(" ", "").lower(), "Hilltop training centre")
    assert record.trusted
    assert record.label == "Hilltop training centre"
    assert not record.is_own
    [row] = mini_app.certificates.countable()
    assert row.learner_name == "Amal Haddad"
    assert row.agency == "Hilltop agency"
    mini_app.trust.distrust(fingerprint)
    assert mini_app.certificates.countable() == []
    with pytest.raises(TrainerError, match="always trusted"):
        mini_app.trust.distrust(mini_app.trust.device_key().did)
    with pytest.raises(NotFoundError, match="No known issuer key"):
        mini_app.trust.trust("0000 0000 0000 0000 0000 0000 0000 0000", "Nobody")
    with pytest.raises(ValidationError, match="label"):
        mini_app.trust.trust(fingerprint, " ")


def test_the_certificate_follows_the_learners_language_when_the_pack_translates_it(
    tmp_path: Path, clock: FakeClock
) -> None:
    pack_root = tmp_path / "pack"
    shutil.copytree(MINI_PACK, pack_root)
    track_file = pack_root / "content" / "tracks" / "worker.toml"
    text = track_file.read_text(encoding="utf-8")
    addition = (
        '\n[track.certificate.translations.fr]\ntitle = "Formation du travailleur social terminée"\n'
        'criteria = "A terminé les deux modules."\n\n[track.certificate.translations.ar]\n'
        'title = "اكتمل تدريب عامل الحالات"\n'
    )
    track_file.write_text(text.replace("\n[[modules]]", addition + "\n[[modules]]", 1), encoding="utf-8")
    app = open_app(data_dir=str(tmp_path / "data"), clock=clock, bundled_root=pack_root)
    try:
        assert app.packs.problems == []
        documents = {}
        for name, language in (("Renée Lefèvre", "fr"), ("أمل حداد", "ar"), ("Ana Pérez", "es")):
            learner, _ = app.learners.create(name, "case_worker", language=language)
            complete_worker_track(app, learner.id)
            certificate = earned_certificate(app, learner.id)
            assert certificate is not None
            documents[language] = app.certificate_files.document(certificate.id)
    finally:
        app.close()
    french = documents["fr"]
    assert (french.language, french.title, french.heading) == (
        "fr",
        "Formation du travailleur social terminée",
        "Certificat de réussite",
    )
    assert french.criteria == "A terminé les deux modules."
    assert not french.right_to_left
    arabic = documents["ar"]
    assert arabic.right_to_left
    assert arabic.heading == "شهادة إتمام"
    assert arabic.title == "اكتمل تدريب عامل الحالات"
    assert arabic.criteria == "Finished both modules."  # no Arabic criteria: the pack's own are used
    spanish = documents["es"]  # no Spanish translation of the pack's texts: the pack's language throughout
    assert (spanish.language, spanish.heading, spanish.title) == (
        "en",
        "Certificate of completion",
        "Worker training completed",
    )


def test_a_track_without_quizzes_has_no_score_and_the_organisation_setting_is_used(mini_app: App) -> None:
    learner, _ = mini_app.learners.create("Sam Admin", "system_administrator")
    extra = {**mini_app.settings.current.extra, "organisation": "Riverside Training Centre"}
    mini_app.settings.update(extra=extra)
    mini_app.progress.record_share(
        learner.id, PACK, "setup-walkthrough", ActivityKind.WALKTHROUGH, ["open", "import"], 2, seconds=60
    )
    # the video is still to watch
    assert mini_app.certificate_issuer.issue_if_eligible(learner.id, PACK) is None
    mini_app.progress.record_video(learner.id, PACK, "setup-video", [(0.0, 4.0)], 4.0, 4.0, seconds=4.0)
    certificate = earned_certificate(mini_app, learner.id)  # the slides are optional
    assert certificate is not None
    assert certificate.score is None
    assert certificate.issuer_name == "Riverside Training Centre"
    assert certificate.track_id == "admin"
    assert certificate.role_title == "System administrator"


def test_recording_the_last_required_activity_issues_the_certificate_in_its_result(
    mini_app: App, learner_id: str
) -> None:
    """No window and no separate call: the observation that finishes the track issues and returns it."""
    first = mini_app.progress.record_guide(learner_id, PACK, "basics-guide", 1.0, True, 60)
    passed = mini_app.progress.record_quiz(
        learner_id, PACK, "basics-quiz", 0.8, True, "attempt-1", seconds=30
    )
    assert first.certificates == ()
    assert passed.certificates == ()
    assert mini_app.certificates.list(learner_id) == []
    last = mini_app.progress.record_guide(learner_id, PACK, "follow-up-guide", 1.0, True, 60)
    [certificate] = last.certificates
    assert (certificate.learner_id, certificate.track_id, certificate.score) == (learner_id, "worker", 0.8)
    assert Changes.CERTIFICATES in last.changes
    assert Changes.GATES in last.changes
    assert [c.id for c in mini_app.certificates.list(learner_id)] == [certificate.id]
    again = mini_app.progress.record_guide(learner_id, PACK, "follow-up-guide", 1.0, True, 60)
    assert again.certificates == ()
    assert Changes.CERTIFICATES not in again.changes
