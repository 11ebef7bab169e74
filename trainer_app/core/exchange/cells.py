"""Spreadsheet cells from stored text: a value that a spreadsheet would run as a formula is neutralised.

A learner may really be called "-Ana", so names are stored as typed; only exports change them. Following
OWASP's advice on CSV injection, text starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a
leading apostrophe in CSV. XLSX cells are typed, so there the text stays as it is, written as a string cell
(never a formula) with the quote-prefix flag that keeps Excel from re-reading it as one when edited.
"""

from __future__ import annotations

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def starts_formula(text: str) -> bool:
    return text.startswith(FORMULA_TRIGGERS)


def neutralise(text: str) -> str:
    """The text as a CSV cell that no spreadsheet evaluates."""
    return "'" + text if text.startswith(FORMULA_TRIGGERS) else text
