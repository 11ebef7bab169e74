"""How deeply a TOML text nests arrays and inline tables, found in one linear pass before it is parsed.

`tomllib` parses nested values recursively: a few thousand `[` raise RecursionError deep in the parser.
Scanning first turns that into a `FILE:LINE: too deeply nested` problem. Brackets inside strings and
comments do not count; table headers (`[[x]]`) open and close on their own line and stay shallow.
"""

from __future__ import annotations

import re

MAX_TOML_DEPTH = 64

_SIGNIFICANT = re.compile(r"""[\[\]{}"'#\n]""")
_BASIC_STRING = re.compile(r'"(?:[^"\\\n]|\\.)*')
_BRACKET_LINE = re.compile(r"^[^\n]*[\[\]{}][^\n]*", re.MULTILINE)
_HEADER_LINE = re.compile(r"[ \t]*(?:\[\[[\w.\- \t]+\]\]|\[[\w.\- \t]+\])[ \t]*\r?$")


def too_deep_line(text: str, limit: int = MAX_TOML_DEPTH) -> int | None:
    """The 1-based line where nesting first goes past `limit`, or None when it never does."""
    if '"""' in text or "'''" in text:
        return _scan(text, limit, 0, 0, len(text))[0]
    # Without multi-line strings every string and comment ends on its own line, so only the lines holding a
    # bracket or brace can change the depth: scan those alone (most lines of a large pack hold neither).
    depth = 0
    for match in _BRACKET_LINE.finditer(text):
        if depth + 2 <= limit and _HEADER_LINE.match(match.group()):
            continue  # a table header such as [[modules.activities]] closes what it opens
        deep, depth = _scan(text, limit, depth, match.start(), match.end())
        if deep is not None:
            return text.count("\n", 0, match.start()) + 1
    return None


def _scan(text: str, limit: int, depth: int, position: int, stop: int) -> tuple[int | None, int]:
    """Scan `text[position:stop]` from `depth`: (the line, counted from the scan's start, where nesting first
    goes past `limit`, or None; the depth at the end)."""
    line = 1
    while (match := _SIGNIFICANT.search(text, position, stop)) is not None:
        char, start = match.group(), match.start()
        position = start + 1
        if char == "\n":
            line += 1
        elif char == "#":
            end = text.find("\n", start, stop)
            position = stop if end < 0 else end
        elif char in "\"'":
            position = min(_string_end(text, start, char), stop)
            line += text.count("\n", start, position)
        elif char in "[{":
            depth += 1
            if depth > limit:
                return line, depth
        else:
            depth = max(0, depth - 1)
    return None, depth


def _string_end(text: str, start: int, quote: str) -> int:
    """The position just after the string opening at `start` (or at its line end when it is unterminated)."""
    triple = quote * 3
    if text.startswith(triple, start):
        end = text.find(triple, start + 3)
        return len(text) if end < 0 else end + 3
    if quote == "'":
        ends = [i for i in (text.find("'", start + 1), text.find("\n", start + 1)) if i >= 0]
        return min(ends) + 1 if ends else len(text)
    match = _BASIC_STRING.match(text, start)
    end = match.end() if match else start + 1
    return end + 1 if text.startswith('"', end) else end
