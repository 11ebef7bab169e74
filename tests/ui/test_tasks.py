"""Background jobs hand their result back to the window; one that finishes after the window has gone is quiet."""

from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtCore import QThreadPool
from shiboken6 import Shiboken

from trainer_app.ui.tasks import _Bridge, _Job


@pytest.mark.usefixtures("qapp")
def test_a_job_that_finishes_after_the_window_closed_says_nothing_alarming(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Closing the app while a report is still being built took the job's bridge with it; the job's answer then
    goes nowhere, with a log line instead of a traceback printed from the pool's thread."""
    started, go = threading.Event(), threading.Event()

    def work() -> int:
        started.set()
        go.wait(10)
        return 1

    bridge = _Bridge()
    QThreadPool.globalInstance().start(_Job(work, bridge))
    assert started.wait(10)
    Shiboken.delete(bridge)  # what the window's closing does to it
    with caplog.at_level(logging.INFO, logger="trainer_app.ui.tasks"):
        go.set()
        assert QThreadPool.globalInstance().waitForDone(10000)
    assert "finished after the window closed" in caplog.text
