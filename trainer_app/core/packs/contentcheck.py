"""Checks of the files activities point at: guide chapters, question banks (ids, sources), walkthroughs."""

from __future__ import annotations

from dataclasses import dataclass, field

from trainer_app.core.domain.pack import ActivityKind
from trainer_app.core.domain.quiz import QuestionBank
from trainer_app.core.domain.walkthrough import Walkthrough
from trainer_app.core.packs.guidecheck import GuideIndex, check_guide
from trainer_app.core.packs.packparse import ParsedPack
from trainer_app.core.packs.problems import Problems, Reason
from trainer_app.core.packs.quizbank import BankContext, parse_bank
from trainer_app.core.packs.safepaths import unsafe_reason
from trainer_app.core.packs.walkthroughs import parse_walkthrough


@dataclass
class PackContent:
    """Banks and walkthroughs by pack-relative path, as parsed during validation."""

    banks: dict[str, QuestionBank] = field(default_factory=dict)
    walkthroughs: dict[str, Walkthrough] = field(default_factory=dict)
    guides: set[str] = field(default_factory=set)
    question_lines: dict[str, str] = field(
        default_factory=dict
    )  # question id -> "file:line" of its definition


def check_content(parsed: ParsedPack, problems: Problems) -> PackContent:
    root = parsed.pack.root
    index = GuideIndex(root)
    content = PackContent()
    banks = BankContext(check_source=lambda source: source_problem(index, source))
    for activity in parsed.pack.activities():
        rel = activity.file
        if not rel:
            continue
        if activity.kind is ActivityKind.GUIDE and rel not in content.guides:
            content.guides.add(rel)
            check_guide(index, rel, problems)
        elif activity.kind is ActivityKind.QUIZ:
            bank = content.banks.get(rel)
            if rel not in content.banks:
                bank = parse_bank(root, rel, problems, banks)
                if bank is not None:
                    content.banks[rel] = bank
            _check_draw(parsed, activity.id, activity.quiz.draw, bank)
        elif activity.kind is ActivityKind.WALKTHROUGH and rel not in content.walkthroughs:
            walkthrough = parse_walkthrough(root, rel, problems)
            if walkthrough is not None:
                content.walkthroughs[rel] = walkthrough
    content.question_lines = banks.question_ids
    return content


def _check_draw(parsed: ParsedPack, activity_id: str, draw: int | None, bank: QuestionBank | None) -> None:
    if bank is None or draw is None or not bank.questions or draw <= bank.item_count:
        return
    table = parsed.activity_tables[activity_id]
    table.report("pack.problem.draw_too_many", "draw", draw=draw, count=bank.item_count)


def source_problem(index: GuideIndex, source: str) -> Reason | None:
    """Why a question's `FILE#anchor` source does not name a section of a guide chapter, or None."""
    rel, _, anchor = source.partition("#")
    reason = unsafe_reason(rel)
    if reason:
        return Reason("pack.problem.source_reason", {"source": source, "reason": reason})
    if not rel.endswith(".md"):
        return Reason("pack.problem.source_not_md", {"source": source})
    found = index.anchors(rel)
    if found is None:
        return Reason("pack.problem.source_missing", {"source": source, "path": rel})
    if not anchor:
        return Reason("pack.problem.source_no_anchor", {"source": source})
    if anchor not in found:
        return Reason("pack.problem.source_unknown_anchor", {"source": source, "anchor": anchor, "path": rel})
    return None
