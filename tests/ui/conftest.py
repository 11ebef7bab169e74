"""UI fixtures: a signed-in main window on the mini pack, offscreen."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTEST_QT_API", "pyside6")

from PySide6.QtWidgets import QApplication

from tests.conftest import MINI_PACK
from tests.ui.marking import Marking


@pytest.fixture(autouse=True)
def _collect_on_the_gui_thread() -> Iterator[None]:
    """As the app does (ui/gc_guard.py): no automatic collection while worker threads may run; collect between
    tests on this thread once the pool is idle, so a collection never frees Qt objects from a worker thread."""
    from PySide6.QtCore import QThreadPool

    gc.disable()
    yield
    QThreadPool.globalInstance().waitForDone(30000)
    gc.collect()
    gc.enable()


@pytest.fixture
def ui_context(qtbot, mini_app) -> object:  # type: ignore[no-untyped-def]  # noqa: ARG001 (qtbot: requested for the QApplication it makes)
    """A Context with a learner signed in, without the main window."""
    from trainer_app.ui.context import Context

    context = Context(mini_app, window=None)
    learner, _ = mini_app.learners.create(
        "Grace Okello", "case_worker", "Riverside agency", "Riverside office"
    )
    context.learner = learner
    return context


@pytest.fixture
def main_window(qtbot, data_dir: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """The real main window loading the mini pack through the real start-up path."""
    from trainer_app.core.common.paths import DataPaths
    from trainer_app.ui import loading
    from trainer_app.ui.main_window import MainWindow

    real_open = __import__("trainer_app.core.app", fromlist=["open_app"]).open_app
    monkeypatch.setattr(
        "trainer_app.core.app.open_app",
        lambda **kw: real_open(**{**kw, "bundled_root": MINI_PACK}),
    )
    assert loading  # the loader imports open_app lazily, so the patch above applies
    window = MainWindow(DataPaths(data_dir))
    qtbot.addWidget(window)
    window.show()
    window.start_loading()
    qtbot.waitUntil(lambda: window.picker is not None and window.picker.services is not None, timeout=20000)
    yield window
    window.close()


@pytest.fixture
def marking(qapp: QApplication) -> Iterator[None]:
    """Every "errors" text marked «…» while the test runs (tests/ui/marking.py)."""
    translator = Marking()
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)
