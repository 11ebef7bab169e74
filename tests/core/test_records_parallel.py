"""The two faster paths of a large records import give the answers of the plain ones: certificates checked in
worker processes while the records merge, and times stored from the bundle's own text without a datetime."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import earned_certificate
from tests.core.records_fixtures import count, dump, laptop, signed_bundle, train_worker
from tests.core.test_credentials_token import KEY
from trainer_app.core.common.errors import ExchangeError
from trainer_app.core.exchange import bundle
from trainer_app.core.exchange.record_columns import decode_rows
from trainer_app.core.exchange.record_format import PROGRESS, iso
from trainer_app.core.services import certificate_verdicts
from trainer_app.core.storage.records_repo import _sqlite_time

ROOT = Path(__file__).resolve().parents[2]
STORED_LATER = ("stored_at",)  # the one certificate column that says when this laptop stored it


@pytest.fixture
def field_bundle(tmp_path: Path, clock: Any) -> Path:
    """A field laptop's bundle: two learners who finished the worker track, each holding a certificate."""
    field = laptop(tmp_path, "field", clock)
    for name in ("Grace Okello", "Samir Haddad"):
        learner, _ = field.learners.create(name, "case_worker", "Riverside agency", "Riverside office")
        train_worker(field, learner.id)
        earned_certificate(field, learner.id)
    path = tmp_path / "field.zip"
    field.records.export(path)
    (tmp_path / "field.key").write_bytes(field.trust.device_key().public.public_key)
    field.close()
    return path


def _centre(tmp_path: Path, clock: Any, name: str, trusted: bytes) -> Any:
    centre = laptop(tmp_path, name, clock)
    centre.trust.trust_key(trusted, "Field laptop")
    return centre


def _without_store_time(rows: list[tuple[Any, ...]], app: Any) -> list[tuple[Any, ...]]:
    with app.db.engine.connect() as conn:
        names = [c[1] for c in conn.exec_driver_sql("PRAGMA table_info(certificate)")]
    drop = [names.index(n) for n in STORED_LATER]
    return sorted(tuple(v for i, v in enumerate(row) if i not in drop) for row in rows)


