"""User settings in a small JSON file with a schema version; unknown or broken files fall back safely."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from trainer_app.core.common import files
from trainer_app.core.common.changes import Changes

SCHEMA_VERSION = 1
TEXT_SIZES = (0.85, 1.0, 1.15, 1.3, 1.5, 1.75)


@dataclass(frozen=True)
class Settings:
    language: str = ""  # "" = the system language
    text_scale: float = 1.0
    video_backend: str = "qt"  # qt | vlc
    last_learner_id: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


class SettingsService:
    def __init__(self, path: Path) -> None:
        self._path = path
        self.current = self._load()

    def _load(self) -> Settings:
        try:
            raw = json.loads(self._path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return Settings()
        except (OSError, ValueError):
            broken = self._path.with_suffix(".broken.json")
            os.replace(self._path, broken)
            return Settings()
        if not isinstance(raw, dict):
            return Settings()
        known = {f.name for f in fields(Settings)}
        values = {k: v for k, v in raw.items() if k in known}
        try:
            return Settings(**values)
        except TypeError:
            return Settings()

    def update(self, **changes: Any) -> Changes:
        self.current = replace(self.current, **changes)
        data = {"schema_version": SCHEMA_VERSION, **asdict(self.current)}
        self._path.parent.mkdir(parents=True, exist_ok=True)
        files.write_atomically(self._path, json.dumps(data, indent=2, ensure_ascii=False))
        return Changes.SETTINGS
