"""Full-text search over guide sections, walkthrough steps and quiz explanations of the installed packs."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import overload

from trainer_app.core.storage import search_repo
from trainer_app.core.storage.db import Database

MAX_QUERY_CHARS = 200
MAX_RESULTS = 200  # what one search finds at most; more reads "200+"
PAGE_SIZE = 30


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


Fetch = Callable[[int, int], list[SearchHit]]  # (offset, limit) -> hits


class SearchResults(Sequence[SearchHit]):
    """What one search found, best first. Its length is the number of matches, counted up to the cap; hits are
    fetched a page at a time when first asked for, so a page costs the snippets of its own hits only."""

    def __init__(self, total: int, page_size: int, fetch: Fetch, first_page: list[SearchHit]) -> None:
        self._total = total
        self._page_size = page_size
        self._fetch = fetch
        self._pages: dict[int, list[SearchHit]] = {0: first_page}

    def __len__(self) -> int:
        return self._total

    @overload
    def __getitem__(self, index: int) -> SearchHit: ...

    @overload
    def __getitem__(self, index: slice) -> list[SearchHit]: ...

    def __getitem__(self, index: int | slice) -> SearchHit | list[SearchHit]:
        if isinstance(index, slice):
            return list(self._hits(range(*index.indices(self._total))))
        found = next(self._hits([index + self._total if index < 0 else index]), None)
        if found is None:
            raise IndexError(index)
        return found

    def __iter__(self) -> Iterator[SearchHit]:
        return self._hits(range(self._total))

    def _hits(self, indexes: Iterable[int]) -> Iterator[SearchHit]:
        """The hits at these indexes, stopping at the first missing one (the index may have shrunk since the
        count when a pack was removed meanwhile)."""
        for index in indexes:
            if not 0 <= index < self._total:
                return
            number, at = divmod(index, self._page_size)
            page = self._pages.get(number)
            if page is None:
                page = self._pages[number] = self._fetch(number * self._page_size, self._page_size)
            if at >= len(page):
                return
            yield page[at]


class SearchService:
    def __init__(self, db: Database) -> None:
        self._db = db
        with db.transaction() as conn:
            self.uses_fts = search_repo.has_fts(conn)

    def search(self, text: str, limit: int = 20) -> list[SearchHit]:
        text = text[:MAX_QUERY_CHARS]
        limit = max(1, min(limit, MAX_RESULTS))
        with self._db.transaction() as conn:
            rows = search_repo.query(conn, text, limit, self.uses_fts)
        return [SearchHit(**row.__dict__) for row in rows]

    def results(self, text: str, cap: int = MAX_RESULTS, page_size: int = PAGE_SIZE) -> SearchResults:
        """Every hit up to `cap`, the same and in the same order as `search(text, cap)`, with the first page
        fetched; what the Library pages through."""
        text = text[:MAX_QUERY_CHARS]
        cap = max(1, min(cap, MAX_RESULTS))
        page_size = max(1, min(page_size, cap))
        if not self.uses_fts:  # the plain scan ranks in Python: rank all `cap` once, then page in memory
            every = self.search(text, cap)
            return SearchResults(len(every), page_size, lambda at, n: every[at : at + n], every[:page_size])
        with self._db.transaction() as conn:
            total = search_repo.count_matches(conn, text, cap)
            if total <= page_size:
                rows = search_repo.query_all(conn, text, page_size)
            else:
                rows = search_repo.query(conn, text, page_size, True)
        return SearchResults(
            total, page_size, lambda at, n: self._page(text, at, min(n, cap - at)), _hits(rows)
        )

    def _page(self, text: str, offset: int, limit: int) -> list[SearchHit]:
        with self._db.transaction() as conn:
            return _hits(search_repo.query(conn, text, limit, self.uses_fts, offset))


def _hits(rows: list[search_repo.SearchRow]) -> list[SearchHit]:
    return [SearchHit(**row.__dict__) for row in rows]


SNIPPET_OPEN = search_repo.SNIPPET_OPEN
SNIPPET_CLOSE = search_repo.SNIPPET_CLOSE
