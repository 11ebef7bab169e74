"""Access tables: the wrong-attempt counter of every secret (the trainer passphrase, each learner's PIN)."""

from __future__ import annotations

from sqlalchemy import Column, DateTime, Integer, String, Table

from trainer_app.core.storage.tables import metadata

unlock_attempt = Table(
    "unlock_attempt",
    metadata,
    Column("subject", String(80), primary_key=True),  # "passphrase" or "pin:<learner id>"
    Column("failed_attempts", Integer, nullable=False),
    Column("next_allowed_at", DateTime(timezone=True), nullable=True),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)
