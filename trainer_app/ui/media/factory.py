"""Choosing a backend from the settings, and falling back to the other when it cannot open a file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QImage

from trainer_app.ui.media.player import MediaPlayer
from trainer_app.ui.media.qt_backend import QtPlayer
from trainer_app.ui.media.vlc_backend import VlcPlayer

BACKENDS = ("qt", "vlc")
DEFAULT_BACKEND = "qt"
BACKEND_LABELS = {"qt": "Qt Multimedia", "vlc": "VLC"}  # product names: not translated
BackendFactory = Callable[[QObject | None], MediaPlayer]


def create_player(
    backend: str = DEFAULT_BACKEND,
    parent: QObject | None = None,
    vlc_extra_args: tuple[str, ...] = (),
) -> MediaPlayer:
    """A player using `backend` ("qt" or "vlc"; anything else means "qt") that tries the other backend
    when the chosen one cannot open a file. `vlc_extra_args` are appended to the libvlc options."""
    factories: dict[str, BackendFactory] = {
        "qt": QtPlayer,
        "vlc": lambda owner: VlcPlayer(owner, vlc_extra_args),
    }
    first = backend if backend in BACKENDS else DEFAULT_BACKEND
    second = next(name for name in BACKENDS if name != first)
    return FallbackPlayer([(first, factories[first]), (second, factories[second])], parent)


class FallbackPlayer(MediaPlayer):
    """Forwards to one backend at a time; while a file has not started (no duration, no frame yet), a
    failure of the current backend loads the same file into the next one, keeping the requested state.
    When every backend fails, `failed` names the file and each backend's reason."""

    def __init__(self, backends: list[tuple[str, BackendFactory]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._factories = backends
        self._index = 0
        self._active = self._create(0)
        self._path = ""
        self._opened = False
        self._reasons: list[str] = []
        self._want_playing = False
        self._pending_seek: float | None = None
        self._rate, self._volume, self._muted = 1.0, 1.0, False

    @property
    def backend_name(self) -> str:
        return self._active.backend_name

    def load(self, path: str) -> None:
        self._path, self._opened, self._reasons = path, False, []
        self._want_playing, self._pending_seek = False, None
        if self._index != 0:
            self._switch_to(0)
        self._active.load(path)

    def play(self) -> None:
        self._want_playing = True
        self._active.play()

    def pause(self) -> None:
        self._want_playing = False
        self._active.pause()

    def seek(self, seconds: float) -> None:
        self._pending_seek = None if self._opened else seconds
        self._active.seek(seconds)

    def set_rate(self, rate: float) -> None:
        self._rate = rate
        self._active.set_rate(rate)

    def set_volume(self, volume: float) -> None:
        self._volume = volume
        self._active.set_volume(volume)

    def set_muted(self, muted: bool) -> None:
        self._muted = muted
        self._active.set_muted(muted)

    def position(self) -> float:
        return self._active.position()

    def duration(self) -> float:
        return self._active.duration()

    def rate(self) -> float:
        return self._rate

    def is_playing(self) -> bool:
        return self._active.is_playing()

    def close(self) -> None:
        self._active.close()

    def _create(self, index: int) -> MediaPlayer:
        player = self._factories[index][1](self)
        player.frame_ready.connect(self._on_frame)
        player.positionChanged.connect(self.positionChanged)
        player.durationChanged.connect(self._on_duration)
        player.playingChanged.connect(self.playingChanged)
        player.ended.connect(self.ended)
        player.failed.connect(self._on_failed)
        return player

    def _switch_to(self, index: int) -> None:
        old = self._active
        old.close()
        old.deleteLater()
        self._index = index
        self._active = self._create(index)
        self._active.set_rate(self._rate)
        self._active.set_volume(self._volume)
        self._active.set_muted(self._muted)

    def _on_frame(self, image: QImage) -> None:
        self._opened = True
        self.frame_ready.emit(image)

    def _on_duration(self, seconds: float) -> None:
        if seconds > 0:
            self._opened = True
        self.durationChanged.emit(seconds)

    def _on_failed(self, reason: str) -> None:
        if self.sender() is not self._active:
            return
        name = Path(self._path).name
        why = reason.removeprefix(f"{name}: ")
        label = self._factories[self._index][0]
        self._reasons.append(f"{BACKEND_LABELS.get(label, label)}: {why}")
        if self._opened or self._index + 1 >= len(self._factories):
            self.failed.emit(f"{name}: " + "; ".join(self._reasons))
            return
        self._switch_to(self._index + 1)
        self._active.load(self._path)
        if self._pending_seek is not None:
            self._active.seek(self._pending_seek)
        if self._want_playing:
            self._active.play()
