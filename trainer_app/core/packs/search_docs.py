"""Search documents for full-text search: one per guide section, walkthrough step and quiz question prompt.

A quiz document holds the scenario text and the prompt only: never the explanation, the options, the pairs,
the order or the answer, so that searching cannot hand out the key (issue 10).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from trainer_app.core.common.errors import TrainerError
from trainer_app.core.domain.pack import Activity, ActivityKind, Pack
from trainer_app.core.packs.guidetext import inline_text, plain_text, sections
from trainer_app.core.packs.quizbank import load_bank
from trainer_app.core.packs.walkthroughs import load_walkthrough

log = logging.getLogger(__name__)
SearchKind = Literal["guide", "walkthrough", "quiz"]
SEPARATOR = " › "
# Stored with each pack's index: a change to what is indexed (version 2 dropped quiz explanations) re-indexes
# every installed pack at the next start, so an existing installation's index loses what it must not hold.
INDEX_VERSION = 2


@dataclass(frozen=True)
class SearchDocument:
    """`location` reads like a breadcrumb (chapter › section); `anchor` is a section id, step id or
    question id; `body_text` is plain text, markdown removed."""

    pack_id: str
    kind: SearchKind
    activity_id: str
    title: str
    location: str
    anchor: str
    body_text: str


def iter_search_documents(pack: Pack) -> Iterator[SearchDocument]:
    """Documents of every guide, walkthrough and quiz of the pack, each file once (first activity wins)."""
    done: set[tuple[ActivityKind, str]] = set()
    for activity in pack.activities():
        key = (activity.kind, activity.file)
        if key in done or not activity.file:
            continue
        done.add(key)
        try:
            yield from _documents(pack, activity)
        except (OSError, UnicodeDecodeError, TrainerError) as error:
            log.warning("not indexing %s (%s): %s", activity.id, activity.file, error)


def _documents(pack: Pack, activity: Activity) -> Iterator[SearchDocument]:
    if activity.kind is ActivityKind.GUIDE:
        yield from _guide(pack, activity)
    elif activity.kind is ActivityKind.WALKTHROUGH:
        yield from _walkthrough(pack, activity)
    elif activity.kind is ActivityKind.QUIZ:
        yield from _quiz(pack, activity)


def _guide(pack: Pack, activity: Activity) -> Iterator[SearchDocument]:
    text = pack.path(activity.file).read_text(encoding="utf-8-sig")
    parts = sections(text, max_level=3)
    chapter = next((s.heading.title for s in parts if s.heading.level == 1), activity.title)
    for section in parts:
        body = plain_text(section.body)
        heading = section.heading
        if heading.level <= 1 and not body:
            continue
        location = chapter if heading.level <= 1 else f"{chapter}{SEPARATOR}{heading.title}"
        text_body = body if heading.level <= 1 else f"{heading.title}\n{body}".strip()
        yield SearchDocument(pack.id, "guide", activity.id, chapter, location, heading.anchor, text_body)


def _walkthrough(pack: Pack, activity: Activity) -> Iterator[SearchDocument]:
    walkthrough = load_walkthrough(pack.path(activity.file), pack.root)
    for number, step in enumerate(walkthrough.steps, start=1):
        summary = inline_text(step.instruction.splitlines()[0] if step.instruction else "")
        location = f"{walkthrough.title}{SEPARATOR}Step {number}: {_short(summary)}"
        fields = (step.instruction, step.expected, step.role, step.record or "")
        body = "\n".join(plain_text(value) for value in fields if value)
        yield SearchDocument(pack.id, "walkthrough", activity.id, walkthrough.title, location, step.id, body)


def _quiz(pack: Pack, activity: Activity) -> Iterator[SearchDocument]:
    bank = load_bank(pack.path(activity.file), pack.root)
    for question in bank.questions:
        for leaf in question.leaves:
            if not leaf.prompt:
                continue
            location = f"{activity.title}{SEPARATOR}{_short(inline_text(leaf.prompt))}"
            body = "\n".join(plain_text(v) for v in (question.vignette, leaf.prompt) if v)
            yield SearchDocument(pack.id, "quiz", activity.id, activity.title, location, leaf.id, body)


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
