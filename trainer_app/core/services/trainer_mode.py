"""Trainer mode: a passphrase, set in an explicit step, unlocks the trainer and coordinator screens and the
command-line commands that change shared data.

The passphrase is stored only as a slow salted scrypt hash. Wrong attempts are counted in the database and,
after a few free ones, each further attempt must wait twice as long as the one before (even after a restart;
see attempt_limit).
"""

from __future__ import annotations

from dataclasses import dataclass

from trainer_app.core.common.changes import Changes
from trainer_app.core.common.clock import Clock
from trainer_app.core.common.errors import PermissionDeniedError, UnlockDelayedError, ValidationError
from trainer_app.core.common.secrets import check_secret, hash_secret
from trainer_app.core.services.attempt_limit import (
    FREE_ATTEMPTS,
    MAX_DELAY_SECONDS,
    AttemptLimiter,
    unlock_delay_seconds,
)
from trainer_app.core.storage import exchange_repo, learners_repo
from trainer_app.core.storage.db import Database

__all__ = [
    "FREE_ATTEMPTS",
    "MAX_DELAY_SECONDS",
    "MIN_PASSPHRASE_CHARS",
    "TrainerModeService",
    "TrainerModeState",
    "UnlockDelayedError",
    "unlock_delay_seconds",
]

PASSPHRASE = "passphrase"
MIN_PASSPHRASE_CHARS = 8
# OWASP's scrypt setting for passwords (N=2^17, r=8, p=1: 128 MiB, ~0.6 s here); PINs use 2^14.
PASSPHRASE_N = 2**17  # stronger than a PIN's 2**14: a passphrase opens every learner's records


@dataclass(frozen=True)
class TrainerModeState:
    passphrase_set: bool
    unlocked: bool
    failed_attempts: int
    wait_seconds: float


def hash_passphrase(passphrase: str, n: int = PASSPHRASE_N, salt: bytes | None = None) -> str:
    return hash_secret(passphrase, n, salt)


check_passphrase = check_secret


class TrainerModeService:
    """Holds whether trainer mode is unlocked in this process; the UI locks it again on every sign-in."""

    def __init__(self, db: Database, clock: Clock, work_factor: int = PASSPHRASE_N) -> None:
        self._db = db
        self._clock = clock
        self._n = work_factor
        self._limiter = AttemptLimiter(db, clock)
        self.unlocked = False

    def state(self) -> TrainerModeState:
        with self._db.transaction() as conn:
            row = exchange_repo.secret(conn, PASSPHRASE)
        if row is None:
            return TrainerModeState(False, self.unlocked, 0, 0.0)
        failed, wait = self._limiter.state(PASSPHRASE)
        return TrainerModeState(True, self.unlocked, failed, wait)

    def is_set(self) -> bool:
        return self.state().passphrase_set

    def set_passphrase(self, new: str, current: str | None = None) -> Changes:
        """First use sets it; changing it needs the current one (and unlocks trainer mode)."""
        if len(new.strip()) < MIN_PASSPHRASE_CHARS:
            raise ValidationError(
                "trainer.passphrase_needs_least_characters", min_passphrase_chars=MIN_PASSPHRASE_CHARS
            )
        if self.is_set():
            self.unlock(current or "")
        stored = hash_passphrase(new, self._n)
        with self._db.transaction() as conn:
            exchange_repo.set_secret(conn, PASSPHRASE, stored, self._clock())
        self.unlocked = True
        return Changes.SETTINGS

    def unlock(self, passphrase: str) -> None:
        """Unlock, or raise PermissionDeniedError (UnlockDelayedError while attempts must wait)."""
        if not self.verify(passphrase):
            raise PermissionDeniedError("trainer.passphrase_wrong")
        self.unlocked = True

    def verify(self, passphrase: str) -> bool:
        """Check the passphrase under the attempt counter, without unlocking."""
        with self._db.transaction() as conn:
            row = exchange_repo.secret(conn, PASSPHRASE)
        if row is None:
            raise PermissionDeniedError("trainer.trainer_passphrase_set_yet")
        return self._limiter.attempt(PASSPHRASE, lambda: check_passphrase(passphrase, row.secret_hash))

    def lock(self) -> None:
        self.unlocked = False

    def may_archive(self, learner_id: str, secret: str) -> bool:
        """Archiving a profile needs that profile's PIN or the trainer passphrase (both under attempt limits)."""
        with self._db.transaction() as conn:
            pin_hash = learners_repo.pin_hash(conn, learner_id)
        if pin_hash and self._limiter.attempt(
            pin_subject(learner_id), lambda: check_secret(secret, pin_hash)
        ):
            return True  # the same counter as signing in with the PIN (LearnerService.verify_pin)
        return self.is_set() and self.verify(secret)


def pin_subject(learner_id: str) -> str:
    return f"pin:{learner_id}"
