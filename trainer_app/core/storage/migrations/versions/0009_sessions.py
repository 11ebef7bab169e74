"""Classroom sessions, their attendance, and practical checks (each row signed by the recording key)."""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "training_session",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("pack_id", sa.String(100), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("held_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("trainer_learner_id", sa.String(36), nullable=True),
        sa.Column("trainer_name", sa.String(200), nullable=False),
        sa.Column("module_ids", sa.Text, nullable=False),
        sa.Column("location", sa.String(200), nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("issuer_key", sa.String(64), nullable=False),
        sa.Column("signature", sa.String(100), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "session_attendance",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("session_id", sa.String(36), sa.ForeignKey("training_session.id"), nullable=False),
        sa.Column("learner_id", sa.String(36), sa.ForeignKey("learner.id"), nullable=True),
        sa.Column("staff_name", sa.String(200), nullable=False),
        sa.Column("issuer_key", sa.String(64), nullable=False),
        sa.Column("signature", sa.String(100), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_session_attendance_session", "session_attendance", ["session_id"])
    op.create_index("ix_session_attendance_learner", "session_attendance", ["learner_id"])
    op.create_table(
        "practical_check",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("learner_id", sa.String(36), sa.ForeignKey("learner.id"), nullable=False),
        sa.Column("pack_id", sa.String(100), nullable=False),
        sa.Column("check_id", sa.String(100), nullable=False),
        sa.Column("passed", sa.Boolean, nullable=False),
        sa.Column("observed_by", sa.String(200), nullable=False),
        sa.Column("observed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("issuer_key", sa.String(64), nullable=False),
        sa.Column("signature", sa.String(100), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_practical_check_learner", "practical_check", ["learner_id"])


def downgrade() -> None:
    op.drop_index("ix_practical_check_learner", table_name="practical_check")
    op.drop_index("ix_session_attendance_learner", table_name="session_attendance")
    op.drop_index("ix_session_attendance_session", table_name="session_attendance")
    for table in ("practical_check", "session_attendance", "training_session"):
        op.drop_table(table)
