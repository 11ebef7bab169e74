"""The foundation tables (learners, packs, progress, session log, search). Migrations in migrations/versions.

Other areas add their tables in their own modules on the same `metadata`.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

app_meta = Table(
    "app_meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

learner = Table(
    "learner",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("display_name", String(200), nullable=False),
    Column("roles", Text, nullable=False),  # comma-separated role ids, main role first
    Column("agency", String(200), nullable=False, default=""),
    Column("site", String(200), nullable=False, default=""),
    Column("language", String(16), nullable=False, default="en"),
    Column("pin_hash", Text, nullable=True),
    Column("archived", Boolean, nullable=False, default=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("origin", String(64), nullable=False, default="local"),
)

pack = Table(
    "pack",
    metadata,
    Column("id", String(100), primary_key=True),
    Column("version", String(40), nullable=False),
    Column("language", String(16), nullable=False),
    Column("title", String(200), nullable=False),
    Column("installed_path", Text, nullable=False),
    Column("checksum", String(64), nullable=False),
    Column("bundled", Boolean, nullable=False, default=False),
    Column("installed_at", DateTime(timezone=True), nullable=False),
)

progress = Table(
    "progress",
    metadata,
    Column("learner_id", String(36), ForeignKey("learner.id"), primary_key=True),
    Column("pack_id", String(100), primary_key=True),
    Column("activity_id", String(150), primary_key=True),
    Column("status", String(20), nullable=False),
    Column("progress", Float, nullable=False, default=0.0),
    Column("seconds_spent", Float, nullable=False, default=0.0),
    Column("first_opened_at", DateTime(timezone=True), nullable=True),
    Column("completed_at", DateTime(timezone=True), nullable=True),
    Column("last_position", Text, nullable=False, default=""),
    Column("content_version", String(40), nullable=False, default=""),
    Column("detail", Text, nullable=False, default=""),  # kind-specific JSON: watched intervals, slides seen
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

session_log = Table(
    "session_log",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("learner_id", String(36), ForeignKey("learner.id"), nullable=False),
    Column("pack_id", String(100), nullable=False),
    Column("activity_id", String(150), nullable=False),
    Column("kind", String(30), nullable=False),  # opened, read, watched, slides, ...
    Column("observed_at", DateTime(timezone=True), nullable=False),
    Column("seconds", Float, nullable=False, default=0.0),
    Column("data", Text, nullable=False, default=""),
    Index("ix_session_log_learner", "learner_id", "observed_at"),
)

search_document = Table(
    "search_document",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("pack_id", String(100), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("activity_id", String(150), nullable=False),
    Column("title", Text, nullable=False),
    Column("location", Text, nullable=False),
    Column("anchor", String(200), nullable=False, default=""),
    Column("body", Text, nullable=False),
    Index("ix_search_document_pack", "pack_id"),
    UniqueConstraint("id"),
)
