"""Walkthrough checks: step ticks with their time, a note and a recorded value."""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "walkthrough_check",
        sa.Column("learner_id", sa.String(36), sa.ForeignKey("learner.id"), primary_key=True),
        sa.Column("pack_id", sa.String(100), primary_key=True),
        sa.Column("activity_id", sa.String(150), primary_key=True),
        sa.Column("step_id", sa.String(150), primary_key=True),
        sa.Column("ticked", sa.Boolean, nullable=False),
        sa.Column("ticked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("value", sa.Text, nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("walkthrough_check")
