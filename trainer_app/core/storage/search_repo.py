"""Search documents and queries: SQLite FTS5 with bm25 ranking and snippets, or a plain scan without FTS5."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, func, or_, select, text

from trainer_app.core.storage.tables import search_document

SNIPPET_OPEN, SNIPPET_CLOSE = "\u27e6", "\u27e7"  # markers the UI turns into highlighting


@dataclass(frozen=True)
class SearchRow:
    pack_id: str
    kind: str
    activity_id: str
    title: str
    location: str
    anchor: str
    snippet: str
    rank: float


def has_fts(conn: Connection) -> bool:
    if conn.dialect.name != "sqlite":
        return False
    found = conn.execute(
        text("SELECT name FROM sqlite_master WHERE type='table' AND name='search_fts'")
    ).first()
    return found is not None


def replace_pack(conn: Connection, pack_id: str, documents: Iterable[dict[str, str]]) -> int:
    conn.execute(delete(search_document).where(search_document.c.pack_id == pack_id))
    rows = [dict(doc, pack_id=pack_id) for doc in documents]
    if rows:
        conn.execute(search_document.insert(), rows)
    return len(rows)


def remove_pack(conn: Connection, pack_id: str) -> None:
    conn.execute(delete(search_document).where(search_document.c.pack_id == pack_id))


def tokens(user_text: str) -> list[str]:
    return re.findall(r"\w+", user_text)


MIN_PREFIX_CHARS = 3  # shorter prefixes match nearly every section, and bm25 then scores them all


def fts_query(user_text: str) -> str:
    """User text to a safe MATCH expression: quoted tokens, implicit AND, and search-as-you-type on the last
    token once it has three characters ('C++ -fire:' becomes '"C" "fire"*')."""
    words = tokens(user_text)
    if not words:
        return ""
    quoted = [f'"{w}"' for w in words]
    if len(words[-1]) >= MIN_PREFIX_CHARS:
        quoted[-1] += "*"
    return " ".join(quoted)


def query(conn: Connection, user_text: str, limit: int, use_fts: bool, offset: int = 0) -> list[SearchRow]:
    """The hits ranked `offset` to `offset + limit`, best first (ties in index order)."""
    if not tokens(user_text):
        return []
    if not use_fts:
        return _query_scan(conn, user_text, offset + limit)[offset:]
    return _query_fts(conn, _RANKED_PAGE, fts_query(user_text), limit, offset)


def count_matches(conn: Connection, user_text: str, cap: int) -> int:
    """How many documents match, counted up to `cap` (FTS5 only): it stops at the cap, ranks nothing and
    writes no snippet, so it costs a fraction of a millisecond however common the words are."""
    if not tokens(user_text):
        return 0
    found = conn.execute(_COUNT, {"match": fts_query(user_text), "cap": cap}).scalar()
    return int(found or 0)


def query_all(conn: Connection, user_text: str, limit: int) -> list[SearchRow]:
    """Every hit in one pass (FTS5 only), for when all matches fit in `limit`: ranking first and then writing
    the snippets of a page would look each hit up twice for nothing."""
    if not tokens(user_text):
        return []
    return _query_fts(conn, _ALL_RANKED, fts_query(user_text), limit, 0)


_SNIPPET = "snippet(search_fts, 2, :open, :close, '…', 12)"
_BM25 = "bm25(search_fts, 8.0, 3.0, 1.0)"  # title, location, body
_COLUMNS = "d.pack_id, d.kind, d.activity_id, d.title, d.location, d.anchor"
_COUNT = text("SELECT count(*) FROM (SELECT 1 FROM search_fts WHERE search_fts MATCH :match LIMIT :cap)")
_ALL_RANKED = text(
    f"SELECT {_COLUMNS}, {_SNIPPET} AS snippet, {_BM25} AS score"
    " FROM search_document AS d JOIN search_fts ON search_fts.rowid = d.id"
    " WHERE search_fts MATCH :match ORDER BY score, d.id LIMIT :limit OFFSET :offset"
)
# Where the time went (issue 14): one statement that ranks, joins and writes snippets computes them for every
# match before the sort keeps thirty; with a word found in 20,000 sections that is twice the engine's own time.
# So the page is ranked first on rowids alone, then only its rows are read back for their snippets, in one scan
# of the matches between the page's lowest and highest rowid (a lookup per rowid would rebuild the match each
# time, which is slow for prefix terms).
_RANKED_PAGE = text(
    f"WITH page AS MATERIALIZED (SELECT rowid AS id, {_BM25} AS score FROM search_fts"
    " WHERE search_fts MATCH :match ORDER BY score, rowid LIMIT :limit OFFSET :offset)"
    f" SELECT {_COLUMNS}, {_SNIPPET} AS snippet, page.score"
    " FROM search_fts CROSS JOIN page CROSS JOIN search_document AS d"
    " WHERE search_fts MATCH :match"
    " AND search_fts.rowid BETWEEN (SELECT min(id) FROM page) AND (SELECT max(id) FROM page)"
    " AND page.id = search_fts.rowid AND d.id = page.id"
    " ORDER BY page.score, page.id"
)


def _query_fts(conn: Connection, statement: Any, match: str, limit: int, offset: int) -> list[SearchRow]:
    values = {
        "match": match,
        "limit": limit,
        "offset": offset,
        "open": SNIPPET_OPEN,
        "close": SNIPPET_CLOSE,
    }
    return [
        SearchRow(
            row.pack_id,
            row.kind,
            row.activity_id,
            row.title,
            row.location,
            row.anchor,
            row.snippet,
            float(row.score),
        )
        for row in conn.execute(statement, values)
    ]


def _query_scan(conn: Connection, user_text: str, limit: int) -> list[SearchRow]:
    words = [w.lower() for w in tokens(user_text)]
    doc = search_document.c
    conditions = [or_(func.lower(doc.title).contains(w), func.lower(doc.body).contains(w)) for w in words]
    rows = conn.execute(select(search_document).where(*conditions).limit(limit * 5))
    scored: list[SearchRow] = []
    for row in rows:
        body = row.body.lower()
        score = sum(body.count(w) + 5 * row.title.lower().count(w) for w in words)
        scored.append(
            SearchRow(
                row.pack_id,
                row.kind,
                row.activity_id,
                row.title,
                row.location,
                row.anchor,
                _snippet(row.body, words[0]),
                -float(score),
            )
        )
    scored.sort(key=lambda r: r.rank)
    return scored[:limit]


def _snippet(body: str, word: str, width: int = 80) -> str:
    at = body.lower().find(word)
    if at < 0:
        return body[:width]
    start = max(0, at - width // 2)
    piece = body[start : start + width]
    return (
        ("…" if start else "")
        + piece.replace(
            body[at : at + len(word)], f"{SNIPPET_OPEN}{body[at : at + len(word)]}{SNIPPET_CLOSE}", 1
        )
        + "…"
    )
