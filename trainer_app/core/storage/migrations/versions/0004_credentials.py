"""Credentials: issuer keys with their trust decision, and signed track certificates."""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "issuer_key",
        sa.Column("public_key", sa.String(64), primary_key=True),
        sa.Column("did", sa.String(120), nullable=False),
        sa.Column("fingerprint", sa.String(40), nullable=False),
        sa.Column("label", sa.String(200), nullable=False),
        sa.Column("trusted", sa.Boolean, nullable=False),
        sa.Column("first_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("trusted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_issuer_key_fingerprint", "issuer_key", ["fingerprint"])
    op.create_table(
        "certificate",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("learner_id", sa.String(36), nullable=True),
        sa.Column("learner_name", sa.String(400), nullable=False),
        sa.Column("role_title", sa.String(200), nullable=False),
        sa.Column("agency", sa.String(200), nullable=False),
        sa.Column("pack_id", sa.String(100), nullable=False),
        sa.Column("pack_version", sa.String(40), nullable=False),
        sa.Column("track_id", sa.String(150), nullable=False),
        sa.Column("track_title", sa.String(400), nullable=False),
        sa.Column("score", sa.Float, nullable=True),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("issuer_name", sa.String(400), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("issuer_key", sa.String(64), sa.ForeignKey("issuer_key.public_key"), nullable=False),
        sa.Column("credential_json", sa.Text, nullable=False),
        sa.Column("qr_token", sa.Text, nullable=True),
        sa.Column("pdf_sha256", sa.String(64), nullable=True),
        sa.Column("origin", sa.String(20), nullable=False),
        sa.Column("stored_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("superseded_by", sa.String(36), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_reason", sa.Text, nullable=False),
    )
    op.create_index("ix_certificate_learner_track", "certificate", ["learner_id", "pack_id", "track_id"])
    op.create_index("ix_certificate_issuer", "certificate", ["issuer_key"])


def downgrade() -> None:
    op.drop_index("ix_certificate_issuer", table_name="certificate")
    op.drop_index("ix_certificate_learner_track", table_name="certificate")
    op.drop_table("certificate")
    op.drop_index("ix_issuer_key_fingerprint", table_name="issuer_key")
    op.drop_table("issuer_key")
