"""Loading a content pack: `load_pack` parses and validates it all, raising ValidationError with every problem.

The parser pieces live beside it: `packparse` (pack.toml, track files), `activities` (kind keys and rule
parameters), `quizbank`, `walkthroughs`; `validate` runs them all and the cross-file checks.
"""

from __future__ import annotations

from pathlib import Path

from trainer_app.core.common.errors import PackError
from trainer_app.core.domain.pack import Pack
from trainer_app.core.packs.activities import parse_activity
from trainer_app.core.packs.packparse import PACK_FILE, SCHEMA_VERSION, ParsedPack, parse_pack
from trainer_app.core.packs.validate import validate_folder

__all__ = ["PACK_FILE", "SCHEMA_VERSION", "ParsedPack", "load_pack", "parse_activity", "parse_pack"]


def load_pack(root: Path) -> Pack:
    """The pack in folder `root`, fully validated; ValidationError lists every `FILE:LINE: message`."""
    report = validate_folder(root)
    if report.problems or report.pack is None:
        count = len(report.problems)
        raise PackError(
            "pack.content_pack_problem",
            [str(problem) for problem in report.problems],
            root=root,
            count=count,
        )
    return report.pack
