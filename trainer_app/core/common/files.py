"""Writing files so that a failure (a full disk, a cancel, a crash) never leaves a partial file behind."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """Yield a hidden sibling path to write to; rename it over `path` on success, remove it on any failure."""
    partial = path.with_name(f".{path.name}.{os.urandom(4).hex()}.partial")
    try:
        yield partial
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


def write_atomically(path: Path, data: bytes | str, private: bool = False) -> None:
    """Write `data` to `path` through a temporary file; `private` makes it readable by its owner only (0600)."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    with atomic_path(path) as partial:
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600 if private else 0o644)
        with os.fdopen(descriptor, "wb") as handle:
            if private:
                os.fchmod(handle.fileno(), 0o600)
            handle.write(raw)
            handle.flush()
            os.fsync(handle.fileno())
