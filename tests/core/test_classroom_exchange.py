"""Classroom evidence between laptops: sessions, attendance and practical checks travel in records bundles,
are verified record by record, are kept aside while their key is untrusted, and import idempotently."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.core.classroom_fixtures import PACK, basics_done, classroom_laptop
from tests.core.records_fixtures import signed_bundle
from trainer_app.core.app import App
from trainer_app.core.common.clock import FakeClock
from trainer_app.core.common.errors import ExchangeError
from trainer_app.core.credentials.keys import DeviceKey


@pytest.fixture
def field(tmp_path: Path, clock: FakeClock) -> Iterator[App]:
    app = classroom_laptop(tmp_path, "field", clock)
    yield app
    app.close()


@pytest.fixture
def centre(tmp_path: Path, clock: FakeClock) -> Iterator[App]:
    app = classroom_laptop(tmp_path, "centre", clock)
    yield app
    app.close()


def run_class(app: App) -> dict[str, str]:
    """A session on the field laptop: Grace attends (and passes her check), Peter fails his, Joseph by name."""
    grace, _ = app.learners.create("Grace Okello", "case_worker", "Riverside agency")
    peter, _ = app.learners.create("Peter Mwale", "case_worker", "Hill agency")
    basics_done(app, grace.id)
    session = app.classroom.run_session(
        "Follow-up in class",
        ["follow-up"],
        [grace.id, peter.id],
        ["Joseph Banda"],
        trainer_name="Amina Yusuf",
    ).session
    app.classroom.record_check(grace.id, "register-case", True, "Amina Yusuf", "Registered a made-up case")
    app.classroom.record_check(peter.id, "register-case", False, "Amina Yusuf", "Skipped the consent step")
    return {"grace": grace.id, "peter": peter.id, "session": session.id}


def test_sessions_and_checks_round_trip_and_reimport_changes_nothing(
    field: App, centre: App, tmp_path: Path
) -> None:
    ids = run_class(field)
    centre.trust.trust_key(field.trust.device_key().public.public_key, "Field laptop")
    exported = field.records.export(tmp_path / "f.zip")
    assert exported.counts["training_sessions"] == 1
    assert exported.counts["session_attendance"] == 3
    assert exported.counts["practical_checks"] == 2
    result = centre.records.import_bundle(tmp_path / "f.zip")
    assert result.counts["training_sessions"]["added"] == 1
    assert result.counts["session_attendance"]["added"] == 3
    assert result.counts["practical_checks"]["added"] == 2
    session = centre.classroom.session(ids["session"])
    assert session.trusted
    assert session.trainer_name == "Amina Yusuf"
    assert [a.name for a in session.attendees] == ["Grace Okello", "Joseph Banda", "Peter Mwale"]
    assert session.issuer_fingerprint == field.trust.device_key().fingerprint
    assert set(centre.classroom.passed_checks(ids["grace"], PACK)) == {"register-case"}
    assert centre.classroom.passed_checks(ids["peter"], PACK) == {}
    pack = centre.packs.get(PACK)
    assert centre.certificate_issuer.missing_practical_checks(ids["grace"], pack, pack.track("worker")) == []
    # the field laptop issued it when the check was recorded; the bundle brought it here, valid
    assert [c.status.value for c in centre.certificates.list(ids["grace"])] == ["valid"]

    again = centre.records.import_bundle(tmp_path / "f.zip")
    assert again.counts["training_sessions"] == {
        **again.counts["training_sessions"],
        "added": 0,
        "unchanged": 1,
    }
    assert again.counts["practical_checks"]["unchanged"] == 2
    assert again.added == 0
    assert len(centre.classroom.sessions()) == 1
    assert len(centre.classroom.checks()) == 2


def test_an_untrusted_key_s_sessions_and_checks_are_kept_aside_until_it_is_trusted(
    field: App, centre: App, tmp_path: Path
) -> None:
    ids = run_class(field)
    field.records.export(tmp_path / "f.zip")
    result = centre.records.import_bundle(tmp_path / "f.zip")
    assert not result.trusted
    assert result.counts["training_sessions"]["pending"] == 1
    assert result.counts["practical_checks"]["pending"] == 2
    assert centre.classroom.sessions() == []
    assert centre.classroom.checks() == []
    pending = {p["member"] for p in centre.records.pending()}
    assert {"training_sessions.jsonl", "session_attendance.jsonl", "practical_checks.jsonl"} <= pending
    again = centre.records.import_bundle(tmp_path / "f.zip")
    assert again.counts["practical_checks"] == {
        **again.counts["practical_checks"],
        "pending": 0,
        "unchanged": 2,
    }

    centre.trust.trust_key(field.trust.device_key().public.public_key, "Field laptop")
    centre.records.release_trusted()
    assert centre.records.pending() == []
    assert len(centre.classroom.sessions()) == 1
    assert set(centre.classroom.passed_checks(ids["grace"], PACK)) == {"register-case"}
    row = next(r for r in centre.reports.build().learners if r.learner_id == ids["grace"])
    assert (row.sessions_attended, row.practical_checks_passed) == (1, 1)


def test_a_changed_record_rejects_the_bundle_even_from_a_trusted_key(
    field: App, centre: App, tmp_path: Path
) -> None:
    run_class(field)
    field.records.export(tmp_path / "f.zip")
    with zipfile.ZipFile(tmp_path / "f.zip") as archive:
        members = {n: archive.read(n) for n in archive.namelist() if n.endswith(".jsonl")}
    lines = members["practical_checks.jsonl"].decode().splitlines()
    rows = [json.loads(line) for line in lines[1:]]
    for row in rows:
        row[4] = True  # every check "passed"
    members["practical_checks.jsonl"] = ("\n".join([lines[0], *map(json.dumps, rows)]) + "\n").encode()
    forger = DeviceKey.from_private_bytes(bytes(range(32)))
    centre.trust.trust_key(forger.public.public_key, "A trusted coordinator")
    signed_bundle(tmp_path / "forged.zip", forger, members)
    with pytest.raises(ExchangeError, match="does not match its signature"):
        centre.records.import_bundle(tmp_path / "forged.zip")
    assert centre.classroom.checks() == []
    assert centre.learners.list() == []


def test_records_passed_on_by_a_trusted_key_count_only_once_their_own_signer_is_trusted(
    field: App, centre: App, tmp_path: Path, clock: FakeClock
) -> None:
    ids = run_class(field)
    centre.trust.trust_key(field.trust.device_key().public.public_key, "Field laptop")
    field.records.export(tmp_path / "f.zip")
    centre.records.import_bundle(tmp_path / "f.zip")
    centre.records.export(tmp_path / "c.zip")  # the centre passes the field laptop's records on
    national = classroom_laptop(tmp_path, "national", clock)
    try:
        national.trust.trust_key(centre.trust.device_key().public.public_key, "Training centre")
        national.records.import_bundle(tmp_path / "c.zip")
        session = national.classroom.sessions()[0]
        assert not session.trusted
        assert session.issuer_fingerprint == field.trust.device_key().fingerprint
        assert national.classroom.passed_checks(ids["grace"], PACK) == {}  # listed, but it does not count
        assert national.certificate_issuer.issue_if_eligible(ids["grace"], PACK) is None
        fingerprints = {k.fingerprint for k in national.trust.issuer_keys()}
        assert field.trust.device_key().fingerprint in fingerprints  # shown for a trust decision
        national.trust.trust_key(field.trust.device_key().public.public_key, "Field laptop")
        assert set(national.classroom.passed_checks(ids["grace"], PACK)) == {"register-case"}
    finally:
        national.close()
