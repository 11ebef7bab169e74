"""A TOML table with typed getters that report a problem (at the key's line) instead of raising."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from trainer_app.core.packs.problems import Problems, id_message, is_valid_id
from trainer_app.core.packs.safepaths import file_problem
from trainer_app.core.packs.tomlfile import TomlDoc

_MISSING = object()


class Table:
    """`line` is the table's header line (None with `top_level` for the file's top-level keys)."""

    def __init__(
        self,
        doc: TomlDoc,
        data: Any,
        problems: Problems,
        what: str,
        line: int | None = None,
        top_level: bool = False,
    ) -> None:
        self.doc = doc
        self.problems = problems
        self.what = what
        self.line = line
        self.top_level = top_level
        self.data: dict[str, Any] = data if isinstance(data, dict) else {}
        if not isinstance(data, dict):
            self.report(f"{what} must be a table")

    def key_line(self, key: str) -> int | None:
        if self.line is None and not self.top_level:
            return None
        found = self.doc.key_line(key, self.line)
        if found is None and self.top_level:
            found = self.doc.header_line(key)
        return found or self.line

    def report(self, message: str, key: str | None = None) -> None:
        line = self.key_line(key) if key else self.line
        self.problems.add(self.doc.rel, line, message)

    def has(self, key: str) -> bool:
        return key in self.data

    def _get(self, key: str, required: bool) -> Any:
        if key not in self.data:
            if required:
                self.report(f"{self.what}: missing required key '{key}'")
            return _MISSING
        return self.data[key]

    def text(self, key: str, required: bool = False, default: str = "") -> str:
        value = self._get(key, required)
        if value is _MISSING:
            return default
        if not isinstance(value, str):
            self.report(f"{self.what}: '{key}' must be a string", key)
            return default
        if required and not value.strip():
            self.report(f"{self.what}: '{key}' must not be empty", key)
        return value

    def ident(self, key: str = "id", what: str | None = None) -> str:
        value = self.text(key, required=True)
        if value and not is_valid_id(value):
            self.report(id_message(what or self.what, value), key)
        return value

    def boolean(self, key: str, default: bool) -> bool:
        value = self._get(key, False)
        if value is _MISSING:
            return default
        if not isinstance(value, bool):
            self.report(f"{self.what}: '{key}' must be true or false", key)
            return default
        return value

    def integer(self, key: str, default: int | None, minimum: int = 0) -> int | None:
        value = self._get(key, False)
        if value is _MISSING:
            return default
        if isinstance(value, bool) or not isinstance(value, int):
            self.report(f"{self.what}: '{key}' must be a whole number", key)
            return default
        if value < minimum:
            self.report(f"{self.what}: '{key}' must be at least {minimum} (got {value})", key)
        return value

    def number(self, key: str, default: float | None, minimum: float = 0.0) -> float | None:
        value = self._get(key, False)
        if value is _MISSING:
            return default
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.report(f"{self.what}: '{key}' must be a number", key)
            return default
        if value < minimum:
            self.report(f"{self.what}: '{key}' must be at least {minimum:g} (got {value})", key)
        return float(value)

    def fraction(self, key: str, default: float) -> float:
        value = self.number(key, default, minimum=float("-inf"))
        if value is None or not 0.0 <= value <= 1.0:
            self.report(f"{self.what}: '{key}' must be between 0 and 1 (got {value})", key)
            return default
        return value

    def strings(self, key: str, required: bool = False) -> tuple[str, ...]:
        value = self._get(key, required)
        if value is _MISSING:
            return ()
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            self.report(f"{self.what}: '{key}' must be a list of strings", key)
            return ()
        return tuple(value)

    def tables(self, key: str, required: bool = False) -> list[Any]:
        value = self._get(key, required)
        if value is _MISSING:
            return []
        if not isinstance(value, list):
            self.report(f"{self.what}: '{key}' must be an array of tables", key)
            return []
        return value

    def mapping(self, key: str) -> dict[str, Any]:
        value = self._get(key, False)
        if value is _MISSING:
            return {}
        if not isinstance(value, dict):
            self.report(f"{self.what}: '{key}' must be a table", key)
            return {}
        return value

    def file(self, key: str, root: Path, required: bool = True) -> str | None:
        """A pack-relative file that must be safe and exist; None (reported) when it is not."""
        value = self.text(key, required=required)
        return self.check_file(key, value, root) if value else None

    def check_file(self, key: str, value: str, root: Path) -> str | None:
        reason = file_problem(root, value)
        if reason:
            self.report(f"{self.what}: {reason}", key)
            return None
        return value

    def unknown_keys(self, allowed: set[str]) -> None:
        for key in self.data:
            if key not in allowed:
                known = ", ".join(sorted(allowed))
                self.report(f"{self.what}: unknown key '{key}' (known keys: {known})", key)
