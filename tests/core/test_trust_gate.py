"""One trust rule for every piece of evidence: whatever a key nobody trusted signs — records, certificates,
revocations, supersessions — is kept aside and changes nothing that counts until that key is trusted."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import earned_certificate
from tests.core.pdf_samples import build_pdf
from tests.core.records_fixtures import PACK, RECORD_TABLES, dump, laptop, train_worker
from tests.core.trust_fixtures import (
    MALLORY,
    Tables,
    add_certificate,
    countable_ids,
    forged_credential,
    forged_token,
    genuine_json,
    resign,
    revoke_all,
    write_json,
)
from trainer_app.core.common.errors import ExchangeError
from trainer_app.core.credentials.encoding import canonical_json
from trainer_app.core.exchange import record_format as fmt


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


@pytest.fixture
def genuine(field: Any, centre: Any, tmp_path: Path) -> dict[str, str]:
    """Grace's certificate, issued on the field laptop (trusted by the centre) and counted at the centre."""
    grace, _ = field.learners.create("Grace Okello", "case_worker", "Riverside agency", "Riverside office")
    train_worker(field, grace.id)
    certificate = earned_certificate(field, grace.id)
    assert certificate is not None
    field.records.export(tmp_path / "field.zip")
    centre.trust.trust_key(field.trust.device_key().public.public_key, "Field laptop")
    centre.records.import_bundle(tmp_path / "field.zip")
    assert countable_ids(centre) == {certificate.id}
    return {"learner": grace.id, "certificate": certificate.id, "bundle": str(tmp_path / "field.zip")}


def add_eve(tables: Tables) -> None:
    """A new learner with finished progress: what a forger would add to raise the counts."""
    learner = list(tables[fmt.LEARNERS][0])
    learner[0], learner[1] = "e0e0e0e0-0000-4000-8000-000000000001", "Eve Invented"
    tables[fmt.LEARNERS].append(tuple(learner))
    progress = list(tables[fmt.PROGRESS][0])
    progress[0] = learner[0]
    tables[fmt.PROGRESS].append(tuple(progress))


def mallory_trusted(centre: Any) -> None:
    centre.trust.trust_key(MALLORY.public.public_key, "Mallory's laptop")


# ---- records bundles ------------------------------------------------------------------------------------


def test_an_untrusted_bundle_cannot_revoke_until_its_key_is_trusted(
    field: Any, centre: Any, genuine: dict[str, str], tmp_path: Path, clock: Any
) -> None:
    forged = resign(Path(genuine["bundle"]), tmp_path / "revoke.zip", revoke_all)
    result = centre.records.import_bundle(forged)
    assert not result.trusted
    assert result.counts["certificates"]["pending"] == 1
    assert centre.certificates.get(genuine["certificate"]).revoked_at is None
    assert countable_ids(centre) == {genuine["certificate"]}

    centre.records.export(tmp_path / "centre.zip")  # kept aside: never passed on as if it counted
    national = laptop(tmp_path, "national", clock)
    national.trust.trust_key(centre.trust.device_key().public.public_key, "Training centre")
    national.trust.trust_key(field.trust.device_key().public.public_key, "Field laptop")
    national.records.import_bundle(tmp_path / "centre.zip")
    assert countable_ids(national) == {genuine["certificate"]}
    national.close()

    mallory_trusted(centre)  # a trusted key's revocation is honoured, at once
    assert centre.certificates.get(genuine["certificate"]).revoked_at is not None
    assert countable_ids(centre) == set()


