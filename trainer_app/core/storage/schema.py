"""The complete schema: importing this module registers every area's tables on `metadata`."""

from __future__ import annotations

from trainer_app.core.storage import (
    tables,  # noqa: F401  (foundation tables)
    tables_access,  # noqa: F401  (wrong-attempt counters of the passphrase and PINs)
    tables_credentials,  # noqa: F401  (issuer keys and certificates)
    tables_exchange,  # noqa: F401  (import/export logs, learner conflicts, pending records, trainer secret)
    tables_gates,  # noqa: F401  (rollout gate evidence, sign-offs, planned staff)
    tables_quiz,  # noqa: F401  (quiz attempts and answers)
    tables_sessions,  # noqa: F401  (classroom sessions, attendance, practical checks)
    tables_summary,  # noqa: F401  (progress summaries per learner and module / pack, and pack layouts)
    tables_walkthrough,  # noqa: F401  (walkthrough checks)
    tables_xapi,  # noqa: F401  (xAPI statement outbox)
)
from trainer_app.core.storage.tables import metadata

__all__ = ["metadata"]
