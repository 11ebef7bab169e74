"""The newest schema revision, known without importing Alembic or SQLAlchemy (a test checks it)."""

HEAD_REVISION = "0013"
