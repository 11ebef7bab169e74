"""One rule for showing scores and percentages everywhere (screens, reports, certificates).

The rule: round half-up to one decimal; a whole result shows no decimals ("80", "87.5"); the decimal mark is the
language's ("87,5" in French, "87٫5" in Arabic) when a language is given.
"""

from __future__ import annotations

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


def format_percent(value: float, language: str | None = None) -> str:
    """A score with its percent sign, spaced as the certificates and screens show it: "87.5 %"."""
    return f"{format_score(value, language)} %"


THOUSANDS_MARKS = {"fr": "\u202f", "es": ".", "ar": "٬"}


def format_count(value: int, language: str | None = None) -> str:
    """A count with the language's thousands separator: "12,345", "12 345" (French), "12.345" (Spanish)."""
    mark = THOUSANDS_MARKS.get((language or "").split("-")[0].lower(), ",")
    return f"{value:,}".replace(",", mark)
