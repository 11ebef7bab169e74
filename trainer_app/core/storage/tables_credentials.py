"""Credential tables: the issuer keys this installation knows (with its trust decision) and the certificates."""

from __future__ import annotations

from sqlalchemy import Boolean, Column, DateTime, Float, ForeignKey, Index, Integer, String, Table, Text

from trainer_app.core.storage.tables import metadata

issuer_key = Table(
    "issuer_key",
    metadata,
    Column("public_key", String(64), primary_key=True),  # raw Ed25519 key, lower-case hex
    Column("did", String(120), nullable=False),
    Column("fingerprint", String(40), nullable=False),
    Column("label", String(200), nullable=False, default=""),
    Column("trusted", Boolean, nullable=False, default=False),
    Column("first_seen_at", DateTime(timezone=True), nullable=False),
    Column("trusted_at", DateTime(timezone=True), nullable=True),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Index("ix_issuer_key_fingerprint", "fingerprint"),
)

certificate = Table(
    "certificate",
    metadata,
    Column("id", String(36), primary_key=True),  # the credential's UUID
    Column(
        "learner_id", String(36), nullable=True
    ),  # from the credential; may name a learner not stored here
    Column("learner_name", String(400), nullable=False),
    Column("role_title", String(200), nullable=False, default=""),
    Column("agency", String(200), nullable=False, default=""),
    Column("pack_id", String(100), nullable=False),
    Column("pack_version", String(40), nullable=False),
    Column("track_id", String(150), nullable=False),
    Column("track_title", String(400), nullable=False),
    Column("score", Float, nullable=True),
    Column("language", String(16), nullable=False),
    Column("issuer_name", String(400), nullable=False),
    Column("issued_at", DateTime(timezone=True), nullable=False),
    Column("issuer_key", String(64), ForeignKey("issuer_key.public_key"), nullable=False),
    Column("credential_json", Text, nullable=False),  # the signed credential exactly as received
    Column("qr_token", Text, nullable=True),  # the compact signed token of its QR code, when known
    Column("pdf_sha256", String(64), nullable=True),  # of the last PDF written for it here
    Column("origin", String(20), nullable=False),  # issued | imported
    Column("stored_at", DateTime(timezone=True), nullable=False),
    Column("superseded_by", String(36), nullable=True),
    Column("revoked_at", DateTime(timezone=True), nullable=True),
    Column("revoked_reason", Text, nullable=False, default=""),
    Index("ix_certificate_learner_track", "learner_id", "pack_id", "track_id"),
    Index("ix_certificate_issuer", "issuer_key"),
)

# The revocation bit of each certificate issued here: its index in this installation's status list.
certificate_status = Table(
    "certificate_status",
    metadata,
    Column("certificate_id", String(36), ForeignKey("certificate.id"), primary_key=True),
    Column("list_index", Integer, nullable=False, unique=True),
    Column("list_url", String(400), nullable=False),
)
