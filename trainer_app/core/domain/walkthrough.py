"""Walkthroughs: an ordered checklist of steps on a CPIMS+ site, each with what the learner should see."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class WalkthroughSite(StrEnum):
    DEMO = "demo"
    PRODUCTION = "production"
    NONE = "none"


@dataclass(frozen=True)
class Step:
    """One step. `instruction` and `expected` are markdown; `image` is pack-relative."""

    id: str
    instruction: str
    expected: str = ""
    role: str = ""
    image: str | None = None
    record: str | None = None


@dataclass(frozen=True)
class Walkthrough:
    """A walkthrough file. `path` is pack-relative; `intro` is markdown shown above the steps."""

    id: str
    title: str
    steps: tuple[Step, ...]
    intro: str = ""
    site: WalkthroughSite = WalkthroughSite.NONE
    path: str = ""

    def step(self, step_id: str) -> Step | None:
        return next((s for s in self.steps if s.id == step_id), None)


@dataclass(frozen=True)
class StepState:
    """One learner's check of one step: ticked (and when), a free note, and the value recorded if asked."""

    step_id: str
    ticked: bool = False
    ticked_at: datetime | None = None
    note: str = ""
    value: str = ""
