"""Read the profile list straight from the SQLite file, before the database layer has loaded.

The profile picker shows it at once; everything else waits for the full app. Any doubt (no file, another
schema version, a damaged file) returns None and the picker simply waits for the full load.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from trainer_app.core.domain.learner import Learner
from trainer_app.core.storage.revision import HEAD_REVISION

QUERY = (
    "SELECT id, display_name, roles, agency, site, language, pin_hash IS NOT NULL FROM learner "
    "WHERE archived = 0 AND origin NOT LIKE 'bundle:%' ORDER BY lower(display_name), id"
)


def read_profiles(db_file: Path) -> list[Learner] | None:
    if not db_file.is_file():
        return []
    try:
        connection = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True, timeout=1)
        try:
            version = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            if version is None or version[0] != HEAD_REVISION:
                return None
            rows = connection.execute(QUERY).fetchall()
        finally:
            connection.close()
    except sqlite3.Error:
        return None
    return [
        Learner(
            id=r[0],
            display_name=r[1],
            roles=tuple(x for x in r[2].split(",") if x),
            agency=r[3],
            site=r[4],
            language=r[5],
            has_pin=bool(r[6]),
        )
        for r in rows
    ]
