"""Records export writes what the database holds: each member, read back by the bundle reader, equals its table,
in the very bytes the standard json module wrote before; times stored in an unusual form; cancels and write
errors while the deflating thread works leave no file behind."""

from __future__ import annotations

import json
import resource
import signal
import threading
import zipfile
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from tests.core.classroom_fixtures import PACK, basics_done, classroom_laptop
from tests.core.records_fixtures import take_quiz, tick_walkthrough
from tests.core.trust_fixtures import MALLORY
from trainer_app.core.app import App
from trainer_app.core.common.clock import FakeClock, as_utc
from trainer_app.core.common.errors import ExchangeError, ExportError
from trainer_app.core.exchange import bundle
from trainer_app.core.exchange import record_format as fmt
from trainer_app.core.storage import records_repo

# A name with what JSON must escape (quote, backslash, control characters) and what it must not (other scripts).
ODD_NAME = 'Amal "Tiny" Haddad \\ \t\x07 عمر 😀 \u2028'


@pytest.fixture
def field(tmp_path: Path, clock: FakeClock) -> Iterator[App]:
    app = classroom_laptop(tmp_path, "field", clock)
    yield app
    app.close()


def fill(app: App, clock: FakeClock) -> dict[str, str]:
    """Something in every member: learners, progress, a passed quiz, walkthrough ticks, a certificate, a class
    session with attendance and practical checks; one learner's name full of characters JSON escapes."""
    grace, _ = app.learners.create("Grace Okello", "case_worker", "Riverside agency", "Riverside office")
    amal, _ = app.learners.create("Amal Haddad", "system_administrator", "Hill agency", "HQ")
    basics_done(app, grace.id)
    take_quiz(app, grace.id)
    tick_walkthrough(app, amal.id)
    clock.advance(3600.25)  # times with a fraction of a second too
    app.classroom.run_session(
        "Follow-up in class", ["follow-up"], [grace.id], ["Joseph Banda"], trainer_name="Amina Yusuf"
    )
    app.classroom.record_check(grace.id, "register-case", True, "Amina Yusuf", "Registered a made-up case")
    app.progress.record_guide(grace.id, PACK, "follow-up-guide", 1.0, True, 15)
    app.progress.record_guide(amal.id, PACK, "basics-guide", 1 / 3, False, 7)
    with app.db.transaction() as conn:
        conn.execute(
            text("UPDATE learner SET display_name = :n WHERE id = :i"), {"n": ODD_NAME, "i": amal.id}
        )
    assert app.certificates.list(grace.id), "finishing the work issued no certificate"
    return {"grace": grace.id, "amal": amal.id}


def stored(app: App, member: fmt.Member) -> list[tuple[Any, ...]]:
    """A member's rows as SQLAlchemy reads them from its table, in key order, as the bundle reader gives them
    back (times in UTC, roles as a tuple)."""
    table = records_repo.TABLES[member.name]
    query = select(*(table.c[n] for n in member.names)).order_by(*(table.c[k] for k in member.key))
    rows = []
    with app.db.transaction() as conn:
        for row in conn.execute(query):
            values: list[Any] = [
                as_utc(v) if kind.startswith("dt") and v is not None else v
                for v, (_, kind) in zip(row, member.columns, strict=True)
            ]
            if member is fmt.LEARNERS:
                values[2] = tuple(r for r in values[2].split(",") if r)
            rows.append(tuple(values))
    return rows


