"""A seeded demo deployment shared by the benchmarks of one `make bench` run: bench_seed times a 10,000-learner
`demo seed` and leaves its data folder here, so bench_records does not seed the same deployment again (about
13 minutes on a 2-core laptop). A module run alone seeds its own."""

from __future__ import annotations

import atexit
import shutil
from pathlib import Path

_seeded: dict[int, Path] = {}


def offer(learners: int, data_dir: Path) -> None:
    """Keep a seeded data folder for the other benchmarks of this run (removed when the run ends)."""
    _seeded[learners] = data_dir
    atexit.register(shutil.rmtree, data_dir, ignore_errors=True)


def seeded(learners: int) -> Path | None:
    """The data folder of a demo seeded with this many learners earlier in this run, if one was."""
    return _seeded.get(learners)
