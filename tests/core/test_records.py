"""Records bundles between two laptops: export, import twice, merge rules, trust, conflicts, receipts."""

from __future__ import annotations

import zipfile
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import earned_certificate
from tests.core.records_fixtures import (
    PACK,
    count,
    dump,
    laptop,
    take_quiz,
    tick_walkthrough,
    train_worker,
)
from trainer_app.core.common.errors import ExchangeError
from trainer_app.core.domain.report import LearnerStatus
from trainer_app.core.services.records import ImportResult, ReceiptResult


@pytest.fixture
def field(tmp_path: Path, clock: Any):  # type: ignore[no-untyped-def]
    app = laptop(tmp_path, "field", clock)
    yield app
    app.close()


@pytest.fixture
def centre(tmp_path: Path, clock: Any):  # type: ignore[no-untyped-def]
    app = laptop(tmp_path, "centre", clock)
    yield app
    app.close()


def trust_each_other(field: Any, centre: Any) -> None:
    centre.trust.trust_key(field.trust.device_key().public.public_key, "Field laptop")
    field.trust.trust_key(centre.trust.device_key().public.public_key, "Training centre")


def seed_field(field: Any) -> dict[str, str]:
    grace, _ = field.learners.create("Grace Okello", "case_worker", "Riverside agency", "Riverside office")
    samir, _ = field.learners.create("Samir Haddad", "case_worker", "Hill agency", "Hill office")
    amal, _ = field.learners.create("Amal Haddad", "system_administrator", "Riverside agency", "HQ")
    train_worker(field, grace.id)
    earned_certificate(field, grace.id)
    field.progress.record_guide(samir.id, PACK, "basics-guide", 0.5, False, 5)
    tick_walkthrough(field, amal.id)
    return {"grace": grace.id, "samir": samir.id, "amal": amal.id}


def test_one_laptop_exports_the_other_imports_twice_and_both_views_agree(
    field: Any, centre: Any, tmp_path: Path
) -> None:
    ids = seed_field(field)
    trust_each_other(field, centre)
    exported = field.records.export(tmp_path / "field.zip")
    assert exported.counts["learners"] == 3
    assert exported.counts["certificates"] == 1
    assert exported.counts["quiz_attempts"] == 1
    assert exported.counts["walkthrough_checks"] == 2

    first = centre.records.import_bundle(tmp_path / "field.zip", "coordinator")
    assert first.trusted
    assert first.counts["learners"]["added"] == 3
    assert first.counts["certificates"]["added"] == 1
    after_first = dump(centre)
    second = centre.records.import_bundle(tmp_path / "field.zip", "coordinator")
    assert dump(centre) == after_first  # idempotent: the second import changes nothing
    assert second.added == 0
    assert second.updated == 0
    assert second.times_before == 1
    assert len(centre.records.imports("bundle")) == 2  # but each import is logged

    mine, theirs = field.reports.build(), centre.reports.build()
    assert [replace(r, origin="") for r in mine.learners] == [replace(r, origin="") for r in theirs.learners]
    assert {r.origin for r in theirs.learners} == {f"bundle:{field.records.installation_id()}"}
    assert mine.matrix == theirs.matrix
    assert mine.per_role == theirs.per_role
    assert mine.quizzes == theirs.quizzes
    grace = next(r for r in theirs.learners if r.learner_id == ids["grace"])
    assert grace.status is LearnerStatus.COMPLETED
    assert grace.certificates == 1
    assert centre.certificates.list()[0].learner_id == ids["grace"]
    assert centre.progress.for_learner(ids["samir"], PACK) == field.progress.for_learner(ids["samir"], PACK)
    assert centre.learners.get(ids["grace"]).display_name == "Grace Okello"


