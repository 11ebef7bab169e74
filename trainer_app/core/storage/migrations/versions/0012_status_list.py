"""Revocation status list: the status-list index of each certificate issued here (W3C Bitstring Status List)."""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "certificate_status",
        sa.Column("certificate_id", sa.String(36), sa.ForeignKey("certificate.id"), primary_key=True),
        sa.Column("list_index", sa.Integer, nullable=False, unique=True),
        sa.Column("list_url", sa.String(400), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("certificate_status")
