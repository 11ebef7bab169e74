"""Foundation: app meta, learners, packs, progress, session log, search documents (+ FTS5 on SQLite)."""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

FTS_DDL = [
    "CREATE VIRTUAL TABLE search_fts USING fts5(title, location, body, content='search_document',"
    " content_rowid='id', tokenize='porter unicode61 remove_diacritics 2', prefix='2 3')",
    "CREATE TRIGGER search_document_ai AFTER INSERT ON search_document BEGIN"
    " INSERT INTO search_fts(rowid, title, location, body) VALUES (new.id, new.title, new.location, new.body); END",
    "CREATE TRIGGER search_document_ad AFTER DELETE ON search_document BEGIN"
    " INSERT INTO search_fts(search_fts, rowid, title, location, body)"
    " VALUES ('delete', old.id, old.title, old.location, old.body); END",
    "CREATE TRIGGER search_document_au AFTER UPDATE ON search_document BEGIN"
    " INSERT INTO search_fts(search_fts, rowid, title, location, body)"
    " VALUES ('delete', old.id, old.title, old.location, old.body);"
    " INSERT INTO search_fts(rowid, title, location, body) VALUES (new.id, new.title, new.location, new.body); END",
]


def upgrade() -> None:
    op.create_table(
        "app_meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    op.create_table(
        "learner",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("display_name", sa.String(200), nullable=False),
        sa.Column("roles", sa.Text, nullable=False),
        sa.Column("agency", sa.String(200), nullable=False),
        sa.Column("site", sa.String(200), nullable=False),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("pin_hash", sa.Text, nullable=True),
        sa.Column("archived", sa.Boolean, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("origin", sa.String(64), nullable=False),
    )
    op.create_table(
        "pack",
        sa.Column("id", sa.String(100), primary_key=True),
        sa.Column("version", sa.String(40), nullable=False),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("installed_path", sa.Text, nullable=False),
        sa.Column("checksum", sa.String(64), nullable=False),
        sa.Column("bundled", sa.Boolean, nullable=False),
        sa.Column("installed_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "progress",
        sa.Column("learner_id", sa.String(36), sa.ForeignKey("learner.id"), primary_key=True),
        sa.Column("pack_id", sa.String(100), primary_key=True),
        sa.Column("activity_id", sa.String(150), primary_key=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("progress", sa.Float, nullable=False),
        sa.Column("seconds_spent", sa.Float, nullable=False),
        sa.Column("first_opened_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("completed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_position", sa.Text, nullable=False),
        sa.Column("content_version", sa.String(40), nullable=False),
        sa.Column("detail", sa.Text, nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "session_log",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("learner_id", sa.String(36), sa.ForeignKey("learner.id"), nullable=False),
        sa.Column("pack_id", sa.String(100), nullable=False),
        sa.Column("activity_id", sa.String(150), nullable=False),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("observed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("seconds", sa.Float, nullable=False),
        sa.Column("data", sa.Text, nullable=False),
    )
    op.create_index("ix_session_log_learner", "session_log", ["learner_id", "observed_at"])
    op.create_table(
        "search_document",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("pack_id", sa.String(100), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("activity_id", sa.String(150), nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("location", sa.Text, nullable=False),
        sa.Column("anchor", sa.String(200), nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.UniqueConstraint("id"),
    )
    op.create_index("ix_search_document_pack", "search_document", ["pack_id"])
    bind = op.get_bind()
    if bind.dialect.name == "sqlite" and _has_fts5(bind):
        for statement in FTS_DDL:
            op.execute(statement)


def _has_fts5(bind: sa.Connection) -> bool:
    try:
        return bool(bind.execute(sa.text("SELECT sqlite_compileoption_used('ENABLE_FTS5')")).scalar())
    except sa.exc.DBAPIError:
        return False


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS search_fts")
    for name in ("search_document", "session_log", "progress", "pack", "learner", "app_meta"):
        op.drop_table(name)
