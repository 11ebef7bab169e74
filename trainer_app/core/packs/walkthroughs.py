"""Walkthrough files (`content/walkthroughs/*.toml`) parsed into Walkthrough, problems with their lines."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from trainer_app.core.common.errors import ValidationError
from trainer_app.core.domain.walkthrough import Step, Walkthrough, WalkthroughSite
from trainer_app.core.packs.problems import Problem, Problems, Subject, pack_rel
from trainer_app.core.packs.tables import Table
from trainer_app.core.packs.tomlfile import TomlDoc, read_toml

STEP_KEYS = {"id", "instruction", "expected", "role", "image", "record"}
_SITES = ", ".join(site.value for site in WalkthroughSite)


def load_walkthrough(path: Path, pack_root: Path | None = None) -> Walkthrough:
    """Parse one walkthrough; raise ValidationError listing every problem."""
    walkthrough, problems = check_walkthrough(path, pack_root)
    if problems or walkthrough is None:
        raise ValidationError(
            "walkthrough.walkthrough_problem_s",
            [str(problem) for problem in problems],
            rel=pack_rel(path, pack_root or path.parent),
            count=len(problems),
        )
    return walkthrough


def check_walkthrough(
    path: Path, pack_root: Path | None = None
) -> tuple[Walkthrough | None, tuple[Problem, ...]]:
    """The walkthrough (None when unreadable) and its problems, as objects (see `quizbank.check_bank`)."""
    root = pack_root or path.parent
    problems = Problems()
    walkthrough = parse_walkthrough(root, pack_rel(path, root), problems, check_images=pack_root is not None)
    return walkthrough, tuple(problems.items)


def parse_walkthrough(
    root: Path, rel: str, problems: Problems, check_images: bool = True
) -> Walkthrough | None:
    doc = read_toml(root, rel, problems)
    if doc is None:
        return None
    top = Table(doc, doc.data, problems, Subject("walkthrough"), top_level=True)
    top.unknown_keys({"id", "title", "intro", "site", "steps"})
    walkthrough_id = top.ident(what="walkthrough")
    title = top.text("title", required=True)
    site = top.text("site", default=WalkthroughSite.NONE.value)
    if site not in set(WalkthroughSite):
        top.report("pack.problem.unknown_site", "site", value=site, known=_SITES)
        site = WalkthroughSite.NONE.value
    entries = top.tables("steps", required=True)
    if not entries and top.has("steps"):
        top.report("pack.problem.no_steps", "steps")
    steps = [
        _step(doc, data, index, problems, root if check_images else None)
        for index, data in enumerate(entries)
    ]
    found = [step for step in steps if step is not None]
    _check_unique_steps(doc, found, problems)
    return Walkthrough(
        id=walkthrough_id,
        title=title,
        steps=tuple(found),
        intro=top.text("intro"),
        site=WalkthroughSite(site),
        path=rel,
    )


def _step(doc: TomlDoc, data: Any, index: int, problems: Problems, root: Path | None) -> Step | None:
    step_id = data.get("id") if isinstance(data, dict) else None
    line = doc.locate("steps", index, step_id if isinstance(step_id, str) else None)
    table = Table(doc, data, problems, Subject("step", str(step_id or index + 1)), line)
    if not isinstance(data, dict):
        return None
    table.unknown_keys(STEP_KEYS)
    image = table.text("image") or None
    if image and root is not None:
        table.check_file("image", image, root)
    return Step(
        id=table.ident(what="step"),
        instruction=table.text("instruction", required=True),
        expected=table.text("expected", required=True),
        role=table.text("role"),
        image=image,
        record=table.text("record") or None,
    )


def _check_unique_steps(doc: TomlDoc, steps: list[Step], problems: Problems) -> None:
    seen: set[str] = set()
    for step in steps:
        if step.id and step.id in seen:
            line = doc.value_line("id", step.id, occurrence=1)
            problems.add(doc.rel, line, "pack.problem.duplicate_id_here", what=Subject("step"), value=step.id)
        seen.add(step.id)
