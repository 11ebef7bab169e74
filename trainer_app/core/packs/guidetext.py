"""Reading guide markdown without rendering it: headings with their toc anchors, sections, plain text.

Anchors follow python-markdown's `toc` extension (same slugify, `_1` suffixes for repeats), so quiz
sources and links can be checked quickly; a test compares them with the renderer's ids.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass

from markdown.extensions.toc import slugify, unique

_ATX_RE = re.compile(r"^(#{1,6})(.*?)#*\s*$")
_SETEXT_RE = re.compile(r"^(=+|-+)\s*$")
_FENCE_RE = re.compile(r"^(`{3,}|~{3,})")
_IMAGE_RE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK_RE = re.compile(r"\[([^\]]*)\](?:\([^)]*\)|\[[^\]]*\])")
_TAG_RE = re.compile(r"<[^>]*>")
_EMPHASIS_RE = re.compile(r"(?<!\w)[*_]+(?=\S)|(?<=\S)[*_]+(?!\w)")
_ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")


@dataclass(frozen=True)
class Heading:
    level: int
    anchor: str
    title: str
    line: int


@dataclass(frozen=True)
class Section:
    """A heading and the markdown below it up to the next heading (the part before any heading: level 0)."""

    heading: Heading
    body: str


def inline_text(markdown_text: str) -> str:
    """Inline markdown reduced to the text a reader sees (links keep their text, images their nothing)."""
    text = _IMAGE_RE.sub("", markdown_text)
    text = _LINK_RE.sub(r"\1", text)
    text = _TAG_RE.sub("", text)
    text = _EMPHASIS_RE.sub("", text).replace("`", "")
    text = _ESCAPE_RE.sub(r"\1", text)
    return html.unescape(text).strip()


def iter_lines_outside_code(text: str) -> Iterator[tuple[int, str]]:
    """(line number, line) for every line not inside a fenced code block."""
    fence = ""
    for number, line in enumerate(text.splitlines(), start=1):
        match = _FENCE_RE.match(line)
        if fence:
            if _closes(match, fence, line):
                fence = ""
            continue
        if match:
            fence = match.group(1)
            continue
        yield number, line


def _closes(match: re.Match[str] | None, fence: str, line: str) -> bool:
    if not match or match.group(1)[0] != fence[0] or len(match.group(1)) < len(fence):
        return False
    return not line[len(match.group(1)) :].strip()


def headings(text: str) -> list[Heading]:
    """Every ATX (`## x`) and setext heading outside code, with the anchor python-markdown gives it."""
    found: list[Heading] = []
    used: set[str] = set()
    previous: tuple[int, str] | None = None
    for number, line in iter_lines_outside_code(text):
        atx = _ATX_RE.match(line)
        setext = _SETEXT_RE.match(line)
        if atx:
            found.append(_heading(len(atx.group(1)), atx.group(2), number, used))
        elif setext and previous and _is_setext_title(previous, number):
            found.append(_heading(1 if line.startswith("=") else 2, previous[1], number - 1, used))
        previous = (number, line)
    return found


def _is_setext_title(previous: tuple[int, str], number: int) -> bool:
    line_number, text = previous
    if line_number != number - 1 or not text.strip() or _ATX_RE.match(text):
        return False
    return not text.startswith((" " * 4, "\t"))


def _heading(level: int, raw: str, line: int, used: set[str]) -> Heading:
    title = inline_text(raw)
    return Heading(level, unique(slugify(title, "-"), used), title, line)


def anchors(text: str) -> set[str]:
    return {heading.anchor for heading in headings(text)}


def sections(text: str, max_level: int = 3) -> list[Section]:
    """The text split at headings of level 1..max_level; deeper headings stay inside their section."""
    lines = text.splitlines()
    cuts = [h for h in headings(text) if h.level <= max_level]
    result: list[Section] = []
    start_line = 1
    current = Heading(0, "", "", 0)
    for heading in cuts:
        body = "\n".join(lines[start_line - 1 : heading.line - 1])
        if current.level or body.strip():
            result.append(Section(current, body))
        current = heading
        start_line = heading.line + (2 if _is_setext(lines, heading.line) else 1)
    result.append(Section(current, "\n".join(lines[start_line - 1 :])))
    return [section for section in result if section.heading.level or section.body.strip()]


def _is_setext(lines: list[str], line: int) -> bool:
    return line < len(lines) and bool(_SETEXT_RE.match(lines[line])) and not _ATX_RE.match(lines[line - 1])


def plain_text(markdown_text: str) -> str:
    """Markdown reduced to searchable text: no markup, code kept, tables and admonitions flattened."""
    out: list[str] = []
    for line in markdown_text.splitlines():
        stripped = line.strip()
        if _FENCE_RE.match(stripped) or re.fullmatch(r"[|:\-\s]+", stripped or "x"):
            continue
        stripped = re.sub(r'^!!!\s*\w+\s*(?:"([^"]*)")?', r"\1", stripped)
        stripped = re.sub(r"^(?:#{1,6}|>+|[-*+]|\d+[.)])\s+", "", stripped)
        stripped = inline_text(stripped.replace("|", " "))
        if stripped:
            out.append(re.sub(r"\s+", " ", stripped))
    return "\n".join(out)
