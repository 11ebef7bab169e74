"""Run Alembic migrations programmatically: back up first, then upgrade in one transaction.

A failed migration rolls back whole (DDL included, see db._on_sqlite_connect), leaving schema and data as before.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from trainer_app.core.common.errors import StorageError
from trainer_app.core.storage.revision import HEAD_REVISION  # start-ups on a current schema skip Alembic

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
__all__ = ["HEAD_REVISION", "current_revision", "head_revision", "needs_upgrade", "upgrade"]


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise StorageError("storage.database_migrations_installed")
    return head


def current_revision(engine: Engine) -> str | None:
    """The schema version stored in the database (None for a new, empty one), read without Alembic."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def needs_upgrade(engine: Engine) -> bool:
    return current_revision(engine) != HEAD_REVISION


def upgrade(engine: Engine, target: str = "head") -> None:
    from alembic import command

    config = alembic_config()
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, target)
    except StorageError:
        raise
    except Exception as error:
        raise StorageError("storage.database_could_upgraded_nothing", error=error) from error