def test_progress_takes_the_higher_value_and_the_earliest_completion(
    field: Any, centre: Any, clock: Any, tmp_path: Path
) -> None:
    trust_each_other(field, centre)
    learner, _ = field.learners.create("Grace Okello", "case_worker")
    field.progress.record_guide(learner.id, PACK, "basics-guide", 0.4, False, 5)
    field.records.export(tmp_path / "1.zip")
    centre.records.import_bundle(tmp_path / "1.zip")
    clock.advance(3600)
    centre.progress.record_guide(learner.id, PACK, "basics-guide", 1.0, True, 30)  # completed at the centre
    early = centre.progress.activity(learner.id, PACK, "basics-guide")
    clock.advance(3600)
    field.progress.record_guide(learner.id, PACK, "basics-guide", 1.0, True, 30)  # later on the field laptop
    field.progress.record_guide(learner.id, PACK, "follow-up-guide", 0.7, False, 2)
    field.records.export(tmp_path / "2.zip")
    result = centre.records.import_bundle(tmp_path / "2.zip")
    merged = centre.progress.activity(learner.id, PACK, "basics-guide")
    assert merged.completed_at == early.completed_at
    assert merged.progress == 1.0
    assert merged.seconds_spent == max(early.seconds_spent, 35.0)
    assert centre.progress.activity(learner.id, PACK, "follow-up-guide").progress == pytest.approx(
        field.progress.activity(learner.id, PACK, "follow-up-guide").progress
    )
    assert result.counts["progress"]["updated"] == 1
    assert result.counts["progress"]["added"] == 1
    # back the other way: the field laptop learns the earlier completion, never a lower value
    centre.records.export(tmp_path / "3.zip")
    field.records.import_bundle(tmp_path / "3.zip")
    assert field.progress.activity(learner.id, PACK, "basics-guide").completed_at == early.completed_at


def test_an_import_never_deletes(field: Any, centre: Any, tmp_path: Path) -> None:
    trust_each_other(field, centre)
    own, _ = centre.learners.create("Centre Learner", "case_worker")
    centre.progress.record_guide(own.id, PACK, "basics-guide", 1.0, True, 40)
    before = dump(centre)
    field.learners.create("Field Learner", "case_worker")
    field.records.export(tmp_path / "f.zip")
    centre.records.import_bundle(tmp_path / "f.zip")
    after = dump(centre)
    for table, rows in before.items():
        if table != "issuer_key":
            assert set(rows) <= set(after[table]), table


def test_conflicting_learner_details_are_kept_and_listed_not_overwritten(
    field: Any, centre: Any, tmp_path: Path
) -> None:
    trust_each_other(field, centre)
    learner, _ = field.learners.create("Grace Okello", "case_worker", "Riverside agency", "North")
    field.records.export(tmp_path / "1.zip")
    centre.records.import_bundle(tmp_path / "1.zip")
    field.learners.update(
        field.learners.get(learner.id).__class__(
            **{**field.learners.get(learner.id).__dict__, "agency": "Hill agency", "site": "South"}
        )
    )
    field.records.export(tmp_path / "2.zip")
    result = centre.records.import_bundle(tmp_path / "2.zip")
    assert result.conflicts == 2
    assert centre.learners.get(learner.id).agency == "Riverside agency"  # not overwritten silently
    conflicts = centre.records.conflicts()
    assert {(c["field"], c["local_value"], c["incoming_value"]) for c in conflicts} == {
        ("agency", "Riverside agency", "Hill agency"),
        ("site", "North", "South"),
    }
    centre.records.import_bundle(tmp_path / "2.zip")
    assert len(centre.records.conflicts()) == 2  # the same conflict is listed once
    agency = next(c for c in conflicts if c["field"] == "agency")
    centre.records.resolve_conflict(agency["id"], take_incoming=True)
    assert centre.learners.get(learner.id).agency == "Hill agency"
    site = next(c for c in conflicts if c["field"] == "site")
    centre.records.resolve_conflict(site["id"], take_incoming=False)
    assert centre.learners.get(learner.id).site == "North"
    assert centre.records.conflicts() == []
    assert len(centre.records.conflicts(include_resolved=True)) == 2


