"""Helpers shared by the video UI tests (imported by them; not a pytest conftest)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from trainer_app.ui.media.player import MediaPlayer

MEDIA = Path(__file__).resolve().parents[1] / "fixtures" / "media"
CLIP = MEDIA / "clip.mp4"
TRUNCATED = MEDIA / "truncated.mp4"
CLIP_SECONDS = 4.0
WAIT_MS = 30_000  # generous: CI machines are slow; nothing below asserts on time

BACKENDS = [pytest.param("qt", id="qt"), pytest.param("vlc", id="vlc", marks=pytest.mark.vlc)]


@dataclass
class Signals:
    """Everything a player emitted, in order."""

    frames: list[QImage] = field(default_factory=list)
    positions: list[float] = field(default_factory=list)
    durations: list[float] = field(default_factory=list)
    playing: list[bool] = field(default_factory=list)
    ended: int = 0
    failures: list[str] = field(default_factory=list)

    def on_ended(self) -> None:
        self.ended += 1


def record(player: MediaPlayer) -> Signals:
    signals = Signals()
    player.frame_ready.connect(signals.frames.append)
    player.positionChanged.connect(signals.positions.append)
    player.durationChanged.connect(signals.durations.append)
    player.playingChanged.connect(signals.playing.append)
    player.ended.connect(signals.on_ended)
    player.failed.connect(signals.failures.append)
    return signals


def bright_pixels(image: QImage, top_fraction: float = 0.0) -> int:
    """Near-white pixels in the image below `top_fraction` of its height (subtitle text is white)."""
    count = 0
    for y in range(int(image.height() * top_fraction), image.height()):
        for x in range(0, image.width(), 2):
            color = image.pixelColor(x, y)
            if color.red() > 220 and color.green() > 220 and color.blue() > 220:
                count += 1
    return count


def changed_pixels(first: QImage, second: QImage, top_fraction: float = 0.0) -> int:
    """Pixels that differ between two same-size images, below `top_fraction` of the height."""
    count = 0
    for y in range(int(first.height() * top_fraction), first.height()):
        for x in range(0, first.width(), 2):
            if first.pixel(x, y) != second.pixel(x, y):
                count += 1
    return count
