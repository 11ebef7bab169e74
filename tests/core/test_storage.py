"""Migrations, backups, damaged databases: the data layer never loses a learner's records."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect

from tests.conftest import MINI_PACK, earned_certificate
from trainer_app.core.app import open_app
from trainer_app.core.common.errors import DatabaseDamagedError, StorageError
from trainer_app.core.common.paths import DataPaths
from trainer_app.core.storage import backup, migrate
from trainer_app.core.storage.db import Database, make_engine, sqlite_url


def test_migrations_build_every_table_from_an_empty_database(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "t.db"))
    migrate.upgrade(engine)
    names = set(inspect(engine).get_table_names())
    assert {"learner", "pack", "progress", "session_log", "search_document", "alembic_version"} <= names
    assert migrate.current_revision(engine) == migrate.head_revision()


def test_schema_from_migrations_matches_the_table_definitions(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from trainer_app.core.storage.schema import metadata

    engine = make_engine(sqlite_url(tmp_path / "t.db"))
    migrate.upgrade(engine)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    diff = [d for d in diff if not (isinstance(d, tuple) and "search_fts" in str(d))]
    assert diff == []


@pytest.mark.sqlite_only
def test_sqlite_runs_in_wal_mode_with_foreign_keys(mini_app) -> None:  # type: ignore[no-untyped-def]
    assert mini_app.db.scalar("PRAGMA journal_mode") == "wal"
    assert mini_app.db.scalar("PRAGMA foreign_keys") == 1


def _rows_in_main_file_alone(db_file: Path, copy: Path) -> int:
    """Rows of table t found in the database file without its WAL (what a checkpoint has moved there)."""
    copy.write_bytes(db_file.read_bytes())
    connection = sqlite3.connect(copy)
    try:
        return int(connection.execute("SELECT count(*) FROM t").fetchone()[0])
    finally:
        connection.close()


def test_a_bulk_write_is_committed_at_once_and_checkpointed_in_the_background(tmp_path: Path) -> None:
    """A records import (a bulk transaction) is visible to every reader when it returns; its rows reach the main
    database file by a background checkpoint, and later transactions checkpoint automatically again."""
    db_file = tmp_path / "t.db"
    db = Database(make_engine(sqlite_url(db_file)))
    with db.transaction() as conn:
        conn.exec_driver_sql("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
    with db.transaction(bulk=True) as conn:
        assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 0
        conn.exec_driver_sql(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) "
            "INSERT INTO t (body) SELECT hex(randomblob(500)) FROM n"
        )
    reader = sqlite3.connect(db_file)  # another connection, as the window's views would read
    assert reader.execute("SELECT count(*) FROM t").fetchone()[0] == 5000
    reader.close()
    db.wait_for_checkpoints()
    assert _rows_in_main_file_alone(db_file, tmp_path / "copy.db") == 5000
    with db.transaction() as conn:  # the connection went back to the pool with its automatic checkpoints
        assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 1000
    db.dispose()


def test_a_bulk_write_that_fails_leaves_nothing_and_checkpoints_as_before(tmp_path: Path) -> None:
    db = Database(make_engine(sqlite_url(tmp_path / "t.db")))
    with db.transaction() as conn:
        conn.exec_driver_sql("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")

    def failing_import() -> None:
        with db.transaction(bulk=True) as conn:
            conn.exec_driver_sql("INSERT INTO t (body) VALUES ('kept?')")
            raise RuntimeError("the import failed")

    with pytest.raises(RuntimeError):
        failing_import()
    assert db.scalar("SELECT count(*) FROM t") == 0
    with db.transaction() as conn:
        assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 1000
    db.dispose()


def test_a_failed_migration_leaves_schema_and_data_as_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = make_engine(sqlite_url(tmp_path / "t.db"))
    migrate.upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO app_meta(key, value) VALUES ('k', 'v')")
    before = set(inspect(engine).get_table_names())

    broken = tmp_path / "migrations"
    import shutil

    shutil.copytree(migrate.MIGRATIONS_DIR, broken)
    (broken / "versions" / "9999_broken.py").write_text(
        "import sqlalchemy as sa\nfrom alembic import op\n"
        f"revision = '9999'\ndown_revision = {migrate.head_revision()!r}\n"
        "def upgrade():\n"
        "    op.create_table('half_done', sa.Column('id', sa.Integer, primary_key=True))\n"
        '    op.execute(\'INSERT INTO app_meta(key, value) VALUES ("k2", "v2")\')\n'
        "    op.execute('THIS IS NOT SQL')\n"
    )
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", broken)
    with pytest.raises(StorageError):
        migrate.upgrade(make_engine(sqlite_url(tmp_path / "t.db")))
    engine = make_engine(sqlite_url(tmp_path / "t.db"))
    assert set(inspect(engine).get_table_names()) == before
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT key FROM app_meta").scalars().all() == ["k"]


def test_a_backup_is_taken_before_a_migration(tmp_path: Path) -> None:
    data = tmp_path / "data"
    paths = DataPaths(data).ensure()
    engine = make_engine(sqlite_url(paths.database))
    migrate.upgrade(engine, "0001")
    engine.dispose()
    if migrate.head_revision() == "0001":
        pytest.skip("only one migration exists")
    app = open_app(data_dir=str(data), bundled_root=MINI_PACK)
    app.close()
    assert any("pre-migration" in p.name for p in backup.list_backups(paths.backups))


def test_a_file_that_is_not_sqlite_is_refused_and_kept(tmp_path: Path) -> None:
    data = tmp_path / "data"
    paths = DataPaths(data).ensure()
    paths.database.write_bytes(b"this is a spreadsheet, not a database" * 100)
    with pytest.raises(DatabaseDamagedError) as caught:
        open_app(data_dir=str(data), bundled_root=MINI_PACK)
    assert "not a SQLite database" in str(caught.value)
    assert paths.database.exists()


def test_a_corrupted_database_names_the_newest_backup_and_restore_moves_it_aside(
    tmp_path: Path, clock
) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    app = open_app(data_dir=str(data), bundled_root=MINI_PACK, clock=clock)
    learner, _ = app.learners.create("Grace Okello", "case_worker")
    saved = app.database.backup()
    app.close()
    paths = DataPaths(data)
    raw = bytearray(paths.database.read_bytes())
    for offset in range(4096, min(len(raw), 4096 * 6)):
        raw[offset] = 0xFF
    paths.database.write_bytes(bytes(raw))
    for suffix in ("-wal", "-shm"):
        Path(str(paths.database) + suffix).unlink(missing_ok=True)
    with pytest.raises(DatabaseDamagedError) as caught:
        open_app(data_dir=str(data), bundled_root=MINI_PACK, clock=clock)
    assert caught.value.newest_backup == str(saved)
    aside = backup.restore_backup(paths.database, saved, paths.damaged, clock())
    assert aside.exists()
    app = open_app(data_dir=str(data), bundled_root=MINI_PACK, clock=clock)
    assert [x.id for x in app.learners.list()] == [learner.id]
    app.close()


@pytest.mark.sqlite_only
def test_backup_copies_live_data(mini_app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    mini_app.learners.create("Samir Haddad", "case_worker")
    out = mini_app.database.backup(tmp_path / "copy.db")
    rows = sqlite3.connect(out).execute("SELECT display_name FROM learner").fetchall()
    assert rows == [("Samir Haddad",)]


def test_thinning_keeps_recent_daily_and_weekly_backups() -> None:
    from datetime import datetime, timedelta

    now = datetime(2026, 6, 1, 12)
    stamped = [(Path(f"b{i}"), now - timedelta(hours=6 * i)) for i in range(400)]
    removed = set(backup.backups_to_thin(stamped, now))
    kept = [p for p, _ in stamped if p not in removed]
    assert stamped[0][0] in kept  # the newest
    assert 10 <= len(kept) <= 10 + 14 + 9
    assert any(now - t > timedelta(days=30) for p, t in stamped if p in kept)


def test_the_head_revision_known_to_start_up_is_the_newest_migration() -> None:
    assert migrate.head_revision() == migrate.HEAD_REVISION


def test_certificates_stored_before_0008_read_as_whole_track_certificates(tmp_path: Path) -> None:
    """A database at revision 0007 holds a certificate (no pack certificate id yet); after the upgrade it is
    the whole-track certificate of its track, still verifies, and still counts."""
    from tests.core.test_certificate_service import complete_worker_track
    from trainer_app.core.common.clock import FakeClock

    mini_app = open_app(data_dir=str(tmp_path / "new"), clock=FakeClock(), bundled_root=MINI_PACK)
    learner = mini_app.learners.create("Grace Okello", "case_worker", "Riverside")[0]
    complete_worker_track(mini_app, learner.id)
    issued = earned_certificate(mini_app, learner.id)
    assert issued is not None
    source = sqlite3.connect(mini_app.paths.database)
    keys = source.execute("SELECT * FROM issuer_key").fetchall()
    columns = [c[1] for c in source.execute("PRAGMA table_info(certificate)") if c[1] != "achievement_id"]
    rows = source.execute(f"SELECT {', '.join(columns)} FROM certificate").fetchall()
    learners = source.execute("SELECT * FROM learner").fetchall()
    source.close()
    mini_app.close()

    paths = DataPaths(tmp_path / "old")
    paths.ensure()
    migrate.upgrade(make_engine(sqlite_url(paths.database)), "0007")
    old = sqlite3.connect(paths.database)
    assert "achievement_id" not in {c[1] for c in old.execute("PRAGMA table_info(certificate)")}
    old.executemany(f"INSERT INTO learner VALUES ({', '.join('?' * len(learners[0]))})", learners)
    old.executemany(f"INSERT INTO issuer_key VALUES ({', '.join('?' * len(keys[0]))})", keys)
    marks = ", ".join("?" * len(columns))
    old.executemany(f"INSERT INTO certificate ({', '.join(columns)}) VALUES ({marks})", rows)
    old.commit()
    old.close()

    app = open_app(data_dir=str(paths.root), clock=mini_app.clock, bundled_root=MINI_PACK)
    try:
        [stored] = app.certificates.list()
        assert (stored.id, stored.certificate_key, stored.track_id) == (issued.id, "worker", "worker")
        assert app.certificates.verify_stored() == [(issued.id, True, "")]
        assert [c.achievement_id for c in app.certificates.countable()] == ["worker"]
    finally:
        app.close()
