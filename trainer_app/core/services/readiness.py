"""The readiness report's content, and the PDF writer Protocol (the output layer provides the writer)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

from trainer_app.core.domain.gates import GateStatus, PlannedStaff


@dataclass(frozen=True)
class ReadinessReport:
    """Everything the readiness report (PDF) shows."""

    pack_title: str
    pack_version: str
    generated_at: datetime
    gates: tuple[GateStatus, ...]
    planned: tuple[PlannedStaff, ...]
    role_titles: dict[str, str]


class ReadinessWriter(Protocol):
    """Writes the report to `path` (atomically) and returns it."""

    def __call__(self, report: ReadinessReport, path: Path) -> Path: ...
