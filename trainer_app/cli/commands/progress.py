"""`progress show LEARNER`: per module and activity, status, percent, time spent."""

from __future__ import annotations

import argparse
from typing import Any

from trainer_app.cli.output import print_json, print_table, say
from trainer_app.core.app import App
from trainer_app.core.common.errors import NotFoundError
from trainer_app.core.domain.pack import Pack, Track


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("progress", help="learning progress")
    sub = parser.add_subparsers(dest="progress_command", metavar="ACTION", required=True)
    show = sub.add_parser("show", help="a learner's progress on their track")
    show.add_argument("learner", help="learner id (or a unique prefix, or the exact name)")
    show.add_argument("--pack", help="pack id (default: the bundled pack)")
    show.add_argument("--format", choices=("table", "json"), default="table")
    show.set_defaults(func=_show)


def _show(app: App, args: argparse.Namespace) -> int:
    learner = app.learners.find(args.learner)
    pack = app.packs.get(args.pack) if args.pack else app.packs.default()
    track = pack.track_for_role(learner.main_role)
    if track is None:
        raise NotFoundError("cli.pack_track_role", id=pack.id, main_role=learner.main_role)
    summary = app.progress.track(learner.id, pack, track.id)
    assert summary is not None
    done = app.progress.for_learner(learner.id, pack.id)
    modules: list[dict[str, Any]] = []
    for module, state in zip(pack.track_modules(track), summary.modules, strict=True):
        activities: list[dict[str, Any]] = []
        for activity in module.activities:
            p = done.get(activity.id)
            activities.append(
                {
                    "id": activity.id,
                    "kind": activity.kind.value,
                    "title": activity.title,
                    "status": p.status.value if p else "not_started",
                    "percent": round(100 * (p.progress if p else 0.0)),
                    "seconds_spent": round(p.seconds_spent if p else 0.0),
                    "completed_at": p.completed_at.isoformat() if p and p.completed_at else None,
                }
            )
        modules.append(
            {
                "id": module.id,
                "title": module.title,
                "status": state.status.value,
                "percent": round(100 * state.progress),
                "locked_by": list(state.locked_by),
                "activities": activities,
            }
        )
    classroom = _classroom(app, learner.id, pack, track)
    if args.format == "json":
        print_json(
            {
                "learner": learner.id,
                "name": learner.display_name,
                "pack": pack.id,
                "track": track.id,
                "percent": round(100 * summary.progress),
                "completed": summary.completed,
                "modules": modules,
                **classroom,
            }
        )
        return 0
    say(
        f"{learner.display_name} — {track.title}: {round(100 * summary.progress)}%"
        + (" (completed)" if summary.completed else "")
    )
    rows: list[tuple[str, str, str, str, str]] = []
    for m in modules:
        locked = f" (locked: needs {', '.join(m['locked_by'])})" if m["locked_by"] else ""
        rows.append((m["title"] + locked, "module", m["status"], f"{m['percent']}%", ""))
        rows += [
            ("  " + a["title"], a["kind"], a["status"], f"{a['percent']}%", _duration(a["seconds_spent"]))
            for a in m["activities"]
        ]
    print_table(("item", "kind", "status", "percent", "time"), rows)
    say(f"Classroom sessions attended: {len(classroom['sessions'])}")
    for check in classroom["practical_checks"]:
        result = (
            f"passed ({check['observed_by']}, {check['observed_at'][:10]})" if check["passed"] else "not yet"
        )
        say(f"Practical check for the certificate: {check['title']}: {result}")
    return 0


def _classroom(app: App, learner_id: str, pack: Pack, track: Track) -> dict[str, Any]:
    """Sessions attended and the practical checks the track's certificate needs (trusted records only)."""
    sessions = [s for s in app.classroom.learner_sessions(learner_id) if s.trusted and s.pack_id == pack.id]
    checks = app.classroom.required_checks(learner_id, pack, track)
    return {
        "sessions": [{"id": s.id, "title": s.title, "held_at": s.held_at.isoformat()} for s in sessions],
        "practical_checks": [
            {
                "id": definition.id,
                "title": definition.title,
                "passed": found is not None,
                "observed_by": found.observed_by if found else None,
                "observed_at": found.observed_at.isoformat() if found else None,
            }
            for definition, found in checks
        ],
    }


def _duration(seconds: int) -> str:
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes}m{secs:02d}s" if seconds else ""
