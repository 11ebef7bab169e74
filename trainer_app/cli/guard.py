"""Who may run a command: `@trainer_only` commands change shared data and need the trainer passphrase once one
is set; `@changes_data` (and every `@trainer_only`) command takes the window's instance lock.

The passphrase comes from `--passphrase-file FILE`, else the file named by CPIMS_TRAINER_PASSPHRASE_FILE, else
a prompt when stdin is a terminal. A file holds just the passphrase; one trailing newline is ignored.
"""

from __future__ import annotations

import argparse
import functools
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from trainer_app.core.common.errors import DatabaseDamagedError, PermissionDeniedError, ValidationError

if TYPE_CHECKING:
    from trainer_app.core.app import App

ENV_PASSPHRASE_FILE = "CPIMS_TRAINER_PASSPHRASE_FILE"
MAX_PASSPHRASE_FILE_BYTES = 4096
Command = Callable[["App", argparse.Namespace], int]
NEEDS = (
    "This command changes shared data and needs the trainer passphrase: give it with --passphrase-file FILE "
    f"or {ENV_PASSPHRASE_FILE}, or run it in a terminal to be asked."
)


def changes_data(func: Command) -> Command:
    """Mark a command that writes: it runs only while no window is open on the data folder."""
    func.changes_data = True  # type: ignore[attr-defined]
    return func


def trainer_only(func: Command) -> Command:
    """Guard a command that changes shared data with the trainer passphrase (when one is set)."""

    @functools.wraps(func)
    def guarded(app: App, args: argparse.Namespace) -> int:
        require_trainer(app, args)
        return func(app, args)

    return changes_data(guarded)


def require_trainer(app: App, args: argparse.Namespace) -> None:
    """Return when no passphrase is set or the right one is given; raise PermissionDeniedError otherwise."""
    mode = app.trainer_mode
    if not mode.is_set() or mode.unlocked:
        return
    given = given_passphrase(args)
    if given is None:
        raise PermissionDeniedError("cli.needs_passphrase", env=ENV_PASSPHRASE_FILE)
    if not mode.verify(given):
        raise PermissionDeniedError("cli.trainer_passphrase_nothing_changed")
    mode.unlocked = True


def require_trainer_of_folder(args: argparse.Namespace) -> None:
    """The guard for `db restore`, which runs without an open app: the passphrase is checked against the
    database in place. When that database is damaged or empty there is nothing to check against; the restore
    then proceeds, since it only moves that file aside (never deletes it) and puts a good backup in place."""
    from trainer_app.core.app import open_app

    try:
        app = open_app(data_dir=args.data_dir, portable=args.portable, database_url=args.database_url)
    except DatabaseDamagedError:
        return
    try:
        require_trainer(app, args)
    finally:
        app.close()


def given_passphrase(args: argparse.Namespace, prompt: str = "Trainer passphrase: ") -> str | None:
    """The passphrase from the option, the environment or a terminal prompt; None when there is no way."""
    named = getattr(args, "passphrase_file", None) or os.environ.get(ENV_PASSPHRASE_FILE)
    if named:
        return read_passphrase_file(Path(named))
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    return None


def read_passphrase_file(path: Path) -> str:
    """The file's text without its trailing newline; a file too large to be a passphrase is refused unread."""
    try:
        if path.stat().st_size > MAX_PASSPHRASE_FILE_BYTES:
            raise ValidationError("cli.too_large_hold_trainer", path=path)
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ValidationError("cli.read_trainer_passphrase_file", path=path, error=error) from error
    return text.removesuffix("\n").removesuffix("\r")
