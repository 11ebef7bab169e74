"""GateService: planned staff, evidence, not-applicable marks and sign-off rules, recorded with who and when."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import FIXTURES, MINI_PACK, earned_certificate
from trainer_app.core.app import App, open_app
from trainer_app.core.common.clock import FakeClock
from trainer_app.core.common.errors import NotFoundError, PermissionDeniedError, TrainerError, ValidationError
from trainer_app.core.domain.gates import CertificateRecord, GateState, PlannedStaff, Refusal
from trainer_app.core.domain.learner import Learner
from trainer_app.core.packs.gates import GATES_FILE
from trainer_app.core.services.gates import GateNotReadyError, GateService, certificate_source


def make_gates_pack(folder: Path) -> Path:
    """A copy of the mini pack with a coordinator role and the test gates (tests/fixtures/gates)."""
    root = folder / "gates_pack"
    if not root.exists():
        shutil.copytree(MINI_PACK, root)
        with (root / "content" / "pack.toml").open("a", encoding="utf-8") as handle:
            handle.write((FIXTURES / "gates" / "extra_roles.toml").read_text(encoding="utf-8"))
        shutil.copy(FIXTURES / "gates" / "admin.toml", root / "content" / "tracks" / "admin.toml")
        shutil.copy(FIXTURES / "gates" / "gates.toml", root / GATES_FILE)
    return root


def earn_admin_certificate(app: App, learner: Learner) -> None:
    """Do the Step 1 work of the admin track for real (the video, not the Step 2 walkthrough) and issue the
    core training certificate through CertificateService."""
    app.progress.record_video(learner.id, "mini-pack", "setup-video", [(0.0, 4.0)], 4.0, 4.0, seconds=4.0)
    issued = earned_certificate(app, learner.id)
    assert issued is not None
    assert issued.certificate_key == "admin-core"


class Rollout:
    """An app on the gates pack, a GateService fed with certificates the test controls, and some people."""

    def __init__(self, app: App) -> None:
        self.app = app
        self.certificates: list[CertificateRecord] = []
        self.gates = GateService(app.db, app.clock, app.packs, lambda _pack: self.certificates, None)
        self.coordinator = self.person("Amal Haddad", "coordinator", "Head office")
        self.admin = self.person("Jean Dupont", "system_administrator", "Head office")

    def person(self, name: str, role: str, agency: str = "Riverside") -> Learner:
        return self.app.learners.create(name, role, agency)[0]

    def certify(self, learner: Learner, certificate: str) -> None:
        self.certificates.append(
            CertificateRecord(
                learner.id,
                learner.display_name,
                learner.main_role,
                learner.agency,
                certificate,
                self.app.clock(),
            )
        )

    def state(self, gate_id: str) -> GateState:
        return self.gates.gate_status(gate_id).state

    def close_start(self) -> None:
        self.certify(self.admin, "admin-core")
        self.gates.tick_evidence("start", "credentials", "Email in the shared folder", self.coordinator.id)
        self.gates.sign_off("start", self.coordinator.id)

    def complete_locations(self, learner: Learner) -> None:
        walkthrough = self.app.walkthroughs.load("mini-pack", "setup-walkthrough")
        for step in walkthrough.steps:
            self.app.walkthroughs.tick(learner.id, "mini-pack", "setup-walkthrough", step.id, True)


@pytest.fixture
def rollout(tmp_path: Path, clock: FakeClock, db_url: str | None) -> Iterator[Rollout]:
    """On SQLite, and on PostgreSQL when a test server is configured."""
    root = make_gates_pack(tmp_path)
    app = open_app(data_dir=str(tmp_path / "data"), clock=clock, bundled_root=root, database_url=db_url)
    yield Rollout(app)
    app.close()


def test_a_fresh_rollout_has_step_one_in_progress_and_the_rest_locked(rollout: Rollout) -> None:
    states = [s.state for s in rollout.gates.status()]
    assert states == [GateState.IN_PROGRESS, GateState.LOCKED, GateState.LOCKED, GateState.LOCKED]
    assert rollout.app.gates.pack().id == "mini-pack"


def test_sign_off_is_refused_while_requirements_are_unmet_and_lists_them(rollout: Rollout) -> None:
    with pytest.raises(GateNotReadyError) as caught:
        rollout.gates.sign_off("start", rollout.coordinator.id)
    assert caught.value.problems == [
        "The system administrator is certified: Certified for “Admin core training”: 0 (need 1). "
        "Still without the certificate: Jean Dupont.",
        "Credentials received: Not ticked yet: The system administrator has credentials to the demo site",
    ]
    assert isinstance(caught.value, PermissionDeniedError)
    assert rollout.gates.gate_status("start").signoff is None


def test_only_a_coordinator_may_sign_off(rollout: Rollout, clock: FakeClock) -> None:
    rollout.certify(rollout.admin, "admin-core")
    rollout.gates.tick_evidence("start", "credentials", "Email in the shared folder", rollout.coordinator.id)
    assert rollout.state("start") is GateState.READY
    with pytest.raises(PermissionDeniedError, match="Only a learner with the coordinator role can sign off"):
        rollout.gates.sign_off("start", rollout.admin.id)
    assert rollout.gates.sign_off_blockers("start", rollout.admin.id) == [
        "Only a learner with the coordinator role can sign off a step; Jean Dupont is not a coordinator."
    ]
    assert rollout.gates.sign_off_blockers("start", rollout.coordinator.id) == []
    assert rollout.gates.sign_off_refusal("start", rollout.admin.id) is Refusal.NOT_COORDINATOR
    assert rollout.gates.sign_off_refusal("start", None) is Refusal.NO_LEARNER
    clock.advance(3600)
    signoff = rollout.gates.sign_off("start", rollout.coordinator.id, "Signed at the kick-off meeting")
    assert (signoff.signed_by, signoff.signed_by_name, signoff.signed_at) == (
        rollout.coordinator.id,
        "Amal Haddad",
        clock(),
    )
    status = rollout.gates.gate_status("start")
    assert status.state is GateState.SIGNED_OFF
    assert status.signoff == signoff
    assert rollout.state("configure") is GateState.IN_PROGRESS
    with pytest.raises(TrainerError, match="was already signed off by Amal Haddad"):
        rollout.gates.sign_off("start", rollout.coordinator.id)


def test_an_archived_coordinator_or_an_unknown_id_cannot_sign(rollout: Rollout) -> None:
    other = rollout.person("Sara Nasser", "coordinator")
    rollout.app.learners.archive(other.id)
    with pytest.raises(PermissionDeniedError, match="archived"):
        rollout.gates.sign_off("start", other.id)
    with pytest.raises(NotFoundError):
        rollout.gates.sign_off("start", "no-such-learner")
    with pytest.raises(NotFoundError, match="No rollout step 'nope'"):
        rollout.gates.sign_off("nope", rollout.coordinator.id)


def test_evidence_needs_a_note_an_evidence_item_and_a_coordinator(rollout: Rollout) -> None:
    with pytest.raises(ValidationError, match="A note is required"):
        rollout.gates.tick_evidence("start", "credentials", "  ", rollout.coordinator.id)
    with pytest.raises(NotFoundError, match="no evidence item 'admin-certified'"):
        rollout.gates.tick_evidence("start", "admin-certified", "note", rollout.coordinator.id)
    with pytest.raises(PermissionDeniedError):
        rollout.gates.tick_evidence("start", "credentials", "note", rollout.admin.id)
    rollout.gates.tick_evidence("start", "credentials", "Binder 3", None)  # from the CLI, without a name
    tick = rollout.gates.gate_status("start").requirements[1]
    assert tick.met
    assert tick.evidence is not None
    assert tick.evidence.by_learner_id is None
    rollout.gates.tick_evidence("start", "credentials", "", rollout.coordinator.id, ticked=False)
    assert not rollout.gates.gate_status("start").requirements[1].met


def test_evidence_cannot_change_once_the_step_is_signed_off(rollout: Rollout) -> None:
    rollout.close_start()
    with pytest.raises(TrainerError, match="can no longer change"):
        rollout.gates.tick_evidence("start", "credentials", "other", rollout.coordinator.id, ticked=False)


def test_walkthrough_completed_by_the_role_meets_the_requirement(rollout: Rollout) -> None:
    rollout.close_start()
    worker = rollout.person("Grace Okello", "case_worker")
    locations = rollout.gates.gate_status("configure").requirements[1]
    assert not locations.met
    assert (
        locations.explanation
        == "No one with the role “System administrator” has completed “Import locations” yet."
    )
    rollout.complete_locations(rollout.admin)
    status = rollout.gates.gate_status("configure")
    assert status.state is GateState.READY
    assert status.requirements[1].explanation == "Completed by Jean Dupont; first on 2026-01-05."
    assert worker.id not in {p.learner_id for g in status.requirements[1].people for p in g.people}


def test_not_applicable_only_where_allowed_and_only_once_unlocked(rollout: Rollout) -> None:
    with pytest.raises(TrainerError, match="cannot be marked not applicable"):
        rollout.gates.mark_not_applicable("start", "no reason", rollout.coordinator.id)
    with pytest.raises(GateNotReadyError, match="is locked") as caught:
        rollout.gates.mark_not_applicable("migrate", "No legacy data", rollout.coordinator.id)
    assert caught.value.problems == ["Configure is signed off: “Configure” is not signed off yet."]
    rollout.close_start()
    rollout.complete_locations(rollout.admin)
    rollout.gates.sign_off("configure", rollout.coordinator.id)
    with pytest.raises(ValidationError, match="A reason is required"):
        rollout.gates.mark_not_applicable("migrate", " ", rollout.coordinator.id)
    with pytest.raises(PermissionDeniedError):
        rollout.gates.mark_not_applicable("migrate", "No legacy data", rollout.admin.id)
    rollout.gates.mark_not_applicable("migrate", "No legacy data", rollout.coordinator.id)
    migrate = rollout.gates.gate_status("migrate")
    assert migrate.state is GateState.NOT_APPLICABLE
    assert migrate.not_applicable is not None
    assert migrate.not_applicable.by_name == "Amal Haddad"
    assert rollout.state("live") is GateState.IN_PROGRESS
    with pytest.raises(TrainerError, match="is marked not applicable"):
        rollout.gates.sign_off("migrate", rollout.coordinator.id)
    with pytest.raises(TrainerError, match="is marked not applicable"):
        rollout.gates.mark_not_applicable("migrate", "again", rollout.coordinator.id)


def test_planned_staff_is_validated_stored_and_counted(rollout: Rollout) -> None:
    with pytest.raises(ValidationError, match="Unknown role 'pilot'"):
        rollout.gates.set_planned("pilot", "", 3)
    with pytest.raises(ValidationError, match="0 or more"):
        rollout.gates.set_planned("case_worker", "", -1)
    rollout.gates.set_planned("case_worker", "  Riverside  ", 2)
    rollout.gates.set_planned("case_worker", "Riverside", 3)  # replaces
    rollout.gates.set_planned("case_worker", "", 3)
    assert rollout.gates.planned() == [
        PlannedStaff("case_worker", "", 3),
        PlannedStaff("case_worker", "Riverside", 3),
    ]
    workers = [rollout.person(f"Worker {n}", "case_worker") for n in range(3)]
    for worker in workers[:2]:
        rollout.certify(worker, "worker")
    per_agency, overall = rollout.gates.gate_status("live").requirements[1:3]
    assert "2 of 3 planned case workers certified at Riverside (need 3)." in per_agency.explanation
    assert overall.explanation.startswith("2 of 3 planned case workers certified (need 3).")
    rollout.gates.remove_planned("case_worker", "")
    with pytest.raises(NotFoundError):
        rollout.gates.remove_planned("case_worker", "")


def test_the_report_holds_every_step_and_needs_a_pdf_name(rollout: Rollout, tmp_path: Path) -> None:
    rollout.close_start()
    report = rollout.gates.report()
    assert [g.gate.title for g in report.gates] == ["Start", "Configure", "Migrate", "Go live"]
    assert report.gates[0].signoff is not None
    assert report.role_titles["coordinator"] == "CPIMS+ coordinator"
    with pytest.raises(ValidationError, match=r"ending in \.pdf"):
        rollout.gates.write_report(tmp_path / "report.txt")
    with pytest.raises(TrainerError, match="not available"):
        rollout.gates.write_report(tmp_path / "report.pdf")


def test_a_pack_without_gates_says_so(mini_app: Any) -> None:
    with pytest.raises(NotFoundError, match="No installed pack describes the rollout gates"):
        mini_app.gates.status()


def test_real_certificates_count_and_revoked_ones_do_not(rollout: Rollout) -> None:
    app = rollout.app
    earn_admin_certificate(app, rollout.admin)
    app.gates.tick_evidence("start", "credentials", "Email in the shared folder", rollout.coordinator.id)
    assert app.gates.gate_status("start").state is GateState.READY
    certificate = app.certificates.list(rollout.admin.id)[0]
    app.revocation.revoke(certificate.id, "issued by mistake")
    status = app.gates.gate_status("start")
    assert status.state is GateState.IN_PROGRESS
    assert status.requirements[0].explanation.startswith("Certified for “Admin core training”: 0 (need 1).")


def test_a_whole_track_certificate_issued_before_the_split_keeps_verifying_and_counting(
    tmp_path: Path, clock: FakeClock
) -> None:
    """Issued when the admin track awarded one whole-track certificate; the pack then splits the track into
    per-step certificates. The old certificate still verifies and counts for the Step 1 certificate, whose
    module the old track covered."""
    root = tmp_path / "pack"
    shutil.copytree(MINI_PACK, root)
    app = open_app(data_dir=str(tmp_path / "data"), clock=clock, bundled_root=root)
    admin = app.learners.create("Jean Dupont", "system_administrator", "Head office")[0]
    walkthrough = app.walkthroughs.load("mini-pack", "setup-walkthrough")
    for step in walkthrough.steps:
        app.walkthroughs.tick(admin.id, "mini-pack", "setup-walkthrough", step.id, True)
    recorded = app.progress.record_video(
        admin.id, "mini-pack", "setup-video", [(0.0, 4.0)], 4.0, 4.0, seconds=4.0
    )
    [old] = recorded.certificates  # the last activity of the track: recording it issued the certificate
    assert old is not None
    assert old.certificate_key == "admin"
    app.close()

    with (root / "content" / "pack.toml").open("a", encoding="utf-8") as handle:
        handle.write((FIXTURES / "gates" / "extra_roles.toml").read_text(encoding="utf-8"))
    shutil.copy(FIXTURES / "gates" / "admin.toml", root / "content" / "tracks" / "admin.toml")
    shutil.copy(FIXTURES / "gates" / "gates.toml", root / GATES_FILE)
    clock.advance(86_400)
    app = open_app(data_dir=str(tmp_path / "data"), clock=clock, bundled_root=root)
    try:
        assert [c.id for c in app.certificates.list()] == [old.id]
        assert app.certificates.verify_stored() == [(old.id, True, "")]
        start = app.gates.gate_status("start")
        certified = next(r for r in start.requirements if r.requirement.id == "admin-certified")
        assert certified.met
        assert certified.people[0].people[0].name == "Jean Dupont"
        # the old track did not hold the new Step 2 module: it does not stand for that certificate
        records = certificate_source(app.certificates.countable, app.packs)("mini-pack")
        assert {r.certificate_id for r in records} == {"admin-core"}
    finally:
        app.close()


def test_a_per_step_certificate_names_itself_in_its_signed_credential(rollout: Rollout) -> None:
    import json

    app = rollout.app
    earn_admin_certificate(app, rollout.admin)  # the Step 1 work only: no Step 2 certificate yet
    [issued] = app.certificates.list(rollout.admin.id)
    assert (issued.certificate_key, issued.track_id, issued.track_title) == (
        "admin-core",
        "admin",
        "Admin core training",
    )
    achievement = json.loads(app.certificates.credential_json(issued.id))["credentialSubject"]["achievement"]
    assert achievement["name"] == "Admin core training"
    identifiers = {e["identifierType"]: e["identifier"] for e in achievement["otherIdentifier"]}
    assert identifiers == {
        "ext:packId": "mini-pack",
        "ext:trackId": "admin",
        "ext:certificateId": "admin-core",
    }
    assert app.certificates.verify_stored() == [(issued.id, True, "")]
    assert app.certificate_files.document(issued.id).title == "Admin core training"
    rollout.complete_locations(rollout.admin)  # Step 2 work: its own certificate, with its own id
    [second] = [c for c in app.certificates.list(rollout.admin.id) if c.id != issued.id]
    assert second.certificate_key == "admin-demo"
    assert issued.id != second.id
    assert {c.status.value for c in app.certificates.list(rollout.admin.id)} == {"valid"}  # none superseded


def test_per_step_certificates_travel_in_a_records_bundle(tmp_path: Path, clock: FakeClock) -> None:
    root = make_gates_pack(tmp_path)
    field = open_app(data_dir=str(tmp_path / "field"), clock=clock, bundled_root=root)
    centre = open_app(data_dir=str(tmp_path / "centre"), clock=clock, bundled_root=root)
    try:
        admin = field.learners.create("Jean Dupont", "system_administrator", "Head office")[0]
        earn_admin_certificate(field, admin)
        walkthrough = field.walkthroughs.load("mini-pack", "setup-walkthrough")
        ticks = [
            field.walkthroughs.tick(admin.id, "mini-pack", "setup-walkthrough", step.id, True)
            for step in walkthrough.steps
        ]
        # the last tick issued it
        assert [c.certificate_key for c in ticks[-1].certificates] == ["admin-demo"]
        field.records.export(tmp_path / "field.zip")
        centre.trust.trust_key(field.trust.device_key().public.public_key, "Field laptop")
        centre.records.import_bundle(tmp_path / "field.zip")
        stored = {c.certificate_key: c.status.value for c in centre.certificates.list()}
        assert stored == {"admin-core": "valid", "admin-demo": "valid"}
        centre.records.import_bundle(tmp_path / "field.zip")  # idempotent: neither supersedes the other
        assert {c.certificate_key: c.status.value for c in centre.certificates.list()} == stored
        certified = centre.gates.gate_status("start").requirements[0]
        assert certified.met
        assert certified.people[0].people[0].name == "Jean Dupont"
    finally:
        field.close()
        centre.close()
