"""Trainer mode: a passphrase set on first use, stored as a slow salted hash, with slower and slower retries."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import MINI_PACK
from trainer_app.core.app import open_app
from trainer_app.core.common.errors import PermissionDeniedError, ValidationError
from trainer_app.core.services.trainer_mode import (
    PASSPHRASE_N,
    TrainerModeService,
    UnlockDelayedError,
    check_passphrase,
    hash_passphrase,
    unlock_delay_seconds,
)

FAST = 2**10  # the tests use a cheaper work factor; the stored hash says which one was used


def service(app: Any) -> TrainerModeService:
    return TrainerModeService(app.db, app.clock, work_factor=FAST)


def test_first_use_sets_the_passphrase_and_unlocks(mini_app: Any) -> None:
    mode = service(mini_app)
    assert not mode.is_set()
    assert not mode.unlocked
    with pytest.raises(PermissionDeniedError, match="set one first"):
        mode.unlock("anything at all")
    with pytest.raises(ValidationError, match="at least 8"):
        mode.set_passphrase("short")
    mode.set_passphrase("river stone lantern")
    assert mode.is_set()
    assert mode.unlocked
    mode.lock()
    assert not mode.unlocked
    mode.unlock("river stone lantern")
    assert mode.unlocked


def test_the_passphrase_is_stored_only_as_a_slow_salted_hash(data_dir: Path, clock: Any) -> None:
    app = open_app(data_dir=str(data_dir), clock=clock, bundled_root=MINI_PACK)
    app.trainer_mode.set_passphrase("river stone lantern")  # the real work factor
    stored = app.db.scalar("SELECT secret_hash FROM trainer_secret")
    app.close()
    assert stored.startswith(f"scrypt${PASSPHRASE_N}$8$1$")
    assert PASSPHRASE_N >= 2**17
    assert b"river stone lantern" not in (data_dir / "trainer.db").read_bytes()
    assert hash_passphrase("same words", FAST) != hash_passphrase("same words", FAST)  # salted
    assert check_passphrase("river stone lantern", stored)
    assert not check_passphrase("river stone lantern", "garbage")


def test_changing_the_passphrase_needs_the_current_one(mini_app: Any) -> None:
    mode = service(mini_app)
    mode.set_passphrase("river stone lantern")
    with pytest.raises(PermissionDeniedError):
        mode.set_passphrase("new words for the team", current="wrong words here")
    mode.set_passphrase("new words for the team", current="river stone lantern")
    mode.lock()
    mode.unlock("new words for the team")


def test_wrong_attempts_slow_down_and_the_counter_survives_a_restart(data_dir: Path, clock: Any) -> None:
    app = open_app(data_dir=str(data_dir), clock=clock, bundled_root=MINI_PACK)
    mode = service(app)
    mode.set_passphrase("river stone lantern")
    mode.lock()
    for _ in range(3):
        with pytest.raises(PermissionDeniedError):
            mode.unlock("wrong guess")
    with pytest.raises(UnlockDelayedError) as delayed:
        mode.unlock("river stone lantern")  # even the right one must wait
    assert delayed.value.wait_seconds == pytest.approx(2.0)
    app.close()

    app = open_app(data_dir=str(data_dir), clock=clock, bundled_root=MINI_PACK)
    mode = service(app)
    assert mode.state().failed_attempts == 3
    assert mode.state().wait_seconds > 0
    clock.advance(2)
    with pytest.raises(PermissionDeniedError):
        mode.unlock("wrong again")
    clock.advance(3)
    with pytest.raises(UnlockDelayedError):
        mode.unlock("river stone lantern")  # 4 failures: 4 s
    clock.advance(1)
    mode.unlock("river stone lantern")
    assert mode.unlocked
    assert mode.state().failed_attempts == 0
    app.close()


def test_the_delay_doubles_and_is_capped() -> None:
    assert [unlock_delay_seconds(n) for n in range(7)] == [0, 0, 0, 2, 4, 8, 16]
    assert unlock_delay_seconds(40) == 15 * 60


def test_archiving_a_profile_needs_its_pin_or_the_trainer_passphrase(mini_app: Any) -> None:
    mode = service(mini_app)
    with_pin, _ = mini_app.learners.create("Grace Okello", "case_worker", pin="4821")
    without, _ = mini_app.learners.create("Samir Haddad", "case_worker")
    assert not mode.may_archive(without.id, "anything")  # nothing is set yet: no way in
    assert mode.may_archive(with_pin.id, "4821")
    mode.set_passphrase("river stone lantern")
    assert not mode.may_archive(with_pin.id, "1111")
    assert mode.may_archive(without.id, "river stone lantern")
    assert not mode.may_archive(without.id, "4821")
