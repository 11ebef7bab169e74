"""The nesting pre-check of pack TOML files: scanning only the lines that hold a bracket or brace finds the same
line as scanning every character, when no multi-line string can hide brackets across lines."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from trainer_app.core.packs.depth import _scan, too_deep_line

PIECES = [
    "[",
    "]",
    "{",
    "}",
    '"',
    "'",
    "#",
    "\n",
    "\r\n",
    " ",
    "a = ",
    '"[["',
    "'{'",
    "# [[",
    "[[t]]\n",
    "[t]\n",
    "[[t]\n",
    "[t]]\n",
    "  [ t.u ]\r\n",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=120), st.integers(min_value=1, max_value=6))
def test_scanning_bracket_lines_only_finds_the_line_a_full_scan_finds(pieces: list[str], limit: int) -> None:
    text = "".join(pieces)
    if '"""' in text or "'''" in text:
        text = text.replace('"""', '" "').replace("'''", "' '")
    assert too_deep_line(text, limit) == _scan(text, limit, 0, 0, len(text))[0]


def test_nesting_across_lines_is_found_on_the_line_it_goes_too_deep() -> None:
    text = 'id = "x"\n# not [ counted\nnested = [\n' + "  [\n" * 70 + "  1\n" + "]\n" * 71
    assert too_deep_line(text) == 3 + 64
    assert too_deep_line('note = "' + "[" * 500 + '"\n' + "# " + "{" * 500 + "\n") is None
