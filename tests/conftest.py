"""Shared fixtures: every test gets its own data folder and never touches the real user folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from trainer_app.core.common.clock import FakeClock

FIXTURES = Path(__file__).parent / "fixtures"
MINI_PACK = FIXTURES / "mini_pack"
REPO_ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.delenv("CPIMS_TRAINER_HOME", raising=False)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def mini_app(data_dir: Path, clock: FakeClock) -> Iterator[object]:
    """An app on a fresh data folder with the mini test pack as its bundled pack."""
    from trainer_app.core.app import open_app

    app = open_app(data_dir=str(data_dir), clock=clock, bundled_root=MINI_PACK)
    yield app
    app.close()
