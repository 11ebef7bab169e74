"""The xAPI outbox: every statement exactly as it was created, with its delivery state to the LRS."""

from __future__ import annotations

from sqlalchemy import Column, DateTime, Index, Integer, String, Table, Text

from trainer_app.core.storage.tables import metadata

xapi_outbox = Table(
    "xapi_outbox",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),  # creation order
    Column("statement_id", String(36), nullable=False, unique=True),
    Column("learner_id", String(36), nullable=False),
    Column("verb", String(20), nullable=False),  # the ADL verb's short name: passed, completed, ...
    Column("pack_id", String(100), nullable=False),
    Column("activity_id", String(150), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("statement", Text, nullable=False),  # the exact JSON sent to the LRS, never rewritten
    Column("state", String(12), nullable=False, default="pending"),  # pending|sent|quarantined|conflict
    Column("attempts", Integer, nullable=False, default=0),
    Column("next_attempt_at", DateTime(timezone=True), nullable=True),
    Column("last_attempt_at", DateTime(timezone=True), nullable=True),
    Column("sent_at", DateTime(timezone=True), nullable=True),
    Column("last_error", Text, nullable=False, default=""),
    Index("ix_xapi_outbox_state", "state", "next_attempt_at"),
    Index("ix_xapi_outbox_learner", "learner_id"),
)
