"""A video activity: the player, subtitles in the learner's language, resume, and coverage reported as watched."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from trainer_app.core.common.coded import CodedReason
from trainer_app.core.common.errors import TrainerError
from trainer_app.core.domain.pack import Activity
from trainer_app.ui.certificate_hook import announce_issued
from trainer_app.ui.context import Context
from trainer_app.ui.errors_text import error_text
from trainer_app.ui.views.video_view import VideoView

if TYPE_CHECKING:
    from trainer_app.ui.view_services import VideoServices

MAX_REPORT_SECONDS = 30.0


class VideoActivityView(QWidget):
    def __init__(self, context: Context, services: VideoServices) -> None:
        super().__init__()
        self.context = context
        self.services = services
        self.pack_id = ""
        self.activity: Activity | None = None
        self.duration = 0.0
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Video status"))
        self.player_view: VideoView | None = None
        self._backend = ""
        self._last_report = time.monotonic()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.status)

    def _ensure_player(self) -> VideoView:
        backend = self.services.settings.current.video_backend or "qt"
        if self.player_view is None or backend != self._backend:
            if self.player_view is not None:
                self.player_view.close_media()
                self.player_view.deleteLater()
            self.player_view = VideoView(self, backend=backend)
            self.player_view.observed.connect(self._observed)
            self.player_view.playback_failed.connect(self._failed)
            self._layout.insertWidget(0, self.player_view, 1)
            self._backend = backend
        return self.player_view

    def open(self, pack_id: str, activity: Activity, anchor: str = "") -> None:  # noqa: ARG002 (every kind view shares this signature)
        self.close_activity()
        self.pack_id, self.activity = pack_id, activity
        learner = self.context.learner
        try:
            info = self.services.videos.video(learner.id if learner else None, pack_id, activity.id)
        except TrainerError as error:
            self.status.setText(error_text(error))
            if self.player_view is not None:
                self.player_view.hide()
            return
        if learner is not None:
            self.services.progress.open_activity(learner.id, pack_id, activity.id)
        self.duration = info.duration_seconds or 0.0
        language = learner.language if learner and learner.language in info.subtitles else "en"
        cues = info.subtitles.get(language) or next(iter(info.subtitles.values()), ())
        view = self._ensure_player()
        view.show()
        view.open(str(info.path), start_seconds=info.resume_seconds, cues=cues)
        view.setFocus()
        self._last_report = time.monotonic()
        self._show_status(info.completed, info.coverage, info.subtitle_problems)

    def _show_status(self, completed: bool, required: float, problems: tuple[CodedReason, ...] = ()) -> None:
        if completed:
            text = self.tr("✓ Watched. You can watch it again at any time.")
        else:
            text = self.tr(
                "Watch at least {percent}% of the video to complete it; skipping ahead does not count."
            ).format(percent=round(required * 100))
        if problems:
            text += " " + self.tr("Subtitles could not be loaded: {problem}").format(
                problem=error_text(problems[0].error())
            )
        self.status.setText(text)

    def _observed(
        self, intervals: list[tuple[float, float]], position: float, duration: float, _ended: bool
    ) -> None:
        learner = self.context.learner
        if learner is None or self.activity is None:
            return
        now = time.monotonic()
        seconds, self._last_report = min(now - self._last_report, MAX_REPORT_SECONDS), now
        length = duration or self.duration
        if length <= 0:
            return
        try:
            result = self.services.progress.record_video(
                learner.id, self.pack_id, self.activity.id, intervals, length, position, seconds=seconds
            )
        except TrainerError as error:
            self.status.setText(error_text(error))
            return
        announce_issued(self.context, result.certificates, result.certificate_pending)
        self._show_status(result.progress.is_complete, self.activity.video.coverage)

    def _failed(self, reason: str) -> None:
        self.status.setText(self.tr("This video cannot be played: {reason}").format(reason=reason))

    def close_activity(self) -> None:
        if self.player_view is not None:
            self.player_view.close_media()
