"""Wrong PINs and passphrases wait longer and longer, across restarts, and cannot be raced."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import MINI_PACK
from trainer_app.core.app import open_app
from trainer_app.core.common.errors import PermissionDeniedError
from trainer_app.core.services.trainer_mode import TrainerModeService, UnlockDelayedError


def test_a_four_digit_pin_cannot_be_guessed_quickly_even_across_restarts(data_dir: Path, clock: Any) -> None:
    app = open_app(data_dir=str(data_dir), clock=clock, bundled_root=MINI_PACK)
    learner, _ = app.learners.create("Grace Okello", "case_worker", pin="4821")
    for guess in ("0000", "0001", "0002"):
        with pytest.raises(PermissionDeniedError):
            app.learners.unlock(learner.id, guess)
    with pytest.raises(UnlockDelayedError):
        app.learners.unlock(learner.id, "4821")  # even the right PIN waits
    app.close()
    app = open_app(data_dir=str(data_dir), clock=clock, bundled_root=MINI_PACK)  # a restart resets nothing
    with pytest.raises(UnlockDelayedError) as delayed:
        app.learners.unlock(learner.id, "4821")
    assert delayed.value.wait_seconds == pytest.approx(2.0)
    waited = 0.0
    for guess in range(3, 20):  # keep guessing, waiting exactly as long as told each time
        clock.advance(waited)
        with pytest.raises(PermissionDeniedError):
            app.learners.unlock(learner.id, f"{guess:04d}")
        with pytest.raises(UnlockDelayedError) as delayed:
            app.learners.unlock(learner.id, "9999")
        waited = delayed.value.wait_seconds
    assert waited == 15 * 60  # capped at 15 minutes: 10,000 guesses would take about 100 days
    clock.advance(waited)
    assert app.learners.unlock(learner.id, "4821").id == learner.id
    app.learners.unlock(learner.id, "4821")  # the counter was cleared by the right PIN
    app.close()


def test_wrong_attempts_made_at_the_same_moment_all_count(mini_app: Any) -> None:
    """Two free attempts are used; four more arrive at once: only one may be checked, the others must wait."""
    mode = TrainerModeService(mini_app.db, mini_app.clock, work_factor=2**14)  # slow enough to overlap
    mode.set_passphrase("river stone lantern")
    for _ in range(2):
        assert not mode.verify("wrong words here")
    start = threading.Barrier(4)
    outcomes: list[str] = []

    def guess() -> None:
        other = TrainerModeService(mini_app.db, mini_app.clock, work_factor=2**14)
        start.wait()
        try:
            outcomes.append("checked" if not other.verify("another wrong guess") else "unlocked")
        except UnlockDelayedError:
            outcomes.append("must wait")

    threads = [threading.Thread(target=guess) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["checked", "must wait", "must wait", "must wait"]
    assert mode.state().failed_attempts == 3
