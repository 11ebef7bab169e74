"""`session start|attend|list` and `check record|list`: classroom sessions and practical checks (signed)."""

from __future__ import annotations

import argparse
from typing import Any

from trainer_app.cli.guard import trainer_only
from trainer_app.cli.output import print_json, print_table, say
from trainer_app.core.app import App
from trainer_app.core.common.errors import NotFoundError, TrainerError
from trainer_app.core.domain.classroom import PracticalCheck, TrainingSession
from trainer_app.core.services.reports import parse_since


def register(subparsers: Any) -> None:
    session = subparsers.add_parser("session", help="classroom sessions a trainer ran, and who attended")
    sub = session.add_subparsers(dest="session_command", metavar="ACTION", required=True)
    start = sub.add_parser("start", help="record a session and the modules it covered")
    start.add_argument("--title", required=True)
    start.add_argument("--modules", required=True, help="module ids, comma-separated (e.g. m1,m2)")
    start.add_argument("--at", help="when it was held (YYYY-MM-DD or ISO time; default: now)")
    start.add_argument("--trainer", default="", help="the trainer (a learner's id or name, or any name)")
    start.add_argument("--location", default="")
    start.add_argument("--pack", help="pack id (default: the bundled pack)")
    start.set_defaults(func=_start)

    attend = sub.add_parser("attend", help="mark someone present at a session")
    attend.add_argument("session", help="session id (or a unique prefix)")
    who = attend.add_mutually_exclusive_group(required=True)
    who.add_argument("--learner", help="a learner on this laptop (id, id prefix or exact name)")
    who.add_argument("--name", help="a planned staff member without a profile here")
    attend.set_defaults(func=_attend)

    listing = sub.add_parser("list", help="sessions, newest first, with their attendees")
    listing.add_argument("--format", choices=("table", "json"), default="table")
    listing.set_defaults(func=_list_sessions)

    check = subparsers.add_parser("check", help="practical checks a trainer observed on the demo site")
    checks = check.add_subparsers(dest="check_command", metavar="ACTION", required=True)
    record = checks.add_parser("record", help="record a practical check")
    record.add_argument("--learner", required=True, help="learner id, id prefix or exact name")
    record.add_argument("--check", required=True, help="practical check id from the pack")
    outcome = record.add_mutually_exclusive_group(required=True)
    outcome.add_argument("--passed", action="store_true")
    outcome.add_argument("--failed", action="store_true")
    record.add_argument("--observer", required=True, help="who observed it")
    record.add_argument("--note", default="")
    record.add_argument("--at", help="when it was observed (default: now)")
    record.add_argument("--pack", help="pack id (default: the bundled pack)")
    record.set_defaults(func=_record)

    check_list = checks.add_parser("list", help="practical checks, newest first")
    check_list.add_argument("--learner", help="only this learner's (id, id prefix or exact name)")
    check_list.add_argument("--format", choices=("table", "json"), default="table")
    check_list.set_defaults(func=_list_checks)


@trainer_only
def _start(app: App, args: argparse.Namespace) -> int:
    trainer_id, trainer_name = None, args.trainer
    if args.trainer.strip():
        try:
            trainer_id = app.learners.find(args.trainer.strip()).id
        except NotFoundError:
            trainer_id = None  # a trainer without a profile on this laptop: kept by name
    session = app.classroom.start_session(
        args.title,
        args.modules.split(","),
        held_at=parse_since(args.at) if args.at else None,
        trainer_learner_id=trainer_id,
        trainer_name=trainer_name,
        location=args.location,
        pack_id=args.pack,
    )
    say(session.id)
    return 0


@trainer_only
def _attend(app: App, args: argparse.Namespace) -> int:
    learner_id = app.learners.find(args.learner).id if args.learner else None
    result = app.classroom.attend(args.session, learner_id=learner_id, staff_name=args.name or "")
    said = "Marked" if result.new else "Already marked"
    say(f"{said} {result.attendance.name} present.")
    if result.completed_activity_ids:
        say(f"Completed by attendance: {', '.join(result.completed_activity_ids)}")
    _owed(result.certificate_pending)
    return 0


def _owed(pending: TrainerError | None) -> None:
    if pending is not None:
        say(f"A certificate this earned could not be issued yet; it is issued once this is fixed: {pending}")


def _list_sessions(app: App, args: argparse.Namespace) -> int:
    found = app.classroom.sessions()
    if args.format == "json":
        print_json([session_json(s) for s in found])
        return 0
    rows = [
        (
            s.id[:8],
            f"{s.held_at:%Y-%m-%d %H:%M}",
            s.title,
            s.trainer_name,
            ",".join(s.module_ids),
            len(s.attendees),
            "" if s.trusted else "untrusted",
        )
        for s in found
    ]
    print_table(("id", "held (UTC)", "title", "trainer", "modules", "attendees", "trust"), rows)
    return 0


@trainer_only
def _record(app: App, args: argparse.Namespace) -> int:
    learner = app.learners.find(args.learner)
    recorded = app.classroom.record_check(
        learner.id,
        args.check,
        bool(args.passed),
        args.observer,
        args.note,
        observed_at=parse_since(args.at) if args.at else None,
        pack_id=args.pack,
    )
    said = "passed" if recorded.check.passed else "did not pass"
    say(f"Recorded: {learner.display_name} {said} {args.check}.")
    for certificate in recorded.certificates:
        say(f"Issued certificate {certificate.id[:8]} ({certificate.track_title}).")
    _owed(recorded.certificate_pending)
    return 0


def _list_checks(app: App, args: argparse.Namespace) -> int:
    learner_id = app.learners.find(args.learner).id if args.learner else None
    found = app.classroom.checks(learner_id)
    if args.format == "json":
        print_json([check_json(c) for c in found])
        return 0
    rows = [
        (
            c.id[:8],
            f"{c.observed_at:%Y-%m-%d}",
            c.learner_name,
            c.check_id,
            "passed" if c.passed else "failed",
            c.observed_by,
            "" if c.trusted else "untrusted",
        )
        for c in found
    ]
    print_table(("id", "observed", "learner", "check", "result", "observed by", "trust"), rows)
    return 0


def session_json(session: TrainingSession) -> dict[str, Any]:
    return {
        "id": session.id,
        "pack_id": session.pack_id,
        "title": session.title,
        "held_at": session.held_at.isoformat(),
        "trainer_learner_id": session.trainer_learner_id,
        "trainer_name": session.trainer_name,
        "modules": list(session.module_ids),
        "location": session.location,
        "issuer_fingerprint": session.issuer_fingerprint,
        "trusted": session.trusted,
        "attendees": [{"learner_id": a.learner_id, "name": a.name} for a in session.attendees],
    }


def check_json(check: PracticalCheck) -> dict[str, Any]:
    return {
        "id": check.id,
        "learner_id": check.learner_id,
        "learner_name": check.learner_name,
        "pack_id": check.pack_id,
        "check_id": check.check_id,
        "passed": check.passed,
        "observed_by": check.observed_by,
        "observed_at": check.observed_at.isoformat(),
        "note": check.note,
        "issuer_fingerprint": check.issuer_fingerprint,
        "trusted": check.trusted,
    }
