"""Bad bundles are rejected whole, with the reason, and nothing from them is written; a full disk loses nothing."""

from __future__ import annotations

import errno
import json
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest

from tests.core.records_fixtures import count, dump, jsonl, laptop, signed_bundle, train_worker
from trainer_app.core.common.errors import ExchangeError
from trainer_app.core.exchange.record_format import LEARNERS, PROGRESS, QUIZ_ANSWERS


@pytest.fixture
def pair(tmp_path: Path, clock: Any):  # type: ignore[no-untyped-def]
    field, centre = laptop(tmp_path, "field", clock), laptop(tmp_path, "centre", clock)
    centre.trust.trust_key(field.trust.device_key().public.public_key, "Field laptop")
    learner, _ = field.learners.create("Grace Okello", "case_worker", "Riverside agency")
    train_worker(field, learner.id)
    field.records.export(tmp_path / "good.zip")
    yield field, centre
    field.close()
    centre.close()


def rewrite(source: Path, target: Path, change: Any) -> Path:
    """Copy a zip member by member, letting `change(name, data)` alter a member's bytes."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for name in old.namelist():
            new.writestr(name, change(name, old.read(name)))
    return target


def indexes(app: Any) -> list[tuple[str, str]]:
    with app.db.transaction() as conn:
        return [(name, sql) for name, sql in conn.exec_driver_sql(INDEXES)]


INDEXES = "SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"


def rejected(centre: Any, path: Path, reason: str) -> None:
    before, indexed = dump(centre), indexes(centre)
    with pytest.raises(ExchangeError, match=reason):
        centre.records.import_bundle(path)
    assert dump(centre) == before
    assert count(centre, "import_log") == 0
    # the indexes an import into empty tables drops come back with the rollback
    assert indexes(centre) == indexed


def test_a_changed_member_is_rejected(pair: Any, tmp_path: Path) -> None:
    _, centre = pair
    bad = rewrite(
        tmp_path / "good.zip",
        tmp_path / "bad.zip",
        lambda n, d: d.replace(b"Grace", b"Grape") if n == LEARNERS.name else d,
    )
    rejected(centre, bad, "changed after it was signed")


def test_an_import_into_empty_tables_leaves_every_index_in_place(pair: Any, tmp_path: Path) -> None:
    _, centre = pair
    indexed = indexes(centre)
    assert any(name == "ix_session_log_learner" for name, _ in indexed)
    centre.records.import_bundle(tmp_path / "good.zip")
    assert count(centre, "session_log") > 0
    assert indexes(centre) == indexed


def test_a_later_member_changed_rolls_back_what_merged_before_it(pair: Any, tmp_path: Path) -> None:
    """Learners, progress and the session log merge while later members are still being hashed (the session log
    with its index dropped, as its table was empty); a changed quiz answers member then refuses the whole bundle,
    and everything, the index included, is as it was."""
    _, centre = pair

    def change(name: str, data: bytes) -> bytes:  # one byte of the last line's content, same size
        return data[:-3] + bytes([data[-3] ^ 1]) + data[-2:] if name == QUIZ_ANSWERS.name else data

    bad = rewrite(tmp_path / "good.zip", tmp_path / "bad.zip", change)
    rejected(centre, bad, f"{QUIZ_ANSWERS.name} was changed after it was signed")
    assert count(centre, "learner") == 0


def test_of_two_changed_members_the_first_the_merge_reaches_is_named(pair: Any, tmp_path: Path) -> None:
    """Members are hashed on a background thread while the merge reads them in order; of two changed members the
    one named is the first the merge reaches (learners before progress), whichever was hashed first."""
    _, centre = pair

    def change(name: str, data: bytes) -> bytes:
        if name == LEARNERS.name:
            return data.replace(b"Grace", b"Grape")
        if name == PROGRESS.name:
            return data.replace(b"completed", b"completeD")
        return data

    bad = rewrite(tmp_path / "good.zip", tmp_path / "bad.zip", change)
    rejected(centre, bad, f"{LEARNERS.name} was changed after it was signed")


def test_a_changed_manifest_is_rejected(pair: Any, tmp_path: Path) -> None:
    _, centre = pair

    def change(name: str, data: bytes) -> bytes:
        if name != "manifest.json":
            return data
        manifest = json.loads(data)
        manifest["counts"]["learners"] = 99
        return json.dumps(manifest, sort_keys=True, separators=(",", ":")).encode()

    rejected(centre, rewrite(tmp_path / "good.zip", tmp_path / "bad.zip", change), "signature does not match")


def test_a_truncated_bundle_is_rejected(pair: Any, tmp_path: Path) -> None:
    _, centre = pair
    data = (tmp_path / "good.zip").read_bytes()
    (tmp_path / "cut.zip").write_bytes(data[: len(data) // 2])
    rejected(centre, tmp_path / "cut.zip", "not a records bundle|damaged|truncated")


def test_a_foreign_file_is_rejected(pair: Any, tmp_path: Path) -> None:
    _, centre = pair
    (tmp_path / "notes.txt").write_text("hello")
    rejected(centre, tmp_path / "notes.txt", "not a records bundle")
    with zipfile.ZipFile(tmp_path / "other.zip", "w") as archive:
        archive.writestr("report.docx", b"...")
    rejected(centre, tmp_path / "other.zip", "no signed manifest")
    with zipfile.ZipFile(tmp_path / "pack.zip", "w") as archive:
        archive.writestr("manifest.json", json.dumps({"format": "something-else"}))
        archive.writestr("manifest.sig", "x")
    rejected(centre, tmp_path / "pack.zip", "not a CPIMS\\+ Trainer records bundle")


def test_a_newer_format_version_is_rejected_even_when_signed(pair: Any, tmp_path: Path) -> None:
    field, centre = pair
    key = field.trust.device_key()
    path = signed_bundle(tmp_path / "v2.zip", key, {}, format_version=2)
    rejected(centre, path, "format version 2")


def test_a_signed_bundle_with_a_malformed_row_is_rejected_whole(pair: Any, tmp_path: Path) -> None:
    field, centre = pair
    key = field.trust.device_key()
    good = [
        "11111111-1111-4111-8111-111111111111",
        "Test Learner",
        ["case_worker"],
        "",
        "",
        "en",
        False,
        "2026-01-05T09:00:00+00:00",
        "2026-01-05T09:00:00+00:00",
        "local",
    ]
    bad = [*good[:6], "yes", *good[7:]]  # archived must be a boolean
    bad[0] = "22222222-2222-4222-8222-222222222222"
    members = {LEARNERS.name: jsonl(list(LEARNERS.names), [good, bad])}
    rejected(centre, signed_bundle(tmp_path / "rows.zip", key, members), "wrong type")


def test_records_of_learners_the_bundle_does_not_hold_are_rejected(pair: Any, tmp_path: Path) -> None:
    field, centre = pair
    key = field.trust.device_key()
    row = [
        "99999999-9999-4999-8999-999999999999",
        "mini-pack",
        "basics-guide",
        "in_progress",
        0.5,
        3.0,
        None,
        None,
        "",
        "1.0.0",
        "",
        "2026-01-05T09:00:00+00:00",
    ]
    members = {PROGRESS.name: jsonl(list(PROGRESS.names), [row])}
    rejected(centre, signed_bundle(tmp_path / "orphan.zip", key, members), "Nothing from orphan.zip")


def test_a_member_not_in_the_manifest_is_rejected(pair: Any, tmp_path: Path) -> None:
    _, centre = pair
    extra = tmp_path / "extra.zip"
    shutil.copy(tmp_path / "good.zip", extra)
    with zipfile.ZipFile(extra, "a") as archive:
        archive.writestr("payload.exe", b"MZ")
    rejected(centre, extra, "does not list")


def test_one_bad_file_among_several_does_not_stop_the_others(pair: Any, tmp_path: Path) -> None:
    _, centre = pair
    (tmp_path / "bad.zip").write_bytes(b"PK\x03\x04 broken")
    with pytest.raises(ExchangeError):
        centre.records.import_bundle(tmp_path / "bad.zip")
    assert centre.records.import_bundle(tmp_path / "good.zip").counts["learners"]["added"] == 1


def test_a_full_disk_during_export_leaves_no_file_and_says_so(
    pair: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    field, _ = pair
    real_write = zipfile.ZipFile.writestr
    monkeypatch.setattr(zipfile.ZipFile, "writestr", lambda *_a, **_k: _disk_full())
    with pytest.raises(ExchangeError, match="disk is full"):
        field.records.export(tmp_path / "full.zip")
    monkeypatch.setattr(zipfile.ZipFile, "writestr", real_write)
    assert list(tmp_path.glob("full.zip*")) == []
    assert len(field.records.exports()) == 1  # only the good export of the fixture is logged


def _disk_full() -> None:
    raise OSError(errno.ENOSPC, "No space left on device")
