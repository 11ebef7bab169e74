"""Each activity kind's rule parameters as a typed, frozen value; the pack parser fills and checks them at load.

Defaults here are the ones a pack gets when it leaves a key out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

QUIZ_LAYOUTS = ("one_per_page", "all_on_one_page")


@dataclass(frozen=True)
class GuideParams:
    min_seconds: int = 30  # reading time before a guide read to the end counts as complete


@dataclass(frozen=True)
class VideoParams:
    coverage: float = 0.9  # share of distinct seconds to watch
    subtitles: Mapping[str, str] = field(default_factory=dict)  # language -> pack-relative .vtt
    duration_seconds: float | None = None  # declared length, checked against the file when given


@dataclass(frozen=True)
class SlidesParams:
    source: str | None = None  # the .pptx the PDF was rendered from
    notes: str | None = None  # speaker notes (.toml)


@dataclass(frozen=True)
class QuizParams:
    draw: int | None = None  # questions drawn per attempt; None: the whole bank
    pass_mark: float = 0.8
    max_attempts: int = 0  # 0: no limit
    cooldown_seconds: int = 0  # wait after the last allowed failed attempt
    layout: str = QUIZ_LAYOUTS[0]


@dataclass(frozen=True)
class WalkthroughParams:
    """A walkthrough's rule is fixed (every step ticked): nothing to set."""


ActivityParams = GuideParams | VideoParams | SlidesParams | QuizParams | WalkthroughParams
