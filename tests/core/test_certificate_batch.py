"""Issuing certificates in a batch (the demo seed): the same certificates as one at a time, signed and
verifiable, only for earned work, never twice."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.core.test_certificate_service import PACK, complete_worker_track
from trainer_app.core.app import App
from trainer_app.core.services.certificate_batch import BatchRequest
from trainer_app.core.storage import certificates_repo

AT = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def test_a_batch_issues_what_one_at_a_time_would_and_each_verifies(mini_app: App) -> None:
    pack = mini_app.packs.get(PACK)
    track = pack.track_for_role("case_worker")
    assert track is not None
    award = track.certificates[0].id
    single, _ = mini_app.learners.create("Grace Okello", "case_worker", "Riverside agency")
    done, _ = mini_app.learners.create("Amal Haddad", "case_worker", "Riverside agency")
    idle, _ = mini_app.learners.create("Jon Petit", "case_worker", "Hilltop agency")
    # The work is recorded without issuing, as the demo seed writes its rows; then each way issues.
    issuing, mini_app.progress._issue_certificates = mini_app.progress._issue_certificates, None
    for learner in (single, done):
        complete_worker_track(mini_app, learner.id, (0.6, 0.9))
    mini_app.progress._issue_certificates = issuing
    assert mini_app.certificates.list() == []
    one = mini_app.certificate_issuer.issue_certificate(single.id, PACK, award, AT)
    assert one is not None
    requests = [BatchRequest(x, PACK, award, AT) for x in (done, idle, single)]
    heard: list[int] = []
    assert (
        mini_app.certificate_issuer.issue_batch(requests, heard.append) == 1
    )  # idle: not earned; single: has one
    assert mini_app.certificate_issuer.issue_batch(requests) == 0  # never twice
    by_learner = {c.learner_id: c for c in mini_app.certificates.list()}
    assert set(by_learner) == {single.id, done.id}
    batch = by_learner[done.id]
    same = ("track_id", "pack_version", "score", "issued_at", "issuer_fingerprint", "origin", "status")
    assert [getattr(batch, f) for f in same] == [getattr(one, f) for f in same]
    assert all(valid for _id, valid, _reason in mini_app.certificates.verify_stored())
    with mini_app.db.transaction() as conn:
        token = certificates_repo.qr_token(conn, batch.id)
    assert token is not None
    report = mini_app.certificate_checks.verify_token(token)
    assert report.valid, report.reason
    assert report.certificate_id == batch.id
