"""A content pack as the rest of the app sees it: roles, books, tracks, modules and activities."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any


class ActivityKind(StrEnum):
    GUIDE = "guide"
    VIDEO = "video"
    SLIDES = "slides"
    QUIZ = "quiz"
    WALKTHROUGH = "walkthrough"


@dataclass(frozen=True)
class Role:
    id: str
    title: str
    description: str = ""


@dataclass(frozen=True)
class Book:
    id: str
    title: str
    description: str = ""


@dataclass(frozen=True)
class Activity:
    """One thing to do. `file` is pack-relative (the bank for quizzes); `params` holds the kind's rule keys."""

    id: str
    kind: ActivityKind
    title: str
    module_id: str
    file: str
    required: bool = True
    book: str | None = None
    attendance_counts: bool = False  # attending a classroom session that covers its module completes it
    params: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    def param(self, key: str, default: Any) -> Any:
        return self.params.get(key, default)


@dataclass(frozen=True)
class Module:
    id: str
    title: str
    summary: str
    activities: tuple[Activity, ...]
    prerequisites: tuple[str, ...] = ()


@dataclass(frozen=True)
class CertificateTranslation:
    """The certificate's title and criteria in another language (`[track.certificate.translations.<lang>]`)."""

    language: str
    title: str
    criteria: str


@dataclass(frozen=True)
class Certificate:
    title: str
    criteria: str
    translations: tuple[CertificateTranslation, ...] = ()
    practical_checks: tuple[str, ...] = ()  # ids of the pack's practical checks that must be passed

    def text_for(self, language: str) -> CertificateTranslation | None:
        """The translation for `language` (exact, then its primary subtag), or None."""
        primary = language.split("-")[0]
        for wanted in (language, primary):
            found = next((t for t in self.translations if t.language == wanted), None)
            if found is not None:
                return found
        return None


@dataclass(frozen=True)
class PracticalCheckDef:
    """A task a learner performs on the demo site while a trainer watches (`[[practical_checks]]`)."""

    id: str
    title: str
    description: str


@dataclass(frozen=True)
class Track:
    id: str
    role: str
    title: str
    description: str
    module_ids: tuple[str, ...]
    certificate: Certificate


@dataclass(frozen=True)
class Pack:
    """A parsed, validated pack. `root` is the folder it was read from."""

    id: str
    version: str
    language: str
    title: str
    publisher: str
    root: Path
    roles: tuple[Role, ...]
    books: tuple[Book, ...]
    tracks: tuple[Track, ...]
    modules: tuple[Module, ...]
    schema_version: int = 1
    practical_checks: tuple[PracticalCheckDef, ...] = ()

    def practical_check(self, check_id: str) -> PracticalCheckDef | None:
        return next((c for c in self.practical_checks if c.id == check_id), None)

    def role(self, role_id: str) -> Role | None:
        return next((r for r in self.roles if r.id == role_id), None)

    def module(self, module_id: str) -> Module | None:
        return next((m for m in self.modules if m.id == module_id), None)

    def track_for_role(self, role_id: str) -> Track | None:
        return next((t for t in self.tracks if t.role == role_id), None)

    def track(self, track_id: str) -> Track | None:
        return next((t for t in self.tracks if t.id == track_id), None)

    def activities(self) -> tuple[Activity, ...]:
        return tuple(a for m in self.modules for a in m.activities)

    def activity(self, activity_id: str) -> Activity | None:
        return next((a for a in self.activities() if a.id == activity_id), None)

    def track_modules(self, track: Track) -> tuple[Module, ...]:
        by_id = {m.id: m for m in self.modules}
        return tuple(by_id[m] for m in track.module_ids if m in by_id)

    def path(self, relative: str) -> Path:
        return self.root / relative
