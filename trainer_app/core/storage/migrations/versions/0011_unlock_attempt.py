"""Wrong-attempt counters for the trainer passphrase and learners' PINs, with the next time one is allowed."""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "unlock_attempt",
        sa.Column("subject", sa.String(80), primary_key=True),
        sa.Column("failed_attempts", sa.Integer, nullable=False),
        sa.Column("next_allowed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("unlock_attempt")
