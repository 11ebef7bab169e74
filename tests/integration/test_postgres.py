"""The whole application on a real PostgreSQL server (scripts/services.sh): migrations, search without FTS5, the
database URL setting, and a server that goes away mid-session.
"""

from __future__ import annotations

import contextlib
import os
import socket
import stat
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import MINI_PACK, PG_ENV, fresh_postgres_database, service_url
from trainer_app.core.app import open_app
from trainer_app.core.common.errors import StorageError
from trainer_app.core.services import database_url
from trainer_app.core.services.settings import SettingsService

pytestmark = pytest.mark.postgres
PACK, GUIDE = "mini-pack", "basics-guide"


@pytest.fixture
def pg_url() -> Iterator[str]:
    yield from fresh_postgres_database(service_url(PG_ENV, "a PostgreSQL server"))


def test_every_migration_runs_on_postgresql_and_matches_the_tables(pg_url: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from sqlalchemy import inspect

    from trainer_app.core.storage import migrate
    from trainer_app.core.storage.db import make_engine
    from trainer_app.core.storage.schema import metadata

    engine = make_engine(pg_url)
    try:
        migrate.upgrade(engine)
        assert migrate.current_revision(engine) == migrate.head_revision()
        assert set(metadata.tables) <= set(inspect(engine).get_table_names())
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), metadata)
        # search_document declares UNIQUE(id) on its primary key: redundant, so PostgreSQL keeps only the key.
        redundant = [d for d in diff if d[0] == "add_constraint" and d[1].table.name == "search_document"]
        assert [d for d in diff if d not in redundant] == []
    finally:
        engine.dispose()


def test_search_works_on_postgresql_by_plain_scan(tmp_path: Path, pg_url: str) -> None:
    app = open_app(data_dir=str(tmp_path / "data"), database_url=pg_url, bundled_root=MINI_PACK)
    try:
        assert app.db.engine.dialect.name == "postgresql"
        assert not app.search.uses_fts
        hits = app.search.search("password")
        assert hits
        assert all(h.pack_id == PACK for h in hits)
        assert any("\u27e6" in h.snippet for h in hits)
        app.search.search("C++ -fire: \"'")  # odd input never breaks the query
    finally:
        app.close()


def test_the_database_url_setting_is_used_at_the_next_start_and_the_option_overrides_it(
    tmp_path: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PGPASSFILE", "")  # restored (removed) after the test, whatever the app sets
    monkeypatch.delenv("PGPASSFILE")
    data = tmp_path / "data"
    first = open_app(data_dir=str(data), bundled_root=MINI_PACK)
    assert first.db.engine.dialect.name == "sqlite"
    with_password = pg_url.replace("postgres@", "postgres:pa%3Ass@", 1)
    database_url.save(first.settings, data / "secrets", with_password)
    first.close()
    assert "pa%3Ass" not in (data / "settings.json").read_text(encoding="utf-8")
    pgpass = data / "secrets" / "pgpass"
    assert stat.S_IMODE(pgpass.stat().st_mode) == 0o600
    assert pgpass.read_text().rstrip().endswith(":pa\\:ss")
    shared = open_app(data_dir=str(data), bundled_root=MINI_PACK)
    try:
        assert shared.db.engine.dialect.name == "postgresql"
        assert os.environ["PGPASSFILE"] == str(pgpass)  # libpq reads the stored password from there
        learner, _ = shared.learners.create("Shared Learner", "case_worker")
    finally:
        shared.close()
    local = open_app(
        data_dir=str(data), bundled_root=MINI_PACK, database_url=f"sqlite:///{data / 'trainer.db'}"
    )
    try:
        assert local.db.engine.dialect.name == "sqlite"
        assert local.learners.list() == []
    finally:
        local.close()
    again = open_app(data_dir=str(data), bundled_root=MINI_PACK)
    try:
        assert [x.id for x in again.learners.list()] == [learner.id]
    finally:
        again.close()
    assert database_url.configured(SettingsService(data / "settings.json")) == pg_url


class Proxy:
    """A loopback TCP relay to the database server that the test can cut and restore."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self.port = 0
        self._listener: socket.socket | None = None
        self._links: list[socket.socket] = []

    def start(self) -> None:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(16)
        self.port = listener.getsockname()[1]
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.target)
            self._links += [client, server]
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for end in (source, sink):
                with contextlib.suppress(OSError):
                    end.shutdown(socket.SHUT_RDWR)

    def cut(self) -> None:
        """Refuse new connections and break the open ones, as a server that went down."""
        if self._listener is not None:
            with contextlib.suppress(OSError):
                self._listener.shutdown(
                    socket.SHUT_RDWR
                )  # wakes the blocked accept(); close() alone does not
            self._listener.close()
            self._listener = None
        for link in self._links:
            with contextlib.suppress(OSError):
                link.shutdown(socket.SHUT_RDWR)
            link.close()
        self._links.clear()


def test_a_server_gone_mid_session_gives_a_clear_error_and_loses_nothing(tmp_path: Path, pg_url: str) -> None:
    from sqlalchemy.engine import make_url

    url = make_url(pg_url)
    proxy = Proxy((str(url.host), int(url.port or 5432)))
    proxy.start()
    app = open_app(
        data_dir=str(tmp_path / "data"),
        database_url=url.set(port=proxy.port).render_as_string(hide_password=False),
        bundled_root=MINI_PACK,
    )
    try:
        learner, _ = app.learners.create("Test Learner", "case_worker")
        app.progress.record_guide(learner.id, PACK, GUIDE, 0.5, False, 30)
        before = app.xapi.status().counts["pending"]
        proxy.cut()
        with pytest.raises(StorageError, match="cannot be reached") as caught:
            app.progress.record_guide(learner.id, PACK, GUIDE, 1.0, True, 300)
        assert "nothing was saved" in str(caught.value)
        proxy.start()  # the server is back on the same address
        kept = app.progress.activity(learner.id, PACK, GUIDE)
        assert kept is not None
        assert kept.progress == pytest.approx(0.5)
        assert kept.completed_at is None
        assert app.xapi.status().counts["pending"] == before
        app.progress.record_guide(learner.id, PACK, GUIDE, 1.0, True, 300)
        assert app.progress.activity(learner.id, PACK, GUIDE).completed_at is not None  # type: ignore[union-attr]
    finally:
        app.close()
        proxy.cut()
