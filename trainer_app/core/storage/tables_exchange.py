"""Exchange and trainer-mode tables: imports and exports of records bundles, learner conflicts, records held
until their key is trusted, and the trainer passphrase (a slow salted hash) with its failed-attempt counter.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Column, DateTime, ForeignKey, Index, Integer, String, Table, Text

from trainer_app.core.storage.tables import metadata

import_log = Table(
    "import_log",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("kind", String(20), nullable=False),  # bundle | receipt
    Column("bundle_id", String(36), nullable=False),
    Column("manifest_sha256", String(64), nullable=False),
    Column("source_installation", String(36), nullable=False),
    Column("source_fingerprint", String(40), nullable=False),
    Column("trusted", Boolean, nullable=False),
    Column("imported_at", DateTime(timezone=True), nullable=False),
    Column("imported_by", String(200), nullable=False),
    Column("file_name", Text, nullable=False),
    Column("counts", Text, nullable=False),  # JSON: per member {added, updated, unchanged, pending}
    Column("conflicts", Integer, nullable=False, default=0),
    Column("receipt_id", String(36), nullable=True),
    Index("ix_import_log_bundle", "bundle_id"),
)

export_log = Table(
    "export_log",
    metadata,
    Column("bundle_id", String(36), primary_key=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("since", DateTime(timezone=True), nullable=True),
    Column("file_name", Text, nullable=False),
    Column("counts", Text, nullable=False),  # JSON: rows per member
    Column("manifest_sha256", String(64), nullable=False),
)

learner_conflict = Table(
    "learner_conflict",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("learner_id", String(36), ForeignKey("learner.id"), nullable=False),
    Column("field", String(40), nullable=False),
    Column("local_value", Text, nullable=False),
    Column("incoming_value", Text, nullable=False),
    Column("source_installation", String(36), nullable=False),
    Column("source_fingerprint", String(40), nullable=False),
    Column("bundle_id", String(36), nullable=False),
    Column("detected_at", DateTime(timezone=True), nullable=False),
    Column("resolved_at", DateTime(timezone=True), nullable=True),
    Column("resolution", String(20), nullable=False, default=""),  # "" | kept | took_incoming
    Index("ix_learner_conflict_learner", "learner_id"),
)

pending_record = Table(
    "pending_record",
    metadata,
    Column("source_key", String(64), primary_key=True),  # raw Ed25519 public key, lower-case hex
    Column("member", String(40), primary_key=True),
    Column("record_key", Text, primary_key=True),  # JSON array of the member's key values
    Column("learner_id", String(36), nullable=True),
    Column("source_fingerprint", String(40), nullable=False),
    Column("source_installation", String(36), nullable=False),
    Column("bundle_id", String(36), nullable=False),
    Column("payload", Text, nullable=False),  # JSON array of the row as in the bundle
    Column("received_at", DateTime(timezone=True), nullable=False),
    Index("ix_pending_record_learner", "learner_id"),
)

trainer_secret = Table(
    "trainer_secret",
    metadata,
    Column("name", String(40), primary_key=True),  # "passphrase"
    Column("secret_hash", Text, nullable=False),  # scrypt$N$r$p$salt$digest
    Column("failed_attempts", Integer, nullable=False, default=0),
    Column("last_failed_at", DateTime(timezone=True), nullable=True),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)
