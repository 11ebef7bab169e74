"""`trust list|add|remove`: which issuers' certificates count here (this installation's own key always does)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from trainer_app.cli.guard import trainer_only
from trainer_app.cli.output import print_json, print_table, say
from trainer_app.core.app import App
from trainer_app.core.services.trust import normalise_fingerprint


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("trust", help="trusted certificate issuers")
    sub = parser.add_subparsers(dest="trust_command", metavar="ACTION", required=True)

    list_ = sub.add_parser("list", help="list the issuer keys known here")
    list_.add_argument("--format", choices=("table", "json"), default="table")
    list_.set_defaults(func=_list)

    add = sub.add_parser("add", help="trust an issuer: its certificates count from now on")
    add.add_argument(
        "issuer",
        metavar="FILE|FINGERPRINT|DID",
        help="a certificate PDF/JSON, a key fingerprint or a did:key",
    )
    add.add_argument("--label", required=True, help="who the issuer is, e.g. the training centre's name")
    add.set_defaults(func=_add)

    remove = sub.add_parser(
        "remove", help="stop trusting an issuer (its certificates stay, but do not count)"
    )
    remove.add_argument("issuer", metavar="FINGERPRINT|DID")
    remove.set_defaults(func=_remove)


HEADERS = ("fingerprint", "label", "trusted", "own", "first_seen", "did")


def _list(app: App, args: argparse.Namespace) -> int:
    rows = [
        (
            k.fingerprint,
            k.label,
            "yes" if k.trusted else "no",
            "yes" if k.is_own else "",
            k.first_seen_at.date().isoformat(),
            k.did,
        )
        for k in app.trust.issuer_keys()
    ]
    if args.format == "json":
        print_json([dict(zip(HEADERS, row, strict=True)) for row in rows])
    else:
        print_table(HEADERS, rows)
    return 0


@trainer_only
def _add(app: App, args: argparse.Namespace) -> int:
    issuer = args.issuer.strip()
    path = Path(issuer)
    if not issuer.startswith("did:key:") and normalise_fingerprint(issuer) is None and path.exists():
        key, _ = app.certificate_checks.trust_issuer_of(path, args.label)
    else:
        key, _ = app.trust.trust(issuer, args.label)
    say(f"Trusted {key.fingerprint} as '{key.label}'.")
    return 0


@trainer_only
def _remove(app: App, args: argparse.Namespace) -> int:
    key = app.trust.find(args.issuer)
    app.trust.distrust(args.issuer)
    say(
        f"No longer trusted: {key.fingerprint} ('{key.label}'). Its certificates stay stored but do not count."
    )
    return 0
