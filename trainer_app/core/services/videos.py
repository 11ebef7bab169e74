"""Video activities for the player: the file, its duration, its subtitles (parsed), and where to resume."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from trainer_app.core.common.coded import CodedReason
from trainer_app.core.common.errors import NotFoundError, TrainerError
from trainer_app.core.domain.pack import ActivityKind
from trainer_app.core.packs.mp4info import read_mp4_info
from trainer_app.core.rules.subtitles import Cue, parse_webvtt_bytes
from trainer_app.core.services.packs import PackService
from trainer_app.core.services.progress import ProgressService

MAX_SUBTITLE_BYTES = 2 * 1024 * 1024


@dataclass(frozen=True)
class VideoInfo:
    path: Path
    file: str  # pack-relative, for messages
    duration_seconds: float | None
    subtitles: dict[str, tuple[Cue, ...]]
    subtitle_problems: tuple[CodedReason, ...]
    coverage: float
    resume_seconds: float
    completed: bool


class VideoService:
    def __init__(self, packs: PackService, progress: ProgressService) -> None:
        self._packs = packs
        self._progress = progress

    def video(self, learner_id: str | None, pack_id: str, activity_id: str) -> VideoInfo:
        pack = self._packs.get(pack_id)
        activity = self._packs.activity(pack_id, activity_id)
        if activity.kind is not ActivityKind.VIDEO:
            raise TrainerError("video.video", title=activity.title)
        path = pack.path(activity.file)
        if not path.is_file():
            raise NotFoundError("video.video_file_missing_pack", file=activity.file)
        try:
            duration: float | None = read_mp4_info(path).duration_seconds
        except TrainerError:
            duration = None  # the player decides; it reports a damaged file itself
        subtitles: dict[str, tuple[Cue, ...]] = {}
        problems: list[CodedReason] = []
        for language, relative in activity.video.subtitles.items():
            try:
                data = pack.path(relative).read_bytes()[:MAX_SUBTITLE_BYTES]
                subtitles[language] = tuple(parse_webvtt_bytes(data, relative))
            except OSError as error:
                problems.append(
                    CodedReason.of(
                        "video.subtitles_unreadable",
                        file=relative,
                        strerror=error.strerror or type(error).__name__,
                    )
                )
            except TrainerError as error:
                problems.append(CodedReason.of_error(error))
        resume, completed = 0.0, False
        if learner_id is not None:
            stored = self._progress.activity(learner_id, pack_id, activity_id)
            if stored is not None:
                completed = stored.is_complete
                resume = stored.position_number
        if duration and resume >= duration - 2:
            resume = 0.0  # finished last time: start again from the beginning
        return VideoInfo(
            path,
            activity.file,
            duration,
            subtitles,
            tuple(problems),
            activity.video.coverage,
            resume,
            completed,
        )
