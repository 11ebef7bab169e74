"""`learner add|list|archive`."""

from __future__ import annotations

import argparse
from typing import Any

from trainer_app.cli.guard import changes_data, trainer_only
from trainer_app.cli.output import print_csv, print_json, print_table, say
from trainer_app.core.app import App


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("learner", help="learner profiles")
    sub = parser.add_subparsers(dest="learner_command", metavar="ACTION", required=True)

    add = sub.add_parser("add", help="create a learner")
    add.add_argument("--name", required=True)
    add.add_argument("--role", required=True, help="role id, e.g. case_worker")
    add.add_argument("--agency", default="")
    add.add_argument("--site", default="")
    add.add_argument("--language", default="en")
    add.set_defaults(func=_add)

    list_ = sub.add_parser("list", help="list learners")
    list_.add_argument("--format", choices=("table", "csv", "json"), default="table")
    list_.add_argument("--all", action="store_true", help="include archived learners")
    list_.set_defaults(func=_list)

    archive = sub.add_parser("archive", help="archive a learner (kept, hidden from the picker)")
    archive.add_argument("id")
    archive.set_defaults(func=_archive)


@changes_data
def _add(app: App, args: argparse.Namespace) -> int:
    learner, _ = app.learners.create(args.name, args.role, args.agency, args.site, args.language)
    say(learner.id)
    return 0


HEADERS = ("id", "name", "roles", "agency", "site", "language", "archived")


def _list(app: App, args: argparse.Namespace) -> int:
    learners = app.learners.list(include_archived=args.all)
    rows = [
        (x.id, x.display_name, ",".join(x.roles), x.agency, x.site, x.language, x.archived) for x in learners
    ]
    if args.format == "json":
        print_json([dict(zip(HEADERS, row, strict=True)) for row in rows])
    elif args.format == "csv":
        print_csv(HEADERS, rows)
    else:
        print_table(HEADERS, rows)
    return 0


@trainer_only
def _archive(app: App, args: argparse.Namespace) -> int:
    learner = app.learners.find(args.id)
    app.learners.archive(learner.id)
    say(f"Archived {learner.display_name} ({learner.id}).")
    return 0
