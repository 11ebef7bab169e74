"""`search QUERY`: ranked hits with title, location and snippet; with --learner, hits in the learner's locked
modules say what opens them instead of showing their text (the same lock decision as the app's screens)."""

from __future__ import annotations

import argparse
from typing import Any

from trainer_app.cli.output import print_json, print_table, say
from trainer_app.core.app import App
from trainer_app.core.rules.locks import OpenDecision
from trainer_app.core.services.search import SNIPPET_CLOSE, SNIPPET_OPEN, SearchHit


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("search", help="full-text search across guides, walkthroughs and quizzes")
    parser.add_argument("query")
    parser.add_argument("--limit", type=int, default=10)
    parser.add_argument("--format", choices=("table", "json"), default="table")
    parser.add_argument(
        "--learner",
        help="search as this learner (id, unique prefix or exact name): locked modules stay closed",
    )
    parser.set_defaults(func=_search)


def _search(app: App, args: argparse.Namespace) -> int:
    hits = app.search.search(args.query, args.limit)
    learner_id = app.learners.find(args.learner).id if args.learner else None
    targets = [(h.pack_id, h.activity_id) for h in hits]
    found = app.progress.may_open_many(learner_id, targets) if learner_id else {}
    decisions = [found.get(target, OpenDecision(True)) for target in targets]
    if args.format == "json":
        print_json([_json(h, d) for h, d in zip(hits, decisions, strict=True)])
        return 0
    if not hits:
        say("No results.")
        return 0
    rows = zip(hits, decisions, strict=True)
    print_table(
        ("#", "title", "location", "snippet"),
        [(i, h.title, h.location, _shown(h, d)[:90]) for i, (h, d) in enumerate(rows, 1)],
    )
    return 0


def _json(hit: SearchHit, decision: OpenDecision) -> dict[str, Any]:
    return {
        "title": hit.title,
        "location": hit.location,
        "kind": hit.kind,
        "pack": hit.pack_id,
        "activity": hit.activity_id,
        "anchor": hit.anchor,
        "snippet": "" if not decision.allowed else _plain(hit.snippet),
        "locked_by": list(decision.locked_by) if not decision.allowed else [],
        "rank": hit.rank,
    }


def _shown(hit: SearchHit, decision: OpenDecision) -> str:
    if decision.allowed:
        return _plain(hit.snippet)
    return "Locked: finish " + ", ".join(f"‘{t}’" for t in decision.locked_by_titles) + " first"


def _plain(snippet: str) -> str:
    return " ".join(snippet.replace(SNIPPET_OPEN, "[").replace(SNIPPET_CLOSE, "]").split())
