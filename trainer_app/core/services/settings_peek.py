"""The two display settings the first window needs (language, text size), read straight from settings.json.

Read before the first paint, so without the settings service and its imports (issue 14); the service reads the
same file in full once the window is up, and moves a broken file aside then. Anything unexpected gives the
defaults, as the service would.
"""

from __future__ import annotations

import json
from pathlib import Path

DEFAULT_LANGUAGE = ""  # the system language, as `Settings.language`
DEFAULT_TEXT_SCALE = 1.0  # as `Settings.text_scale`
LARGEST_FILE = 1 << 20  # a settings file is a few hundred bytes; a larger one is not ours


def display_settings(path: Path) -> tuple[str, float]:
    """The saved language ("" = the system's) and text scale, or the defaults when the file is missing or odd."""
    try:
        if path.stat().st_size > LARGEST_FILE:
            return DEFAULT_LANGUAGE, DEFAULT_TEXT_SCALE
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return DEFAULT_LANGUAGE, DEFAULT_TEXT_SCALE
    if not isinstance(raw, dict):
        return DEFAULT_LANGUAGE, DEFAULT_TEXT_SCALE
    language = raw.get("language", DEFAULT_LANGUAGE)
    scale = raw.get("text_scale", DEFAULT_TEXT_SCALE)
    if not isinstance(language, str):
        language = DEFAULT_LANGUAGE
    if isinstance(scale, bool) or not isinstance(scale, int | float):
        scale = DEFAULT_TEXT_SCALE
    return language, float(scale)
