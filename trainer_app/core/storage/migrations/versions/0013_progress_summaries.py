"""Progress summaries per learner and module and per learner and pack, read by the completion report.

The per-pack summary is filled here from the progress rows. The per-module one needs each pack's activity →
module map, which lives in the pack's files, not in the database: the first pack sync after this migration
(open_app runs it right away) records each pack's layout and fills the module summaries from the progress rows.
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "pack_activity",
        sa.Column("pack_id", sa.String(100), primary_key=True),
        sa.Column("activity_id", sa.String(150), primary_key=True),
        sa.Column("module_id", sa.String(150), nullable=False),
        sa.Column("required", sa.Boolean, nullable=False),
    )
    op.create_table(
        "module_progress",
        sa.Column("learner_id", sa.String(36), sa.ForeignKey("learner.id"), primary_key=True),
        sa.Column("pack_id", sa.String(100), primary_key=True),
        sa.Column("module_id", sa.String(150), primary_key=True),
        sa.Column("activities_touched", sa.Integer, nullable=False),
        sa.Column("activities_done", sa.Integer, nullable=False),
        sa.Column("progress_sum", sa.Float, nullable=False),
        sa.Column("last_completed_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_table(
        "pack_progress",
        sa.Column("learner_id", sa.String(36), sa.ForeignKey("learner.id"), primary_key=True),
        sa.Column("pack_id", sa.String(100), primary_key=True),
        sa.Column("activities_touched", sa.Integer, nullable=False),
        sa.Column("first_opened_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("seconds_spent", sa.Float, nullable=False),
    )
    op.execute(
        "INSERT INTO pack_progress "
        "(learner_id, pack_id, activities_touched, first_opened_at, last_updated_at, seconds_spent) "
        "SELECT learner_id, pack_id, COUNT(*), MIN(first_opened_at), MAX(updated_at), SUM(seconds_spent) "
        "FROM progress GROUP BY learner_id, pack_id"
    )


def downgrade() -> None:
    op.drop_table("pack_progress")
    op.drop_table("module_progress")
    op.drop_table("pack_activity")
