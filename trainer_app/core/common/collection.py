"""Python's cyclic garbage collector held off for one bulk operation (a records import or export).

Such an operation allocates hundreds of thousands of short-lived tuples and strings that never form cycles,
and each automatic collection walks the whole heap, which a large import makes large: measured on a
10,000-learner bundle, collections were about a sixth of the import's time. Reference counting still frees
everything as before; only the search for cycles waits until the operation ends. The window's own collector
(ui/gc_guard.py) asks `paused()` and waits too.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def collection_paused() -> Iterator[None]:
    """No automatic cycle collection inside; the collector's earlier state (on or off) comes back after."""
    global _depth, _was_enabled  # noqa: PLW0603 (one process-wide switch, as the gc module's own)
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()


def paused() -> bool:
    """True while some bulk operation holds collection off."""
    return _depth > 0
