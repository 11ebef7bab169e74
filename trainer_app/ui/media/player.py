"""The one player interface the video view talks to; the Qt and VLC backends implement it.

Every signal is emitted on the GUI thread. Positions and durations are in seconds.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage


class MediaPlayer(QObject):
    """A video player that hands frames over as QImages.

    Signals: frame_ready(QImage), positionChanged(float seconds), durationChanged(float seconds),
    playingChanged(bool), ended() once playback reached the end of the media, failed(str reason) when the
    file cannot be opened or decoded (the reason names the file).
    """

    frame_ready = Signal(QImage)
    positionChanged = Signal(float)
    durationChanged = Signal(float)
    playingChanged = Signal(bool)
    ended = Signal()
    failed = Signal(str)

    @property
    def backend_name(self) -> str:
        """Which backend plays ("qt", "vlc"); a property so the fallback player can answer for its active one."""
        return "none"

    def load(self, path: str) -> None:
        """Open `path`; nothing plays until play(). Failures arrive through `failed`."""
        raise NotImplementedError

    def play(self) -> None:
        raise NotImplementedError

    def pause(self) -> None:
        raise NotImplementedError

    def seek(self, seconds: float) -> None:
        """Jump to `seconds`, clamped to the media; remembered if the media is not open yet."""
        raise NotImplementedError

    def set_rate(self, rate: float) -> None:
        raise NotImplementedError

    def set_volume(self, volume: float) -> None:
        """Volume 0–1."""
        raise NotImplementedError

    def set_muted(self, muted: bool) -> None:
        raise NotImplementedError

    def position(self) -> float:
        raise NotImplementedError

    def duration(self) -> float:
        """Seconds, 0 while unknown."""
        raise NotImplementedError

    def rate(self) -> float:
        raise NotImplementedError

    def is_playing(self) -> bool:
        raise NotImplementedError

    def close(self) -> None:
        """Stop and release the media; the player can load another file afterwards."""
        raise NotImplementedError


def clamp_volume(volume: float) -> float:
    return min(1.0, max(0.0, volume))
