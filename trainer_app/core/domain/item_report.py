"""Item analysis values: per-question statistics and flags, and a report of them per quiz (rules/item_stats
computes them; exports and the Trainer screen show them)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

MIN_ATTEMPTS = 10
HARD_BELOW = 0.2
EASY_ABOVE = 0.95


class FlagKind(StrEnum):
    TOO_FEW_ATTEMPTS = "too_few_attempts"
    TOO_HARD = "too_hard"
    TOO_EASY = "too_easy"
    NEGATIVE_DISCRIMINATION = "negative_discrimination"
    UNUSED_DISTRACTOR = "unused_distractor"


@dataclass(frozen=True)
class ItemFlag:
    kind: FlagKind
    option: str = ""  # the distractor nobody picked

    def describe(self) -> str:
        """The flag in plain English (the CLI and exports; the window translates the kind itself)."""
        return {
            FlagKind.TOO_FEW_ATTEMPTS: f"too few attempts (under {MIN_ATTEMPTS})",
            FlagKind.TOO_HARD: f"too hard (facility under {HARD_BELOW})",
            FlagKind.TOO_EASY: f"too easy (facility over {EASY_ABOVE})",
            FlagKind.NEGATIVE_DISCRIMINATION: "negative discrimination",
            FlagKind.UNUSED_DISTRACTOR: f"distractor nobody picks: {self.option}",
        }[self.kind]


@dataclass(frozen=True)
class GradedAnswer:
    """One question in one submitted attempt, as stored."""

    points_earned: float
    points_possible: float
    response: object  # the stored JSON response (see rules.quiz.Response)


@dataclass(frozen=True)
class OptionCount:
    option: str
    chosen: int
    is_correct: bool


@dataclass(frozen=True)
class ItemStats:
    question_id: str
    prompt: str
    attempts: int
    facility: float | None
    discrimination: float | None
    options: tuple[OptionCount, ...]
    flags: tuple[ItemFlag, ...]

    @property
    def is_flagged(self) -> bool:
        return bool(self.flags)

    def describe_flags(self) -> str:
        return "; ".join(flag.describe() for flag in self.flags)


@dataclass(frozen=True)
class QuizItems:
    """The item statistics of one quiz activity."""

    activity_id: str
    title: str
    attempts: int
    items: tuple[ItemStats, ...]


@dataclass(frozen=True)
class ItemReport:
    generated_at: datetime
    pack_id: str
    pack_title: str
    pack_version: str
    quizzes: tuple[QuizItems, ...]
