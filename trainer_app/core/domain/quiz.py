"""Question banks as the app sees them: questions of six types, scenario parts, points and sources."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class QuestionType(StrEnum):
    SINGLE = "single"
    MULTIPLE = "multiple"
    TRUE_FALSE = "true_false"
    MATCHING = "matching"
    ORDERING = "ordering"
    SCENARIO = "scenario"


LEAF_TYPES = frozenset(
    {
        QuestionType.SINGLE,
        QuestionType.MULTIPLE,
        QuestionType.TRUE_FALSE,
        QuestionType.MATCHING,
        QuestionType.ORDERING,
    }
)


@dataclass(frozen=True)
class Question:
    """One question. Which fields matter depends on `type`; a scenario holds its leaf questions in `parts`.

    `correct` holds option texts; `pairs` are (left, right) in the right match; `items` are in the right order.
    `source` is `FILE#anchor`, pack-relative.
    """

    id: str
    type: QuestionType
    prompt: str = ""
    options: tuple[str, ...] = ()
    correct: tuple[str, ...] = ()
    answer: bool | None = None
    pairs: tuple[tuple[str, str], ...] = ()
    items: tuple[str, ...] = ()
    partial_credit: bool = False
    points: float = 1.0
    explanation: str = ""
    source: str = ""
    vignette: str = ""
    parts: tuple[Question, ...] = ()

    @property
    def leaves(self) -> tuple[Question, ...]:
        """The questions that are answered and scored: the parts of a scenario, else the question itself."""
        return self.parts if self.type is QuestionType.SCENARIO else (self,)

    @property
    def points_possible(self) -> float:
        return sum(leaf.points for leaf in self.leaves)


@dataclass(frozen=True)
class QuestionBank:
    """A quiz bank file. `path` is pack-relative. A scenario counts as one item when a quiz draws items."""

    id: str
    title: str
    questions: tuple[Question, ...]
    path: str = ""

    def question(self, question_id: str) -> Question | None:
        """Any question by id, scenario parts included."""
        for question in self.questions:
            if question.id == question_id:
                return question
            for part in question.parts:
                if part.id == question_id:
                    return part
        return None

    def leaf_questions(self) -> tuple[Question, ...]:
        return tuple(leaf for question in self.questions for leaf in question.leaves)

    @property
    def item_count(self) -> int:
        return len(self.questions)
