"""`search QUERY`: ranked hits with title, location and snippet."""

from __future__ import annotations

import argparse
from typing import Any

from trainer_app.cli.output import print_json, print_table
from trainer_app.core.app import App
from trainer_app.core.services.search import SNIPPET_CLOSE, SNIPPET_OPEN


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("search", help="full-text search across guides, walkthroughs and quizzes")
    parser.add_argument("query")
    parser.add_argument("--limit", type=int, default=10)
    parser.add_argument("--format", choices=("table", "json"), default="table")
    parser.set_defaults(func=_search)


def _search(app: App, args: argparse.Namespace) -> int:
    hits = app.search.search(args.query, args.limit)
    if args.format == "json":
        print_json(
            [
                {
                    "title": h.title,
                    "location": h.location,
                    "kind": h.kind,
                    "pack": h.pack_id,
                    "activity": h.activity_id,
                    "anchor": h.anchor,
                    "snippet": _plain(h.snippet),
                    "rank": h.rank,
                }
                for h in hits
            ]
        )
        return 0
    if not hits:
        print("No results.")
        return 0
    print_table(
        ("#", "title", "location", "snippet"),
        [(i, h.title, h.location, _plain(h.snippet)[:90]) for i, h in enumerate(hits, 1)],
    )
    return 0


def _plain(snippet: str) -> str:
    return " ".join(snippet.replace(SNIPPET_OPEN, "[").replace(SNIPPET_CLOSE, "]").split())
