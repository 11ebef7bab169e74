"""Content-pack problems in the reader's language: "FILE:LINE: " then the translated sentence of the problem's code.

The templates are the `pack.problem.*` entries of `errors_text.templates()`; the parts of a pack a sentence names
({what}: "activity intro-1", "gates file") come from `subjects()`, the translated `PACK_SUBJECTS`. A test keeps
both tables equal to the core's, so the window never shows an English sentence the core built.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from trainer_app.core.common.error_catalog import CATALOG
from trainer_app.core.packs.problems import (
    PACK_SUBJECTS,
    PackProblems,
    Problem,
    Reason,
    Subject,
    render_problem,
    render_value,
)
from trainer_app.ui.errors_text import templates


def problem_text(problem: Problem) -> str:
    """`FILE:LINE: message`, the message translated by the problem's code."""
    return problem_texts([problem])[0]


def problem_texts(problems: list[Problem] | tuple[Problem, ...]) -> list[str]:
    """Several problems, the translation tables built once."""
    template, subject = _lookups()
    return [f"{p.where}: {render_problem(p.code, p.params, template, subject)}" for p in problems]


def translated(value: object) -> object:
    """A pack problem, reason or subject carried inside an error, in the reader's language; others unchanged."""
    if isinstance(value, Problem):
        return problem_text(value)
    if isinstance(value, Reason | Subject):
        return render_value(value, *_lookups())
    return value


def _lookups() -> tuple[Callable[[str], str], Callable[[str], str]]:
    """Code -> translated template and subject kind -> translated words, English where no translation exists."""
    table, names = templates(), subjects()

    def template(code: str) -> str:
        return table.get(code) or CATALOG.get(code, code)

    def subject(kind: str) -> str:
        return names.get(kind) or PACK_SUBJECTS.get(kind, kind)

    return template, subject


def pack_problems_text(found: PackProblems) -> str:
    """One pack's problems for a tooltip: a heading line, at most `PackProblems.SHOWN` problems, the rest counted."""
    lines = [
        QCoreApplication.translate("errors", "{root}: {count} problem(s)").format(
            root=found.root, count=len(found.problems)
        ),
        *problem_texts(found.shown),
    ]
    if found.more:
        lines.append(QCoreApplication.translate("errors", "… and {count} more").format(count=found.more))
    return "\n".join(lines)


def subjects() -> dict[str, str]:
    """Subject kind -> its translated words ({id} and {parent} are the entries' ids, kept as they are)."""
    return {
        "activity": QCoreApplication.translate("errors", "activity {id}"),
        "book": QCoreApplication.translate("errors", "book {id}"),
        "certificate": QCoreApplication.translate("errors", "certificate {id}"),
        "certificate_translation": QCoreApplication.translate("errors", "certificate translation {id}"),
        "gate": QCoreApplication.translate("errors", "gate {id}"),
        "gate_requirement": QCoreApplication.translate("errors", "gate {parent} requirement {id}"),
        "gates_file": QCoreApplication.translate("errors", "gates file"),
        "image": QCoreApplication.translate("errors", "image {id}"),
        "link": QCoreApplication.translate("errors", "link {id}"),
        "module": QCoreApplication.translate("errors", "module {id}"),
        "pack": QCoreApplication.translate("errors", "pack"),
        "practical_check": QCoreApplication.translate("errors", "practical check {id}"),
        "question": QCoreApplication.translate("errors", "question {id}"),
        "question_bank": QCoreApplication.translate("errors", "question bank"),
        "question_part": QCoreApplication.translate("errors", "question {id} part"),
        "question_reference": QCoreApplication.translate("errors", "question reference"),
        "requirement": QCoreApplication.translate("errors", "requirement {id}"),
        "requirement_measure": QCoreApplication.translate("errors", "gate {parent} requirement {id} measure"),
        "role": QCoreApplication.translate("errors", "role {id}"),
        "slide_notes": QCoreApplication.translate("errors", "slide notes"),
        "step": QCoreApplication.translate("errors", "step {id}"),
        "track": QCoreApplication.translate("errors", "track {id}"),
        "track_certificate": QCoreApplication.translate("errors", "track certificate"),
        "track_file": QCoreApplication.translate("errors", "track file"),
        "walkthrough": QCoreApplication.translate("errors", "walkthrough"),
    }
