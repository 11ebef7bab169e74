"""The profile list for the picker shown while the database layer loads, read without SQLAlchemy.

The window imports this before the full app exists; it stays light (sqlite3 only) so start-up stays fast.
"""

from __future__ import annotations

from trainer_app.core.common.paths import DataPaths
from trainer_app.core.domain.learner import Learner
from trainer_app.core.storage.quick_read import read_profiles


def preview_profiles(paths: DataPaths) -> list[Learner] | None:
    """The active local profiles, or None when the file cannot be read quickly (the picker then waits)."""
    return read_profiles(paths.database)
