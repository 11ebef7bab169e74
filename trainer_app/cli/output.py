"""Printing tables, CSV and JSON for the CLI."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from typing import Any

from trainer_app.core.exchange.cells import neutralise


def say(text: object = "", *, err: bool = False) -> None:
    """The command line's one way to print: a line to stdout, or to stderr (flushed) when `err`."""
    print(text, file=sys.stderr if err else sys.stdout, flush=err)


def print_json(value: Any) -> None:
    say(json.dumps(value, indent=2, ensure_ascii=False, default=str))


def print_table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    cells = [[str(c) for c in row] for row in rows]
    widths = [max([len(h), *(len(r[i]) for r in cells)]) for i, h in enumerate(headers)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    say(line.rstrip())
    say("  ".join("-" * w for w in widths))
    for row in cells:
        say("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())


def print_csv(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    writer = csv.writer(sys.stdout)
    writer.writerow(headers)
    writer.writerows([neutralise(c) if isinstance(c, str) else c for c in row] for row in rows)
