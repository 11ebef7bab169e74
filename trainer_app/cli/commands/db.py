"""`db check` and `db backup`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from trainer_app.cli.guard import changes_data, require_trainer_of_folder
from trainer_app.cli.output import say
from trainer_app.core.app import App
from trainer_app.core.common.paths import DataPaths, resolve_data_dir


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("db", help="database health and backups")
    sub = parser.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    check = sub.add_parser("check", help="integrity check and schema version")
    check.set_defaults(func=_check)
    backup = sub.add_parser("backup", help="back up the database now")
    backup.add_argument("--out", type=Path, help="write the backup to this file")
    backup.set_defaults(func=_backup)
    restore = sub.add_parser("restore", help="move the current database aside and restore a backup")
    restore.add_argument("--backup", type=Path, help="the backup to restore (default: the newest)")
    restore.set_defaults(func=_restore, needs_app=False)


def _check(app: App, _args: argparse.Namespace) -> int:
    status = app.database.check()
    say(f"database:  {status.url}")
    say(f"integrity: {status.integrity}")
    say(f"schema:    {status.schema_version} (latest {status.head_version})")
    say(f"backups:   {status.backups}")
    return 0


def _backup(app: App, args: argparse.Namespace) -> int:
    path = app.database.backup(args.out)
    say(f"Backup written to {path}")
    return 0


@changes_data
def _restore(_app: App | None, args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from trainer_app.core.services.database import restore_database

    require_trainer_of_folder(args)
    paths = DataPaths(resolve_data_dir(args.data_dir, args.portable))
    restored = restore_database(paths, datetime.now(UTC), args.backup)
    say(f"Restored {restored.backup.name}; the previous database was moved to {restored.moved_aside_to}.")
    return 0
