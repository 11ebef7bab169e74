"""The window shows byte sizes by the one rule (numbers.format_bytes) in the on-screen language."""

from __future__ import annotations

from typing import Any

from trainer_app.ui import i18n


def test_the_window_formats_sizes_with_the_on_screen_decimal_mark(qapp: Any) -> None:
    try:
        i18n.apply_language(qapp, "fr")
        assert i18n.format_bytes(3 * 1024**2 // 2).startswith("1,5 ")
        assert i18n.format_bytes(1023).startswith("1023 ")
    finally:
        i18n.apply_language(qapp, "en")
    assert i18n.format_bytes(3 * 1024**2 // 2) == "1.5 MiB"
    assert i18n.format_bytes(0) == "0 B"
