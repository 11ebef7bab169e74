"""The validator never crashes: any single line removed or any value of the wrong type is just a problem.

Sanitising holds for arbitrary input: no script, event handler or dangerous URL survives.
"""

from __future__ import annotations

import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trainer_app.core.packs.markdown import render_guide
from trainer_app.core.packs.validate import validate_pack

VALID = Path(__file__).resolve().parents[1] / "fixtures" / "packs" / "valid"
TOML_FILES = sorted(p.relative_to(VALID).as_posix() for p in VALID.rglob("*.toml"))


def _lines(rel: str) -> list[int]:
    text = (VALID / rel).read_text()
    return [n for n, line in enumerate(text.splitlines()) if line.strip()]


@pytest.mark.parametrize("rel", TOML_FILES)
def test_removing_any_line_gives_problems_not_crashes(tmp_path: Path, rel: str) -> None:
    root = tmp_path / "pack"
    shutil.copytree(VALID, root)
    original = (VALID / rel).read_text().splitlines()
    for number in _lines(rel):
        (root / rel).write_text("\n".join(original[:number] + original[number + 1 :]) + "\n")
        report = validate_pack(root)
        assert all(p.file and p.message for p in report.problems)
    (root / rel).write_text("\n".join(original) + "\n")
    assert validate_pack(root).valid


@pytest.mark.parametrize("rel", TOML_FILES)
@pytest.mark.parametrize("wrong", ["42", "true", "[1, 2]", "{ a = 1 }", '"text"'])
def test_values_of_the_wrong_type_give_problems_not_crashes(tmp_path: Path, rel: str, wrong: str) -> None:
    root = tmp_path / "pack"
    shutil.copytree(VALID, root)
    original = (VALID / rel).read_text()
    for match in re.finditer(r"(?m)^(\w+) = .*$", original):
        changed = original[: match.start()] + f"{match.group(1)} = {wrong}" + original[match.end() :]
        (root / rel).write_text(changed)
        validate_pack(root)


SNIPPETS = st.sampled_from(
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        '<a href="javascript:alert(1)">x</a>',
        "[x](javascript:alert(1))",
        "<iframe src=//evil>",
        "<svg onload=alert(1)>",
        "<div>",
        "</div>",
        "> ",
        "- ",
        "    ",
        "\n",
        "`",
        "```",
        "<",
        ">",
        '"',
        "'",
        "=",
        "onmouseover=alert(1)",
        "![i](http://e/x.png)",
        "<a href='file:///etc/passwd'>f</a>",
        "<object data=x>",
        "<style>",
        "<math>",
        "&#x6A;avascript:",
        "text",
        "# h",
        "| a | b |",
        "!!! note",
        "<p style='x:url(http://e)'>",
    ]
)


class _Tags(HTMLParser):
    """Every real tag with its attributes (text that merely looks like HTML is not a tag)."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(SNIPPETS, max_size=40))
def test_sanitised_html_never_carries_active_content(parts: list[str]) -> None:
    parser = _Tags()
    parser.feed(render_guide("# T\n\n" + "".join(parts), "content/guides/a.md").html)
    for tag, attrs in parser.tags:
        assert tag not in {"script", "iframe", "svg", "object", "embed", "style", "math"}
        assert not any(name.startswith("on") or name == "style" for name in attrs)
        for name in ("href", "src"):
            url = (attrs.get(name) or "").strip().lower()
            assert not url.startswith(("javascript:", "file:", "data:", "vbscript:", "//"))
        if tag == "img":
            assert not (attrs.get("src") or "").startswith(("http:", "https:"))
