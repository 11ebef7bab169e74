"""Classroom sessions and practical checks: signed records, attendance that completes activities the pack lets
count, certificates that wait for their practical checks and list them, and the pack's references checked."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import jsonschema
import pytest

from tests.conftest import earned_certificate
from tests.core.classroom_fixtures import PACK, basics_done, classroom_laptop, classroom_pack
from trainer_app.core.app import App
from trainer_app.core.common.clock import FakeClock
from trainer_app.core.common.errors import ValidationError
from trainer_app.core.credentials.obfacts import read_facts
from trainer_app.core.credentials.openbadge import verify_credential_json
from trainer_app.core.exchange import record_format as fmt
from trainer_app.core.exchange.classroom_sign import verifies
from trainer_app.core.packs.validate import validate_folder
from trainer_app.core.storage import records_repo


@pytest.fixture
def app(tmp_path: Path, clock: FakeClock) -> Iterator[App]:
    opened = classroom_laptop(tmp_path, "trainer-laptop", clock)
    yield opened
    opened.close()


def _worker(app: App, name: str = "Grace Okello") -> str:
    learner, _ = app.learners.create(name, "case_worker", "Riverside agency", "Riverside office")
    return learner.id


def _rows(app: App, member: fmt.Member) -> list[dict[str, object]]:
    with app.db.transaction() as conn:
        return [dict(zip(member.names, r, strict=True)) for r in records_repo.export_rows(conn, member, None)]


def test_every_record_is_signed_and_a_changed_fact_breaks_its_signature(app: App) -> None:
    grace = _worker(app)
    session = app.classroom.start_session(
        "Case registration", ["basics", "follow-up"], trainer_name="Amina Yusuf"
    )
    app.classroom.attend(session.id, learner_id=grace)
    app.classroom.attend(session.id, staff_name="Joseph Banda")
    app.classroom.record_check(grace, "register-case", True, "Amina Yusuf", "Registered a made-up case")
    own = app.trust.device_key().public.public_key.hex()
    for member in fmt.SIGNED_MEMBERS:
        rows = _rows(app, member)
        assert rows
        assert all(r["issuer_key"] == own and verifies(member, r) for r in rows)
    check = _rows(app, fmt.PRACTICAL_CHECKS)[0]
    assert not verifies(fmt.PRACTICAL_CHECKS, {**check, "passed": False})
    assert not verifies(fmt.PRACTICAL_CHECKS, {**check, "observed_by": "Someone else"})
    attendance = _rows(app, fmt.SESSION_ATTENDANCE)[0]
    assert not verifies(fmt.SESSION_ATTENDANCE, {**attendance, "session_id": "another"})
    listed = app.classroom.sessions()[0]
    assert [a.name for a in listed.attendees] == ["Grace Okello", "Joseph Banda"]
    assert listed.trusted
    assert listed.issuer_fingerprint == app.trust.device_key().fingerprint


def test_attendance_completes_only_the_activities_that_count_and_only_once(app: App) -> None:
    grace = _worker(app)
    session = app.classroom.start_session("Follow-up in class", ["follow-up"], trainer_name="Amina Yusuf")
    first = app.classroom.attend(session.id, learner_id=grace)
    assert first.new
    assert first.completed_activity_ids == ("follow-up-guide",)
    done = app.progress.for_learner(grace, PACK)
    assert done["follow-up-guide"].completed_at is not None
    assert "basics-guide" not in done  # the session did not cover it, and it does not count attendance
    again = app.classroom.attend(session.id, learner_id=grace)
    assert not again.new
    assert again.completed_activity_ids == ()
    assert len(app.classroom.session(session.id).attendees) == 1
    log = [e for e in app.reports.learner_detail(grace).activities if e.activity_id == "follow-up-guide"]
    assert log[0].status == "completed"


def test_a_session_needs_known_modules_and_a_title(app: App) -> None:
    with pytest.raises(ValidationError, match="No module 'nowhere'"):
        app.classroom.start_session("Day 1", ["basics", "nowhere"])
    with pytest.raises(ValidationError, match="at least one module"):
        app.classroom.start_session("Day 1", [])
    with pytest.raises(ValidationError, match="title"):
        app.classroom.start_session("  ", ["basics"])
    with pytest.raises(ValidationError, match="No practical check 'fly'"):
        app.classroom.record_check(_worker(app), "fly", True, "Amina Yusuf")


def test_a_certificate_waits_for_its_practical_check_and_then_lists_it(app: App, clock: FakeClock) -> None:
    grace = _worker(app)
    basics_done(app, grace)
    session = app.classroom.start_session("Follow-up in class", ["follow-up"], trainer_name="Amina Yusuf")
    app.classroom.attend(session.id, learner_id=grace)
    pack = app.packs.get(PACK)
    assert app.progress.track(grace, pack).completed
    # every activity done, no practical check
    assert app.certificate_issuer.issue_if_eligible(grace, PACK) is None
    failed = app.classroom.record_check(
        grace, "register-case", False, "Amina Yusuf", "Forgot the consent step"
    )
    assert failed.certificates == ()
    assert app.certificates.list(grace) == []
    assert app.certificate_issuer.missing_practical_checks(grace, pack, pack.track("worker")) == [
        "register-case"
    ]
    clock.advance(3600)
    passed = app.classroom.record_check(
        grace, "register-case", True, "Amina Yusuf", "Registered a made-up case"
    )
    # the check was the last work left: recording it issued the certificate
    [certificate] = passed.certificates
    assert earned_certificate(app, grace).id == certificate.id
    signed = app.certificates.credential_json(certificate.id)
    outcome = verify_credential_json(signed, app.trust.trusted_keys())
    assert outcome.valid, outcome.reason
    evidence = json.loads(signed)["evidence"]
    assert [e["name"] for e in evidence] == ["Register a case on the demo site"]
    assert "Amina Yusuf" in evidence[0]["description"]
    assert evidence[0]["narrative"] == "Registered a made-up case"
    facts = read_facts(json.loads(signed))
    assert facts.practical[0].title == "Register a case on the demo site"
    from tests.core.test_open_badges_schema import SCHEMA_FILE

    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert list(jsonschema.Draft201909Validator(schema).iter_errors(json.loads(signed))) == []
    document = app.certificate_files.document(certificate.id)
    assert document.practice_heading == "Assessed in practice"
    assert document.practice == (
        f"Register a case on the demo site — observed by Amina Yusuf on {clock().date()}",
    )


def test_the_pack_refuses_a_certificate_naming_an_unknown_practical_check(tmp_path: Path) -> None:
    pack = classroom_pack(tmp_path)
    assert validate_folder(pack).valid
    worker = pack / "content" / "tracks" / "worker.toml"
    worker.write_text(
        worker.read_text(encoding="utf-8").replace('["register-case"]', '["register-case", "fly"]'),
        encoding="utf-8",
    )
    report = validate_folder(pack)
    assert not report.valid
    text = "\n".join(str(p) for p in report.problems)
    assert "content/tracks/worker.toml:" in text
    assert "unknown practical check 'fly'" in text


def test_held_at_is_kept_as_given(app: App) -> None:
    when = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    session = app.classroom.start_session("Day 1", ["basics"], held_at=when, trainer_name="Amina Yusuf")
    assert app.classroom.session(session.id[:8]).held_at == when


def test_reports_show_sessions_attended_and_checks_passed(app: App, tmp_path: Path) -> None:
    grace = _worker(app)
    _worker(app, "Peter Mwale")
    session = app.classroom.start_session("Follow-up in class", ["follow-up"], trainer_name="Amina Yusuf")
    app.classroom.attend(session.id, learner_id=grace)
    app.classroom.record_check(grace, "register-case", False, "Amina Yusuf", "Forgot the consent step")
    app.classroom.record_check(grace, "register-case", True, "Amina Yusuf", "Done right")
    app.classroom.record_check(grace, "create-user", True, "Amina Yusuf")
    detail = app.reports.learner_detail(grace)
    assert [(s.title, s.trainer_name, s.modules) for s in detail.sessions] == [
        ("Follow-up in class", "Amina Yusuf", ("Follow-up",))
    ]
    assert sorted((c.title, c.passed) for c in detail.practical_checks) == [
        ("Create a user account on the demo site", True),
        ("Register a case on the demo site", False),
        ("Register a case on the demo site", True),
    ]
    out = app.reports.export(tmp_path / "learners.csv", "csv")
    with out.open(encoding="utf-8-sig") as handle:
        rows = {r["name"]: r for r in csv.DictReader(handle)}
    assert (rows["Grace Okello"]["sessions_attended"], rows["Grace Okello"]["practical_checks_passed"]) == (
        "1",
        "2",
    )
    assert (rows["Peter Mwale"]["sessions_attended"], rows["Peter Mwale"]["practical_checks_passed"]) == (
        "0",
        "0",
    )


def test_attendance_and_practical_checks_become_xapi_statements(app: App) -> None:
    grace = _worker(app)
    session = app.classroom.run_session("Day 1", ["basics"], [grace], ["Joseph Banda"]).session
    app.classroom.record_check(grace, "register-case", False, "Amina Yusuf")
    app.classroom.record_check(grace, "register-case", True, "Amina Yusuf")
    statements = app.xapi.statements()
    attended = [s for s in statements if s["verb"]["id"] == "http://adlnet.gov/expapi/verbs/attended"]
    assert len(attended) == 1  # the planned staff member has no profile here, so no statement
    assert attended[0]["object"]["id"].endswith(f"/sessions/{session.id}")
    assert attended[0]["object"]["definition"]["type"] == "http://adlnet.gov/expapi/activities/meeting"
    assert attended[0]["actor"]["account"]["name"] == grace
    assert "name" not in attended[0]["actor"]
    checks = [s for s in statements if "/practical-checks/" in s["object"]["id"]]
    assert [s["verb"]["display"]["en-US"] for s in checks] == ["failed", "passed"]
    assert [s["result"]["success"] for s in checks] == [False, True]
    assert checks[0]["object"]["definition"]["type"] == "http://adlnet.gov/expapi/activities/performance"


def test_a_passed_check_is_kept_when_its_certificate_cannot_be_issued_yet(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check that was the last work left earns the certificate, but the installation's revocation list has no
    free place (a list of no entries here): the check is recorded, the result says the certificate is owed and
    why, and the catch-up issues it once there is room."""
    from trainer_app.core.credentials import statuslist

    grace = _worker(app)
    basics_done(app, grace)
    session = app.classroom.start_session("Follow-up in class", ["follow-up"], trainer_name="Amina Yusuf")
    app.classroom.attend(session.id, learner_id=grace)
    monkeypatch.setattr(statuslist, "LIST_SIZE", 0)
    recorded = app.classroom.record_check(
        grace, "register-case", True, "Amina Yusuf", "Registered a made-up case"
    )
    assert recorded.certificates == ()
    assert recorded.certificate_pending is not None
    assert recorded.certificate_pending.code == "status_list.status_list_full"
    assert [c.check_id for c in app.classroom.checks(grace)] == ["register-case"]  # kept
    assert app.certificates.list(grace) == []
    monkeypatch.undo()
    [certificate] = app.certificate_issuer.issue_all_eligible(grace)
    assert certificate.track_id == "worker"
