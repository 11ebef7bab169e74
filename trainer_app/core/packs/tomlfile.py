"""TOML files read for validation: the parsed data plus the text, so problems point at the right line.

The k-th `[[name]]` header in a file is the k-th entry of that array of tables (TOML keeps order), so a
table's keys are found between its header and the next one; `id = "..."` scanning is the fallback.
"""

from __future__ import annotations

import bisect
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from trainer_app.core.packs.depth import too_deep_line
from trainer_app.core.packs.problems import Problems
from trainer_app.core.packs.safepaths import link_leaves

_HEADER_RE = re.compile(r"""^\s*\[(\[?)\s*([A-Za-z0-9_.\-"' ]+?)\s*\]\]?\s*(#.*)?$""")
MAX_TOML_BYTES = 5 * 1024 * 1024
_SYNTAX_AT_RE = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_SYNTAX_EOD_RE = re.compile(r"\s*\(at end of document\)\s*$")


@dataclass
class TomlDoc:
    """One TOML file: `rel` (pack-relative path), its data and the header lines found in its text."""

    rel: str
    text: str
    data: dict[str, Any]
    lines: list[str] = field(default_factory=list)
    headers: list[tuple[int, str, bool]] = field(default_factory=list)  # (line, name, is_array)
    # Indexes over `headers`, so that locating each of 30,000 tables stays linear overall, not quadratic.
    _header_lines: list[int] = field(default_factory=list)
    _arrays: dict[str, list[int]] = field(default_factory=dict)
    _first: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.lines = self.text.splitlines()
        self.headers = _scan_headers(self.lines)
        self._header_lines = [line for line, _, _ in self.headers]
        for line, header, is_array in self.headers:
            self._first.setdefault(header, line)
            if is_array:
                self._arrays.setdefault(header, []).append(line)

    def _next_header(self, line: int) -> int:
        """The first header line after `line`, or one past the last line."""
        position = bisect.bisect_right(self._header_lines, line)
        return self._header_lines[position] if position < len(self._header_lines) else len(self.lines) + 1

    def table_line(self, name: str, index: int) -> int | None:
        """The line of the index-th `[[name]]` header (0-based), or None (inline tables, dotted keys)."""
        found = self._arrays.get(name, [])
        return found[index] if 0 <= index < len(found) else None

    def header_line(self, name: str) -> int | None:
        return self._first.get(name)

    def key_line(self, key: str, start: int | None = None) -> int | None:
        """The line of `key = ...` among the keys of the table whose header is at `start` (None: top level)."""
        first = (start or 0) + 1
        end = self._next_header(first - 1)
        pattern = re.compile(rf"""^\s*(?:{re.escape(key)}|"{re.escape(key)}")\s*=""")
        for number in range(first, end):
            if pattern.match(self.lines[number - 1]):
                return number
        return None

    def value_line(self, key: str, value: str, occurrence: int = 0) -> int | None:
        """The line of the occurrence-th `key = "value"` anywhere in the file."""
        pattern = re.compile(rf"""(?:^|[{{,\s]){re.escape(key)}\s*=\s*["']{re.escape(value)}["']""")
        hits = [n for n, text in enumerate(self.lines, start=1) if pattern.search(text)]
        return hits[occurrence] if 0 <= occurrence < len(hits) else None

    def string_line(self, value: str, start: int | None = None) -> int | None:
        """The first line from `start` (a header or key line) up to the next header that quotes `value`."""
        first = start or 1
        end = self._next_header(first)
        needles = (f'"{value}"', f"'{value}'")
        for number in range(first, end):
            if any(needle in self.lines[number - 1] for needle in needles):
                return number
        return start

    def locate(self, name: str, index: int, key_value: str | None) -> int | None:
        """The line of a table entry: its header, else the line of its `id = "..."`."""
        line = self.table_line(name, index)
        if line is None and key_value:
            line = self.value_line("id", key_value)
        return line


def _scan_headers(lines: list[str]) -> list[tuple[int, str, bool]]:
    headers: list[tuple[int, str, bool]] = []
    in_string: str | None = None
    for number, text in enumerate(lines, start=1):
        if in_string is None:
            match = _HEADER_RE.match(text)
            if match:
                name = re.sub(r"""\s*\.\s*""", ".", match.group(2)).replace('"', "").replace("'", "")
                headers.append((number, name, bool(match.group(1))))
                continue
        for quote in ('"""', "'''"):
            if in_string in (None, quote) and text.count(quote) % 2 == 1:
                in_string = quote if in_string is None else None
    return headers


def read_toml(root: Path, rel: str, problems: Problems) -> TomlDoc | None:
    """Read and parse a pack file; report a missing file, bad UTF-8 or a TOML syntax error with its line."""
    path = root / rel
    if link_leaves(root, rel):
        problems.add(rel, None, "pack.problem.link_leaves", path=rel)
        return None
    if (
        path.is_symlink()
    ):  # the pack's structure (manifest, gates, tracks, banks) is never a link, even inside
        problems.add(rel, None, "pack.problem.toml_link", path=rel)
        return None
    try:
        if path.stat().st_size > MAX_TOML_BYTES:
            problems.add(rel, None, "pack.problem.file_too_large", max_mb=MAX_TOML_BYTES // 1048576)
            return None
        raw = path.read_bytes()
    except FileNotFoundError:
        problems.add(rel, None, "pack.problem.file_missing")
        return None
    except OSError as error:
        problems.add(rel, None, "pack.problem.cannot_read", detail=error.strerror or str(error))
        return None
    return parse_toml_bytes(rel, raw, problems)


def parse_toml_bytes(rel: str, raw: bytes, problems: Problems) -> TomlDoc | None:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        problems.add(rel, line, "pack.problem.not_utf8")
        return None
    deep = too_deep_line(text)
    if deep is not None:
        problems.add(rel, deep, "pack.problem.too_deep")
        return None
    try:
        data = tomllib.loads(text)
    except RecursionError:  # the scan above should prevent it; never let it reach the user
        problems.add(rel, None, "pack.problem.too_deep")
        return None
    except tomllib.TOMLDecodeError as error:
        error_line, code, params = _syntax_error(str(error), text)
        problems.add(rel, error_line, code, **params)
        return None
    return TomlDoc(rel, text, data)


def _syntax_error(message: str, text: str) -> tuple[int | None, str, dict[str, Any]]:
    """Line, code and params of a tomllib message (its own words, in English, are the `detail`)."""
    match = _SYNTAX_AT_RE.search(message)
    if match:
        detail, column = message[: match.start()], int(match.group(2))
        return int(match.group(1)), "pack.problem.toml_syntax_column", {"detail": detail, "column": column}
    match = _SYNTAX_EOD_RE.search(message)
    if match:
        lines = max(1, len(text.splitlines()))
        return lines, "pack.problem.toml_syntax_end", {"detail": message[: match.start()]}
    return None, "pack.problem.toml_syntax", {"detail": message}
