"""`gates status|report|plan|evidence|signoff|not-applicable`: the rollout's step gates from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from trainer_app.cli.guard import trainer_only
from trainer_app.cli.output import print_json, say
from trainer_app.core.app import App
from trainer_app.core.common.errors import ValidationError
from trainer_app.core.domain.gates import GateState, GateStatus, PeopleGroup, RequirementStatus

STATE_LABELS = {
    GateState.LOCKED: "locked",
    GateState.IN_PROGRESS: "in progress",
    GateState.READY: "ready to sign off",
    GateState.SIGNED_OFF: "signed off",
    GateState.NOT_APPLICABLE: "not applicable",
}


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("gates", help="the rollout's step gates (Phase 3)")
    sub = parser.add_subparsers(dest="gates_command", metavar="ACTION", required=True)

    status = sub.add_parser("status", help="each step, each requirement met or not, and why")
    status.add_argument("--format", choices=("table", "json"), default="table")
    status.set_defaults(func=_status)

    report = sub.add_parser("report", help="write the readiness report (PDF)")
    report.add_argument("--out", required=True, type=Path, help="the PDF file to write")
    report.set_defaults(func=_report)

    plan = sub.add_parser("plan", help="record how many people of a role are planned")
    plan.add_argument("--role", required=True, help="role id, e.g. case_worker")
    plan.add_argument("--agency", default="", help="agency name (default: the whole rollout)")
    plan.add_argument("--count", required=True, type=int)
    plan.set_defaults(func=_plan)

    evidence = sub.add_parser("evidence", help="tick an evidence item, with a note")
    evidence.add_argument("gate", help="step id, e.g. step-1-start")
    evidence.add_argument("requirement", help="evidence item id, e.g. credentials-received")
    evidence.add_argument("--note", default="", help="where the proof is kept (required to tick)")
    evidence.add_argument("--by", help="the coordinator ticking it (id, id prefix or exact name)")
    evidence.add_argument("--untick", action="store_true", help="remove the tick")
    evidence.add_argument("--value", type=int, help="a measured item: the number counted, e.g. 83")
    evidence.add_argument("--of", type=int, dest="total", help="a measured item: the total, e.g. 95")
    evidence.set_defaults(func=_evidence)

    signoff = sub.add_parser("signoff", help="sign a step off (a coordinator, when every requirement is met)")
    signoff.add_argument("gate")
    signoff.add_argument("--by", required=True, help="the coordinator signing (id, id prefix or exact name)")
    signoff.add_argument("--note", default="")
    signoff.set_defaults(func=_signoff)

    not_applicable = sub.add_parser("not-applicable", help="mark an optional step not applicable")
    not_applicable.add_argument("gate")
    not_applicable.add_argument("--reason", required=True)
    not_applicable.add_argument("--by", required=True, help="the coordinator (id, id prefix or exact name)")
    not_applicable.set_defaults(func=_not_applicable)


def _status(app: App, args: argparse.Namespace) -> int:
    statuses = app.gates.status()
    if args.format == "json":
        print_json([gate_json(status) for status in statuses])
        return 0
    for status in statuses:
        gate = status.gate
        say(f"Step {gate.step}: {gate.title} [{STATE_LABELS[status.state]}]")
        if status.signoff is not None:
            s = status.signoff
            say(f"  Signed off by {s.signed_by_name} on {s.signed_at:%Y-%m-%d %H:%M} UTC")
        if status.not_applicable is not None:
            m = status.not_applicable
            say(f"  Not applicable ({m.by_name}, {m.at:%Y-%m-%d}): {m.reason}")
        for result in status.requirements:
            say(f"  [{'x' if result.met else ' '}] {result.requirement.title}")
            say(f"      {result.explanation}")
        say()
    return 0


def _report(app: App, args: argparse.Namespace) -> int:
    path = app.gates.write_report(args.out)
    say(f"Wrote the readiness report to {path}.")
    return 0


@trainer_only
def _plan(app: App, args: argparse.Namespace) -> int:
    app.gates.set_planned(args.role, args.agency, args.count)
    where = f"at {args.agency}" if args.agency.strip() else "for the whole rollout"
    say(f"Planned {args.count} {args.role} {where}.")
    return 0


@trainer_only
def _evidence(app: App, args: argparse.Namespace) -> int:
    by = app.learners.find(args.by).id if args.by else None
    if (args.value is None) != (args.total is None):
        raise ValidationError("cli.give_both_value_example")
    measured = (args.value, args.total) if args.value is not None and args.total is not None else None
    app.gates.tick_evidence(
        args.gate, args.requirement, args.note, by, ticked=not args.untick, measured=measured
    )
    counted = f" ({args.value} of {args.total})" if measured and not args.untick else ""
    say(f"{'Unticked' if args.untick else 'Ticked'} {args.gate} / {args.requirement}{counted}.")
    return 0


@trainer_only
def _signoff(app: App, args: argparse.Namespace) -> int:
    learner = app.learners.find(args.by)
    signoff = app.gates.sign_off(args.gate, learner.id, args.note)
    say(f"Signed off {args.gate} by {signoff.signed_by_name} at {signoff.signed_at:%Y-%m-%d %H:%M} UTC.")
    return 0


@trainer_only
def _not_applicable(app: App, args: argparse.Namespace) -> int:
    learner = app.learners.find(args.by)
    app.gates.mark_not_applicable(args.gate, args.reason, learner.id)
    say(f"Marked {args.gate} not applicable.")
    return 0


# ---- JSON ----------------------------------------------------------------------------------------------


def gate_json(status: GateStatus) -> dict[str, Any]:
    gate = status.gate
    signoff = status.signoff
    mark = status.not_applicable
    return {
        "id": gate.id,
        "step": gate.step,
        "title": gate.title,
        "outcome": gate.outcome,
        "state": status.state.value,
        "may_be_not_applicable": gate.may_be_not_applicable,
        "signed_off": None
        if signoff is None
        else {
            "by": signoff.signed_by,
            "name": signoff.signed_by_name,
            "at": signoff.signed_at.isoformat(),
            "note": signoff.note,
        },
        "not_applicable": None
        if mark is None
        else {
            "by": mark.by_learner_id,
            "name": mark.by_name,
            "at": mark.at.isoformat(),
            "reason": mark.reason,
        },
        "requirements": [_requirement_json(result) for result in status.requirements],
    }


def _requirement_json(result: RequirementStatus) -> dict[str, Any]:
    tick = result.evidence
    return {
        "id": result.requirement.id,
        "kind": result.requirement.kind.value,
        "title": result.requirement.title,
        "met": result.met,
        "explanation": result.explanation,
        "reasons": [{"code": r.code, "params": dict(r.params), "text": r.text()} for r in result.reasons],
        "people": [_group_json(group) for group in result.people],
        "evidence": None
        if tick is None
        else {
            "ticked": tick.ticked,
            "note": tick.note,
            "by": tick.by_learner_id,
            "name": tick.by_name,
            "at": tick.at.isoformat(),
            "value": tick.value,
            "total": tick.total,
        },
        "measure": None
        if not result.requirement.is_measured
        else {"label": result.requirement.measure_label, "min_share": result.requirement.min_share},
    }


def _group_json(group: PeopleGroup) -> dict[str, Any]:
    return {
        "label": group.label.text(),
        "people": [
            {"id": p.learner_id, "name": p.name, "agency": p.agency, "at": p.at.isoformat() if p.at else None}
            for p in group.people
        ],
    }
