"""Full-text search over guide sections, walkthrough steps and quiz explanations of the installed packs."""

from __future__ import annotations

from dataclasses import dataclass

from trainer_app.core.storage import search_repo
from trainer_app.core.storage.db import Database

MAX_QUERY_CHARS = 200


@dataclass(frozen=True)
class SearchHit:
    pack_id: str
    kind: str  # guide | walkthrough | quiz
    activity_id: str
    title: str
    location: str
    anchor: str
    snippet: str  # matches wrapped in SNIPPET_OPEN / SNIPPET_CLOSE
    rank: float


class SearchService:
    def __init__(self, db: Database) -> None:
        self._db = db
        with db.transaction() as conn:
            self.uses_fts = search_repo.has_fts(conn)

    def search(self, text: str, limit: int = 20) -> list[SearchHit]:
        text = text[:MAX_QUERY_CHARS]
        limit = max(1, min(limit, 200))
        with self._db.transaction() as conn:
            rows = search_repo.query(conn, text, limit, self.uses_fts)
        return [SearchHit(**row.__dict__) for row in rows]


SNIPPET_OPEN = search_repo.SNIPPET_OPEN
SNIPPET_CLOSE = search_repo.SNIPPET_CLOSE
