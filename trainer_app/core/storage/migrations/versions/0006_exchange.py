"""Exchange: import and export logs, learner conflicts, records awaiting trust, the trainer passphrase."""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "import_log",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("bundle_id", sa.String(36), nullable=False),
        sa.Column("manifest_sha256", sa.String(64), nullable=False),
        sa.Column("source_installation", sa.String(36), nullable=False),
        sa.Column("source_fingerprint", sa.String(40), nullable=False),
        sa.Column("trusted", sa.Boolean, nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("imported_by", sa.String(200), nullable=False),
        sa.Column("file_name", sa.Text, nullable=False),
        sa.Column("counts", sa.Text, nullable=False),
        sa.Column("conflicts", sa.Integer, nullable=False),
        sa.Column("receipt_id", sa.String(36), nullable=True),
    )
    op.create_index("ix_import_log_bundle", "import_log", ["bundle_id"])
    op.create_table(
        "export_log",
        sa.Column("bundle_id", sa.String(36), primary_key=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("since", sa.DateTime(timezone=True), nullable=True),
        sa.Column("file_name", sa.Text, nullable=False),
        sa.Column("counts", sa.Text, nullable=False),
        sa.Column("manifest_sha256", sa.String(64), nullable=False),
    )
    op.create_table(
        "learner_conflict",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("learner_id", sa.String(36), sa.ForeignKey("learner.id"), nullable=False),
        sa.Column("field", sa.String(40), nullable=False),
        sa.Column("local_value", sa.Text, nullable=False),
        sa.Column("incoming_value", sa.Text, nullable=False),
        sa.Column("source_installation", sa.String(36), nullable=False),
        sa.Column("source_fingerprint", sa.String(40), nullable=False),
        sa.Column("bundle_id", sa.String(36), nullable=False),
        sa.Column("detected_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolution", sa.String(20), nullable=False),
    )
    op.create_index("ix_learner_conflict_learner", "learner_conflict", ["learner_id"])
    op.create_table(
        "pending_record",
        sa.Column("source_key", sa.String(64), primary_key=True),
        sa.Column("member", sa.String(40), primary_key=True),
        sa.Column("record_key", sa.Text, primary_key=True),
        sa.Column("learner_id", sa.String(36), nullable=True),
        sa.Column("source_fingerprint", sa.String(40), nullable=False),
        sa.Column("source_installation", sa.String(36), nullable=False),
        sa.Column("bundle_id", sa.String(36), nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_pending_record_learner", "pending_record", ["learner_id"])
    op.create_table(
        "trainer_secret",
        sa.Column("name", sa.String(40), primary_key=True),
        sa.Column("secret_hash", sa.Text, nullable=False),
        sa.Column("failed_attempts", sa.Integer, nullable=False),
        sa.Column("last_failed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_index("ix_pending_record_learner", table_name="pending_record")
    op.drop_index("ix_learner_conflict_learner", table_name="learner_conflict")
    op.drop_index("ix_import_log_bundle", table_name="import_log")
    for table in ("trainer_secret", "pending_record", "learner_conflict", "export_log", "import_log"):
        op.drop_table(table)
