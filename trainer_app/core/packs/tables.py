"""A TOML table with typed getters that report a problem (at the key's line) instead of raising."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from trainer_app.core.common.error_catalog import CATALOG
from trainer_app.core.common.errors import placeholders
from trainer_app.core.packs.problems import Problems, Subject, is_valid_id
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
        what: Subject,
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
            self.report("pack.problem.must_be_table")

    def key_line(self, key: str) -> int | None:
        if self.line is None and not self.top_level:
            return None
        found = self.doc.key_line(key, self.line)
        if found is None and self.top_level:
            found = self.doc.header_line(key)
        return found or self.line

    def report(self, code: str, at: str | None = None, /, **params: Any) -> None:
        """Report `code` at the line of key `at` (the table's line without one); a template naming
        {what} gets this table's subject unless the caller gives another."""
        line = self.key_line(at) if at else self.line
        if "what" not in params and "what" in placeholders(CATALOG.get(code, "")):
            params["what"] = self.what
        self.problems.add(self.doc.rel, line, code, **params)

    def has(self, key: str) -> bool:
        return key in self.data

    def _get(self, key: str, required: bool) -> Any:
        if key not in self.data:
            if required:
                self.report("pack.problem.missing_key", key=key)
            return _MISSING
        return self.data[key]

    def text(self, key: str, required: bool = False, default: str = "") -> str:
        value = self._get(key, required)
        if value is _MISSING:
            return default
        if not isinstance(value, str):
            self.report("pack.problem.not_string", key, key=key)
            return default
        if required and not value.strip():
            self.report("pack.problem.empty", key, key=key)
        return value

    def ident(self, key: str = "id", what: str | None = None) -> str:
        """The entry's id; `what` is the PACK_SUBJECTS kind named in the message when it is not valid."""
        value = self.text(key, required=True)
        if value and not is_valid_id(value):
            self.report("pack.problem.bad_id", key, what=Subject(what or self.what.kind), value=value)
        return value

    def boolean(self, key: str, default: bool) -> bool:
        value = self._get(key, False)
        if value is _MISSING:
            return default
        if not isinstance(value, bool):
            self.report("pack.problem.not_boolean", key, key=key)
            return default
        return value

    def integer(self, key: str, default: int | None, minimum: int = 0) -> int | None:
        value = self._get(key, False)
        if value is _MISSING:
            return default
        if isinstance(value, bool) or not isinstance(value, int):
            self.report("pack.problem.not_whole_number", key, key=key)
            return default
        if value < minimum:
            self.report("pack.problem.too_small", key, key=key, minimum=minimum, value=value)
        return value

    def number(self, key: str, default: float | None, minimum: float = 0.0) -> float | None:
        value = self._get(key, False)
        if value is _MISSING:
            return default
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.report("pack.problem.not_number", key, key=key)
            return default
        if value < minimum:
            self.report("pack.problem.too_small", key, key=key, minimum=minimum, value=value)
        return float(value)

    def fraction(self, key: str, default: float) -> float:
        value = self.number(key, default, minimum=float("-inf"))
        if value is None or not 0.0 <= value <= 1.0:
            self.report("pack.problem.not_fraction", key, key=key, value=value)
            return default
        return value

    def strings(self, key: str, required: bool = False) -> tuple[str, ...]:
        value = self._get(key, required)
        if value is _MISSING:
            return ()
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            self.report("pack.problem.not_strings", key, key=key)
            return ()
        return tuple(value)

    def tables(self, key: str, required: bool = False) -> list[Any]:
        value = self._get(key, required)
        if value is _MISSING:
            return []
        if not isinstance(value, list):
            self.report("pack.problem.not_tables", key, key=key)
            return []
        return value

    def mapping(self, key: str) -> dict[str, Any]:
        value = self._get(key, False)
        if value is _MISSING:
            return {}
        if not isinstance(value, dict):
            self.report("pack.problem.key_not_table", key, key=key)
            return {}
        return value

    def file(self, key: str, root: Path, required: bool = True) -> str | None:
        """A pack-relative file that must be safe and exist; None (reported) when it is not."""
        value = self.text(key, required=required)
        return self.check_file(key, value, root) if value else None

    def check_file(self, key: str, value: str, root: Path) -> str | None:
        reason = file_problem(root, value)
        if reason:
            self.report("pack.problem.subject_reason", key, reason=reason)
            return None
        return value

    def unknown_keys(self, allowed: set[str]) -> None:
        for key in self.data:
            if key not in allowed:
                known = ", ".join(sorted(allowed))
                self.report("pack.problem.unknown_key", key, key=key, known=known)
