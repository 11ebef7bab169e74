"""Measures of a question bank that rewards knowledge rather than test-wise guessing (pure, no I/O).

A key that is the single longest option, a true/false bank that is mostly "false", the same question asked
under two ids and options no one would pick are the cues a learner can score on without the lesson.
`pack validate` prints the figures and warns when one is outside its target.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

from trainer_app.core.domain.quiz import Question, QuestionBank, QuestionType
from trainer_app.core.packs.problems import Problem

MAX_KEY_LONGEST_SHARE = 1 / 3
FALSE_SHARE_RANGE = (0.40, 0.60)
MIN_SAMPLE = 6  # below this a share says nothing about a bank: the figure is printed, never warned on
NEAR_SAME_PROMPT = 0.8  # difflib ratio of normalised prompts, among questions with the same answer
# Options that describe a careless or dishonest act: nobody who works with children would pick them.
_ABSURD_RE = re.compile(
    r"\b(invent(s|ed|ing)?|make up|made up|pretend|ignor(e|ed|es|ing)|guess(es|ing)?|at random|randomly|"
    r"whatever|whichever|without telling anyone|say nothing|nobody will notice|no one will notice|just for fun|"
    r"(a|my|your|his|her|their) colleague's (account|password))\b",
    re.IGNORECASE,
)
_WORD_RE = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class BankMeasures:
    """The figures over every distinct question (a question shared by reference counts once).

    `duplicates` are (question id, question id it repeats); `absurd` are (question id, option).
    """

    single_count: int
    key_longest: tuple[str, ...]
    true_false_count: int
    false_keys: tuple[str, ...]
    duplicates: tuple[tuple[str, str], ...]
    absurd: tuple[tuple[str, str], ...]

    @property
    def key_longest_share(self) -> float:
        return len(self.key_longest) / self.single_count if self.single_count else 0.0

    @property
    def false_share(self) -> float:
        return len(self.false_keys) / self.true_false_count if self.true_false_count else 0.0

    @property
    def key_longest_ok(self) -> bool:
        return self.single_count < MIN_SAMPLE or self.key_longest_share <= MAX_KEY_LONGEST_SHARE + 1e-9

    @property
    def false_share_ok(self) -> bool:
        low, high = FALSE_SHARE_RANGE
        return self.true_false_count < MIN_SAMPLE or low - 1e-9 <= self.false_share <= high + 1e-9

    def summary(self) -> str:
        """One line with every figure and its target, printed whether or not it is met."""
        low, high = FALSE_SHARE_RANGE
        return (
            f"quiz bank: key is the longest option in {_pct(self.key_longest_share)} of {self.single_count} "
            f"single-choice items (≤ {_pct(MAX_KEY_LONGEST_SHARE)}) · true/false 'false' "
            f"{_pct(self.false_share)} of {self.true_false_count} ({_pct(low)}–{_pct(high)}) · "
            f"{len(self.duplicates)} duplicate question{'s' if len(self.duplicates) != 1 else ''} · "
            f"{len(self.absurd)} absurd option{'s' if len(self.absurd) != 1 else ''}"
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "single_choice": self.single_count,
            "key_longest": len(self.key_longest),
            "key_longest_share": round(self.key_longest_share, 4),
            "key_longest_max_share": round(MAX_KEY_LONGEST_SHARE, 4),
            "key_longest_questions": list(self.key_longest),
            "true_false": self.true_false_count,
            "false_keys": len(self.false_keys),
            "false_share": round(self.false_share, 4),
            "false_share_range": list(FALSE_SHARE_RANGE),
            "duplicates": [list(pair) for pair in self.duplicates],
            "absurd_options": [{"question": q, "option": o} for q, o in self.absurd],
        }


def measure_banks(banks: Iterable[QuestionBank]) -> BankMeasures:
    questions = _distinct(banks)
    singles = [q for q in questions if q.type is QuestionType.SINGLE and len(q.correct) == 1]
    true_false = [q for q in questions if q.type is QuestionType.TRUE_FALSE]
    return BankMeasures(
        single_count=len(singles),
        key_longest=tuple(q.id for q in singles if key_is_longest(q)),
        true_false_count=len(true_false),
        false_keys=tuple(q.id for q in true_false if q.answer is False),
        duplicates=find_duplicates(questions),
        absurd=tuple((q.id, option) for q in questions for option in absurd_options(q)),
    )


def bank_warnings(measures: BankMeasures, where: Mapping[str, str]) -> list[Problem]:
    """Warnings for every measure outside its target; `where` maps a question id to "file:line"."""
    warnings: list[Problem] = []
    low, high = FALSE_SHARE_RANGE
    if not measures.key_longest_ok:
        warnings.append(
            Problem(
                "quizzes",
                None,
                "pack.problem.key_longest",
                {
                    "share": _pct(measures.key_longest_share),
                    "count": measures.single_count,
                    "target": _pct(MAX_KEY_LONGEST_SHARE),
                    "examples": ", ".join(measures.key_longest[:5]),
                },
            )
        )
    if not measures.false_share_ok:
        warnings.append(
            Problem(
                "quizzes",
                None,
                "pack.problem.false_share",
                {
                    "share": _pct(measures.false_share),
                    "count": measures.true_false_count,
                    "low": _pct(low),
                    "high": _pct(high),
                },
            )
        )
    for question_id, first_id in measures.duplicates:
        first = where.get(first_id, "")
        bank = first.rpartition(":")[0] if ":" in first else first
        warnings.append(
            _at(
                where,
                question_id,
                "pack.problem.duplicate_question",
                {"value": question_id, "first_id": first_id, "first": first, "bank": bank},
            )
        )
    for question_id, option in measures.absurd:
        warnings.append(
            _at(where, question_id, "pack.problem.absurd_option", {"value": question_id, "option": option})
        )
    return warnings


def _at(where: Mapping[str, str], question_id: str, code: str, params: dict[str, Any]) -> Problem:
    file, _, line = where.get(question_id, "quizzes").partition(":")
    return Problem(file, int(line) if line.isdigit() else None, code, params)


def key_is_longest(question: Question) -> bool:
    """True when the one correct option is longer than every other option (a tie is no cue)."""
    key = question.correct[0].strip()
    others = [o.strip() for o in question.options if o != question.correct[0]]
    return bool(others) and all(len(key) > len(other) for other in others)


def absurd_options(question: Question) -> tuple[str, ...]:
    """Wrong options worded as a careless or dishonest act (a cheap signal, not a judgement)."""
    return tuple(o for o in question.options if o not in question.correct and _ABSURD_RE.search(o))


def find_duplicates(questions: Iterable[Question]) -> tuple[tuple[str, str], ...]:
    """Pairs of ids that ask the same thing: same type, same answer, same or near-same prompt."""
    groups: dict[tuple[object, ...], list[tuple[str, str]]] = defaultdict(list)
    for question in questions:
        groups[(question.type, _answer(question))].append((question.id, normalise(question.prompt)))
    pairs: list[tuple[str, str]] = []
    for members in groups.values():
        for index, (first_id, first) in enumerate(members):
            for second_id, second in members[index + 1 :]:
                if first and second and _near_same(first, second):
                    pairs.append((second_id, first_id))
    return tuple(pairs)


def normalise(text: str) -> str:
    """Lower case, words only: punctuation, quotes and spacing do not make two prompts different."""
    return " ".join(_WORD_RE.findall(text.lower()))


def _near_same(first: str, second: str) -> bool:
    if first == second:
        return True
    matcher = SequenceMatcher(None, first, second, autojunk=False)
    return (
        matcher.real_quick_ratio() >= NEAR_SAME_PROMPT
        and matcher.quick_ratio() >= NEAR_SAME_PROMPT
        and matcher.ratio() >= NEAR_SAME_PROMPT
    )


def _answer(question: Question) -> tuple[object, ...]:
    if question.type in (QuestionType.SINGLE, QuestionType.MULTIPLE):
        return tuple(sorted(normalise(c) for c in question.correct))
    if question.type is QuestionType.TRUE_FALSE:
        return (question.answer,)
    if question.type is QuestionType.MATCHING:
        return tuple(sorted((normalise(a), normalise(b)) for a, b in question.pairs))
    return tuple(normalise(item) for item in question.items)


def _distinct(banks: Iterable[QuestionBank]) -> list[Question]:
    seen: dict[str, Question] = {}
    for bank in banks:
        for question in bank.leaf_questions():
            seen.setdefault(question.id, question)
    return list(seen.values())


def _pct(share: float) -> str:
    return f"{round(share * 100)} %"
