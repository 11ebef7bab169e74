"""Guides for the reader: books and their chapters, rendered chapters, in-pack links and images."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from trainer_app.core.common.errors import NotFoundError, TrainerError
from trainer_app.core.domain.pack import Activity, ActivityKind, Book, Pack
from trainer_app.core.packs.links import LinkKind, classify_link, resolve_pack_link
from trainer_app.core.packs.markdown import RenderedGuide, page_html, render_guide
from trainer_app.core.services.packs import PackService

MAX_IMAGE_BYTES = 8 * 1024 * 1024
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".bmp"}


@dataclass(frozen=True)
class Chapter:
    pack_id: str
    activity: Activity
    guide: RenderedGuide
    html: str  # a whole HTML document for the reader


@dataclass(frozen=True)
class LinkAction:
    """What clicking a link in a chapter does: scroll, open another chapter, open outside, or nothing."""

    kind: str  # anchor | chapter | external | blocked
    activity_id: str = ""
    anchor: str = ""
    url: str = ""


class GuideService:
    def __init__(self, packs: PackService) -> None:
        self._packs = packs
        self._cache: dict[tuple[str, str, float], Chapter] = {}

    def books(self, pack: Pack) -> list[tuple[Book, list[Activity]]]:
        guides = [a for a in pack.activities() if a.kind is ActivityKind.GUIDE]
        result = [(book, [a for a in guides if a.book == book.id]) for book in pack.books]
        loose = [a for a in guides if a.book not in {b.id for b in pack.books}]
        if loose:
            result.append((Book("other", "Other chapters"), loose))
        return [(book, chapters) for book, chapters in result if chapters]

    def chapter(self, pack_id: str, activity_id: str) -> Chapter:
        pack = self._packs.get(pack_id)
        activity = self._packs.activity(pack_id, activity_id)
        if activity.kind is not ActivityKind.GUIDE:
            raise TrainerError("guide.guide_chapter", title=activity.title)
        path = pack.path(activity.file)
        try:
            mtime = path.stat().st_mtime
            key = (pack_id, activity_id, mtime)
            if key not in self._cache:
                text = path.read_text(encoding="utf-8")
                guide = render_guide(text, activity.file)
                self._cache[key] = Chapter(pack_id, activity, guide, page_html(guide))
        except FileNotFoundError as error:
            raise NotFoundError("guide.chapter_file_missing_pack", file=activity.file) from error
        except UnicodeDecodeError as error:
            raise TrainerError("guide.chapter_file_utf_text", file=activity.file) from error
        return self._cache[key]

    def follow(self, pack_id: str, chapter_file: str, href: str) -> LinkAction:
        target = classify_link(chapter_file, href)
        if target.kind is LinkKind.EXTERNAL:
            return LinkAction("external", url=href)
        if target.kind is LinkKind.ANCHOR:
            return LinkAction("anchor", anchor=target.anchor)
        if target.kind is LinkKind.PACK:
            pack = self._packs.get(pack_id)
            for activity in pack.activities():
                if activity.kind is ActivityKind.GUIDE and activity.file == target.path:
                    return LinkAction("chapter", activity_id=activity.id, anchor=target.anchor)
        return LinkAction("blocked")

    def resource(self, pack_id: str, chapter_file: str, href: str) -> bytes | None:
        """An image referenced by a chapter, only from inside the pack, never from elsewhere on disk."""
        pack = self._packs.get(pack_id)
        path = resolve_pack_link(pack.root, Path(chapter_file), href)
        if path is None or path.suffix.lower() not in IMAGE_SUFFIXES or not path.is_file():
            return None
        if path.stat().st_size > MAX_IMAGE_BYTES:
            return None
        return path.read_bytes()
