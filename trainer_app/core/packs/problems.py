"""Validation problems: (file, line, message), collected all at once and reported together."""

from __future__ import annotations

import re
from dataclasses import dataclass

ID_RE = re.compile(r"[a-z0-9][a-z0-9._-]*")


@dataclass(frozen=True)
class Problem:
    """One problem. `file` is relative to the pack root (forward slashes); `line` is 1-based or None."""

    file: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.message}"

    def to_json(self) -> dict[str, str | int | None]:
        return {"file": self.file, "line": self.line, "message": self.message}


class Problems:
    """A collector passed through every parser so that one run reports every problem."""

    def __init__(self) -> None:
        self.items: list[Problem] = []
        self._seen: set[Problem] = set()

    def add(self, file: str, line: int | None, message: str) -> None:
        problem = Problem(file, line, message)
        if problem not in self._seen:
            self._seen.add(problem)
            self.items.append(problem)

    def __len__(self) -> int:
        return len(self.items)

    def as_strings(self) -> list[str]:
        return [str(problem) for problem in self.items]


def is_valid_id(value: str) -> bool:
    return ID_RE.fullmatch(value) is not None


def id_message(what: str, value: str) -> str:
    return (
        f"{what} id {value!r} is not valid: use lower-case letters, digits, '.', '_' and '-', "
        "starting with a letter or digit"
    )
