"""Walkthrough checks: one row per learner, activity and step (ticked, when, a note, a recorded value)."""

from __future__ import annotations

from sqlalchemy import Boolean, Column, DateTime, ForeignKey, String, Table, Text

from trainer_app.core.storage.tables import metadata

walkthrough_check = Table(
    "walkthrough_check",
    metadata,
    Column("learner_id", String(36), ForeignKey("learner.id"), primary_key=True),
    Column("pack_id", String(100), primary_key=True),
    Column("activity_id", String(150), primary_key=True),
    Column("step_id", String(150), primary_key=True),
    Column("ticked", Boolean, nullable=False, default=False),
    Column("ticked_at", DateTime(timezone=True), nullable=True),
    Column("note", Text, nullable=False, default=""),
    Column("value", Text, nullable=False, default=""),  # the value the step asked the learner to record
    Column("updated_at", DateTime(timezone=True), nullable=False),
)
