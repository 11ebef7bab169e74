"""Refuse guide pages too large or too deeply nested to render quickly, before rendering them.

The check is a single pass over the text: raw HTML tags are counted open/close (tag-level tokenizer),
and markdown nesting (block quotes, list markers, indentation) is counted per line.
"""

from __future__ import annotations

import re

from trainer_app.core.common.errors import TrainerError

MAX_MARKDOWN_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 200
# Qt lays nested tables out in time exponential in their depth: 10 levels take 0.04 s, 15 take 2.5 s, 20 take
# 80 s, with the window frozen. Admonitions are one-cell tables, so a table in a note is already two deep.
MAX_TABLE_DEPTH = 8
MAX_SPAN = 64  # colspan/rowspan: a cell spanning 100,000 columns takes Qt seconds to lay out

_TABLE_RE = re.compile(r"<(/?)table(?=[\s/>])", re.IGNORECASE)
_TAG_RE = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]*?)?(/?)>")
_PREFIX_RE = re.compile(r"(?:>|[-*+](?=\s)|\d{1,9}[.)](?=\s))[ \t]*")
_CODE_SPAN_RE = re.compile(r"`[^`\n]*`")
_FENCE_RE = re.compile(r"^(`{3,}|~{3,})")
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
)
# An element with an optional end tag is closed by a following sibling: <li> closes an open <li>.
_CLOSED_BY = {
    "p": {"p"},
    "li": {"li"},
    "dt": {"dt", "dd"},
    "dd": {"dt", "dd"},
    "td": {"td", "th"},
    "th": {"td", "th"},
    "tr": {"tr", "td", "th"},
    "thead": {"thead", "tbody", "tfoot", "tr", "td", "th"},
    "tbody": {"thead", "tbody", "tfoot", "tr", "td", "th"},
    "tfoot": {"thead", "tbody", "tfoot", "tr", "td", "th"},
    "option": {"option"},
}


def check_renderable(text: str, max_depth: int = MAX_DEPTH, max_bytes: int = MAX_MARKDOWN_BYTES) -> None:
    """Raise TrainerError when the markdown is over `max_bytes` or would nest deeper than `max_depth`."""
    size = len(text.encode("utf-8")) if len(text) * 4 > max_bytes else len(text)
    if size > max_bytes:
        raise TrainerError("pack.page_too_large_show", size=size / 1048576, max_bytes=max_bytes / 1048576)
    if table_depth_of(_CODE_SPAN_RE.sub("", _without_fences(text))) > MAX_TABLE_DEPTH:
        raise too_many_tables()
    depth = markdown_depth(text, max_depth)
    if depth > max_depth:
        raise TrainerError("pack.page_nested_too_deeply", max_depth=max_depth)


def too_many_tables() -> TrainerError:
    return TrainerError("guide.too_many_tables", depth=MAX_TABLE_DEPTH)


def table_depth_of(html: str, limit: int = MAX_TABLE_DEPTH) -> int:
    """How deeply `<table>` elements nest in an HTML text (unclosed ones stay open); stops past `limit`."""
    depth = deepest = 0
    for match in _TABLE_RE.finditer(html):
        if match.group(1):
            depth = max(0, depth - 1)
            continue
        depth += 1
        deepest = max(deepest, depth)
        if deepest > limit:
            break
    return deepest


def markdown_depth(text: str, limit: int = MAX_DEPTH) -> int:
    """An upper estimate of the element depth the markdown renders to; stops counting past `limit`."""
    body = _without_fences(text)
    html_depth = html_depth_of(_CODE_SPAN_RE.sub("", body), limit)
    if html_depth > limit:
        return html_depth
    block_depth = 0
    for line in body.splitlines():
        block_depth = max(block_depth, _line_depth(line, limit))
        if block_depth + html_depth > limit:
            break
    return block_depth + html_depth


def html_depth_of(html: str, limit: int = MAX_DEPTH) -> int:
    """Deepest element nesting of an HTML text, from its tags alone; stops counting past `limit`."""
    stack: list[str] = []
    deepest = 0
    for match in _TAG_RE.finditer(html):
        name = match.group(2).lower()
        if name in _VOID or match.group(3):
            continue
        if match.group(1):
            if name in stack:
                while stack.pop() != name:
                    pass
            continue
        closes = _CLOSED_BY.get(name, ())
        while stack and stack[-1] in closes:
            stack.pop()
        stack.append(name)
        deepest = max(deepest, len(stack))
        if deepest > limit:
            break
    return deepest


def _line_depth(line: str, limit: int) -> int:
    expanded = line.expandtabs(4)
    body = expanded.lstrip(" ")
    depth = 2 * ((len(expanded) - len(body)) // 4)
    position = 0
    while depth <= limit:
        match = _PREFIX_RE.match(body, position)
        if not match or match.end() == position:
            break
        depth += 1 if body[position] == ">" else 2
        position = match.end()
    return depth


def _without_fences(text: str) -> str:
    """The text without fenced code blocks (their `<tags>` are shown, not nested), in one linear pass."""
    if "```" not in text and "~~~" not in text:
        return text
    kept: list[str] = []
    fence = ""
    for line in text.splitlines():
        match = _FENCE_RE.match(line)
        if fence:
            if match and match.group(1)[0] == fence[0] and len(match.group(1)) >= len(fence):
                fence = "" if not line[len(match.group(1)) :].strip() else fence
        elif match:
            fence = match.group(1)
        else:
            kept.append(line)
    return "\n".join(kept)
