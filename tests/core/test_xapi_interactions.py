"""Quiz questions reach an LRS as cmi.interaction activities of the right type, with their components, the
correct responses pattern and each response in the xAPI response format, checked by the ADL rules."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.core.test_xapi_service import PACK, QUIZ, _learner
from trainer_app.core.domain.quiz import Question, QuestionType
from trainer_app.core.exchange import xapi_interactions as xi

TYPES = {
    "true-false",
    "choice",
    "fill-in",
    "long-fill-in",
    "matching",
    "performance",
    "sequencing",
    "likert",
    "numeric",
    "other",
}
_TOKEN = re.compile(r"^[^\s\[\],.]+$")


def check_adl_interaction(definition: dict[str, Any], response: str | None) -> None:
    """The ADL rules for interaction activities (xAPI 1.0.3 §2.4.4.1.1 and its interaction-type table)."""
    kind = definition["interactionType"]
    assert kind in TYPES
    allowed = {"choice": {"choices"}, "sequencing": {"choices"}, "matching": {"source", "target"}}.get(
        kind, set()
    )
    present = {key for key in ("choices", "scale", "source", "target", "steps") if key in definition}
    assert present == allowed, (kind, present)
    ids: dict[str, set[str]] = {}
    for key in present:
        components = definition[key]
        assert isinstance(components, list)
        assert components
        found = [c["id"] for c in components]
        assert len(set(found)) == len(found)
        assert all(_TOKEN.match(i) for i in found)
        assert all(isinstance(c["description"], dict) and c["description"] for c in components)
        ids[key] = set(found)
    patterns = definition.get("correctResponsesPattern", [])
    assert isinstance(patterns, list)
    assert all(isinstance(p, str) for p in patterns)
    for value in [*patterns, *([response] if response is not None else [])]:
        if kind == "true-false":
            assert value in ("true", "false")
        elif kind in ("choice", "sequencing"):
            parts = value.split("[,]") if value else []
            assert all(part in ids["choices"] for part in parts)
            assert len(parts) == len(set(parts))
        elif kind == "matching":
            for pair in value.split("[,]") if value else []:
                source, target = pair.split("[.]")
                assert source in ids["source"]
                assert target in ids["target"]


SINGLE = Question(
    "q1", QuestionType.SINGLE, "Who approves?", ("Case worker", "Case manager", "Nobody"), ("Case manager",)
)
MULTIPLE = Question("q2", QuestionType.MULTIPLE, "Pick two", ("A", "B", "C"), ("A", "C"))
TRUE_FALSE = Question("q3", QuestionType.TRUE_FALSE, "Demo first?", answer=False)
MATCHING = Question(
    "q4", QuestionType.MATCHING, "Match", pairs=(("Register", "Case worker"), ("Approve", "Case manager"))
)
ORDERING = Question("q5", QuestionType.ORDERING, "Order", items=("Register", "Assess", "Plan"))


@pytest.mark.parametrize(
    ("question", "kind", "pattern", "given", "response"),
    [
        (SINGLE, "choice", "c2", "Case manager", "c2"),
        (MULTIPLE, "choice", "c1[,]c3", ["A", "B"], "c1[,]c2"),
        (TRUE_FALSE, "true-false", "false", True, "true"),
        (MATCHING, "matching", "s1[.]t2[,]s2[.]t1", {"Register": "Case manager"}, "s1[.]t1"),
        (ORDERING, "sequencing", "c3[,]c1[,]c2", ["Assess", "Plan", "Register"], "c1[,]c2[,]c3"),
    ],
)
def test_each_question_type_becomes_its_interaction(
    question: Question, kind: str, pattern: str, given: Any, response: str
) -> None:
    definition = xi.definition(question, "en")
    assert definition["interactionType"] == kind
    assert definition["correctResponsesPattern"] == [pattern]
    assert xi.response(question, given) == response
    check_adl_interaction(definition, response)


def test_the_sequencing_ids_do_not_give_the_right_order_away() -> None:
    choices = xi.definition(ORDERING, "en")["choices"]
    assert [c["description"]["en"] for c in choices] == ["Assess", "Plan", "Register"]  # alphabetical


def test_a_real_quiz_writes_an_interaction_for_every_answer(mini_app) -> None:  # type: ignore[no-untyped-def]
    lid = _learner(mini_app)
    view = mini_app.quizzes.start(lid, PACK, QUIZ)
    for shown in view.questions:
        question = shown.question
        given: Any = {
            QuestionType.SINGLE: lambda q: q.options[0],
            QuestionType.MULTIPLE: lambda q: list(q.options[:2]),
            QuestionType.TRUE_FALSE: lambda _q: True,
            QuestionType.MATCHING: lambda q: {left: right for left, right in q.pairs},
            QuestionType.ORDERING: lambda q: list(reversed(q.items)),
        }[question.type](question)
        mini_app.quizzes.save_answer(view.attempt_id, shown.id, given)
    mini_app.quizzes.submit(view.attempt_id, 60)
    answered = [s for s in mini_app.xapi.statements() if s["verb"]["display"]["en-US"] == "answered"]
    assert len(answered) == len(view.questions)
    kinds = set()
    for statement in answered:
        definition = statement["object"]["definition"]
        assert definition["type"] == "http://adlnet.gov/expapi/activities/cmi.interaction"
        check_adl_interaction(definition, statement["result"]["response"])
        kinds.add(definition["interactionType"])
    assert "other" not in kinds
    assert len(kinds) >= 2
