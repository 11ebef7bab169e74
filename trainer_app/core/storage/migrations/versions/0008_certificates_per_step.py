"""Certificates per step and measured evidence: the pack certificate a credential awards (empty on older rows,
which were whole-track certificates: read as the track id), and a value of a total on gate evidence."""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("certificate") as batch:
        batch.add_column(sa.Column("achievement_id", sa.String(150), nullable=False, server_default=""))
    with op.batch_alter_table("gate_evidence") as batch:
        batch.add_column(sa.Column("value", sa.Integer, nullable=True))
        batch.add_column(sa.Column("total", sa.Integer, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("gate_evidence") as batch:
        batch.drop_column("total")
        batch.drop_column("value")
    with op.batch_alter_table("certificate") as batch:
        batch.drop_column("achievement_id")