def test_an_untrusted_bundle_cannot_add_learners_progress_or_a_superseding_certificate(
    centre: Any, genuine: dict[str, str], tmp_path: Path
) -> None:
    credential = forged_credential(genuine_json(centre, genuine["certificate"]))

    def edit(tables: Tables) -> None:
        add_eve(tables)
        add_certificate(tables, credential)

    forged = resign(Path(genuine["bundle"]), tmp_path / "add.zip", edit)
    centre.records.import_bundle(forged)
    assert "Eve Invented" not in {learner.display_name for learner in centre.learners.list()}
    assert [c.id for c in centre.certificates.list()] == [genuine["certificate"]]
    assert countable_ids(centre) == {genuine["certificate"]}

    mallory_trusted(centre)
    assert "Eve Invented" in {learner.display_name for learner in centre.learners.list()}
    mallory_id = credential["id"].removeprefix("urn:uuid:")
    assert countable_ids(centre) == {mallory_id}  # trusted now: the newer version supersedes
    assert centre.certificates.get(genuine["certificate"]).superseded_by == mallory_id
    assert centre.records.pending() == []


def test_a_trusted_bundle_carrying_an_untrusted_certificate_cannot_supersede(
    field: Any, centre: Any, genuine: dict[str, str], tmp_path: Path
) -> None:
    credential = forged_credential(genuine_json(centre, genuine["certificate"]))
    relay = resign(
        Path(genuine["bundle"]),
        tmp_path / "relay.zip",
        lambda t: add_certificate(t, credential),
        key=field.trust.device_key(),
        bundle_id="r" * 8,
    )
    centre.records.import_bundle(relay)
    assert countable_ids(centre) == {genuine["certificate"]}
    assert centre.certificates.get(genuine["certificate"]).superseded_by is None


def test_a_trusted_bundle_with_a_certificate_whose_proof_is_broken_counts_nothing(
    field: Any, tmp_path: Path, genuine: dict[str, str], clock: Any
) -> None:
    def tamper(tables: Tables) -> None:
        row = list(tables[fmt.CERTIFICATES][0])
        row[2] = row[2].replace("Grace Okello", "Grace Okelo")
        tables[fmt.CERTIFICATES][0] = tuple(row)

    broken = resign(Path(genuine["bundle"]), tmp_path / "broken.zip", tamper, key=field.trust.device_key())
    national = laptop(tmp_path, "national", clock)
    national.trust.trust_key(field.trust.device_key().public.public_key, "Field laptop")
    with pytest.raises(ExchangeError, match="does not verify"):
        national.records.import_bundle(broken)
    assert national.certificates.list() == []
    assert countable_ids(national) == set()
    national.close()


def test_a_discarded_key_stays_discarded_when_trusted_and_a_new_import_then_counts(
    centre: Any, genuine: dict[str, str], tmp_path: Path
) -> None:
    forged = resign(Path(genuine["bundle"]), tmp_path / "add.zip", add_eve)
    centre.records.import_bundle(forged)
    [held] = [p for p in centre.records.pending_by_key() if p["fingerprint"] == MALLORY.fingerprint]
    assert held["kinds"]["learners"] == 2
    assert held["bytes"] > 0
    dropped = centre.records.discard(MALLORY.fingerprint)
    assert dropped >= 3
    assert centre.records.pending_by_key() == []
    mallory_trusted(centre)
    assert "Eve Invented" not in {learner.display_name for learner in centre.learners.list()}
    centre.records.import_bundle(forged)  # brought again, now from a trusted key: it counts normally
    assert "Eve Invented" in {learner.display_name for learner in centre.learners.list()}


def test_incomplete_kept_aside_records_never_break_later_imports(
    field: Any, centre: Any, genuine: dict[str, str], tmp_path: Path
) -> None:
    def orphan(tables: Tables) -> None:
        add_eve(tables)
        tables[fmt.LEARNERS] = [r for r in tables[fmt.LEARNERS] if r[1] != "Eve Invented"]

    centre.records.import_bundle(resign(Path(genuine["bundle"]), tmp_path / "orphan.zip", orphan))
    mallory_trusted(centre)  # releases what it can; Eve's progress has no learner: kept aside
    [held] = centre.records.pending_by_key()
    assert held["kinds"] == {"progress": 1}
    field.progress.record_guide(genuine["learner"], PACK, "basics-guide", 1.0, True, 99)
    field.records.export(tmp_path / "later.zip")
    assert centre.records.import_bundle(tmp_path / "later.zip").trusted  # no FOREIGN KEY failure


