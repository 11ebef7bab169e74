"""Slide decks: the PDF to show, its page count (a light parse; the viewer's own count wins), speaker notes
from the notes TOML, the PPTX source when the pack ships one, and where the learner left off.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from trainer_app.core.common.errors import NotFoundError, TrainerError, ValidationError
from trainer_app.core.domain.pack import Activity, ActivityKind
from trainer_app.core.packs.safepaths import file_problem
from trainer_app.core.packs.tomlfile import MAX_TOML_BYTES
from trainer_app.core.services.packs import PackService
from trainer_app.core.services.progress import ProgressService

MAX_PARSE_BYTES = 200 * 1024 * 1024
_PAGE_RE = re.compile(rb"/Type\s*/Page(?![A-Za-z])")
_COUNT_RE = re.compile(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)|/Count\s+(\d+)[^>]*?/Type\s*/Pages\b", re.S)


@dataclass(frozen=True)
class Deck:
    """One slides activity. `page_count` is None when a light parse of the PDF cannot tell."""

    pack_id: str
    activity: Activity
    pdf_path: Path
    page_count: int | None
    notes: tuple[str, ...] = ()
    notes_problem: TrainerError | None = None  # why the speaker notes cannot be shown (a coded error)
    source_path: Path | None = None

    @property
    def file_name(self) -> str:
        return self.pdf_path.name

    def note(self, page: int) -> str:
        """Speaker notes for the page (0-based); empty when the deck has none for it."""
        return self.notes[page] if 0 <= page < len(self.notes) else ""


@dataclass(frozen=True)
class SlidesResume:
    """Where the learner left off: the page to show, pages already seen (0-based), whether complete."""

    page: int
    seen: frozenset[int]
    completed: bool


class SlideService:
    def __init__(self, packs: PackService, progress: ProgressService) -> None:
        self._packs = packs
        self._progress = progress

    def deck(self, pack_id: str, activity_id: str) -> Deck:
        """The deck's files; a missing or unsafe PDF raises NotFoundError naming it."""
        pack = self._packs.get(pack_id)
        activity = self._packs.activity(pack_id, activity_id)
        if activity.kind is not ActivityKind.SLIDES:
            raise TrainerError("slides.slide_deck", title=activity.title)
        problem = file_problem(pack.root, activity.file)
        if problem:
            raise NotFoundError("slides.slide_deck_opened", file=activity.file, problem=problem)
        notes_rel = activity.slides.notes
        notes, notes_problem = load_notes(pack.root, notes_rel) if notes_rel else ((), None)
        source_rel = activity.slides.source
        source = pack.path(source_rel) if source_rel and not file_problem(pack.root, source_rel) else None
        pdf = pack.path(activity.file)
        return Deck(pack_id, activity, pdf, pdf_page_count(pdf), notes, notes_problem, source)

    def resume(self, learner_id: str, pack_id: str, activity_id: str) -> SlidesResume:
        """Log the opening and say where to resume (progress.last_position) and which pages were seen."""
        result = self._progress.open_activity(learner_id, pack_id, activity_id)
        detail = self._progress.detail(learner_id, pack_id, activity_id)
        seen = frozenset(int(p) for p in detail.get("done", []) if str(p).isdigit())
        return SlidesResume(_page(result.progress.last_position), seen, result.progress.is_complete)


def load_notes(root: Path, rel: str) -> tuple[tuple[str, ...], TrainerError | None]:
    """Speaker notes (one string per slide), or none and why the file cannot be used."""
    problem = file_problem(root, rel)
    if problem:
        return (), NotFoundError("slides.notes_unusable", file=rel, problem=problem)
    try:
        if (root / rel).stat().st_size > MAX_TOML_BYTES:  # a pack file: its size checked before it is read
            return (), ValidationError("slides.notes_not_toml", file=rel)
        data = tomllib.loads((root / rel).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError):
        return (), ValidationError("slides.notes_not_toml", file=rel)
    notes = data.get("notes")
    if not isinstance(notes, list) or not all(isinstance(n, str) for n in notes):
        return (), ValidationError("slides.notes_not_list", file=rel)
    return tuple(notes), None


def pdf_page_count(path: Path) -> int | None:
    """Pages of a PDF by counting page objects (or the page tree's /Count); None when it cannot tell."""
    try:
        if path.stat().st_size > MAX_PARSE_BYTES:
            return None
        data = path.read_bytes()
    except OSError:
        return None
    if not data.startswith(b"%PDF-"):
        return None
    pages = len(_PAGE_RE.findall(data))
    if pages:
        return pages
    counts = [int(a or b) for a, b in _COUNT_RE.findall(data)]
    return max(counts) if counts else None


def _page(position: str) -> int:
    return int(position) if position.strip().isdigit() else 0
