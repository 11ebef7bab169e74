"""Guide markup that would freeze the reader is refused or bounded before it reaches Qt: nested tables (whose
layout time grows exponentially with depth), nested notes (rendered as tables) and enormous cell spans."""

from __future__ import annotations

import re

import pytest

from trainer_app.core.common.errors import TrainerError
from trainer_app.core.packs.markdown import render_guide
from trainer_app.core.packs.nesting import MAX_TABLE_DEPTH, check_renderable


def nested_tables(depth: int, closed: bool = True) -> str:
    return "# Tables\n\n" + "<table><tr><td>x" * depth + ("</td></tr></table>" * depth if closed else "")


@pytest.mark.parametrize("closed", [True, False])
def test_tables_nested_too_deep_are_refused_before_rendering(closed: bool) -> None:
    with pytest.raises(TrainerError, match="nests tables"):
        check_renderable(nested_tables(20, closed))
    with pytest.raises(TrainerError, match="nests tables"):
        render_guide(nested_tables(20, closed), "content/guides/t.md")


def test_a_few_nested_tables_are_fine() -> None:
    check_renderable(nested_tables(3))
    assert render_guide(nested_tables(3), "content/guides/t.md").html.count("<table") == 3


def test_notes_nested_deep_count_as_tables() -> None:
    lines = [
        " " * (4 * level) + "!!! note" + "\n" + " " * (4 * level + 4) + f"Level {level}"
        for level in range(12)
    ]
    text = "# Notes\n\n" + "\n\n".join(lines) + "\n"
    check_renderable(text)  # the raw text holds no tables...
    with pytest.raises(TrainerError, match="nests tables"):  # ...the rendered page does
        render_guide(text, "content/guides/n.md")
    assert MAX_TABLE_DEPTH < 12


def test_table_markup_inside_code_does_not_count() -> None:
    fenced = "# Code\n\n```html\n" + "<table>" * 50 + "\n```\n\nand `" + "<table>" * 50 + "`\n"
    check_renderable(fenced)


def test_huge_cell_spans_are_capped() -> None:
    html = render_guide('<table><tr><td colspan="100000" rowspan="9999999">x</td></tr></table>', "g.md").html
    spans = [int(v) for v in re.findall(r'(?:col|row)span="(\d+)"', html)]
    assert spans
    assert max(spans) <= 64
    html = render_guide('<table><tr><td colspan="-5" rowspan="x">x</td></tr></table>', "g.md").html
    assert "span" not in html
