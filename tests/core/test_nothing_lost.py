"""Nothing lost, ever: private files, no silent empty database, one checked atomic restore, clean backups,
writers that wait for each other instead of failing."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import threading
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import MINI_PACK
from trainer_app.core.app import open_app
from trainer_app.core.common.errors import DatabaseDamagedError, StorageError
from trainer_app.core.common.paths import DataPaths
from trainer_app.core.storage import backup
from trainer_app.core.storage.db import Database, make_engine, sqlite_url


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.mark.skipif(os.name == "nt", reason="POSIX modes")
def test_the_data_folder_database_backups_and_keys_are_private(tmp_path: Path, clock: Any) -> None:
    os.umask(0o022)  # a usual desktop umask: what the app creates must not depend on it
    data = tmp_path / "data"
    app = open_app(data_dir=str(data), bundled_root=MINI_PACK, clock=clock)
    app.learners.create("Amina Yusuf", "case_worker")
    made = app.database.backup()
    paths = app.paths
    assert mode(paths.root) == 0o700
    files = [paths.database, Path(f"{paths.database}-wal"), Path(f"{paths.database}-shm"), made]
    files += [p for p in paths.keys.iterdir() if p.is_file()]
    files += backup.list_backups(paths.backups)
    assert all(path.exists() for path in files)
    modes = {path.name: mode(path) for path in files}
    app.close()
    assert modes == {name: 0o600 for name in modes}


def test_an_empty_database_file_is_never_replaced_by_a_new_one(tmp_path: Path, clock: Any) -> None:
    data = tmp_path / "data"
    app = open_app(data_dir=str(data), bundled_root=MINI_PACK, clock=clock)
    app.learners.create("Amina Yusuf", "case_worker")
    saved = app.database.backup()
    app.close()
    paths = DataPaths(data)
    for suffix in ("-wal", "-shm"):
        Path(f"{paths.database}{suffix}").unlink(missing_ok=True)
    paths.database.write_bytes(b"")
    with pytest.raises(DatabaseDamagedError) as caught:
        open_app(data_dir=str(data), bundled_root=MINI_PACK, clock=clock)
    assert "empty" in str(caught.value)
    assert caught.value.newest_backup == str(saved)
    assert paths.database.stat().st_size == 0  # left as found


def _damage(path: Path) -> None:
    raw = bytearray(path.read_bytes())
    for offset in range(4096, min(len(raw), 4096 * 6)):
        raw[offset] = 0xFF
    path.write_bytes(bytes(raw))


def test_restore_skips_damaged_backups_and_takes_the_newest_good_one(tmp_path: Path, clock: Any) -> None:
    data = tmp_path / "data"
    app = open_app(data_dir=str(data), bundled_root=MINI_PACK, clock=clock)
    app.learners.create("Amina Yusuf", "case_worker")
    good = app.database.backup()
    clock.advance(60)
    app.learners.create("Tomas Banda", "case_worker")
    newer = app.database.backup()
    app.close()
    _damage(newer)
    from trainer_app.core.services.database import restore_database

    assert backup.list_backups(app.paths.backups)[0] == newer  # the newest is the damaged one
    restored = restore_database(app.paths, clock())
    assert restored.backup == good
    assert restored.moved_aside_to.exists()
    app = open_app(data_dir=str(data), bundled_root=MINI_PACK, clock=clock)
    assert [x.display_name for x in app.learners.list()] == ["Amina Yusuf"]
    app.close()
    with pytest.raises(StorageError, match="damaged"):
        restore_database(app.paths, clock(), newer)
    assert not list(data.glob("*.restoring"))


def test_a_failed_backup_leaves_no_partial_file(
    mini_app: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if mini_app.db.engine.dialect.name != "sqlite":
        pytest.skip("SQLite backups")
    (mini_app.paths.backups / "trainer-20260101T000000-daily.db.partial").write_bytes(b"killed run")

    def failing_fsync(_path: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup, "_fsync", failing_fsync)
    with pytest.raises(StorageError, match="could not be written"):
        mini_app.database.backup()
    out = tmp_path / "out.db"
    with pytest.raises(StorageError):
        mini_app.database.backup(out)
    assert not out.exists()
    assert not list(tmp_path.glob("*.partial"))
    assert not list(mini_app.paths.backups.glob("*.partial"))


def test_two_writers_at_once_wait_for_each_other(tmp_path: Path) -> None:
    """Each thread reads then writes in one transaction: with a deferred BEGIN the second upgrade to a write
    lock fails at once with "database is locked"; with BEGIN IMMEDIATE it waits its turn."""
    url = sqlite_url(tmp_path / "t.db")
    setup = make_engine(url)
    with setup.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE counter (n INTEGER)")
        conn.exec_driver_sql("INSERT INTO counter VALUES (0)")
    setup.dispose()
    databases = [Database(make_engine(url)) for _ in range(2)]
    both_read = threading.Barrier(2, timeout=10)
    errors: list[BaseException] = []

    def bump(db: Database) -> None:
        try:
            with db.transaction() as conn:
                value = conn.exec_driver_sql("SELECT n FROM counter").scalar_one()
                with contextlib.suppress(threading.BrokenBarrierError):
                    both_read.wait(timeout=0.5)  # with BEGIN IMMEDIATE only one gets here at a time
                conn.exec_driver_sql(f"UPDATE counter SET n = {value + 1}")
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=bump, args=(db,)) for db in databases]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for db in databases:
        db.dispose()
    assert errors == []
    assert sqlite3.connect(tmp_path / "t.db").execute("SELECT n FROM counter").fetchone() == (2,)
