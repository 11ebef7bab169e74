"""Search documents and queries: SQLite FTS5 with bm25 ranking and snippets, or a plain scan without FTS5."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, func, literal_column, or_, select, table, text

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


def query(conn: Connection, user_text: str, limit: int, use_fts: bool) -> list[SearchRow]:
    if not tokens(user_text):
        return []
    return _query_fts(conn, user_text, limit) if use_fts else _query_scan(conn, user_text, limit)


def _query_fts(conn: Connection, user_text: str, limit: int) -> list[SearchRow]:
    fts = table("search_fts", literal_column("rowid"))
    fts_col: Any = literal_column("search_fts")
    doc = search_document.c
    statement = (
        select(
            doc.pack_id,
            doc.kind,
            doc.activity_id,
            doc.title,
            doc.location,
            doc.anchor,
            func.snippet(fts_col, 2, SNIPPET_OPEN, SNIPPET_CLOSE, "…", 12).label("snippet"),
            func.bm25(fts_col, 8.0, 3.0, 1.0).label("rank"),
        )
        .select_from(search_document.join(fts, literal_column("search_fts.rowid") == doc.id))
        .where(fts_col.match(fts_query(user_text)))
        .order_by(literal_column("rank"))
        .limit(limit)
    )
    return [SearchRow(*row[:7], rank=float(row.rank)) for row in conn.execute(statement)]


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
