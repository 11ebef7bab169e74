"""One `[[modules.activities]]` table parsed into an Activity: the kind's file keys and its typed rule
parameters, each checked here so a bad value is a FILE:LINE problem at load, never a surprise at use.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from trainer_app.core.domain.activity_params import (
    QUIZ_LAYOUTS,
    ActivityParams,
    GuideParams,
    QuizParams,
    SlidesParams,
    VideoParams,
    WalkthroughParams,
)
from trainer_app.core.domain.pack import Activity, ActivityKind
from trainer_app.core.packs.problems import Subject
from trainer_app.core.packs.tables import Table
from trainer_app.core.packs.tomlfile import read_toml

COMMON_KEYS = {"id", "kind", "title", "required", "attendance_counts"}
KIND_KEYS: dict[ActivityKind, set[str]] = {
    ActivityKind.GUIDE: {"file", "book", "min_seconds"},
    ActivityKind.VIDEO: {"file", "subtitles", "coverage", "duration_seconds"},
    ActivityKind.SLIDES: {"file", "source", "notes"},
    ActivityKind.QUIZ: {"bank", "draw", "pass_mark", "max_attempts", "cooldown_seconds", "layout"},
    ActivityKind.WALKTHROUGH: {"file"},
}
FILE_SUFFIX: dict[ActivityKind, str] = {
    ActivityKind.GUIDE: ".md",
    ActivityKind.VIDEO: ".mp4",
    ActivityKind.SLIDES: ".pdf",
    ActivityKind.QUIZ: ".toml",
    ActivityKind.WALKTHROUGH: ".toml",
}
_KINDS = ", ".join(kind.value for kind in ActivityKind)


def parse_activity(table: Table, module_id: str, root: Path, book_ids: set[str]) -> Activity | None:
    """The activity, or None when its id or kind is unusable (problems are reported either way)."""
    activity_id = table.ident(what="activity")
    kind_text = table.text("kind", required=True)
    title = table.text("title", required=True)
    required = table.boolean("required", True)
    attendance_counts = table.boolean("attendance_counts", False)
    if kind_text not in set(ActivityKind):
        if kind_text:
            table.report("pack.problem.unknown_kind", "kind", value=kind_text, known=_KINDS)
        return None
    kind = ActivityKind(kind_text)
    table.unknown_keys(COMMON_KEYS | KIND_KEYS[kind])
    file_key = "bank" if kind is ActivityKind.QUIZ else "file"
    file = _kind_file(table, file_key, root, FILE_SUFFIX[kind])
    book = table.text("book", required=True) if kind is ActivityKind.GUIDE else None
    if book and book not in book_ids:
        table.report("pack.problem.unknown_book", "book", value=book)
    params = _PARAMS[kind](table, root)
    return Activity(
        activity_id, kind, title, module_id, file or "", required, book or None, attendance_counts, params
    )


def _kind_file(table: Table, key: str, root: Path, suffix: str) -> str | None:
    value = table.text(key, required=True)
    if value and not value.lower().endswith(suffix):
        table.report("pack.problem.wrong_suffix", key, key=key, suffix=suffix, value=value)
    return table.check_file(key, value, root) if value else None


def _guide(table: Table, _root: Path) -> GuideParams:
    return GuideParams(_whole(table, "min_seconds", GuideParams.min_seconds))


def _whole(table: Table, key: str, default: int) -> int:
    """A whole number of at least 0, or the default (a bad value is reported)."""
    value = table.integer(key, default)
    return default if value is None or value < 0 else value


def _video(table: Table, root: Path) -> VideoParams:
    subtitles: dict[str, str] = {}
    for language, rel in table.mapping("subtitles").items():
        if not isinstance(rel, str):
            table.report("pack.problem.subtitles_not_path", "subtitles", language=language)
        elif not rel.lower().endswith(".vtt"):
            table.report("pack.problem.subtitles_not_vtt", "subtitles", path=rel)
        elif table.check_file("subtitles", rel, root):
            subtitles[language] = rel
    duration = table.number("duration_seconds", None, minimum=0.0)
    if duration == 0:
        table.report("pack.problem.not_positive", "duration_seconds", key="duration_seconds")
    coverage = table.fraction("coverage", VideoParams.coverage)
    return VideoParams(coverage, subtitles, duration or None)


def _slides(table: Table, root: Path) -> SlidesParams:
    source = table.file("source", root, required=False)
    notes = table.file("notes", root, required=False)
    if source and not source.lower().endswith(".pptx"):
        table.report("pack.problem.wrong_suffix", "source", key="source", suffix=".pptx", value=source)
    if notes:
        _check_notes(table, root, notes)
    return SlidesParams(source, notes)


def _check_notes(table: Table, root: Path, notes: str) -> None:
    doc = read_toml(root, notes, table.problems)
    if doc is None:
        return
    values = doc.data.get("notes")
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        table.problems.add(
            notes, doc.key_line("notes"), "pack.problem.not_strings", what=Subject("slide_notes"), key="notes"
        )


def _quiz(table: Table, _root: Path) -> QuizParams:
    draw = table.integer("draw", None, minimum=1)
    layout = table.text("layout", default=QUIZ_LAYOUTS[0])
    if layout not in QUIZ_LAYOUTS:
        table.report(
            "pack.problem.not_one_of", "layout", key="layout", known=", ".join(QUIZ_LAYOUTS), value=layout
        )
        layout = QUIZ_LAYOUTS[0]
    return QuizParams(
        draw=draw if draw is not None and draw >= 1 else None,
        pass_mark=table.fraction("pass_mark", QuizParams.pass_mark),
        max_attempts=_whole(table, "max_attempts", QuizParams.max_attempts),
        cooldown_seconds=_whole(table, "cooldown_seconds", QuizParams.cooldown_seconds),
        layout=layout,
    )


def _walkthrough(_table: Table, _root: Path) -> WalkthroughParams:
    return WalkthroughParams()


_PARAMS: dict[ActivityKind, Callable[[Table, Path], ActivityParams]] = {
    ActivityKind.GUIDE: _guide,
    ActivityKind.VIDEO: _video,
    ActivityKind.SLIDES: _slides,
    ActivityKind.QUIZ: _quiz,
    ActivityKind.WALKTHROUGH: _walkthrough,
}
