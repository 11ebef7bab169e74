"""A copy of the mini pack whose worker certificate needs a practical check and whose follow-up guide counts
attendance at a classroom session; laptops opened on it."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from tests.conftest import MINI_PACK
from trainer_app.core.app import App, open_app
from trainer_app.pdf.writers import pdf_writers

PACK = "mini-pack"
CHECKS = """
[[practical_checks]]
id = "register-case"
title = "Register a case on the demo site"
description = "The learner registers an invented case on the demo site while the trainer watches."

[[practical_checks]]
id = "create-user"
title = "Create a user account on the demo site"
"""


def classroom_pack(root: Path) -> Path:
    """The mini pack, with practical checks defined and required, and attendance counting for one guide."""
    pack = root / "classroom_pack"
    if pack.exists():
        return pack
    shutil.copytree(MINI_PACK, pack)
    manifest = pack / "content" / "pack.toml"
    manifest.write_text(manifest.read_text(encoding="utf-8") + CHECKS, encoding="utf-8")
    worker = pack / "content" / "tracks" / "worker.toml"
    text = worker.read_text(encoding="utf-8")
    text = text.replace(
        'criteria = "Finished both modules."',
        'criteria = "Finished both modules."\npractical_checks = ["register-case"]',
    )
    text = text.replace("min_seconds = 10", "min_seconds = 10\nattendance_counts = true")
    worker.write_text(text, encoding="utf-8")
    return pack


def classroom_laptop(root: Path, name: str, clock: Any) -> App:
    return open_app(
        data_dir=str(root / name), clock=clock, bundled_root=classroom_pack(root), pdf=pdf_writers()
    )


def basics_done(app: App, learner_id: str) -> None:
    """The basics module complete (guide read, quiz passed): the follow-up guide is all that is left."""
    app.progress.record_guide(learner_id, PACK, "basics-guide", 1.0, True, 40)
    app.progress.record_quiz(learner_id, PACK, "basics-quiz", 0.9, True, "attempt-1", seconds=30)
