"""Validation problems: (file, line, code, params), collected all at once and reported together.

A problem is coded like every other error (see `core/common/errors.py`): `code` names a `pack.problem.*`
template of the catalog and `params` fill it. Two kinds of parameter are said in words at the edge:
a `Subject` (the part of the pack a problem is about: "activity intro-1", "gates file"), named through
`PACK_SUBJECTS`, and a `Reason` (a coded sub-sentence such as why a path is unsafe). `str(problem)` is the
English "FILE:LINE: message" the CLI prints; the window renders the same code with translated templates.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from trainer_app.core.common.error_catalog import CATALOG

ID_RE = re.compile(r"[a-z0-9][a-z0-9._-]*")
_SPACES_RE = re.compile(r"\s+")

# The part of a pack a `pack.problem.*` template names as {what}: "activity {id}" reads "activity intro-1",
# and a bare kind ("activity") is used where a sentence names the kind itself ({id} and {parent} left out).
PACK_SUBJECTS: dict[str, str] = {
    "activity": "activity {id}",
    "book": "book {id}",
    "certificate": "certificate {id}",
    "certificate_translation": "certificate translation {id}",
    "gate": "gate {id}",
    "gate_requirement": "gate {parent} requirement {id}",
    "gates_file": "gates file",
    "image": "image {id}",
    "link": "link {id}",
    "module": "module {id}",
    "pack": "pack",
    "practical_check": "practical check {id}",
    "question": "question {id}",
    "question_bank": "question bank",
    "question_part": "question {id} part",
    "question_reference": "question reference",
    "requirement": "requirement {id}",
    "requirement_measure": "gate {parent} requirement {id} measure",
    "role": "role {id}",
    "slide_notes": "slide notes",
    "step": "step {id}",
    "track": "track {id}",
    "track_certificate": "track certificate",
    "track_file": "track file",
    "walkthrough": "walkthrough",
}


@dataclass(frozen=True)
class Subject:
    """The part of a pack a problem is about: a `PACK_SUBJECTS` key and, for most, the entry's id (and the
    id of the entry holding it: a gate's requirement)."""

    kind: str
    id: str = ""
    parent: str = ""

    def __str__(self) -> str:
        return str(
            render_value(
                self, lambda code: CATALOG.get(code, code), lambda kind: PACK_SUBJECTS.get(kind, kind)
            )
        )


@dataclass(frozen=True)
class Reason:
    """A coded sub-sentence (`code` in the catalog, `params` fill it), placed inside a problem's sentence."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def __hash__(self) -> int:  # params are a dict: equal reasons share their code, which is enough to hash
        return hash(self.code)

    def __str__(self) -> str:
        return render_problem(self.code, self.params)


@dataclass(frozen=True)
class Problem:
    """One problem. `file` is relative to the pack root (forward slashes); `line` is 1-based or None."""

    file: str
    line: int | None
    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def __hash__(self) -> int:  # without rendering the message: Problems.add hashes every problem found
        return hash((self.file, self.line, self.code))

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}" if self.line else self.file

    @property
    def message(self) -> str:
        """The English message (the catalog template filled with the parameters)."""
        return render_problem(self.code, self.params)

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "line": self.line,
            "message": self.message,
            "code": self.code,
            "params": {key: _jsonrender_value(value) for key, value in self.params.items()},
        }


Templates = Callable[[str], str]


def render_problem(
    code: str,
    params: Mapping[str, Any],
    template: Templates = lambda code: CATALOG.get(code, code),
    subject: Templates = lambda kind: PACK_SUBJECTS.get(kind, kind),
) -> str:
    """Fill `code`'s template; subjects, reasons and nested problems are rendered with the same tables.

    The window passes its translated tables; a template that does not fit its parameters (a broken
    translation) falls back to the English one, and never raises.
    """
    values = {key: render_value(value, template, subject) for key, value in params.items()}
    for text in (template(code), CATALOG.get(code, code)):
        try:
            return text.format(**values)
        except (KeyError, IndexError, ValueError, AttributeError, TypeError):
            continue
    return code


def render_value(value: Any, template: Templates, subject: Templates) -> Any:
    """A parameter in words: a subject, reason or nested problem rendered with the tables; others as they are."""
    if isinstance(value, Subject):
        text = subject(value.kind).replace("{id}", value.id).replace("{parent}", value.parent)
        return _SPACES_RE.sub(" ", text).strip()
    if isinstance(value, Reason):
        return render_problem(value.code, value.params, template, subject)
    if isinstance(value, Problem):
        return f"{value.where}: {render_problem(value.code, value.params, template, subject)}"
    return value


def _jsonrender_value(value: Any) -> Any:
    if isinstance(value, Subject):
        return {"subject": value.kind, "id": value.id, "parent": value.parent}
    if isinstance(value, Reason | Problem):
        return {"code": value.code, "params": {k: _jsonrender_value(v) for k, v in value.params.items()}}
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return str(value)


class Problems:
    """A collector passed through every parser so that one run reports every problem."""

    def __init__(self) -> None:
        self.items: list[Problem] = []
        self._seen: set[Problem] = set()

    def add(self, file: str, line: int | None, code: str, /, **params: Any) -> None:
        problem = Problem(file, line, code, params)
        if problem not in self._seen:
            self._seen.add(problem)
            self.items.append(problem)

    def __len__(self) -> int:
        return len(self.items)

    def as_strings(self) -> list[str]:
        return [str(problem) for problem in self.items]


@dataclass(frozen=True)
class PackProblems:
    """The problems of one pack that still loaded at start-up; the window lists them (translated), at most
    `SHOWN` of them, and `str()` is the same list in English."""

    SHOWN = 20

    root: Path
    problems: tuple[Problem, ...]

    @property
    def shown(self) -> tuple[Problem, ...]:
        return self.problems[: self.SHOWN]

    @property
    def more(self) -> int:
        return max(0, len(self.problems) - self.SHOWN)

    def __str__(self) -> str:
        lines = [f"{self.root}: {len(self.problems)} problem(s)", *(str(p) for p in self.shown)]
        return "\n".join(lines) + (f"\n… and {self.more} more" if self.more else "")


def is_valid_id(value: str) -> bool:
    return ID_RE.fullmatch(value) is not None


def pack_rel(path: Path, root: Path) -> str:
    """How a problem names a file: relative to the pack root with forward slashes (its name when outside)."""
    return path.relative_to(root).as_posix() if path.is_relative_to(root) else path.name