def test_certificates_checked_in_worker_processes_are_stored_as_when_checked_here(
    field_bundle: Path, tmp_path: Path, clock: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = (tmp_path / "field.key").read_bytes()
    here = _centre(tmp_path, clock, "here", key)
    here.records.import_bundle(field_bundle)

    monkeypatch.setattr(certificate_verdicts, "workers_available", lambda: 1)  # even on a one-core machine
    workers = _centre(tmp_path, clock, "workers", key)
    workers.records.parallel_from = 1
    result = workers.records.import_bundle(field_bundle)

    assert result.counts["certificates"]["added"] == 2
    # each installation lists its own key in issuer_key: the tables that came from the bundle are compared
    everything_but_certificates = tuple(t for t in dump(here) if t not in ("certificate", "issuer_key"))
    assert dump(workers, everything_but_certificates) == dump(here, everything_but_certificates)
    assert _without_store_time(dump(workers)["certificate"], workers) == _without_store_time(
        dump(here)["certificate"], here
    )
    assert all(row[0] for row in _tokens(workers))  # the QR tokens were checked and kept too
    here.close()
    workers.close()


def _tokens(app: Any) -> list[tuple[Any, ...]]:
    with app.db.engine.connect() as conn:
        return list(conn.exec_driver_sql("SELECT qr_token FROM certificate"))


def test_a_worker_process_really_makes_the_verdicts(field_bundle: Path) -> None:
    with bundle.BundleReader(field_bundle) as reader:
        from trainer_app.core.exchange.record_format import CERTIFICATES

        names = CERTIFICATES.names
        items = [
            (r[names.index("id")], r[names.index("credential_json")], r[names.index("qr_token")])
            for r in reader.rows(CERTIFICATES)
        ]
    with certificate_verdicts.prefetched(items, workers=1, least=1) as verdicts:
        made = [verdicts.get(*item) for item in items]
        future = verdicts._futures[0]
        assert future.done()
        assert not future.cancelled()  # answered by the worker, not taken back and checked here
    assert [v.facts.credential_id for v in made] == [item[0] for item in items]
    assert made == [certificate_verdicts.check(*item) for item in items]


def _tampered(field_bundle: Path, out: Path) -> Path:
    """The field bundle with one letter of a certificate's learner name changed inside its credential, the
    bundle then signed properly by a key the centre trusts: only the credential's own proof can tell."""
    with zipfile.ZipFile(field_bundle) as archive:
        members = {
            n: archive.read(n) for n in archive.namelist() if n not in (bundle.MANIFEST, bundle.SIGNATURE)
        }
    members["certificates.jsonl"] = members["certificates.jsonl"].replace(b"Samir Haddad", b"Samir Haddid")
    return signed_bundle(out, KEY, members)


@pytest.mark.parametrize("parallel_from", [1, 10**9], ids=["workers", "here"])
def test_a_certificate_altered_inside_a_trusted_bundle_rejects_it_whoever_checks(
    field_bundle: Path, tmp_path: Path, clock: Any, monkeypatch: pytest.MonkeyPatch, parallel_from: int
) -> None:
    monkeypatch.setattr(certificate_verdicts, "workers_available", lambda: 1)
    crafted = _tampered(field_bundle, tmp_path / "crafted.zip")
    centre = _centre(tmp_path, clock, "centre", KEY.public.public_key)
    centre.records.parallel_from = parallel_from
    with pytest.raises(ExchangeError, match="does not verify") as caught:
        centre.records.import_bundle(crafted)
    assert "bad signature" in str(caught.value)
    assert count(centre, "learner") == 0
    assert count(centre, "certificate") == 0
    assert count(centre, "progress") == 0
    centre.close()


@given(
    st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2099, 12, 31)).map(
        lambda d: d.replace(tzinfo=UTC)
    )
)
def test_a_time_cut_from_the_bundle_text_is_the_text_the_datetime_would_be_stored_as(when: datetime) -> None:
    row = _progress_row(iso(when))
    (as_text,) = decode_rows(PROGRESS, [row], times_as_text=True) or [()]
    (as_time,) = decode_rows(PROGRESS, [row]) or [()]
    column = PROGRESS.names.index("updated_at")
    assert as_text[column] == _sqlite_time(as_time[column])
    assert as_time[column] == when


UTC_TIMES = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2099, 12, 31)).map(
    lambda d: d.replace(tzinfo=UTC)
)


@given(
    st.lists(st.one_of(st.none(), UTC_TIMES, UTC_TIMES.map(lambda d: d.replace(microsecond=0))), min_size=1)
)
def test_a_column_of_times_cut_at_once_is_each_time_as_it_would_be_stored(
    times: list[datetime | None],
) -> None:
    """A column is cut as one text: whole seconds, fractions and empty times mixed, each value comes out as the
    text its datetime is stored as."""
    rows = [_progress_row(iso(t or datetime(2026, 1, 5, tzinfo=UTC))) for t in times]
    opened = PROGRESS.names.index("first_opened_at")
    for row, when in zip(rows, times, strict=True):
        row[opened] = None if when is None else iso(when)
    decoded = decode_rows(PROGRESS, rows, times_as_text=True)
    assert decoded is not None
    assert [r[opened] for r in decoded] == [_sqlite_time(t) for t in times]


@pytest.mark.parametrize(
    "written",
    [
        "2026-01-05 09:00:01+00:00",  # a space for the T: parsed, not cut
        "2026-01-05T09:00:01,250000+00:00",  # a decimal comma
        "2026-W02-1T09:00:01.250000+00:00",  # an ISO week date of the same length
    ],
)
def test_a_time_in_another_form_is_parsed_and_stored_the_usual_way(written: str) -> None:
    row = _progress_row(written)
    decoded = decode_rows(PROGRESS, [row], times_as_text=True)
    column = PROGRESS.names.index("updated_at")
    if decoded is not None:  # read column by column: the datetime, stored by the usual conversion
        assert isinstance(decoded[0][column], datetime)
        assert decoded[0][column] == datetime.fromisoformat(written)


