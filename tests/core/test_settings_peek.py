"""The two display settings read before the first paint agree with the settings service on every kind of file."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer_app.core.services.settings import SettingsService
from trainer_app.core.services.settings_peek import display_settings


@pytest.mark.parametrize(
    "text",
    [
        '{"schema_version": 1, "language": "ar", "text_scale": 1.5, "last_learner_id": "x"}',
        '{"language": "fr"}',
        '{"text_scale": 1.3}',
        "{}",
        "[1, 2]",
        "not json",
    ],
)
def test_the_first_window_reads_what_the_service_reads(tmp_path: Path, text: str) -> None:
    path = tmp_path / "settings.json"
    path.write_text(text, encoding="utf-8")
    peeked = display_settings(path)
    current = SettingsService(path).current
    assert peeked == (current.language, current.text_scale)


def test_no_file_gives_the_system_language_at_normal_size(tmp_path: Path) -> None:
    assert display_settings(tmp_path / "settings.json") == ("", 1.0)


def test_values_of_the_wrong_kind_fall_back_instead_of_stopping_the_start(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"language": 3, "text_scale": "huge"}', encoding="utf-8")
    assert display_settings(path) == ("", 1.0)


def test_a_file_too_large_to_be_ours_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"language": "fr", "padding": "' + "x" * (1 << 20) + '"}', encoding="utf-8")
    assert display_settings(path) == ("", 1.0)
