"""The default backend: QMediaPlayer (FFmpeg ships inside the PySide6 wheel) rendering into a QVideoSink."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl, SignalInstance
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer, QVideoFrame, QVideoSink

from trainer_app.ui.media.player import MediaPlayer, clamp_volume

_Status = QMediaPlayer.MediaStatus


class QtPlayer(MediaPlayer):
    """QMediaPlayer + QVideoSink + QAudioOutput; playback runs on the system clock without an audio device."""

    backend_name = "qt"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._player = QMediaPlayer(self)
        self._sink = QVideoSink(self)
        self._audio = QAudioOutput(self)
        self._player.setVideoSink(self._sink)
        self._player.setAudioOutput(self._audio)
        self._name = ""
        self._loaded = False
        self._has_failed = False
        self._pending_seek: float | None = None
        self._rate = 1.0
        self._sink.videoFrameChanged.connect(self._on_frame)
        self._player.positionChanged.connect(lambda ms: self.positionChanged.emit(ms / 1000.0))
        self._player.durationChanged.connect(lambda ms: self.durationChanged.emit(ms / 1000.0))
        self._player.playbackStateChanged.connect(self._on_state)
        self._player.mediaStatusChanged.connect(self._on_status)
        self._player.errorOccurred.connect(self._on_error)
        for signal in (self._audio.volumeChanged, self._player.sourceChanged, self._sink.videoSizeChanged):
            _prime_override_cache(signal)

    def load(self, path: str) -> None:
        self._name = Path(path).name
        self._loaded = False
        self._has_failed = False
        self._pending_seek = None
        if not self._player.isAvailable():
            self._fail(self.tr("Qt Multimedia has no usable media backend on this computer"))
            return
        if not Path(path).is_file():
            self._fail(self.tr("the file does not exist"))
            return
        self._player.setSource(QUrl.fromLocalFile(str(Path(path).resolve())))
        self._player.setPlaybackRate(self._rate)

    def play(self) -> None:
        if not self._has_failed and not self._player.source().isEmpty():
            self._player.play()

    def pause(self) -> None:
        self._player.pause()

    def seek(self, seconds: float) -> None:
        target = max(0.0, seconds)
        if self.duration() > 0:
            target = min(target, self.duration())
        if not self._loaded:
            self._pending_seek = target
            self.positionChanged.emit(target)
            return
        self._player.setPosition(round(target * 1000))

    def set_rate(self, rate: float) -> None:
        self._rate = rate
        self._player.setPlaybackRate(rate)

    def set_volume(self, volume: float) -> None:
        self._audio.setVolume(clamp_volume(volume))

    def set_muted(self, muted: bool) -> None:
        self._audio.setMuted(muted)

    def position(self) -> float:
        if self._pending_seek is not None:
            return self._pending_seek
        return self._player.position() / 1000.0

    def duration(self) -> float:
        return max(0, self._player.duration()) / 1000.0

    def rate(self) -> float:
        return self._rate

    def is_playing(self) -> bool:
        return self._player.playbackState() == QMediaPlayer.PlaybackState.PlayingState

    def close(self) -> None:
        self._player.stop()
        self._player.setSource(QUrl())
        self._loaded = False
        self._pending_seek = None

    def _on_frame(self, frame: QVideoFrame) -> None:
        if frame.isValid():
            image = frame.toImage()
            if not image.isNull():
                self.frame_ready.emit(image)

    def _on_state(self, state: QMediaPlayer.PlaybackState) -> None:
        self.playingChanged.emit(state == QMediaPlayer.PlaybackState.PlayingState)

    def _on_status(self, status: QMediaPlayer.MediaStatus) -> None:
        if (
            status in (_Status.LoadedMedia, _Status.BufferingMedia, _Status.BufferedMedia)
            and not self._loaded
        ):
            self._loaded = True
            if self._pending_seek is not None:
                self._player.setPosition(round(self._pending_seek * 1000))
                self._pending_seek = None
        elif status == _Status.EndOfMedia:
            self.ended.emit()
        elif status == _Status.InvalidMedia:
            self._fail(self._player.errorString() or self.tr("the file is not a playable video"))

    def _on_error(self, _error: QMediaPlayer.Error, message: str) -> None:
        self._fail(message or self.tr("the file could not be decoded"))

    def _fail(self, why: str) -> None:
        if not self._has_failed:
            self._has_failed = True
            self.failed.emit(f"{self._name}: {why}")


def _ignore(*_args: object) -> None:
    """A slot that does nothing."""


def _prime_override_cache(signal: SignalInstance) -> None:
    """Connect and disconnect once on the GUI thread so that PySide caches "no Python override" for the
    object's connectNotify/disconnectNotify.

    Without it, QMediaPlayer.stop() deadlocks: the FFmpeg audio renderer, destroyed on its own thread,
    disconnects from the QAudioOutput and calls its Python wrapper's disconnectNotify, which waits for the
    GIL while holding a Qt signal-slot mutex that the GUI thread (holding the GIL inside stop()) waits for.
    Measured here: a hang within 1–50 open/play/pause/close cycles; none in hundreds once primed.
    """
    signal.connect(_ignore)
    signal.disconnect(_ignore)
