"""Wrong attempts at a secret (the trainer passphrase, a learner's PIN) wait longer and longer.

An attempt is counted as failed *before* the slow hash is checked, in one write transaction that also checks
the wait: two attempts at once cannot both slip through a free slot, a kill during the check still counts,
and the count and the next allowed time are in the database, so a restart does not reset them. A right
answer clears the counter.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from trainer_app.core.common.clock import Clock
from trainer_app.core.common.errors import UnlockDelayedError
from trainer_app.core.storage import attempts_repo
from trainer_app.core.storage.db import Database

FREE_ATTEMPTS = 3
MAX_DELAY_SECONDS = 15 * 60.0


def unlock_delay_seconds(failed_attempts: int) -> float:
    """Seconds to wait after `failed_attempts` wrong tries: 0 for the first few, then 2, 4, 8 … up to 15 min."""
    if failed_attempts < FREE_ATTEMPTS:
        return 0.0
    return min(MAX_DELAY_SECONDS, 2.0 ** (failed_attempts - FREE_ATTEMPTS + 1))


class AttemptLimiter:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def attempt(self, subject: str, check: Callable[[], bool]) -> bool:
        """Run `check` (the slow hash comparison) if the subject may try now; raise UnlockDelayedError if not."""
        self._reserve(subject)
        ok = check()
        if ok:
            with self._db.transaction() as conn:
                attempts_repo.clear(conn, subject)
        return ok

    def state(self, subject: str) -> tuple[int, float]:
        """(failed attempts, seconds to wait before the next one)."""
        with self._db.transaction() as conn:
            row = attempts_repo.locked(conn, subject)
        return row.failed_attempts, self._wait(row.next_allowed_at, self._clock())

    def clear(self, subject: str) -> None:
        with self._db.transaction() as conn:
            attempts_repo.clear(conn, subject)

    def _reserve(self, subject: str) -> None:
        now = self._clock()
        with self._db.transaction() as conn:
            row = attempts_repo.locked(conn, subject, now)
            wait = self._wait(row.next_allowed_at, now)
            if wait > 0:
                raise UnlockDelayedError("access.too_many_wrong_attempts", wait, wait=wait)
            failed = row.failed_attempts + 1
            allowed_at = now + timedelta(seconds=unlock_delay_seconds(failed))
            attempts_repo.store(conn, subject, failed, allowed_at, now)

    @staticmethod
    def _wait(allowed_at: datetime | None, now: datetime) -> float:
        return 0.0 if allowed_at is None else max(0.0, (allowed_at - now).total_seconds())
