"""A content pack as the rest of the app sees it: roles, books, tracks, modules and activities."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from pathlib import Path
from typing import TypeVar

from trainer_app.core.domain.activity_params import (
    ActivityParams,
    GuideParams,
    QuizParams,
    SlidesParams,
    VideoParams,
    WalkthroughParams,
)


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


_P = TypeVar("_P", GuideParams, VideoParams, SlidesParams, QuizParams, WalkthroughParams)


@dataclass(frozen=True)
class Activity:
    """One thing to do. `file` is pack-relative (the bank for quizzes); `params` holds the kind's typed rule
    parameters (the kind's defaults when not given). Read them through `guide`, `video`, `slides` or `quiz`."""

    id: str
    kind: ActivityKind
    title: str
    module_id: str
    file: str
    required: bool = True
    book: str | None = None
    attendance_counts: bool = False  # attending a classroom session that covers it may complete it
    params: ActivityParams | None = field(default=None, hash=False, compare=False)

    def __post_init__(self) -> None:
        if self.params is None:  # the kind's defaults; frozen, so set once here
            object.__setattr__(self, "params", _DEFAULT_PARAMS[ActivityKind(self.kind)]())

    @property
    def guide(self) -> GuideParams:
        return self._params_as(GuideParams)

    @property
    def video(self) -> VideoParams:
        return self._params_as(VideoParams)

    @property
    def slides(self) -> SlidesParams:
        return self._params_as(SlidesParams)

    @property
    def quiz(self) -> QuizParams:
        return self._params_as(QuizParams)

    def _params_as(self, wanted: type[_P]) -> _P:
        if not isinstance(self.params, wanted):  # a caller's bug: it should have checked the kind
            raise TypeError(f"Activity '{self.id}' is a {self.kind}, without {wanted.__name__}.")
        return self.params


_DEFAULT_PARAMS: dict[ActivityKind, type[ActivityParams]] = {
    ActivityKind.GUIDE: GuideParams,
    ActivityKind.VIDEO: VideoParams,
    ActivityKind.SLIDES: SlidesParams,
    ActivityKind.QUIZ: QuizParams,
    ActivityKind.WALKTHROUGH: WalkthroughParams,
}


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
class PracticalCheckDef:
    """A named task a learner performs on the demo site, observed by a trainer (`[[practical_checks]]`)."""

    id: str
    title: str
    description: str = ""


@dataclass(frozen=True)
class Certificate:
    """A certificate a track awards for a named set of its modules, serving one rollout step.

    The legacy `[track.certificate]` is one whole-track certificate: id = the track id, every module, no step.
    """

    title: str
    criteria: str
    translations: tuple[CertificateTranslation, ...] = ()
    id: str = ""
    step: int | None = None
    modules: tuple[str, ...] = ()
    practical_checks: tuple[str, ...] = ()

    def text_for(self, language: str) -> CertificateTranslation | None:
        """The translation for `language` (exact, then its primary subtag), or None."""
        primary = language.split("-", maxsplit=1)[0]
        for wanted in (language, primary):
            found = next((t for t in self.translations if t.language == wanted), None)
            if found is not None:
                return found
        return None


@dataclass(frozen=True)
class Track:
    id: str
    role: str
    title: str
    description: str
    module_ids: tuple[str, ...]
    certificates: tuple[Certificate, ...]
    legacy_modules: tuple[str, ...] = ()  # what its whole-track certificate covered before the split

    def certificate(self, certificate_id: str) -> Certificate | None:
        return next((c for c in self.certificates if c.id == certificate_id), None)

    @property
    def whole_track_certificate(self) -> Certificate | None:
        """The legacy whole-track certificate (id = the track id), when the track awards one."""
        return self.certificate(self.id)


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

    def certificates(self) -> tuple[tuple[Track, Certificate], ...]:
        """Every certificate of the pack with the track that awards it, in track order."""
        return tuple((t, c) for t in self.tracks for c in t.certificates)

    def certificate(self, certificate_id: str) -> tuple[Track, Certificate] | None:
        return next(((t, c) for t, c in self.certificates() if c.id == certificate_id), None)

    def activities(self) -> tuple[Activity, ...]:
        return self._activities

    def activity(self, activity_id: str) -> Activity | None:
        return self._activity_by_id.get(activity_id)

    # Computed once per (immutable) pack: search results and lock checks look activities up by id many times,
    # and a generated pack holds thousands of them.
    @cached_property
    def _activities(self) -> tuple[Activity, ...]:
        return tuple(a for m in self.modules for a in m.activities)

    @cached_property
    def _activity_by_id(self) -> dict[str, Activity]:
        by_id: dict[str, Activity] = {}
        for activity in self._activities:
            by_id.setdefault(activity.id, activity)  # the first wins, as the linear search did
        return by_id

    def track_modules(self, track: Track) -> tuple[Module, ...]:
        by_id = {m.id: m for m in self.modules}
        return tuple(by_id[m] for m in track.module_ids if m in by_id)

    def path(self, relative: str) -> Path:
        return self.root / relative
