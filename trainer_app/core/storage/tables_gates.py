"""Rollout gate records: evidence ticks, sign-offs, not-applicable marks and the planned staff per role."""

from __future__ import annotations

from sqlalchemy import Boolean, Column, DateTime, Integer, String, Table, Text

from trainer_app.core.storage.tables import metadata

gate_evidence = Table(
    "gate_evidence",
    metadata,
    Column("gate_id", String(100), primary_key=True),
    Column("requirement_id", String(100), primary_key=True),
    Column("ticked", Boolean, nullable=False, default=False),
    Column("note", Text, nullable=False, default=""),
    Column("by_learner_id", String(36), nullable=True),  # None: ticked from the command line without a name
    Column("by_name", String(200), nullable=False, default=""),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("value", Integer, nullable=True),  # a measured requirement: value of total (83 of 95)
    Column("total", Integer, nullable=True),
)

gate_signoff = Table(
    "gate_signoff",
    metadata,
    Column("gate_id", String(100), primary_key=True),
    Column("signed_by", String(36), nullable=False),
    Column("signed_by_name", String(200), nullable=False),
    Column("signed_at", DateTime(timezone=True), nullable=False),
    Column("note", Text, nullable=False, default=""),
)

gate_not_applicable = Table(
    "gate_not_applicable",
    metadata,
    Column("gate_id", String(100), primary_key=True),
    Column("reason", Text, nullable=False),
    Column("by_learner_id", String(36), nullable=False),
    Column("by_name", String(200), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
)

planned_staff = Table(
    "planned_staff",
    metadata,
    Column("role", String(100), primary_key=True),
    Column("agency", String(200), primary_key=True),  # '' = the whole rollout
    Column("count", Integer, nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)
