"""Quiz attempts and answers: seed, drawn questions, pass mark and pack version snapshotted at start."""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "quiz_attempt",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("learner_id", sa.String(36), sa.ForeignKey("learner.id"), nullable=False),
        sa.Column("pack_id", sa.String(100), nullable=False),
        sa.Column("activity_id", sa.String(150), nullable=False),
        sa.Column("bank_id", sa.String(150), nullable=False),
        sa.Column("seed", sa.Integer, nullable=False),
        sa.Column("drawn", sa.Text, nullable=False),
        sa.Column("pass_mark", sa.Float, nullable=False),
        sa.Column("pack_version", sa.String(40), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("score", sa.Float, nullable=True),
        sa.Column("passed", sa.Boolean, nullable=True),
        sa.Column("seconds_spent", sa.Float, nullable=False),
    )
    op.create_index(
        "ix_quiz_attempt_learner_activity", "quiz_attempt", ["learner_id", "pack_id", "activity_id"]
    )
    op.create_table(
        "quiz_answer",
        sa.Column("attempt_id", sa.String(36), sa.ForeignKey("quiz_attempt.id"), primary_key=True),
        sa.Column("question_id", sa.String(150), primary_key=True),
        sa.Column("response", sa.Text, nullable=False),
        sa.Column("points_earned", sa.Float, nullable=True),
        sa.Column("points_possible", sa.Float, nullable=True),
        sa.Column("correct", sa.Boolean, nullable=True),
        sa.Column("saved_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("quiz_answer")
    op.drop_index("ix_quiz_attempt_learner_activity", table_name="quiz_attempt")
    op.drop_table("quiz_attempt")
