"""`demo seed`: fill an empty data folder with an invented deployment for trying the app and for demos."""

from __future__ import annotations

import argparse
import time
from typing import Any

from trainer_app.cli.guard import changes_data
from trainer_app.cli.output import print_json, say
from trainer_app.core.app import App


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("demo", help="demo data (invented people; use an empty data folder)")
    sub = parser.add_subparsers(dest="demo_command", metavar="ACTION", required=True)
    seed = sub.add_parser("seed", help="fill an empty data folder with an invented deployment")
    seed.add_argument(
        "--learners", type=int, default=200, help="how many learners (5 to 100000; default 200)"
    )
    seed.add_argument("--seed", type=int, default=1, help="the same seed gives the same data (default 1)")
    seed.add_argument("--format", choices=("text", "json"), default="text")
    seed.set_defaults(func=_seed)


@changes_data
def _seed(app: App, args: argparse.Namespace) -> int:
    started = time.perf_counter()
    summary = app.demo.seed(args.learners, args.seed, lambda text: say(text, err=True))
    if args.format == "json":
        print_json(summary.__dict__)
        return 0
    say(f"Demo data for pack {summary.pack_id} in {app.paths.root} ({time.perf_counter() - started:.1f} s):")
    say(f"  {summary.learners} learners, {summary.tracks_completed} finished their track")
    for role, count in sorted(summary.by_role.items()):
        say(f"    {role}: {count}")
    say(f"  agencies: {', '.join(f'{name} ({count})' for name, count in sorted(summary.by_agency.items()))}")
    say(f"  {summary.progress_rows} progress rows, {summary.log_entries} session log entries")
    say(f"  {summary.quiz_attempts} quiz attempts, {summary.walkthrough_checks} walkthrough ticks")
    say(
        f"  {summary.certificates} certificates, {summary.planned} planned-staff numbers, {summary.evidence} evidence ticks"
    )
    say(f"  {summary.xapi_statements} xAPI statements queued, dated when each activity happened")
    say(f"  signed off: {', '.join(summary.signed_off) or 'none'}")
    return 0
