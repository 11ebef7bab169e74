"""Shared questions: `ref = "quizzes/FILE.toml#question-id"` names a question of another bank by its id.

Only the syntax and the look-up live here; `quizbank` resolves a reference by parsing the entry it finds, so a
referenced question is the very same `Question` (same id, same text) in every bank that uses it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from trainer_app.core.packs.problems import Reason, is_valid_id
from trainer_app.core.packs.safepaths import unsafe_reason
from trainer_app.core.packs.tomlfile import TomlDoc

MAX_REF_DEPTH = 8  # a chain of references longer than this is a mistake, not a design


@dataclass(frozen=True)
class QuestionRef:
    """`file` is pack-relative (like every path in a pack); `question_id` is a top-level question of it."""

    file: str
    question_id: str

    def __str__(self) -> str:
        return f"{self.file}#{self.question_id}"


def parse_ref(value: Any) -> QuestionRef | Reason:
    """The reference in `value`, or why it is not one (a message without the FILE:LINE prefix)."""
    if not isinstance(value, str):
        return Reason("pack.problem.ref_not_string")
    file, sep, question_id = value.partition("#")
    if not sep or not question_id:
        return Reason("pack.problem.ref_bad_form", {"ref": value})
    reason = unsafe_reason(file)
    if reason:
        return Reason("pack.problem.ref_path", {"ref": value, "reason": reason})
    if not file.endswith(".toml"):
        return Reason("pack.problem.ref_not_toml", {"ref": value})
    if not is_valid_id(question_id):
        return Reason("pack.problem.ref_bad_id", {"ref": value, "value": question_id})
    return QuestionRef(file, question_id)


def entry_id(data: Any) -> str | None:
    """The id a top-level entry gives its question: its `id`, or for a reference the id it refers to."""
    if not isinstance(data, dict):
        return None
    if "ref" in data:
        ref = parse_ref(data["ref"])
        return ref.question_id if isinstance(ref, QuestionRef) else None
    value = data.get("id")
    return value if isinstance(value, str) else None


def find_entry(doc: TomlDoc, question_id: str) -> tuple[int, dict[str, Any]] | None:
    """The index and table of the top-level question `question_id` in a bank, or None."""
    entries = doc.data.get("questions")
    if not isinstance(entries, list):
        return None
    for index, data in enumerate(entries):
        if entry_id(data) == question_id:
            return index, data
    return None


def scenario_holding(doc: TomlDoc, part_id: str) -> str | None:
    """The id of the scenario whose part is `part_id`, or None: a part cannot be shared on its own."""
    entries = doc.data.get("questions")
    for data in entries if isinstance(entries, list) else []:
        parts = data.get("parts") if isinstance(data, dict) else None
        if isinstance(parts, list) and any(isinstance(p, dict) and p.get("id") == part_id for p in parts):
            owner = data.get("id")
            return owner if isinstance(owner, str) else "?"
    return None
