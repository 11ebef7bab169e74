"""`report completion` (completion per learner, module, role, agency and quiz) and `report items` (item
analysis of the question banks), as CSV, XLSX or PDF."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from trainer_app.cli.output import say
from trainer_app.core.app import App
from trainer_app.core.domain.report import ReportFilter
from trainer_app.core.exchange.report_views import VIEWS
from trainer_app.core.services.reports import FORMATS


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("report", help="training reports (CSV, XLSX, PDF)")
    sub = parser.add_subparsers(dest="report_command", metavar="REPORT", required=True)
    completion = sub.add_parser(
        "completion", help="completion of learners, modules, roles, agencies, quizzes"
    )
    completion.add_argument("--format", choices=FORMATS, required=True)
    completion.add_argument("--out", type=Path, required=True, help="the file to write")
    completion.add_argument("--role", help="only learners whose main role is this role id")
    completion.add_argument("--agency", help="only learners of this agency")
    completion.add_argument("--site", help="only learners of this site")
    completion.add_argument("--include-archived", action="store_true", help="include archived learners")
    completion.add_argument("--pack", help="pack id (default: the bundled pack)")
    completion.add_argument(
        "--view", choices=VIEWS, default="learners", help="for CSV: which table (XLSX has a sheet for each)"
    )
    completion.set_defaults(func=_completion)
    register_items(sub)


def _completion(app: App, args: argparse.Namespace) -> int:
    app.records.release_trusted()
    where = ReportFilter(args.role, args.agency, args.site, args.include_archived)
    path = app.reports.export(args.out, args.format, where, args.pack, args.view)
    say(f"Wrote {path} ({where.describe()}).")
    return 0


def register_items(sub: Any) -> None:
    """`report items`: Moodle-style item analysis of the question banks."""
    from trainer_app.core.services.item_analysis import FORMATS as ITEM_FORMATS

    items = sub.add_parser(
        "items", help="item analysis: facility, discrimination and options of each question"
    )
    items.add_argument("--format", choices=ITEM_FORMATS, required=True)
    items.add_argument("--out", type=Path, required=True, help="the file to write")
    items.add_argument(
        "--quiz", metavar="ACTIVITY_ID", help="only this quiz (default: every quiz of the pack)"
    )
    items.add_argument("--pack", help="pack id (default: the bundled pack)")
    items.set_defaults(func=_items)


def _items(app: App, args: argparse.Namespace) -> int:
    app.records.release_trusted()
    report = app.items.build(args.quiz, args.pack)
    path = app.items.write(report, args.out, args.format)
    flagged = sum(1 for quiz in report.quizzes for item in quiz.items if item.is_flagged)
    questions = sum(len(quiz.items) for quiz in report.quizzes)
    say(f"Wrote {path} ({len(report.quizzes)} quizzes, {questions} questions, {flagged} flagged).")
    return 0
