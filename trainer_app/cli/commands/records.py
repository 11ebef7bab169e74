"""`records export|import|log|conflicts|resolve|pending|discard|receipt`: records bundles between laptops."""

from __future__ import annotations

import argparse
import getpass
from pathlib import Path
from typing import Any

from trainer_app.cli.guard import changes_data, trainer_only
from trainer_app.cli.output import print_json, print_table, say
from trainer_app.core.app import App
from trainer_app.core.common.errors import TrainerError
from trainer_app.core.common.numbers import format_bytes
from trainer_app.core.services.records import ImportResult, ReceiptResult
from trainer_app.core.services.reports import parse_since


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("records", help="records bundles: export, import, receipts, conflicts")
    sub = parser.add_subparsers(dest="records_command", metavar="ACTION", required=True)

    export = sub.add_parser("export", help="write this installation's records as one signed zip")
    export.add_argument("--out", required=True, type=Path, help="the bundle file to write (.zip)")
    export.add_argument("--since", help="only records changed since this date (YYYY-MM-DD or ISO time)")
    export.set_defaults(func=_export)

    import_ = sub.add_parser("import", help="import records bundles or import receipts")
    import_.add_argument("files", nargs="+", type=Path, metavar="FILE")
    import_.add_argument(
        "--receipt-dir", type=Path, help="where to write receipts (default: beside each bundle)"
    )
    import_.add_argument("--no-receipt", action="store_true", help="do not write receipts")
    import_.add_argument("--by", default="", help="who imports (default: the user name)")
    import_.set_defaults(func=_import)

    log = sub.add_parser("log", help="imports, receipts and exports so far")
    log.add_argument("--format", choices=("table", "json"), default="table")
    log.set_defaults(func=_log)

    conflicts = sub.add_parser("conflicts", help="learner details that differ between installations")
    conflicts.add_argument("--all", action="store_true", help="include resolved conflicts")
    conflicts.add_argument("--format", choices=("table", "json"), default="table")
    conflicts.set_defaults(func=_conflicts)

    resolve = sub.add_parser("resolve", help="resolve a learner conflict")
    resolve.add_argument("conflict", help="conflict id (or a unique prefix)")
    choice = resolve.add_mutually_exclusive_group(required=True)
    choice.add_argument("--keep", action="store_true", help="keep this installation's value")
    choice.add_argument("--take-incoming", action="store_true", help="use the imported value")
    resolve.set_defaults(func=_resolve)

    pending = sub.add_parser(
        "pending", help="what is kept aside until its key is trusted (not counted), per key"
    )
    pending.add_argument("--format", choices=("table", "json"), default="table")
    pending.set_defaults(func=_pending)

    discard = sub.add_parser(
        "discard", help="drop what a key kept aside (trusting the key later does not bring it back)"
    )
    discard.add_argument(
        "fingerprint", metavar="FINGERPRINT", help="as `records pending --format json` shows it"
    )
    discard.set_defaults(func=_discard)

    receipt = sub.add_parser("receipt", help="write the signed receipt of an import again")
    receipt.add_argument("import_id", help="import id from `records log` (or a unique prefix)")
    receipt.add_argument("--out", required=True, type=Path)
    receipt.set_defaults(func=_receipt)


def _export(app: App, args: argparse.Namespace) -> int:
    since = parse_since(args.since) if args.since else None
    result = app.records.export(args.out, since)
    counts = ", ".join(f"{n} {name.replace('_', ' ')}" for name, n in result.counts.items())
    say(f"Wrote {result.path} (bundle {result.bundle_id}, key {result.fingerprint}): {counts}.")
    return 0


@trainer_only
def _import(app: App, args: argparse.Namespace) -> int:
    failures = 0
    who = args.by or _user()
    for path in args.files:
        folder = None if args.no_receipt else (args.receipt_dir or path.resolve().parent)
        try:
            result = app.records.import_file(path, who, folder)
        except TrainerError as error:
            failures += 1
            say(f"{path}: {error}", err=True)
            continue
        say(_describe(result))
    return 1 if failures else 0


