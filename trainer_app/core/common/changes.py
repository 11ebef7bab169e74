"""Change flags: every state-changing service call says what changed, so screens refresh only if affected."""

from __future__ import annotations

from enum import Flag, auto


class Changes(Flag):
    NONE = 0
    LEARNERS = auto()
    PROGRESS = auto()
    PACKS = auto()
    QUIZ = auto()
    WALKTHROUGH = auto()
    CERTIFICATES = auto()
    TRUST = auto()
    GATES = auto()
    RECORDS = auto()
    SETTINGS = auto()
