"""`pack validate|install|list|remove`: check a pack folder or zip, and manage installed packs."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trainer_app.cli.guard import trainer_only
from trainer_app.cli.output import print_json, print_table, say
from trainer_app.core.packs.validate import ValidationReport, validate_pack

if TYPE_CHECKING:
    from trainer_app.core.app import App

KIND_LABELS = (
    ("guide", "guides"),
    ("video", "videos"),
    ("slides", "slide decks"),
    ("quiz", "quizzes"),
    ("walkthrough", "walkthroughs"),
)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("pack", help="validate, install, list and remove content packs")
    sub = parser.add_subparsers(dest="pack_command", metavar="ACTION", required=True)

    validate = sub.add_parser("validate", help="check a pack folder or .zip and report every problem")
    validate.add_argument("path", metavar="PATH", type=Path)
    validate.add_argument("--format", choices=("text", "json"), default="text")
    validate.set_defaults(func=_validate, needs_app=False)

    install = sub.add_parser("install", help="install a pack from a .zip (validated first)")
    install.add_argument("file", metavar="FILE.zip", type=Path)
    install.set_defaults(func=_install)

    list_ = sub.add_parser("list", help="list the packs in use")
    list_.add_argument("--format", choices=("table", "json"), default="table")
    list_.set_defaults(func=_list)

    remove = sub.add_parser("remove", help="remove an installed pack")
    remove.add_argument("id", metavar="ID")
    remove.set_defaults(func=_remove)


def _validate(_app: App | None, args: argparse.Namespace) -> int:
    path: Path = args.path
    if not path.exists():
        say(f"cpims-trainer: no such file or folder: {path}", err=True)
        return 2
    report = validate_pack(path)
    if args.format == "json":
        say(json.dumps(report.to_json(), indent=2, ensure_ascii=False))
    else:
        _print_text(report)
    return 0 if report.valid else 1


def _print_text(report: ValidationReport) -> None:
    for problem in report.problems:
        say(problem)
    for warning in report.warnings:
        say(f"warning: {warning}")
    if report.quiz_measures is not None:
        say(report.quiz_measures.summary())
    if report.problems:
        count = len(report.problems)
        say(f"{count} problem{'s' if count != 1 else ''} found in {report.root}.")
        return
    counts = report.counts
    kinds = ", ".join(f"{counts['activities'][kind]} {label}" for kind, label in KIND_LABELS)
    name = f"{report.pack.id} {report.pack.version}" if report.pack else str(report.root)
    say(f"Pack {name} is valid.")
    say(
        f"  {counts['roles']} roles, {counts['tracks']} tracks, {counts['modules']} modules, "
        f"{counts['questions']} questions"
    )
    say(f"  activities: {kinds}")


@trainer_only
def _install(app: App, args: argparse.Namespace) -> int:
    pack = app.packs.install(args.file)
    say(f"Installed {pack.title} ({pack.id} {pack.version}) in {pack.root}.")
    return 0


def _list(app: App, args: argparse.Namespace) -> int:
    packs = app.packs.list()
    rows = [(p.id, p.version, p.language, p.title, str(p.root)) for p in packs]
    headers = ("id", "version", "language", "title", "path")
    if args.format == "json":
        print_json([dict(zip(headers, row, strict=True)) for row in rows])
    elif rows:
        print_table(headers, rows)
    else:
        say("No content packs.")
    return 0


@trainer_only
def _remove(app: App, args: argparse.Namespace) -> int:
    app.packs.remove(args.id)
    say(f"Removed the pack {args.id}.")
    return 0
