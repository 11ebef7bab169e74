"""Question banks (`quizzes/*.toml`) parsed into QuestionBank, every problem reported with its line."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from trainer_app.core.common.errors import ValidationError
from trainer_app.core.domain.quiz import LEAF_TYPES, Question, QuestionBank, QuestionType
from trainer_app.core.packs.problems import Problem, Problems, Reason, Subject, pack_rel
from trainer_app.core.packs.quizrefs import (
    MAX_REF_DEPTH,
    QuestionRef,
    find_entry,
    parse_ref,
    scenario_holding,
)
from trainer_app.core.packs.safepaths import file_problem
from trainer_app.core.packs.tables import Table
from trainer_app.core.packs.tomlfile import TomlDoc, read_toml

_PAIR = 2  # a matching pair: [left, right]
_MIN_PAIRS = 2
_MIN_PARTS = 2  # a scenario has at least two parts

QUESTION_KEYS = {
    "id",
    "type",
    "prompt",
    "options",
    "correct",
    "answer",
    "pairs",
    "items",
    "partial_credit",
    "points",
    "explanation",
    "source",
    "vignette",
    "parts",
}
_TYPES = ", ".join(t.value for t in QuestionType)


def load_bank(path: Path, pack_root: Path | None = None) -> QuestionBank:
    """Parse one bank; raise ValidationError listing every problem. Sources are checked by validate_pack."""
    bank, problems = check_bank(path, pack_root)
    if problems or bank is None:
        raise ValidationError(
            "quiz.question_bank_problem_s",
            [str(problem) for problem in problems],
            rel=pack_rel(path, pack_root or path.parent),
            count=len(problems),
        )
    return bank


def check_bank(path: Path, pack_root: Path | None = None) -> tuple[QuestionBank | None, tuple[Problem, ...]]:
    """The bank (None when unreadable) and its problems, as objects: a service puts the first one, coded,
    into the error it raises, so the window can translate it."""
    root = pack_root or path.parent
    problems = Problems()
    bank = parse_bank(root, pack_rel(path, root), problems)
    return bank, tuple(problems.items)


SourceCheck = Callable[[str], Reason | None]


@dataclass
class BankContext:
    """What a bank is checked against: question ids already seen in the pack and a `source` checker.

    `docs` caches the banks read to resolve references; `resolving` is the chain of references being
    followed (to refuse cycles); `bank_ids` are the ids already in the bank being parsed (id -> line).
    """

    question_ids: dict[str, str] = field(default_factory=dict)  # id -> "file:line" of its first definition
    check_source: SourceCheck | None = None
    parts_seen: int = 0
    root: Path | None = None
    docs: dict[str, TomlDoc | Reason | Problem] = field(
        default_factory=dict
    )  # pack-relative path -> bank, or why not
    resolving: list[str] = field(default_factory=list)
    bank_ids: dict[str, int | None] = field(default_factory=dict)

    def for_reference(self) -> BankContext:
        """A context to parse a referenced question: its own id registers, the shared caches and chain."""
        return BankContext(
            check_source=self.check_source, root=self.root, docs=self.docs, resolving=self.resolving
        )


def parse_bank(
    root: Path, rel: str, problems: Problems, context: BankContext | None = None
) -> QuestionBank | None:
    """Parse a bank; with a context, also report ids used by earlier banks and sources that do not exist."""
    context = context or BankContext()
    context.parts_seen = 0
    context.root = root
    context.bank_ids = {}
    doc = read_toml(root, rel, problems)
    context.docs.setdefault(
        rel, doc if doc is not None else Reason("pack.problem.bank_unreadable", {"path": rel})
    )
    if doc is None:
        return None
    top = Table(doc, doc.data, problems, Subject("question_bank"), top_level=True)
    top.unknown_keys({"id", "title", "questions"})
    bank_id = top.ident(what="question_bank")
    title = top.text("title", required=True)
    entries = top.tables("questions", required=True)
    if not entries and top.has("questions"):
        top.report("pack.problem.no_questions", "questions")
    questions = [_question(doc, entry, index, problems, context) for index, entry in enumerate(entries)]
    return QuestionBank(bank_id, title, tuple(q for q in questions if q is not None), rel)


def _question(
    doc: TomlDoc, data: Any, index: int, problems: Problems, context: BankContext
) -> Question | None:
    question_id = data.get("id") if isinstance(data, dict) else None
    line = doc.locate("questions", index, question_id if isinstance(question_id, str) else None)
    table = Table(doc, data, problems, Subject("question", str(question_id or index + 1)), line)
    if "ref" in table.data:
        return _reference(table, context)
    question = _common(table, context)
    if question is None:
        return None
    if question.type is QuestionType.SCENARIO:
        return _scenario(doc, table, question, problems, context)
    return _leaf(table, question)


def _common(table: Table, context: BankContext) -> Question | None:
    table.unknown_keys(QUESTION_KEYS)
    question_id = table.ident(what="question")
    _register(table, question_id, context)
    kind = table.text("type", required=True)
    if kind and kind not in set(QuestionType):
        table.report("pack.problem.unknown_type", "type", value=kind, known=_TYPES)
    if kind not in set(QuestionType):
        return None
    source = table.text("source")
    if source and "#" not in source:
        table.report("pack.problem.source_no_hash", "source", source=source)
    elif source and context.check_source is not None:
        reason = context.check_source(source)
        if reason:
            table.report("pack.problem.subject_reason", "source", reason=reason)
    points = table.number("points", 1.0, minimum=0.0)
    if points is not None and points <= 0:
        table.report("pack.problem.not_positive", "points", key="points")
    return Question(
        id=question_id,
        type=QuestionType(kind),
        prompt=table.text("prompt", required=kind != QuestionType.SCENARIO),
        partial_credit=table.boolean("partial_credit", False),
        points=points if points and points > 0 else 1.0,
        explanation=table.text("explanation"),
        source=source,
    )


def _leaf(table: Table, question: Question) -> Question:
    kind = question.type
    if kind in (QuestionType.SINGLE, QuestionType.MULTIPLE):
        options = _unique_strings(table, "options", minimum=2)
        correct = _correct(table, kind, options)
        return replace(question, options=options, correct=correct)
    if kind is QuestionType.TRUE_FALSE:
        if not table.has("answer"):
            table.report("pack.problem.true_false_no_answer")
        return replace(question, answer=table.boolean("answer", False))
    if kind is QuestionType.MATCHING:
        return replace(question, pairs=_pairs(table))
    return replace(question, items=_unique_strings(table, "items", minimum=2))


def _unique_strings(table: Table, key: str, minimum: int) -> tuple[str, ...]:
    values = table.strings(key, required=True)
    if table.has(key) and len(values) < minimum:
        table.report("pack.problem.too_few", key, minimum=minimum, key=key, count=len(values))
    repeated = sorted({v for v in values if values.count(v) > 1})
    if repeated:
        table.report("pack.problem.repeated", key, key=key, values=", ".join(map(repr, repeated)))
    return values


def _correct(table: Table, kind: QuestionType, options: tuple[str, ...]) -> tuple[str, ...]:
    correct = table.strings("correct")
    if not correct:
        table.report("pack.problem.no_correct", "correct")
    elif kind is QuestionType.SINGLE and len(correct) != 1:
        table.report("pack.problem.single_needs_one", "correct")
    for value in correct:
        if options and value not in options:
            table.report("pack.problem.correct_not_option", "correct", value=value)
    return correct


def _pairs(table: Table) -> tuple[tuple[str, str], ...]:
    raw = table.data.get("pairs")
    if raw is None:
        table.report("pack.problem.missing_key", key="pairs")
        return ()
    if not isinstance(raw, list) or not all(
        isinstance(p, list) and len(p) == _PAIR and all(isinstance(s, str) for s in p) for p in raw
    ):
        table.report("pack.problem.bad_pairs", "pairs")
        return ()
    pairs = tuple((left, right) for left, right in raw)
    if len(pairs) < _MIN_PAIRS:
        table.report("pack.problem.too_few", "pairs", minimum=_MIN_PAIRS, key="pairs", count=len(pairs))
    sides = (("pack.problem.pairs_repeat_left", 0), ("pack.problem.pairs_repeat_right", 1))
    for code, side in sides:
        values = [pair[side] for pair in pairs]
        if len(set(values)) != len(values):
            table.report(code, "pairs")
    return pairs


def _register(table: Table, question_id: str, context: BankContext) -> None:
    if not question_id:
        return
    first = context.question_ids.get(question_id)
    line = table.key_line("id")
    if first is not None:
        table.report(
            "pack.problem.duplicate_id", "id", what=Subject("question"), value=question_id, where=first
        )
        return
    if question_id in context.bank_ids:
        where = context.bank_ids[question_id]
        table.report("pack.problem.already_by_reference", "id", value=question_id, line=where)
    context.bank_ids.setdefault(question_id, line)
    context.question_ids[question_id] = f"{table.doc.rel}:{line}" if line else table.doc.rel


def _reference(table: Table, context: BankContext) -> Question | None:
    """The question a `ref` entry names, parsed where it is defined; every problem reported at the ref."""
    table.what = Subject("question_reference")
    extra = sorted(key for key in table.data if key != "ref")
    if extra:
        table.report("pack.problem.ref_extra_keys", extra[0], found=", ".join(extra))
    ref = parse_ref(table.data["ref"])
    if not isinstance(ref, QuestionRef):
        table.report("pack.problem.subject_reason", "ref", reason=ref)
        return None
    line = table.key_line("ref")
    if ref.question_id in context.bank_ids:
        where = context.bank_ids[ref.question_id]
        table.report("pack.problem.already_in_bank", "ref", value=ref.question_id, line=where)
        return None
    context.bank_ids[ref.question_id] = line
    own = f"{table.doc.rel}#{ref.question_id}"
    fresh = not context.resolving
    if fresh:
        context.resolving.append(own)
    try:
        return _follow(table, ref, context)
    finally:
        if fresh:
            context.resolving.clear()


def _follow(table: Table, ref: QuestionRef, context: BankContext) -> Question | None:
    key = str(ref)
    if key in context.resolving:
        chain = " → ".join([*context.resolving[context.resolving.index(key) :], key])
        table.report("pack.problem.ref_cycle", "ref", chain=chain)
        return None
    if len(context.resolving) > MAX_REF_DEPTH:
        table.report("pack.problem.ref_too_long", "ref", ref=key, limit=MAX_REF_DEPTH)
        return None
    doc = _target_doc(table, ref, context)
    found = find_entry(doc, ref.question_id) if doc is not None else None
    if doc is not None and found is None:
        owner = scenario_holding(doc, ref.question_id)
        if owner:
            table.report("pack.problem.ref_to_part", "ref", ref=key, value=ref.question_id, owner=owner)
        else:
            table.report("pack.problem.ref_not_found", "ref", ref=key, value=ref.question_id)
    if doc is None or found is None:
        return None
    context.resolving.append(key)
    inner, inner_context = Problems(), context.for_reference()
    inner_context.parts_seen = _parts_before(doc, found[0])  # so a part's problem names its own line
    question = _question(doc, found[1], found[0], inner, inner_context)
    context.resolving.pop()
    if inner:
        table.report("pack.problem.ref_reason", "ref", ref=key, reason=inner.items[0])
        return None
    return question


def _parts_before(doc: TomlDoc, index: int) -> int:
    entries = doc.data.get("questions")
    before = entries[:index] if isinstance(entries, list) else []
    return sum(len(e["parts"]) for e in before if isinstance(e, dict) and isinstance(e.get("parts"), list))


def _target_doc(table: Table, ref: QuestionRef, context: BankContext) -> TomlDoc | None:
    if ref.file not in context.docs:
        context.docs[ref.file] = _read_target(context.root, ref.file)
    doc = context.docs[ref.file]
    if not isinstance(doc, TomlDoc):
        table.report("pack.problem.ref_reason", "ref", ref=str(ref), reason=doc)
        return None
    return doc


def _read_target(root: Path | None, rel: str) -> TomlDoc | Reason | Problem:
    """The bank a reference names, or why it cannot be used (cached, so a bad file is read once)."""
    if root is None:
        return Reason("pack.problem.ref_needs_folder")
    reason = file_problem(root, rel)
    if reason:
        return reason
    found = Problems()
    doc = read_toml(root, rel, found)
    return doc if doc is not None else found.items[0]


def _scenario(
    doc: TomlDoc, table: Table, question: Question, problems: Problems, context: BankContext
) -> Question:
    vignette = table.text("vignette", required=True)
    parts: list[Question] = []
    entries = table.tables("parts", required=True)
    for data in entries:
        part_id = data.get("id") if isinstance(data, dict) else None
        line = doc.locate(
            "questions.parts", context.parts_seen, part_id if isinstance(part_id, str) else None
        )
        context.parts_seen += 1
        subject = Subject("question", str(part_id)) if part_id else Subject("question_part", question.id)
        part_table = Table(doc, data, problems, subject, line)
        part = _common(part_table, context)
        if part is not None and part.type not in LEAF_TYPES:
            part_table.report("pack.problem.nested_scenario", "type")
        elif part is not None:
            parts.append(_leaf(part_table, part))
    if len(entries) < _MIN_PARTS:
        table.report("pack.problem.scenario_too_few_parts", "parts", minimum=_MIN_PARTS, count=len(entries))
    return replace(question, vignette=vignette, parts=tuple(parts))
