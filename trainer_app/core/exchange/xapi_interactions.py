"""Quiz questions as xAPI cmi.interaction activities: the interaction type, its components (choices, source,
target), the correct responses pattern, and a learner's response in the xAPI response format (xAPI 1.0.3
§2.4.4.1.1 and the ADL interaction types). Pure functions.

Component ids are short tokens made from the pack's own option order: `c1`, `c2` … for choices (a sequencing
question numbers its items in alphabetical order, so the ids do not give the right order away), `s1` … and `t1` …
for the two sides of a matching question.
"""

from __future__ import annotations

from typing import Any

from trainer_app.core.domain.quiz import Question, QuestionType

INTERACTION_TYPES = {
    QuestionType.SINGLE: "choice",
    QuestionType.MULTIPLE: "choice",
    QuestionType.TRUE_FALSE: "true-false",
    QuestionType.MATCHING: "matching",
    QuestionType.ORDERING: "sequencing",
}
_LIST = "[,]"
_PAIR = "[.]"


def _component(component_id: str, text: str, language: str) -> dict[str, Any]:
    return {"id": component_id, "description": {language: text[:250]}}


def _choice_ids(question: Question) -> dict[str, str]:
    texts = sorted(question.items) if question.type is QuestionType.ORDERING else list(question.options)
    return {text: f"c{number}" for number, text in enumerate(texts, 1)}


def _sides(question: Question) -> tuple[dict[str, str], dict[str, str]]:
    lefts = {left: f"s{n}" for n, (left, _right) in enumerate(question.pairs, 1)}
    rights = sorted({right for _left, right in question.pairs})
    return lefts, {right: f"t{n}" for n, right in enumerate(rights, 1)}


def definition(question: Question, language: str) -> dict[str, Any]:
    """The interaction part of the question activity's definition (merged into it by the caller)."""
    kind = INTERACTION_TYPES.get(question.type)
    if kind is None:
        return {"interactionType": "other"}
    built: dict[str, Any] = {"interactionType": kind}
    if question.type is QuestionType.TRUE_FALSE:
        built["correctResponsesPattern"] = ["true" if question.answer else "false"]
    elif question.type is QuestionType.MATCHING:
        lefts, rights = _sides(question)
        built["source"] = [_component(i, text, language) for text, i in lefts.items()]
        built["target"] = [_component(i, text, language) for text, i in rights.items()]
        pattern = _LIST.join(f"{lefts[left]}{_PAIR}{rights[right]}" for left, right in question.pairs)
        built["correctResponsesPattern"] = [pattern]
    else:
        ids = _choice_ids(question)
        built["choices"] = [_component(i, text, language) for text, i in ids.items()]
        expected = question.items if question.type is QuestionType.ORDERING else question.correct
        built["correctResponsesPattern"] = [_LIST.join(ids[text] for text in expected if text in ids)]
    return built


def response(question: Question, given: Any) -> str | None:
    """A stored response in the xAPI response format; None when there is nothing to say."""
    if given is None:
        return None
    if question.type is QuestionType.TRUE_FALSE and isinstance(given, bool):
        return "true" if given else "false"
    if question.type is QuestionType.MATCHING and isinstance(given, dict):
        lefts, rights = _sides(question)
        return _LIST.join(
            f"{lefts[left]}{_PAIR}{rights[right]}"
            for left, right in given.items()
            if left in lefts and right in rights
        )
    if question.type in (QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.ORDERING):
        ids = _choice_ids(question)
        chosen = [given] if isinstance(given, str) else given if isinstance(given, list) else []
        return _LIST.join(ids[text] for text in chosen if isinstance(text, str) and text in ids)
    return None
