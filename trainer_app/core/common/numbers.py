"""One rule for showing scores and percentages everywhere (screens, reports, certificates).

The rule: round half-up to one decimal; a whole result shows no decimals ("80", "87.5"); the decimal mark is the
language's ("87,5" in French, "87٫5" in Arabic) when a language is given. A value that does not exist (a quiz
nobody took has no pass rate) shows as an em dash, never as 0. Byte sizes follow the same rule in binary units.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

DECIMAL_MARKS = {"fr": ",", "es": ",", "ar": "٫"}


def format_score(value: float, language: str | None = None) -> str:
    """`value` on a 0–100 scale as people read it: "80", "87.5", "66.7"; never "80.0" or "66.66667"."""
    rounded = Decimal(repr(float(value))).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    whole = rounded.to_integral_value()
    text = f"{whole:f}" if rounded == whole else f"{rounded:f}"
    text = "0" if text == "-0" else text
    mark = DECIMAL_MARKS.get((language or "").split("-")[0].lower(), ".")
    return text.replace(".", mark)


NO_VALUE = "—"  # em dash: shown where a number does not exist; exports leave the cell empty instead


def format_optional_score(value: float | None, language: str | None = None) -> str:
    """`format_score`, or an em dash when there is no value (nothing to measure yet)."""
    return NO_VALUE if value is None else format_score(value, language)


def format_percent(value: float, language: str | None = None) -> str:
    """A score with its percent sign, spaced as the certificates and screens show it: "87.5 %"."""
    return f"{format_score(value, language)} %"


THOUSANDS_MARKS = {"fr": "\u202f", "es": ".", "ar": "٬"}


def format_count(value: int, language: str | None = None) -> str:
    """A count with the language's thousands separator: "12,345", "12 345" (French), "12.345" (Spanish)."""
    mark = THOUSANDS_MARKS.get((language or "").split("-")[0].lower(), ",")
    return f"{value:,}".replace(",", mark)


BYTE_UNITS = ("B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB")  # English; the window passes translated names
_KIB = 1024


def format_bytes(count: int, language: str | None = None, units: Sequence[str] = BYTE_UNITS) -> str:
    """A size as people read it, in binary units: "0 B", "1023 B", "1 KiB", "1.5 MiB" ("1,5 Mio" with French
    units). Below 1 KiB the exact count; above, one decimal by `format_score`'s rule, in the largest unit that
    keeps the number under 1024 after rounding (so never "1024 KiB"); past the last unit, that unit grows."""
    if count < 0:
        return "-" + format_bytes(-count, language, units)
    if count < _KIB:
        return f"{count} {units[0]}"
    index, scaled = 1, Decimal(count) / _KIB
    while index < len(units) - 1 and _rounded(scaled) >= _KIB:
        index, scaled = index + 1, scaled / _KIB
    return f"{format_score(float(_rounded(scaled)), language)} {units[index]}"


def _rounded(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
