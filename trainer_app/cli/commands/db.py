"""`db check` and `db backup`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from trainer_app.core.app import App


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("db", help="database health and backups")
    sub = parser.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    check = sub.add_parser("check", help="integrity check and schema version")
    check.set_defaults(func=_check)
    backup = sub.add_parser("backup", help="back up the database now")
    backup.add_argument("--out", type=Path, help="write the backup to this file")
    backup.set_defaults(func=_backup)


def _check(app: App, args: argparse.Namespace) -> int:
    status = app.database.check()
    print(f"database:  {status.url}")
    print(f"integrity: {status.integrity}")
    print(f"schema:    {status.schema_version} (latest {status.head_version})")
    print(f"backups:   {status.backups}")
    return 0


def _backup(app: App, args: argparse.Namespace) -> int:
    path = app.database.backup(args.out)
    print(f"Backup written to {path}")
    return 0