def test_records_from_an_untrusted_key_are_kept_visible_and_not_counted_until_trusted(
    field: Any, centre: Any, tmp_path: Path
) -> None:
    ids = seed_field(field)
    field.records.export(tmp_path / "f.zip")
    result = centre.records.import_bundle(tmp_path / "f.zip")
    assert not result.trusted
    assert result.counts["learners"]["pending"] == 3
    assert centre.reports.build().learners == ()  # nothing counts yet
    pending = centre.records.pending()
    assert {p["member"] for p in pending} >= {"learners.jsonl", "progress.jsonl"}
    assert pending[0]["source_fingerprint"] == field.trust.device_key().fingerprint
    assert centre.records.pending_for_learner(ids["grace"])  # visible per learner
    assert centre.certificates.list() == []  # certificates are kept aside with the rest of the bundle
    assert {p["member"] for p in pending} >= {"certificates.jsonl"}
    again = centre.records.import_bundle(tmp_path / "f.zip")
    assert again.counts["learners"]["pending"] == 0
    assert again.counts["learners"]["unchanged"] == 3

    centre.trust.trust_key(field.trust.device_key().public.public_key, "Field laptop")  # releases at once
    report = centre.reports.build()
    assert centre.records.pending() == []
    assert {r.learner_id for r in report.learners} == set(ids.values())
    assert next(r for r in report.learners if r.learner_id == ids["grace"]).certificates == 1


def test_the_receipt_shows_the_field_laptop_what_arrived(field: Any, centre: Any, tmp_path: Path) -> None:
    trust_each_other(field, centre)
    seed_field(field)
    exported = field.records.export(tmp_path / "f.zip")
    result = centre.records.import_file(tmp_path / "f.zip", "coordinator", tmp_path / "receipts")
    assert isinstance(result, ImportResult)
    assert result.receipt_path is not None
    back = field.records.import_file(result.receipt_path)
    assert isinstance(back, ReceiptResult)
    assert back.new
    assert back.receipt.bundle_id == exported.bundle_id
    assert back.receipt.counts["learners"]["added"] == 3
    assert back.receipt.trusted
    assert back.receipt.receiver_key.fingerprint == centre.trust.device_key().fingerprint
    assert not field.records.import_receipt(result.receipt_path).new  # seen before: logged once
    assert len(field.records.imports("receipt")) == 1
    with pytest.raises(ExchangeError, match="not exported from this installation"):
        centre.records.import_receipt(result.receipt_path)
    tampered = tmp_path / "tampered.json"
    tampered.write_text(result.receipt_path.read_text().replace('"added": 3', '"added": 30'))
    with pytest.raises(ExchangeError, match="signature"):
        field.records.import_receipt(tampered)


def test_export_since_a_date_takes_what_changed_and_the_learners_it_needs(
    field: Any, centre: Any, clock: Any, tmp_path: Path
) -> None:
    trust_each_other(field, centre)
    old, _ = field.learners.create("Old Learner", "case_worker")
    new, _ = field.learners.create("New Learner", "case_worker")
    field.progress.record_guide(old.id, PACK, "basics-guide", 0.3, False, 5)
    clock.advance(2 * 86400)
    since = clock.now - timedelta(hours=1)
    take_quiz(field, old.id)
    result = field.records.export(tmp_path / "since.zip", since)
    assert result.counts["learners"] == 1  # Old Learner, needed by the new quiz attempt
    assert result.counts["quiz_attempts"] == 1
    assert result.counts["progress"] == 1
    assert result.time_to is not None
    assert result.time_to >= since.isoformat()
    centre.records.import_bundle(tmp_path / "since.zip")
    assert [x.id for x in centre.learners.list()] == [old.id]
    assert new.id not in {x.id for x in centre.learners.list()}


def test_the_bundle_never_holds_private_keys(field: Any, tmp_path: Path) -> None:
    seed_field(field)
    field.records.export(tmp_path / "f.zip")
    private_pem = (field.paths.keys / "device-ed25519.pem").read_bytes()
    with zipfile.ZipFile(tmp_path / "f.zip") as archive:
        names = archive.namelist()
        everything = b"".join(archive.read(n) for n in names)
    assert b"PRIVATE KEY" not in everything
    assert private_pem not in everything
    assert sorted(names)[-2:] == ["manifest.json", "manifest.sig"] or "manifest.json" in names


