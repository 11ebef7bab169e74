"""Shared fixtures: every test gets its own data folder and never touches the real user folder."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from trainer_app.core.common.clock import FakeClock

FIXTURES = Path(__file__).parent / "fixtures"
MINI_PACK = FIXTURES / "mini_pack"
REPO_ROOT = Path(__file__).resolve().parents[1]
PG_ENV = "CPIMS_TEST_PG_URL"  # a PostgreSQL server (scripts/services.sh starts one)
LRS_ENV = "CPIMS_TEST_LRS_URL"  # a strict xAPI LRS on loopback (scripts/services.sh starts one)
BOTH_DATABASES = ("tests/core/", "tests/cli/")  # tests using `mini_app` here run on SQLite and PostgreSQL


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only: a `mini_app` test about SQLite itself (not run on PostgreSQL)"
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """`db_url` (and so `mini_app`) runs on SQLite and PostgreSQL for the storage and service tests."""
    if "db_url" not in metafunc.fixturenames or metafunc.definition.get_closest_marker("sqlite_only"):
        return
    where = Path(str(metafunc.definition.path)).resolve().relative_to(REPO_ROOT).as_posix()
    if where.startswith(BOTH_DATABASES):
        postgres = pytest.param("postgres", marks=pytest.mark.postgres)
        metafunc.parametrize("db_url", ["sqlite", postgres], indirect=True)


def service_url(env: str, what: str) -> str:
    """The URL of a test service, or skip (on a developer's machine) / fail (when CI=true) without one."""
    url = os.environ.get(env, "")
    if url:
        return url
    if os.environ.get("CI"):
        pytest.fail(
            f"{env} is not set: CI must start {what} (scripts/services.sh) and run the tests in its namespace."
        )
    pytest.skip(
        f"{env} is not set: {what} is not running here (as root, `make test` starts one; see scripts/services.sh)"
    )


def _admin(server_url: str) -> str:
    return server_url.replace("postgresql+psycopg://", "postgresql://", 1)


def fresh_postgres_database(server_url: str, template: str = "template1") -> Iterator[str]:
    """A new database on the test server for one test (a copy of `template`: empty by default), dropped after."""
    import psycopg

    name = f"cpims_t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(_admin(server_url), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    try:
        yield server_url.rsplit("/", 1)[0] + "/" + name
    finally:
        with psycopg.connect(_admin(server_url), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def migrated_pg_template() -> Iterator[str]:
    """One database migrated to the newest schema per session; each `mini_app` database is a copy of it."""
    from trainer_app.core.storage import migrate
    from trainer_app.core.storage.db import make_engine

    server_url = service_url(PG_ENV, "a PostgreSQL server")
    database = fresh_postgres_database(server_url)
    url = next(database)
    engine = make_engine(url)
    try:
        migrate.upgrade(engine)
    finally:
        engine.dispose()
    yield url.rsplit("/", 1)[1]
    database.close()


@pytest.fixture
def db_url(request: pytest.FixtureRequest) -> Iterator[str | None]:
    """None (the SQLite file in the data folder) or the URL of a fresh PostgreSQL database."""
    if getattr(request, "param", "sqlite") == "sqlite":
        yield None
        return
    template = request.getfixturevalue("migrated_pg_template")
    yield from fresh_postgres_database(service_url(PG_ENV, "a PostgreSQL server"), template)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.delenv("CPIMS_TRAINER_HOME", raising=False)
    monkeypatch.delenv("CPIMS_TRAINER_DATABASE_URL", raising=False)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def data_dir(tmp_path: Path, request: pytest.FixtureRequest) -> Path:
    callspec = getattr(request.node, "callspec", None)
    if callspec is not None and callspec.params.get("db_url") == "postgres":
        # Beside tmp_path, not in it: its settings.json (naming the database) stays out of files a test scans.
        return tmp_path.parent / f"{tmp_path.name}-data"
    return tmp_path / "data"


@pytest.fixture
def mini_app(data_dir: Path, clock: FakeClock, db_url: str | None) -> Iterator[object]:
    """An app on a fresh data folder with the mini test pack as its bundled pack (on SQLite or PostgreSQL)."""
    from trainer_app.core.app import open_app
    from trainer_app.pdf.writers import pdf_writers  # the PDF writers, as the window and CLI hand them in

    if db_url is not None:  # as a user sets it, in settings.json: a test that reopens the folder gets it too
        from trainer_app.core.services.settings import SettingsService

        SettingsService(data_dir / "settings.json").update(extra={"database_url": db_url})
    app = open_app(data_dir=str(data_dir), clock=clock, bundled_root=MINI_PACK, pdf=pdf_writers())
    yield app
    app.close()


def earned_certificate(app: Any, learner_id: str) -> Any:
    """The newest certificate stored for the learner: finishing the work issues it, with no separate call."""
    found = app.certificates.list(learner_id)
    assert found, "finishing the work issued no certificate"
    return found[0]
