"""Classroom evidence: training sessions a trainer ran, who attended them, and practical checks a trainer
observed. Every row carries the raw Ed25519 key that signed it and the signature over its facts.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Column, DateTime, ForeignKey, Index, String, Table, Text

from trainer_app.core.storage.tables import metadata

training_session = Table(
    "training_session",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("pack_id", String(100), nullable=False),
    Column("title", String(200), nullable=False),
    Column("held_at", DateTime(timezone=True), nullable=False),
    Column("trainer_learner_id", String(36), nullable=True),  # None: a trainer without a profile here
    Column("trainer_name", String(200), nullable=False),
    Column("module_ids", Text, nullable=False),  # comma-separated module ids of the pack
    Column("location", String(200), nullable=False, default=""),
    Column("note", Text, nullable=False, default=""),
    Column("issuer_key", String(64), nullable=False),  # raw Ed25519 public key, lower-case hex
    Column("signature", String(100), nullable=False),  # base64url Ed25519 signature over the facts
    Column("recorded_at", DateTime(timezone=True), nullable=False),
)

session_attendance = Table(
    "session_attendance",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("session_id", String(36), ForeignKey("training_session.id"), nullable=False),
    Column("learner_id", String(36), ForeignKey("learner.id"), nullable=True),  # None: planned staff by name
    Column("staff_name", String(200), nullable=False, default=""),  # the name of someone without a profile
    Column("issuer_key", String(64), nullable=False),
    Column("signature", String(100), nullable=False),
    Column("recorded_at", DateTime(timezone=True), nullable=False),
    Index("ix_session_attendance_session", "session_id"),
    Index("ix_session_attendance_learner", "learner_id"),
)

practical_check = Table(
    "practical_check",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("learner_id", String(36), ForeignKey("learner.id"), nullable=False),
    Column("pack_id", String(100), nullable=False),
    Column("check_id", String(100), nullable=False),  # a [[practical_checks]] id of the pack
    Column("passed", Boolean, nullable=False),
    Column("observed_by", String(200), nullable=False),
    Column("observed_at", DateTime(timezone=True), nullable=False),
    Column("note", Text, nullable=False, default=""),
    Column("issuer_key", String(64), nullable=False),
    Column("signature", String(100), nullable=False),
    Column("recorded_at", DateTime(timezone=True), nullable=False),
    Index("ix_practical_check_learner", "learner_id"),
)
