"""The CLI: global options, subcommand registry, and the mapping of errors to exit codes (0, 1, 2)."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from trainer_app import __version__
from trainer_app.cli.output import say
from trainer_app.core.common.errors import AlreadyRunningError, TrainerError
from trainer_app.core.common.lock import InstanceLock
from trainer_app.core.common.logs import describe, setup_logging
from trainer_app.core.common.paths import DataPaths, resolve_data_dir

if TYPE_CHECKING:
    from trainer_app.core.app import App

log = logging.getLogger("trainer_app.cli")

# Each module defines `register(subparsers)`; its parsers set `func(app, args) -> int` (or `func_no_app`).
COMMAND_MODULES = (
    "trainer_app.cli.commands.pack",
    "trainer_app.cli.commands.learner",
    "trainer_app.cli.commands.progress",
    "trainer_app.cli.commands.search",
    "trainer_app.cli.commands.db",
    "trainer_app.cli.commands.certificate",
    "trainer_app.cli.commands.trust",
    "trainer_app.cli.commands.gates",
    "trainer_app.cli.commands.demo",
    "trainer_app.cli.commands.xapi",
    "trainer_app.cli.commands.records",
    "trainer_app.cli.commands.report",
    "trainer_app.cli.commands.classroom",
    "trainer_app.cli.commands.passphrase",
)

GLOBAL_FLAGS = {"--portable", "--version", "-h", "--help"}


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        say(f"{self.prog}: error: {message}", err=True)
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="cpims-trainer", description="CPIMS+ Trainer: offline training for the CPIMS+ rollout."
    )
    parser.add_argument("--version", action="version", version=f"cpims-trainer {__version__}")
    add_global_options(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        module = importlib.import_module(name)
        module.register(subparsers)
    return parser


def add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir", help="data folder (default: the user data folder; env CPIMS_TRAINER_HOME)"
    )
    parser.add_argument("--portable", action="store_true", help="keep data beside the program")
    parser.add_argument(
        "--database-url", help="a SQLAlchemy URL instead of the SQLite file in the data folder"
    )
    parser.add_argument(
        "--passphrase-file",
        help="a file holding the trainer passphrase, for commands that change shared data "
        "(env CPIMS_TRAINER_PASSPHRASE_FILE; otherwise a terminal asks)",
    )


def run_cli(argv: list[str]) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    if not getattr(args, "command", None) or not hasattr(args, "func"):
        parser.print_help(sys.stderr)
        return 2
    log_file = _start_log(args)
    try:
        with _lock_if_writing(args):
            return _run_command(args)
    except TrainerError as error:
        log.info("command %s refused: %s", args.command, describe(error))
        print_error(error)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as error:  # a bug: the log keeps the traceback, the terminal gets one short line
        log.error("command %s failed: %s", args.command, describe(error), exc_info=error)
        where = f"; the details are in {log_file}" if log_file else ""
        say(f"cpims-trainer: unexpected error ({type(error).__name__}){where}.", err=True)
        return 1


def _run_command(args: argparse.Namespace) -> int:
    """Open the app when the command needs one (with the PDF writers the edge hands it) and run the command."""
    if not getattr(args, "needs_app", True):
        return int(args.func(None, args))
    from trainer_app.core.app import open_app
    from trainer_app.pdf.writers import pdf_writers

    app = open_app(
        data_dir=args.data_dir, portable=args.portable, database_url=args.database_url, pdf=pdf_writers()
    )
    try:
        return int(args.func(app, args))
    finally:
        app.close()


def print_error(error: TrainerError) -> None:
    """The one place the CLI words an error: the English message, then each listed problem."""
    say(f"cpims-trainer: {error}", err=True)
    for problem in getattr(error, "problems", []) or []:
        say(f"  {problem}", err=True)


def _start_log(args: argparse.Namespace) -> Path | None:
    """The log file in the data folder; none when the folder cannot be resolved or written (reading a file
    elsewhere must still work)."""
    try:
        return setup_logging(resolve_data_dir(args.data_dir, args.portable))
    except (OSError, TrainerError):
        return None


Command = Callable[["App | None", argparse.Namespace], int]


@contextmanager
def _lock_if_writing(args: argparse.Namespace) -> Iterator[None]:
    """A command that changes data takes the window's instance lock for its run, so the CLI never changes the
    data folder under an open window (which would go on showing, and acting on, what it read before).
    Reading commands take no lock: SQLite's WAL lets them read beside the window."""
    if not getattr(args.func, "changes_data", False):
        yield
        return
    paths = DataPaths(resolve_data_dir(args.data_dir, args.portable))
    try:
        lock = InstanceLock(paths.lock).acquire()
    except AlreadyRunningError as error:
        raise AlreadyRunningError("cli.cpims_trainer_open_data", root=paths.root) from error
    try:
        yield
    finally:
        lock.release()
