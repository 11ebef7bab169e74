"""The complete schema: importing this module registers every area's tables on `metadata`."""

from __future__ import annotations

from trainer_app.core.storage import (
    tables,  # noqa: F401  (foundation tables)
    tables_quiz,  # noqa: F401  (quiz attempts and answers)
    tables_walkthrough,  # noqa: F401  (walkthrough checks)
)
from trainer_app.core.storage.tables import metadata

__all__ = ["metadata"]
