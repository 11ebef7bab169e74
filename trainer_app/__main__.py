"""`cpims-trainer` and `python -m trainer_app`: no subcommand starts the desktop app, a subcommand runs the CLI."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    # a PyInstaller build: a certificate worker spawned by a records import starts here, and must not be the app
    if getattr(sys, "frozen", False):
        import multiprocessing

        multiprocessing.freeze_support()
    args = sys.argv[1:] if argv is None else argv
    from trainer_app.cli.invocation import is_cli_invocation

    if is_cli_invocation(args):
        from trainer_app.cli.main import run_cli

        return run_cli(args)
    from trainer_app.ui.launch import launch

    return launch(args)


if __name__ == "__main__":
    sys.exit(main())
