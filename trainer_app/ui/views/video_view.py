"""The video screen: frames, subtitles and controls over a MediaPlayer; reports watched intervals.

No database access and no completion decision: `observed` carries raw intervals for ProgressService.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeyEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from trainer_app.core.rules.subtitles import Cue, text_at
from trainer_app.core.rules.video import Interval, WatchRecorder
from trainer_app.ui.media.factory import create_player
from trainer_app.ui.media.player import MediaPlayer
from trainer_app.ui.media.video_controls import SKIP_SECONDS, VideoControls
from trainer_app.ui.media.video_surface import VideoSurface

REPORT_EVERY_MS = 5000


class VideoView(QWidget):
    """Plays one video. Keys: Space play/pause, Left/Right −/+10 s, F full screen, M mute, Esc leave full screen.

    `observed(intervals, position_s, duration_s, ended)` is emitted every few seconds of playback, on pause,
    at the end and on close_media(); `intervals` are every (start_s, end_s) watched continuously since open(),
    merged — seeks are never counted.
    """

    observed = Signal(list, float, float, bool)
    fullScreenChanged = Signal(bool)
    playback_failed = Signal(str)

    def __init__(
        self, parent: QWidget | None = None, backend: str = "qt", player: MediaPlayer | None = None
    ) -> None:
        super().__init__(parent)
        self.player = player if player is not None else create_player(backend, self)
        self._recorder = WatchRecorder()
        self._cues: list[Cue] = []
        self._ended = False
        self._has_media = False
        self._failed = False
        self._path = ""
        self._report_timer = QTimer(self)
        self._report_timer.setInterval(REPORT_EVERY_MS)
        self._report_timer.timeout.connect(lambda: self._report(False))
        self._build()
        self._connect()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.retranslate()

    def _build(self) -> None:
        self.surface = VideoSurface(self)
        self.message_label = self.surface.message_label
        self.controls = VideoControls(self)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.surface, 1)
        column.addWidget(self.controls)

    def _connect(self) -> None:
        player, controls = self.player, self.controls
        player.frame_ready.connect(self.surface.set_frame)
        player.positionChanged.connect(self._on_position)
        player.durationChanged.connect(controls.set_duration)
        player.playingChanged.connect(self._on_playing)
        player.ended.connect(self._on_ended)
        player.failed.connect(self._on_failed)
        controls.play_button.clicked.connect(self.toggle_play)
        controls.back_button.clicked.connect(lambda: self.skip(-SKIP_SECONDS))
        controls.forward_button.clicked.connect(lambda: self.skip(SKIP_SECONDS))
        controls.seekRequested.connect(self.seek)
        controls.speed_combo.currentIndexChanged.connect(lambda _i: self.set_rate(controls.current_speed()))
        controls.volume_slider.valueChanged.connect(lambda value: player.set_volume(value / 100))
        controls.mute_button.toggled.connect(self.set_muted)
        controls.subtitles_button.toggled.connect(lambda _on: self._show_subtitle(player.position()))
        controls.full_screen_button.toggled.connect(self.set_full_screen)
        self.surface.clicked.connect(self.toggle_play)
        self.surface.doubleClicked.connect(self.toggle_full_screen)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Video player"))
        self.surface.setAccessibleName(self.tr("Video"))
        self.message_label.setAccessibleName(self.tr("Video message"))
        self.controls.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- public API ------------------------------------------------------------------------------------

    def open(
        self, path: str, *, start_seconds: float = 0.0, cues: Sequence[Cue] = (), autoplay: bool = False
    ) -> None:
        """Load `path`, resume at `start_seconds`, show `cues` as subtitles (on by default when given)."""
        if self._has_media:
            self.close_media()
        self._recorder = WatchRecorder()
        self._ended = False
        self._failed = False
        self._has_media = True
        self._path = path
        self.surface.hide_message()
        self.controls.setEnabled(True)
        self.surface.clear_frame()
        self.set_subtitles(cues)
        self.player.load(path)
        if start_seconds > 0:
            self.player.seek(start_seconds)
        if autoplay:
            self.play()

    def set_subtitles(self, cues: Sequence[Cue]) -> None:
        self._cues = list(cues)
        self.controls.subtitles_button.setEnabled(bool(self._cues))
        self.controls.subtitles_button.setChecked(bool(self._cues))
        self._show_subtitle(self.player.position())

    def current_subtitle(self) -> str:
        """The subtitle text on screen now ("" when none or subtitles are off)."""
        return self.surface.subtitle()

    def intervals(self) -> list[Interval]:
        return self._recorder.intervals()

    def play(self) -> None:
        self.player.play()

    def pause(self) -> None:
        self.player.pause()

    def toggle_play(self) -> None:
        if self.player.is_playing():
            self.pause()
        else:
            self.play()

    def seek(self, seconds: float) -> None:
        """A user seek: the jump is never counted as watched."""
        self._recorder = self._recorder.break_continuity()
        self.player.seek(seconds)

    def skip(self, delta_seconds: float) -> None:
        self.seek(max(0.0, self.player.position() + delta_seconds))

    def set_rate(self, rate: float) -> None:
        """Playback speed; the speed box shows it when it is one of its choices."""
        combo = self.controls.speed_combo
        index = combo.findData(rate)
        if index >= 0 and index != combo.currentIndex():
            combo.blockSignals(True)
            combo.setCurrentIndex(index)
            combo.blockSignals(False)
        self.player.set_rate(rate)

    def set_muted(self, muted: bool) -> None:
        self.player.set_muted(muted)
        self.controls.set_muted(muted)

    def toggle_mute(self) -> None:
        self.set_muted(not self.controls.mute_button.isChecked())

    def is_full_screen(self) -> bool:
        return self.isWindow() and self.isFullScreen()

    def toggle_full_screen(self) -> None:
        self.set_full_screen(not self.is_full_screen())

    def set_full_screen(self, full: bool) -> None:
        """Full screen lifts the view out of its parent into its own window and puts it back afterwards."""
        if full == self.is_full_screen():
            self.controls.set_full_screen(full)
            return
        if self.parentWidget() is not None:
            self.setWindowFlag(Qt.WindowType.Window, full)
        if full:
            self.showFullScreen()
        else:
            self.setWindowState(self.windowState() & ~Qt.WindowState.WindowFullScreen)
            self.show()
        self.activateWindow()
        self.setFocus()
        self.controls.set_full_screen(full)
        self.fullScreenChanged.emit(full)

    def close_media(self) -> None:
        """Report what was watched, then stop and release the file."""
        if not self._has_media:
            return
        self._report(self._ended)
        self._report_timer.stop()
        self._has_media = False
        self.player.close()

    # -- player events ---------------------------------------------------------------------------------

    def _on_position(self, seconds: float) -> None:
        self._recorder = self._recorder.observe(seconds, self.player.rate())
        self.controls.set_position(seconds)
        self._show_subtitle(seconds)

    def _on_playing(self, playing: bool) -> None:
        self.controls.set_playing(playing)
        if playing:
            self._ended = False
            self._report_timer.start()
        else:
            self._report_timer.stop()
            self._report(self._ended)

    def _on_ended(self) -> None:
        duration = self.player.duration()
        if duration > 0:
            self._recorder = self._recorder.observe(duration, self.player.rate())
            self.controls.set_position(duration)
        self._ended = True
        self._report(True)

    def _on_failed(self, reason: str) -> None:
        self._failed = True
        self._report_timer.stop()
        self.surface.clear_frame()
        self.surface.set_subtitle("")
        self.controls.setEnabled(False)
        name = Path(self._path).name
        self.surface.show_message(
            self.tr("This video cannot be played: {file}").format(file=name),
            reason.removeprefix(f"{name}: ").replace("; ", "\n"),
        )
        self.playback_failed.emit(reason)

    def _show_subtitle(self, seconds: float) -> None:
        enabled = self.controls.subtitles_button.isChecked()
        self.surface.set_subtitle(text_at(self._cues, seconds) if enabled else "")

    def _report(self, ended: bool) -> None:
        if self._has_media and not self._failed:
            self.observed.emit(self.intervals(), self.player.position(), self.player.duration(), ended)

    # -- keyboard and window ---------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        actions = {
            Qt.Key.Key_Space: self.toggle_play,
            Qt.Key.Key_Left: lambda: self.skip(-SKIP_SECONDS),
            Qt.Key.Key_Right: lambda: self.skip(SKIP_SECONDS),
            Qt.Key.Key_F: self.toggle_full_screen,
            Qt.Key.Key_M: self.toggle_mute,
        }
        if key == Qt.Key.Key_Escape and self.is_full_screen():
            self.set_full_screen(False)
        elif key in actions and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            actions[Qt.Key(key)]()
        else:
            super().keyPressEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        # Leaving the screen pauses (and so reports); a full-screen switch hides the view only for a moment.
        if not event.spontaneous() and self.player.is_playing() and not self.isVisible():
            QTimer.singleShot(0, self._pause_if_hidden)
        super().hideEvent(event)

    def _pause_if_hidden(self) -> None:
        if not self.isVisible():
            self.pause()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_full_screen() and self.parentWidget() is not None:
            self.set_full_screen(False)
            event.ignore()
            return
        self.close_media()
        super().closeEvent(event)
