"""Quiz tables: one row per attempt (with everything snapshotted at start) and one per answered question."""

from __future__ import annotations

from sqlalchemy import Boolean, Column, DateTime, Float, ForeignKey, Index, Integer, String, Table, Text

from trainer_app.core.storage.tables import metadata

quiz_attempt = Table(
    "quiz_attempt",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("learner_id", String(36), ForeignKey("learner.id"), nullable=False),
    Column("pack_id", String(100), nullable=False),
    Column("activity_id", String(150), nullable=False),
    Column("bank_id", String(150), nullable=False),
    Column("seed", Integer, nullable=False),
    Column("drawn", Text, nullable=False),  # JSON: the drawn items and questions exactly as shown
    Column("pass_mark", Float, nullable=False),
    Column("pack_version", String(40), nullable=False),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("submitted_at", DateTime(timezone=True), nullable=True),
    Column("score", Float, nullable=True),
    Column("passed", Boolean, nullable=True),
    Column("seconds_spent", Float, nullable=False, default=0.0),
    Index("ix_quiz_attempt_learner_activity", "learner_id", "pack_id", "activity_id"),
)

quiz_answer = Table(
    "quiz_answer",
    metadata,
    Column("attempt_id", String(36), ForeignKey("quiz_attempt.id"), primary_key=True),
    Column("question_id", String(150), primary_key=True),
    Column("response", Text, nullable=False),  # JSON; "null" when not answered
    Column("points_earned", Float, nullable=True),  # set when the attempt is submitted
    Column("points_possible", Float, nullable=True),
    Column("correct", Boolean, nullable=True),
    Column("saved_at", DateTime(timezone=True), nullable=False),
)
