"""Whether a command line asks for the CLI or the desktop app: decided before either is imported.

Apart from `cli.main` because `cpims-trainer` with no subcommand starts the window, and the CLI's imports (its
output, logging, the error catalogue) would otherwise all come before the window's first paint (issue 14).
"""

from __future__ import annotations

GLOBAL_FLAGS_WITH_VALUE = {"--data-dir", "--database-url", "--passphrase-file"}


def is_cli_invocation(args: list[str]) -> bool:
    """True when the arguments name a subcommand or ask for help/version; bare global options start the app."""
    skip = False
    for arg in args:
        if skip:
            skip = False
            continue
        if arg in GLOBAL_FLAGS_WITH_VALUE:
            skip = True
            continue
        if arg.split("=", 1)[0] in GLOBAL_FLAGS_WITH_VALUE or arg == "--portable":
            continue
        return True
    return False