def read_back(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    with bundle.BundleReader(path) as reader:
        return {m.name: list(reader.rows(m)) for m in fmt.MEMBERS}


def time_range(members: dict[str, list[tuple[Any, ...]]]) -> tuple[str, str]:
    """The earliest and latest change stamps of the rows, compared as times."""
    stamps = [row[m.names.index(m.stamp)] for m in fmt.MEMBERS for row in members[m.name]]
    return fmt.iso(min(stamps)), fmt.iso(max(stamps))


def test_every_member_reads_back_equal_to_its_table(field: App, clock: FakeClock, tmp_path: Path) -> None:
    fill(field, clock)
    result = field.records.export(tmp_path / "field.zip")
    members = read_back(tmp_path / "field.zip")
    for member in fmt.MEMBERS:
        assert members[member.name] == stored(field, member), member.name
        assert result.counts[member.name.removesuffix(".jsonl")] == len(members[member.name])
    assert all(members[m.name] for m in fmt.MEMBERS), "a member was left empty: the test covers less"
    assert ODD_NAME in {row[1] for row in members[fmt.LEARNERS.name]}
    assert (result.time_from, result.time_to) == time_range(members)
    everything = [row for rows in members.values() for row in rows]
    assert any(v.microsecond for row in everything for v in row if hasattr(v, "microsecond"))


def test_members_are_the_bytes_the_json_module_wrote_before(
    field: App, clock: FakeClock, tmp_path: Path
) -> None:
    """An older reader (or a person with a text editor) sees no difference: each member is, byte for byte, what
    the previous writer made with json.dumps(encode_row(row)) of the rows SQLAlchemy reads."""
    fill(field, clock)
    field.records.export(tmp_path / "field.zip")
    with zipfile.ZipFile(tmp_path / "field.zip") as archive, field.db.transaction() as conn:
        for member in fmt.MEMBERS:
            rows = [fmt.encode_row(member, row) for row in records_repo.export_rows(conn, member, None)]
            lines = [{"columns": list(member.names)}, *rows]
            before = "".join(json.dumps(v, ensure_ascii=False, separators=(",", ":")) + "\n" for v in lines)
            assert archive.read(member.name) == before.encode(), member.name


def test_a_time_stored_in_another_form_is_read_as_sqlalchemy_reads_it(
    field: App, clock: FakeClock, tmp_path: Path
) -> None:
    """Rows the app did not write itself (an older version, a hand edit) may hold a time without its fraction
    or with a zone; such a value goes through SQLAlchemy's own type, as every value did before."""
    ids = fill(field, clock)
    with field.db.transaction() as conn:
        conn.execute(
            text(
                "UPDATE progress SET updated_at = '2026-02-03 04:05:06', first_opened_at = NULL WHERE learner_id = :i"
            ),
            {"i": ids["amal"]},
        )
        conn.execute(
            text("UPDATE learner SET created_at = '2026-02-03 04:05:06.500000' WHERE id = :i"),
            {"i": ids["amal"]},
        )
    field.records.export(tmp_path / "field.zip")
    members = read_back(tmp_path / "field.zip")
    for member in (fmt.PROGRESS, fmt.LEARNERS):
        assert members[member.name] == stored(field, member)
    amal = next(r for r in members[fmt.PROGRESS.name] if r[0] == ids["amal"])
    assert amal[fmt.PROGRESS.names.index("updated_at")].isoformat() == "2026-02-03T04:05:06+00:00"


def test_an_export_since_a_date_reads_the_same_rows_as_the_database_query(
    field: App, clock: FakeClock, tmp_path: Path
) -> None:
    fill(field, clock)
    since = clock.now - timedelta(minutes=30)
    result = field.records.export(tmp_path / "since.zip", since)
    members = read_back(tmp_path / "since.zip")
    with field.db.transaction() as conn:
        for member in fmt.MEMBERS:
            expected = [fmt.encode_row(member, r) for r in records_repo.export_rows(conn, member, since)]
            assert [fmt.encode_row(member, r) for r in members[member.name]] == expected, member.name
    assert 0 < result.counts["progress"] < len(stored(field, fmt.PROGRESS))
    assert (result.time_from, result.time_to) == time_range(members)


def deflating() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "bundle-deflate"]


@pytest.mark.parametrize("stop_at", ["learners", "quiz attempts", "practical checks"])
def test_a_cancel_at_any_member_leaves_no_file_and_no_thread(
    field: App, clock: FakeClock, tmp_path: Path, stop_at: str
) -> None:
    fill(field, clock)
    out = tmp_path / "out"
    out.mkdir()
    seen: list[str] = []

    def progress(_fraction: float, what: str) -> bool:
        seen.append(what)
        return what != stop_at

    with pytest.raises(ExchangeError, match="Cancelled"):
        field.records.export(out / "f.zip", progress=progress)
    assert list(out.iterdir()) == []  # not even the hidden partial file
    assert field.records.exports() == []
    assert deflating() == []
    assert seen[-1] == stop_at
    assert seen == [m.table for m in fmt.MEMBERS][: len(seen)]
    field.records.export(out / "f.zip")  # and the next export works
    assert [p.name for p in out.iterdir()] == ["f.zip"]


def test_progress_goes_through_every_member_in_order(field: App, clock: FakeClock, tmp_path: Path) -> None:
    fill(field, clock)
    seen: list[tuple[float, str]] = []

    def progress(fraction: float, what: str) -> bool:
        seen.append((fraction, what))
        return True

    field.records.export(tmp_path / "f.zip", progress=progress)
    assert [what for _, what in seen] == [m.table for m in fmt.MEMBERS] + ["done"]
    assert [f for f, _ in seen] == sorted(f for f, _ in seen)


def _learner_rows(count: int) -> Iterator[list[list[Any]]]:
    """Learner rows in JSON form, hardly compressible (random hex), in batches of 100."""
    import os

    for start in range(0, count, 100):
        yield [
            [
                f"id-{n}",
                os.urandom(100).hex(),
                ["case_worker"],
                "",
                "",
                "en",
                False,
                "2026-01-05T09:00:00+00:00",
                "2026-01-05T09:00:00+00:00",
                "here",
            ]
            for n in range(start, start + 100)
        ]


def _manifest(members: tuple[bundle.MemberInfo, ...]) -> bundle.Manifest:
    return bundle.Manifest("b" * 8, "2026-01-05", "i" * 8, "0", MALLORY.public, None, None, None, members)


def test_a_write_error_on_the_deflating_thread_is_an_export_error_and_leaves_no_file(tmp_path: Path) -> None:
    """The file grows past what the process may write (as on a full stick) while the other thread deflates."""
    limit = 200_000
    old_limit = resource.getrlimit(resource.RLIMIT_FSIZE)
    old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # an error from write() instead of a signal
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, old_limit[1]))
    try:
        with pytest.raises(ExportError) as raised:
            bundle.write_encoded(
                tmp_path / "big.zip", _manifest, [(fmt.LEARNERS, _learner_rows(5000))], MALLORY
            )
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, old_limit)
        signal.signal(signal.SIGXFSZ, old_handler)
    assert raised.value.code == "bundle.not_written"
    assert list(tmp_path.iterdir()) == []
    assert deflating() == []
    manifest, _ = bundle.write_encoded(
        tmp_path / "big.zip", _manifest, [(fmt.LEARNERS, _learner_rows(5000))], MALLORY
    )
    assert manifest.counts == {"learners": 5000}
    assert len(read_back(tmp_path / "big.zip")[fmt.LEARNERS.name]) == 5000
