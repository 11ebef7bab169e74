"""Checks on guide chapters: title line, `## Summary`, list indentation, anchors, links and images."""

from __future__ import annotations

import re
from pathlib import Path

from trainer_app.core.common.errors import TrainerError
from trainer_app.core.packs.guidetext import headings, iter_lines_outside_code
from trainer_app.core.packs.links import LinkKind, classify_link
from trainer_app.core.packs.nesting import check_renderable
from trainer_app.core.packs.problems import Problems, Reason, Subject
from trainer_app.core.packs.safepaths import file_problem

_SECTION_LEVEL = 2  # `## Heading`

_MD_LINK_RE = re.compile(r"(!?)\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+[\"'][^\"']*[\"'])?\s*\)")
_HTML_URL_RE = re.compile(r"<(a|img)\b[^>]*?\b(href|src)\s*=\s*[\"']([^\"']*)[\"']", re.IGNORECASE)
_LIST_ITEM_RE = re.compile(r"^( +)(?:[-*+]|\d+[.)])\s+\S")


class GuideIndex:
    """Guide texts and anchors of one pack, read once and shared by every check."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._texts: dict[str, str | None] = {}
        self._anchors: dict[str, set[str] | None] = {}

    def text(self, rel: str) -> str | None:
        if rel not in self._texts:
            self._texts[rel] = _read_text(self.root, rel)
        return self._texts[rel]

    def anchors(self, rel: str) -> set[str] | None:
        if rel not in self._anchors:
            text = self.text(rel)
            self._anchors[rel] = None if text is None else {h.anchor for h in headings(text)}
        return self._anchors[rel]


def _read_text(root: Path, rel: str) -> str | None:
    if file_problem(root, rel):
        return None
    try:
        return (root / rel).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return None


def check_guide(index: GuideIndex, rel: str, problems: Problems) -> None:
    """Report every problem of the chapter at `rel` (which is known to exist)."""
    text = index.text(rel)
    if text is None:
        problems.add(rel, None, "pack.problem.chapter_unreadable")
        return
    try:
        check_renderable(text)
    except TrainerError as error:
        problems.add(rel, None, error.code, **error.params)  # a catalog code like every problem
        return
    _check_structure(rel, text, problems)
    _check_lists(rel, text, problems)
    for number, line in iter_lines_outside_code(text):
        for is_image, url in _urls(line):
            reason = _link_problem(index, rel, url, is_image)
            if reason:
                problems.add(rel, number, reason.code, **reason.params)


def _check_structure(rel: str, text: str, problems: Problems) -> None:
    found = headings(text)
    if not found or found[0].level != 1 or found[0].line != _first_text_line(text):
        problems.add(rel, 1, "pack.problem.chapter_no_title")
    sections = [h for h in found if h.level == _SECTION_LEVEL]
    if not sections or sections[-1].title.lower() != "summary":
        problems.add(rel, sections[-1].line if sections else None, "pack.problem.chapter_no_summary")
    seen: dict[str, int] = {}
    for heading in found:
        base = heading.anchor.rsplit("_", 1)[0] if re.search(r"_\d+$", heading.anchor) else heading.anchor
        if base in seen and heading.anchor != base:
            problems.add(rel, heading.line, "pack.problem.heading_repeats", title=heading.title, anchor=base)
        seen.setdefault(heading.anchor, heading.line)


def _first_text_line(text: str) -> int:
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            return number
    return 1


def _check_lists(rel: str, text: str, problems: Problems) -> None:
    for number, line in iter_lines_outside_code(text):
        match = _LIST_ITEM_RE.match(line)
        if match and len(match.group(1)) % 4:
            spaces = len(match.group(1))
            problems.add(rel, number, "pack.problem.list_indent", spaces=spaces)


def _urls(line: str) -> list[tuple[bool, str]]:
    found = [(m.group(1) == "!", m.group(2)) for m in _MD_LINK_RE.finditer(line)]
    found += [(m.group(1).lower() == "img", m.group(3)) for m in _HTML_URL_RE.finditer(line)]
    return found


def _link_problem(index: GuideIndex, rel: str, url: str, is_image: bool) -> Reason | None:
    target = classify_link(rel, url)
    what = Subject("image" if is_image else "link", repr(url))
    if target.kind is LinkKind.UNSAFE:
        return Reason("pack.problem.link_unsafe", {"what": what})
    if target.kind is LinkKind.EXTERNAL:
        return Reason("pack.problem.remote_image", {"url": url}) if is_image else None
    if is_image and target.kind is LinkKind.ANCHOR:
        return Reason("pack.problem.image_no_file", {"url": url})
    if target.kind is LinkKind.PACK:
        reason = file_problem(index.root, target.path)
        if reason:
            return Reason("pack.problem.subject_reason", {"what": what, "reason": reason})
    if target.anchor and target.path.endswith(".md"):
        found = index.anchors(target.path)
        if found is not None and target.anchor not in found:
            params = {"what": what, "anchor": target.anchor, "path": target.path}
            return Reason("pack.problem.link_unknown_anchor", params)
    return None