def _describe(result: ImportResult | ReceiptResult) -> str:
    if isinstance(result, ReceiptResult):
        r = result.receipt
        added = sum(c.get("added", 0) for c in r.counts.values())
        state = "trusted" if r.trusted else "awaiting trust (not counted yet)"
        again = "" if result.new else " (seen before)"
        return (
            f"{result.path}: receipt{again} — bundle {r.bundle_id[:8]}… arrived at {r.receiver_installation[:8]}… "
            f"(key {r.receiver_key.fingerprint}) on {r.imported_at}: {added} records added, {state}."
        )
    trust = "trusted" if result.trusted else "key not trusted: records kept aside, not counted until it is"
    again = f" (imported {result.times_before} time(s) before)" if result.times_before else ""
    lines = [
        f"{result.path}: bundle {result.bundle_id[:8]}…{again} from key {result.source_fingerprint} — {trust}."
    ]
    for name, c in result.counts.items():
        if not any(c.values()):
            continue
        lines.append(
            f"  {name.replace('_', ' ')}: {c['added']} added, {c['updated']} updated, "
            f"{c['unchanged']} unchanged" + (f", {c['pending']} awaiting trust" if c["pending"] else "")
        )
    if result.conflicts:
        lines.append(f"  {result.conflicts} learner detail(s) differ: see `records conflicts`.")
    if result.receipt_path:
        lines.append(f"  Receipt: {result.receipt_path}")
    return "\n".join(lines)


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def _log(app: App, args: argparse.Namespace) -> int:
    imports, exports = app.records.imports(), app.records.exports()
    if args.format == "json":
        print_json({"imports": imports, "exports": exports})
        return 0
    rows = [
        (
            e["imported_at"].isoformat(timespec="seconds"),
            e["kind"],
            e["id"][:8],
            e["bundle_id"][:8],
            e["source_fingerprint"],
            "yes" if e["trusted"] else "no",
            _added(e["counts"]),
            e["imported_by"],
        )
        for e in imports
    ]
    rows += [
        (
            e["created_at"].isoformat(timespec="seconds"),
            "export",
            "",
            e["bundle_id"][:8],
            "",
            "",
            sum(e["counts"].values()),
            e["file_name"],
        )
        for e in exports
    ]
    print_table(("when", "kind", "import", "bundle", "key", "trusted", "records", "by / file"), sorted(rows))
    return 0


def _added(counts: dict[str, Any]) -> int:
    return sum(int(c.get("added", 0)) for c in counts.values())


def _conflicts(app: App, args: argparse.Namespace) -> int:
    found = app.records.conflicts(args.all)
    if args.format == "json":
        print_json(found)
        return 0
    rows = [
        (
            c["id"][:8],
            c["display_name"],
            c["field"],
            c["local_value"],
            c["incoming_value"],
            c["source_fingerprint"],
            c["resolution"] or "open",
        )
        for c in found
    ]
    print_table(("conflict", "learner", "field", "here", "incoming", "from key", "state"), rows)
    return 0


@trainer_only
def _resolve(app: App, args: argparse.Namespace) -> int:
    matches = [c for c in app.records.conflicts() if c["id"].startswith(args.conflict)]
    if len(matches) != 1:
        raise TrainerError("cli.matches_open_conflicts_give", conflict=args.conflict, count=len(matches))
    app.records.resolve_conflict(matches[0]["id"], take_incoming=args.take_incoming)
    say(f"Resolved: {'took the incoming value' if args.take_incoming else 'kept the local value'}.")
    return 0


def _pending(app: App, args: argparse.Namespace) -> int:
    found = app.records.pending_by_key()
    if args.format == "json":
        print_json(found)
        return 0
    if not found:
        say("No records are waiting for a key to be trusted.")
        return 0
    rows = [
        (p["fingerprint"], p["label"], _kinds(p["kinds"]), p["records"], format_bytes(int(p["bytes"])))
        for p in found
    ]
    print_table(("key", "label", "kept aside", "records", "size"), rows)
    say(
        "Trust a key with `cpims-trainer trust add FINGERPRINT --label NAME` to count what it kept aside, "
        "or drop it with `cpims-trainer records discard FINGERPRINT`."
    )
    return 0


def _kinds(kinds: dict[str, int]) -> str:
    return ", ".join(f"{n} {kind.replace('_', ' ')}" for kind, n in kinds.items())


@trainer_only
def _discard(app: App, args: argparse.Namespace) -> int:
    dropped = app.records.discard(args.fingerprint)
    say(
        f"Discarded {dropped} record(s) kept aside for key {args.fingerprint}; trusting it will not bring them back."
    )
    return 0


@changes_data
def _receipt(app: App, args: argparse.Namespace) -> int:
    matches = [e for e in app.records.imports("bundle") if e["id"].startswith(args.import_id)]
    if len(matches) != 1:
        raise TrainerError("cli.matches_imports_give_more", import_id=args.import_id, count=len(matches))
    say(app.records.receipt_for(matches[0]["id"], args.out))
    return 0
