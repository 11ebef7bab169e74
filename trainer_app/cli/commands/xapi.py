"""`xapi status|export|send|requeue|configure`: the xAPI statement outbox and the LRS it is sent to."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from trainer_app.cli.guard import changes_data, trainer_only
from trainer_app.cli.output import print_table, say
from trainer_app.core.app import App
from trainer_app.core.exchange.xapi import DEFAULT_HOME_PAGE
from trainer_app.core.services.lrs_settings import read_password_file
from trainer_app.core.services.xapi import CONFLICT, OUTBOX_STATES, QUARANTINED

STATE_CHOICES = ("all", *OUTBOX_STATES)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("xapi", help="xAPI statements: export them or send them to an LRS")
    sub = parser.add_subparsers(dest="xapi_command", metavar="ACTION", required=True)
    status = sub.add_parser("status", help="how many statements wait, were sent, or were refused, and why")
    status.set_defaults(func=_status)
    export = sub.add_parser("export", help="write the statements to a JSON file (an array)")
    export.add_argument("--out", type=Path, required=True, help="the JSON file to write")
    export.add_argument("--state", choices=STATE_CHOICES, default="all", help="only statements in this state")
    export.set_defaults(func=_export)
    send = sub.add_parser("send", help="post the waiting statements to the LRS (settings, or these options)")
    _lrs_options(send)
    send.add_argument("--retry-now", action="store_true", help="also try statements still waiting to retry")
    send.set_defaults(func=_send)
    requeue = sub.add_parser("requeue", help="queue refused (quarantined) or conflicting statements again")
    requeue.add_argument("--conflicts", action="store_true", help="only statements in conflict")
    requeue.add_argument("--quarantined", action="store_true", help="only quarantined statements")
    requeue.set_defaults(func=_requeue)
    configure = sub.add_parser("configure", help="store the LRS settings (the password in a 0600 file)")
    _lrs_options(configure)
    configure.add_argument("--home-page", default=None, help=f"actor account home page ({DEFAULT_HOME_PAGE})")
    names = configure.add_mutually_exclusive_group()
    names.add_argument("--include-names", dest="include_names", action="store_true", default=None)
    names.add_argument("--no-names", dest="include_names", action="store_false")
    configure.set_defaults(func=_configure)


def _lrs_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--endpoint", help="the LRS's xAPI endpoint, e.g. https://lrs.example.org/xAPI/")
    parser.add_argument("--username", help="the LRS client's key (HTTP Basic user)")
    parser.add_argument(
        "--password-file",
        type=Path,
        help="a file holding the LRS client's secret (never on the command line)",
    )


def _password(args: argparse.Namespace) -> str | None:
    return read_password_file(args.password_file) if args.password_file else None


def _status(app: App, _args: argparse.Namespace) -> int:
    status = app.xapi.status()
    print_table(["state", "statements"], [[state, status.counts[state]] for state in OUTBOX_STATES])
    if status.next_attempt_at is not None:
        say(f"\nNext attempt for waiting statements: {status.next_attempt_at:%Y-%m-%d %H:%M:%S} UTC")
    if status.problems:
        say()
        rows = [[p.statement_id, p.state, p.verb, p.last_error[:100]] for p in status.problems]
        print_table(["statement", "state", "verb", "reason"], rows)
    return 0


def _export(app: App, args: argparse.Namespace) -> int:
    states = OUTBOX_STATES if args.state == "all" else (args.state,)
    count = app.xapi.export(args.out, states)
    say(f"{count} statement(s) written to {args.out}")
    return 0


@changes_data
def _send(app: App, args: argparse.Namespace) -> int:
    report = app.xapi.send(args.endpoint, args.username, _password(args), retry_now=args.retry_now)
    say(
        f"sent: {report.sent}, conflicts: {report.conflicts}, quarantined: {report.quarantined}, "
        f"to retry: {report.retry_later}"
    )
    for reason in report.reasons:
        say(f"  {reason}")
    if report.next_attempt_at is not None:
        say(f"Waiting statements are tried again from {report.next_attempt_at:%Y-%m-%d %H:%M:%S} UTC.")
    return 0 if report.retry_later == 0 else 1


@changes_data
def _requeue(app: App, args: argparse.Namespace) -> int:
    chosen = [s for s, wanted in ((CONFLICT, args.conflicts), (QUARANTINED, args.quarantined)) if wanted]
    count = app.xapi.requeue(chosen or (CONFLICT, QUARANTINED))
    say(f"{count} statement(s) queued again.")
    return 0


@trainer_only
def _configure(app: App, args: argparse.Namespace) -> int:
    current = app.xapi.lrs_settings()
    app.xapi.save_lrs_settings(
        endpoint=args.endpoint if args.endpoint is not None else current.endpoint,
        username=args.username if args.username is not None else current.username,
        password=_password(args),
        home_page=args.home_page if args.home_page is not None else current.home_page,
        include_names=args.include_names if args.include_names is not None else current.include_names,
    )
    saved = app.xapi.lrs_settings()
    say(f"LRS endpoint: {saved.endpoint or '(none)'}")
    say(f"username:     {saved.username or '(none)'}")
    say(f"password:     {'stored (owner-only file)' if saved.has_password else '(none)'}")
    say(f"home page:    {saved.home_page}")
    return 0