# ---- certificate files and QR tokens --------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["json", "pdf"])
def test_an_untrusted_certificate_file_cannot_supersede_until_its_issuer_is_trusted(
    centre: Any, genuine: dict[str, str], tmp_path: Path, kind: str
) -> None:
    credential = forged_credential(genuine_json(centre, genuine["certificate"]))
    path = write_json(tmp_path / "forged.json", credential)
    if kind == "pdf":
        path = tmp_path / "forged.pdf"
        path.write_bytes(build_pdf({"certificate.json": canonical_json(credential)}))
    [result] = centre.certificate_checks.import_paths([path])
    assert result.status.value == "imported"
    assert countable_ids(centre) == {genuine["certificate"]}
    assert centre.certificates.get(genuine["certificate"]).superseded_by is None
    [held] = centre.records.pending_by_key()
    assert held["fingerprint"] == MALLORY.fingerprint
    assert held["kinds"] == {"certificates": 1}

    mallory_trusted(centre)
    mallory_id = credential["id"].removeprefix("urn:uuid:")
    assert countable_ids(centre) == {mallory_id}
    centre.trust.distrust(MALLORY.fingerprint)  # and back: the genuine one counts again
    assert countable_ids(centre) == {genuine["certificate"]}


def test_a_discarded_certificate_file_does_not_come_back_when_its_issuer_is_trusted(
    centre: Any, genuine: dict[str, str], tmp_path: Path
) -> None:
    credential = forged_credential(genuine_json(centre, genuine["certificate"]))
    centre.certificate_checks.import_paths([write_json(tmp_path / "forged.json", credential)])
    centre.records.discard(MALLORY.fingerprint.replace(" ", "").lower())
    mallory_trusted(centre)
    assert countable_ids(centre) == {genuine["certificate"]}
    assert [c.id for c in centre.certificates.list()] == [genuine["certificate"]]


def test_a_qr_token_from_an_untrusted_key_changes_nothing(centre: Any, genuine: dict[str, str]) -> None:
    token = forged_token(genuine_json(centre, genuine["certificate"]))
    report = centre.certificate_checks.verify_token(token)
    assert not report.valid
    assert report.reason == "unknown key"
    result = centre.certificate_checks.checker.import_report(report)
    assert result.status.value == "rejected"
    assert countable_ids(centre) == {genuine["certificate"]}


def test_the_revocation_rule() -> None:
    from trainer_app.core.rules.trust import revocation_honoured

    assert revocation_honoured("aa", "aa", set())  # the certificate's own issuer
    assert revocation_honoured("bb", "aa", {"bb"})  # a trusted key
    assert not revocation_honoured("bb", "aa", {"aa"})  # anyone else: not honoured


def test_every_member_of_an_untrusted_bundle_is_kept_aside_and_nothing_that_counts_changes(
    centre: Any, genuine: dict[str, str], tmp_path: Path
) -> None:
    """The gate is per bundle, not per member: a member added to the format later is kept aside the same way."""
    forged = resign(
        Path(genuine["bundle"]), tmp_path / "all.zip", lambda tables: (add_eve(tables), revoke_all(tables))
    )
    counted = tuple(t for t in RECORD_TABLES if t not in ("pending_record", "issuer_key", "learner_conflict"))
    before = dump(centre, counted)
    result = centre.records.import_bundle(forged)
    assert dump(centre, counted) == before
    held = {name: c for name, c in result.counts.items() if any(c.values())}
    assert {"learners", "progress", "session_log", "quiz_attempts", "quiz_answers", "certificates"} <= set(
        held
    )
    assert all(c["added"] == c["updated"] == 0 and c["pending"] > 0 for c in held.values())
