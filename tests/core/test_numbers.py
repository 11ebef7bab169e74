"""The one rule for showing scores: half-up to one decimal, no decimals on whole numbers, the language's mark."""

from __future__ import annotations

import pytest

from trainer_app.core.common.numbers import format_bytes, format_percent, format_score
from trainer_app.core.services.certificate_text import local_percent


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (80, "80"),
        (80.0, "80"),
        (87.5, "87.5"),
        (66.6666, "66.7"),
        (2.25, "2.3"),
        (2.35, "2.4"),
        (99.95, "100"),
        (0.04, "0"),
        (-0.01, "0"),
        (100, "100"),
    ],
)
def test_whole_numbers_show_no_decimals_others_one_rounded_half_up(value: float, shown: str) -> None:
    assert format_score(value) == shown


def test_the_languages_decimal_mark_is_used_when_a_language_is_given() -> None:
    assert format_score(87.5, "fr") == "87,5"
    assert format_score(87.5, "es-MX") == "87,5"
    assert format_score(87.5, "ar") == "87٫5"
    assert format_score(87.5, "en") == "87.5"
    assert format_percent(66.666, "fr") == "66,7 %"


def test_certificates_follow_the_same_rule() -> None:
    assert local_percent(0.6667, "en") == format_percent(66.67, "en") == "66.7 %"
    assert local_percent(0.855, "fr") == "85,5 %"
    assert local_percent(1.0, "es") == "100 %"


@pytest.mark.parametrize(
    ("count", "shown"),
    [
        (0, "0 B"),
        (1023, "1023 B"),
        (1024, "1 KiB"),
        (1536, "1.5 KiB"),
        (3 * 1024**2 // 2, "1.5 MiB"),
        (1024**2 - 1, "1 MiB"),  # rounds to 1024 KiB: shown in the next unit, never "1024 KiB"
        (1024**2 - 52, "1023.9 KiB"),
        (5 * 1024**3, "5 GiB"),
        (2**63 - 1, "8 EiB"),
        (10**30, "867361737988.4 EiB"),  # past the last unit, that unit grows
        (-2048, "-2 KiB"),
    ],
)
def test_byte_sizes_have_one_rule(count: int, shown: str) -> None:
    assert format_bytes(count) == shown


def test_byte_sizes_take_the_languages_decimal_mark_and_unit_names() -> None:
    assert format_bytes(3 * 1024**2 // 2, "fr") == "1,5 MiB"
    assert format_bytes(3 * 1024**2 // 2, "ar") == "1٫5 MiB"
    french = ("o", "Kio", "Mio", "Gio", "Tio", "Pio", "Eio")
    assert format_bytes(3 * 1024**2 // 2, "fr", french) == "1,5 Mio"
    assert format_bytes(12, "fr", french) == "12 o"
