"""The xAPI outbox: statements stored as exact JSON with their delivery state (portable SQL, any database)."""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "xapi_outbox",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("statement_id", sa.String(36), nullable=False, unique=True),
        sa.Column("learner_id", sa.String(36), nullable=False),
        sa.Column("verb", sa.String(20), nullable=False),
        sa.Column("pack_id", sa.String(100), nullable=False),
        sa.Column("activity_id", sa.String(150), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("statement", sa.Text, nullable=False),
        sa.Column("state", sa.String(12), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_attempt_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.Text, nullable=False),
    )
    op.create_index("ix_xapi_outbox_state", "xapi_outbox", ["state", "next_attempt_at"])
    op.create_index("ix_xapi_outbox_learner", "xapi_outbox", ["learner_id"])


def downgrade() -> None:
    op.drop_index("ix_xapi_outbox_learner", table_name="xapi_outbox")
    op.drop_index("ix_xapi_outbox_state", table_name="xapi_outbox")
    op.drop_table("xapi_outbox")