def test_cancelling_an_import_writes_nothing(field: Any, centre: Any, tmp_path: Path) -> None:
    trust_each_other(field, centre)
    seed_field(field)
    field.records.export(tmp_path / "f.zip")
    before = dump(centre)
    with pytest.raises(ExchangeError, match="Cancelled"):
        centre.records.import_bundle(tmp_path / "f.zip", progress=lambda fraction, _what: fraction < 0.5)
    assert dump(centre) == before
    assert count(centre, "import_log") == 0


def test_cancelling_an_export_leaves_no_file(field: Any, tmp_path: Path) -> None:
    seed_field(field)
    with pytest.raises(ExchangeError, match="Cancelled"):
        field.records.export(tmp_path / "f.zip", progress=lambda fraction, _what: fraction < 0.3)
    assert list(tmp_path.glob("f.zip*")) == []
    assert field.records.exports() == []


def test_a_coordinator_passes_records_on_and_certificates_are_checked_under_their_own_key(
    field: Any, centre: Any, tmp_path: Path, clock: Any
) -> None:
    ids = seed_field(field)
    trust_each_other(field, centre)
    field.records.export(tmp_path / "field.zip")
    centre.records.import_bundle(tmp_path / "field.zip")
    centre.records.export(tmp_path / "centre.zip")  # signed by the centre, holding the field's certificate
    national = laptop(tmp_path, "national", clock)
    national.trust.trust_key(centre.trust.device_key().public.public_key, "Training centre")
    result = national.records.import_bundle(tmp_path / "centre.zip")
    assert result.trusted
    assert result.counts["learners"]["added"] == 3
    certificate = national.certificates.list()[0]
    assert certificate.learner_id == ids["grace"]
    assert certificate.status.value == "untrusted"
    assert certificate.issuer_fingerprint == field.trust.device_key().fingerprint

    forged = tmp_path / "forged.zip"  # a certificate changed, then the bundle re-signed by the centre
    from trainer_app.core.exchange import bundle
    from trainer_app.core.exchange.record_format import CERTIFICATES, MEMBERS

    with bundle.BundleReader(tmp_path / "centre.zip") as reader:
        tables = {m: list(reader.rows(m)) for m in MEMBERS}
        header = reader.manifest
    row = list(tables[CERTIFICATES][0])
    row[2] = row[2].replace("Grace Okello", "Grace Okelo")
    tables[CERTIFICATES][0] = tuple(row)
    key = centre.trust.device_key()
    bundle.write_bundle(
        forged, lambda members: replace(header, bundle_id="f" * 8, members=members), list(tables.items()), key
    )
    other = laptop(tmp_path, "other", clock)
    other.trust.trust_key(key.public.public_key, "Training centre")
    before = dump(other)
    with pytest.raises(ExchangeError, match="does not verify"):
        other.records.import_bundle(forged)
    assert dump(other) == before
    for app in (national, other):
        app.close()


def test_a_bundle_goes_into_the_configured_database_too(mini_app: Any, field: Any, tmp_path: Path) -> None:
    """On SQLite and on a shared PostgreSQL database (the `mini_app` fixture runs on both)."""
    ids = seed_field(field)
    mini_app.trust.trust_key(field.trust.device_key().public.public_key, "Field laptop")
    field.records.export(tmp_path / "field.zip")
    first = mini_app.records.import_bundle(tmp_path / "field.zip")
    second = mini_app.records.import_bundle(tmp_path / "field.zip")
    assert first.counts["session_log"]["added"] > 0
    assert second.added == 0
    assert second.updated == 0
    assert mini_app.progress.for_learner(ids["grace"], PACK) == field.progress.for_learner(ids["grace"], PACK)
    mine = {r.learner_id: r.percent for r in field.reports.build().learners}
    assert {r.learner_id: r.percent for r in mini_app.reports.build().learners} == mine
    mini_app.records.export(tmp_path / "back.zip")
    field.trust.trust_key(mini_app.trust.device_key().public.public_key, "Training centre")
    back = field.records.import_bundle(tmp_path / "back.zip")  # what went there comes back unchanged
    assert back.trusted
    assert back.added == 0
    assert back.updated == 0
