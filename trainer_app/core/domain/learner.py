"""Learners: the people being trained. A learner may hold several roles; the first is their main track."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Learner:
    id: str
    display_name: str
    roles: tuple[str, ...]
    agency: str = ""
    site: str = ""
    language: str = "en"
    has_pin: bool = False
    archived: bool = False
    created_at: datetime | None = None

    @property
    def main_role(self) -> str:
        return self.roles[0] if self.roles else ""
