"""One app instance per data folder: an exclusive lock on a file that the OS releases if the process dies."""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO


class InstanceLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[str] | None = None

    def acquire(self) -> InstanceLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 (held for the app's lifetime)
        try:
            _lock(handle)
        except OSError as error:
            # the error tree and its catalogue only now: the desktop app takes the lock before its first paint
            from trainer_app.core.common.errors import AlreadyRunningError

            handle.close()
            raise AlreadyRunningError(
                "storage.cpims_trainer_already_open", parent=self.path.parent
            ) from error
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._handle = handle
        return self

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None


def _lock(handle: IO[str]) -> None:
    if os.name == "nt":  # pragma: no cover - Windows
        import msvcrt

        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