def _progress_row(updated_at: str) -> list[Any]:
    values: dict[str, Any] = {
        "learner_id": "11111111-1111-4111-8111-111111111111",
        "pack_id": "mini-pack",
        "activity_id": "basics-guide",
        "status": "completed",
        "progress": 1.0,
        "seconds_spent": 30.0,
        "first_opened_at": "2026-01-05T09:00:00+00:00",
        "completed_at": None,
        "last_position": "",
        "content_version": "1.0.0",
        "detail": "{}",
        "updated_at": updated_at,
    }
    return [values[name] for name in PROGRESS.names]


KILLED_AFTER_IMPORT = """
import os, sys
from pathlib import Path
from tests.conftest import MINI_PACK
from trainer_app.core.app import open_app
from trainer_app.core.storage import db
db._checkpoint = lambda _file: None  # killed before the background checkpoint ran
app = open_app(data_dir=sys.argv[1], bundled_root=MINI_PACK)
app.trust.trust_key(bytes.fromhex(sys.argv[3]), "Field laptop")
print(app.records.import_bundle(Path(sys.argv[2])).added, flush=True)
os._exit(9)  # no close, nothing waited for
"""


def test_an_import_is_all_there_after_the_app_is_killed_before_its_checkpoint(
    field_bundle: Path, tmp_path: Path, clock: Any
) -> None:
    """The import's WAL checkpoint runs after it returns. A process killed before it ran loses nothing: the
    committed import is in the WAL, and the next start reads it from there."""
    data, key = tmp_path / "centre", (tmp_path / "field.key").read_bytes().hex()
    done = subprocess.run(
        [sys.executable, "-c", KILLED_AFTER_IMPORT, str(data), str(field_bundle), key],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert done.returncode == 9, done.stderr
    added = int(done.stdout.split()[-1])
    assert added > 0
    assert Path(f"{data / 'trainer.db'}-wal").stat().st_size > 0  # the import was still only in the WAL
    centre = laptop(tmp_path, "centre", clock)
    again = centre.records.import_bundle(field_bundle)  # every row is found stored, exactly as it arrives
    assert (again.added, again.updated) == (0, 0)
    assert sum(c["unchanged"] for c in again.counts.values()) == added
    assert count(centre, "certificate") == 2
    centre.close()


def test_the_same_bundle_again_finds_every_row_stored_as_written_and_changes_nothing(
    field_bundle: Path, tmp_path: Path, clock: Any
) -> None:
    centre = _centre(tmp_path, clock, "centre", (tmp_path / "field.key").read_bytes())
    first = centre.records.import_bundle(field_bundle)
    before = dump(centre)
    again = centre.records.import_bundle(field_bundle)
    assert again.added == 0
    assert again.updated == 0
    for member in ("progress", "session_log", "quiz_attempts", "quiz_answers"):
        assert again.counts[member]["unchanged"] == first.counts[member]["added"] > 0, member
    assert dump(centre) == before
    centre.close()


def test_a_column_of_both_written_forms_and_empty_times_is_cut_right() -> None:
    whole, fraction = (
        datetime(2026, 1, 5, 9, 0, 1, tzinfo=UTC),
        datetime(2026, 1, 5, 9, 0, 1, 250000, tzinfo=UTC),
    )
    rows = [_progress_row(iso(whole)), _progress_row(iso(fraction)), _progress_row(iso(whole))]
    rows[1][PROGRESS.names.index("first_opened_at")] = None
    decoded = decode_rows(PROGRESS, rows, times_as_text=True)
    assert decoded is not None
    column = PROGRESS.names.index("updated_at")
    assert [r[column] for r in decoded] == [_sqlite_time(whole), _sqlite_time(fraction), _sqlite_time(whole)]
    assert [r[column] for r in decoded] == [
        "2026-01-05 09:00:01.000000",
        "2026-01-05 09:00:01.250000",
        "2026-01-05 09:00:01.000000",
    ]
    opened = PROGRESS.names.index("first_opened_at")
    assert [r[opened] for r in decoded] == ["2026-01-05 09:00:00.000000", None, "2026-01-05 09:00:00.000000"]
