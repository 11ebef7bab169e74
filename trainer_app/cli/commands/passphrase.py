"""`passphrase set`: set or change the trainer passphrase (an explicit act; changing it needs the current one)."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from trainer_app.cli.guard import changes_data, given_passphrase, read_passphrase_file
from trainer_app.cli.output import say
from trainer_app.core.app import App
from trainer_app.core.common.errors import PermissionDeniedError, ValidationError


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("passphrase", help="the trainer passphrase that guards shared data")
    sub = parser.add_subparsers(dest="passphrase_command", metavar="ACTION", required=True)
    set_ = sub.add_parser(
        "set",
        help="set the trainer passphrase, or change it (the current one is asked for, or read from "
        "--passphrase-file)",
    )
    set_.add_argument(
        "--file", type=Path, help="a file holding just the new passphrase (else a terminal asks)"
    )
    set_.set_defaults(func=_set)


@changes_data
def _set(app: App, args: argparse.Namespace) -> int:
    current = None
    if app.trainer_mode.is_set():
        current = given_passphrase(args, "Current trainer passphrase: ")
        if current is None:
            raise PermissionDeniedError("cli.trainer_passphrase_already_set")
    new = _new_passphrase(args.file)
    try:
        app.trainer_mode.set_passphrase(new, current)
    except PermissionDeniedError as error:
        raise PermissionDeniedError("cli.current_trainer_passphrase", error=error) from error
    say("The trainer passphrase is set: commands that change shared data now ask for it.")
    return 0


def _new_passphrase(file: Path | None) -> str:
    if file is not None:
        return read_passphrase_file(file)
    if not sys.stdin.isatty():
        raise ValidationError("cli.give_new_trainer_passphrase")
    first = getpass.getpass("New trainer passphrase: ")
    if getpass.getpass("The same again: ") != first:
        raise ValidationError("cli.two_passphrases_differ_nothing")
    return first
