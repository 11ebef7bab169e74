"""Rollout gates: evidence ticks, sign-offs, not-applicable marks and planned staff."""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "gate_evidence",
        sa.Column("gate_id", sa.String(100), primary_key=True),
        sa.Column("requirement_id", sa.String(100), primary_key=True),
        sa.Column("ticked", sa.Boolean, nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("by_learner_id", sa.String(36), nullable=True),
        sa.Column("by_name", sa.String(200), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "gate_signoff",
        sa.Column("gate_id", sa.String(100), primary_key=True),
        sa.Column("signed_by", sa.String(36), nullable=False),
        sa.Column("signed_by_name", sa.String(200), nullable=False),
        sa.Column("signed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("note", sa.Text, nullable=False),
    )
    op.create_table(
        "gate_not_applicable",
        sa.Column("gate_id", sa.String(100), primary_key=True),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("by_learner_id", sa.String(36), nullable=False),
        sa.Column("by_name", sa.String(200), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "planned_staff",
        sa.Column("role", sa.String(100), primary_key=True),
        sa.Column("agency", sa.String(200), primary_key=True),
        sa.Column("count", sa.Integer, nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    for table in ("planned_staff", "gate_not_applicable", "gate_signoff", "gate_evidence"):
        op.drop_table(table)
