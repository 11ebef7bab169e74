"""Second backend: python-vlc over the system libvlc, decoding into a fixed RV32 buffer (tech-notes §3c).

libvlc calls back on its own threads: those callbacks only copy data and emit private signals that reach
the GUI thread queued; player methods are called from the GUI thread only (never inside a libvlc event).
"""

from __future__ import annotations

import ctypes
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QImage

from trainer_app.ui.media.player import MediaPlayer, clamp_volume
from trainer_app.ui.media.vlc_support import load_vlc, shared_instance, visible_video_size

_EVENTS = (
    "MediaPlayerTimeChanged",
    "MediaPlayerLengthChanged",
    "MediaPlayerPlaying",
    "MediaPlayerPaused",
    "MediaPlayerStopped",
    "MediaPlayerEndReached",
    "MediaPlayerEncounteredError",
)


class VlcPlayer(MediaPlayer):
    """libvlc with `--aout=dummy` on machines without an audio device; frames arrive as QImages."""

    backend_name = "vlc"
    # (generation, payload): emitted on libvlc threads, delivered queued; stale generations are dropped.
    _vlc_frame = Signal(int, QImage)
    _vlc_event = Signal(int, str, float)
    _vlc_parsed = Signal(int, int)

    def __init__(self, parent: QObject | None = None, extra_args: tuple[str, ...] = ()) -> None:
        super().__init__(parent)
        self._extra_args = extra_args
        self._generation = 0
        self._vlc: Any = None  # the python-vlc module once loaded
        self._media: Any = None
        self._player: Any = None
        self._keep: list[Any] = []  # ctypes callbacks and the frame buffer must outlive the player
        self._name = ""
        self._has_failed = False
        self._play_requested = False
        self._pending_seek: float | None = None
        self._position = 0.0
        self._duration = 0.0
        self._playing = False
        self._rate = 1.0
        self._volume = 1.0
        self._muted = False
        queued = Qt.ConnectionType.QueuedConnection
        self._vlc_frame.connect(self._on_frame, queued)
        self._vlc_event.connect(self._on_event, queued)
        self._vlc_parsed.connect(self._on_parsed, queued)

    def load(self, path: str) -> None:
        self.close()
        self._reset(Path(path).name)
        vlc, why = load_vlc()
        if vlc is None:
            self._fail(self.tr("libvlc is not installed or cannot be loaded ({why})").format(why=why))
            return
        instance, args = shared_instance(vlc, self._extra_args)
        if instance is None:
            self._fail(self.tr("libvlc refused to start with the options {args}").format(args=args))
            return
        if not Path(path).is_file():
            self._fail(self.tr("the file does not exist"))
            return
        self._vlc = vlc
        self._media = instance.media_new_path(str(Path(path).resolve()))
        generation = self._generation
        self._media.event_manager().event_attach(
            vlc.EventType.MediaParsedChanged,
            lambda event: self._vlc_parsed.emit(generation, event.u.new_status),
        )
        if self._media.parse_with_options(vlc.MediaParseFlag.local, 5000) == -1:
            self._fail(self.tr("libvlc could not start reading the file"))

    def play(self) -> None:
        if self._has_failed:
            return
        self._play_requested = True
        if self._player is None or self._vlc is None:
            return
        if self._player.get_state() in (self._vlc.State.Ended, self._vlc.State.Stopped):
            self._player.stop()
        self._player.play()

    def pause(self) -> None:
        self._play_requested = False
        if self._player is not None and self._player.is_playing():
            self._player.set_pause(1)

    def seek(self, seconds: float) -> None:
        target = max(0.0, seconds)
        if self._duration > 0:
            target = min(target, self._duration)
        self._position = target
        started = self._vlc is not None and self._player is not None
        if started and self._player.get_state() in (self._vlc.State.Playing, self._vlc.State.Paused):
            self._player.set_time(round(target * 1000))
        else:
            self._pending_seek = target
        self.positionChanged.emit(target)

    def set_rate(self, rate: float) -> None:
        self._rate = rate
        if self._player is not None:
            self._player.set_rate(rate)

    def set_volume(self, volume: float) -> None:
        self._volume = clamp_volume(volume)
        if self._player is not None:
            self._player.audio_set_volume(round(self._volume * 100))

    def set_muted(self, muted: bool) -> None:
        self._muted = muted
        if self._player is not None:
            self._player.audio_set_mute(muted)

    def position(self) -> float:
        return self._position

    def duration(self) -> float:
        return self._duration

    def rate(self) -> float:
        return self._rate

    def is_playing(self) -> bool:
        return self._playing

    def close(self) -> None:
        self._generation += 1
        vlc, player, media = self._vlc, self._player, self._media
        self._player = self._media = None
        if vlc is not None and player is not None:
            player.stop()  # returns once the decoding threads are gone: no frame callback runs after this
            events = player.event_manager()
            for name in _EVENTS:
                events.event_detach(getattr(vlc.EventType, name))
            player.release()
        if vlc is not None and media is not None:
            media.event_manager().event_detach(vlc.EventType.MediaParsedChanged)
            media.release()
        self._keep = []
        self._set_playing(False)

    def _reset(self, name: str) -> None:
        self._name = name
        self._has_failed = False
        self._play_requested = False
        self._pending_seek = None
        self._position = 0.0
        self._duration = 0.0
        self._playing = False

    def _on_parsed(self, generation: int, status: int) -> None:
        if generation != self._generation or self._media is None or self._vlc is None:
            return
        if status != self._vlc.MediaParsedStatus.done.value:
            self._fail(self.tr("libvlc could not read the file"))
            return
        size = visible_video_size(self._vlc, self._media)
        if size is None:
            self._fail(self.tr("libvlc found no video track in the file"))
            return
        length_ms = self._media.get_duration()
        if length_ms > 0:
            self._duration = length_ms / 1000.0
            self.durationChanged.emit(self._duration)
        self._start_player(*size)
        if self._play_requested:
            self.play()

    def _start_player(self, width: int, height: int) -> None:
        vlc = self._vlc
        player = self._media.player_new_from_media()
        pitch = width * 4
        buffer = (ctypes.c_ubyte * (pitch * height))()
        address = ctypes.addressof(buffer)
        lock = threading.Lock()
        generation = self._generation

        @vlc.CallbackDecorators.VideoLockCb  # type: ignore[untyped-decorator]  # python-vlc ships no type hints
        def on_lock(_opaque: Any, planes: Any) -> None:
            lock.acquire()
            planes[0] = address

        @vlc.CallbackDecorators.VideoUnlockCb  # type: ignore[untyped-decorator]  # python-vlc ships no type hints
        def on_unlock(_opaque: Any, _picture: Any, _planes: Any) -> None:
            lock.release()

        @vlc.CallbackDecorators.VideoDisplayCb  # type: ignore[untyped-decorator]  # python-vlc ships no type hints
        def on_display(_opaque: Any, _picture: Any) -> None:
            with lock:  # RV32 is BGRX in memory: QImage.Format_RGB32 on little-endian machines
                image = QImage(bytes(buffer), width, height, pitch, QImage.Format.Format_RGB32).copy()
            self._vlc_frame.emit(generation, image)

        self._keep = [buffer, on_lock, on_unlock, on_display]
        player.video_set_callbacks(on_lock, on_unlock, on_display, None)
        player.video_set_format("RV32", width, height, pitch)
        self._attach_events(player, generation)
        player.set_rate(self._rate)
        player.audio_set_mute(self._muted)
        player.audio_set_volume(round(self._volume * 100))
        self._player = player

    def _attach_events(self, player: Any, generation: int) -> None:
        vlc = self._vlc
        events = player.event_manager()
        events.event_attach(
            vlc.EventType.MediaPlayerTimeChanged,
            lambda e: self._vlc_event.emit(generation, "time", e.u.new_time / 1000.0),
        )
        events.event_attach(
            vlc.EventType.MediaPlayerLengthChanged,
            lambda e: self._vlc_event.emit(generation, "length", e.u.new_length / 1000.0),
        )
        for name, kind in (
            ("MediaPlayerPlaying", "playing"),
            ("MediaPlayerPaused", "paused"),
            ("MediaPlayerStopped", "stopped"),
            ("MediaPlayerEndReached", "ended"),
            ("MediaPlayerEncounteredError", "error"),
        ):
            events.event_attach(
                getattr(vlc.EventType, name), lambda _e, k=kind: self._vlc_event.emit(generation, k, 0.0)
            )

    def _on_frame(self, generation: int, image: QImage) -> None:
        if generation == self._generation:
            self.frame_ready.emit(image)

    def _on_event(self, generation: int, kind: str, value: float) -> None:
        if generation != self._generation:
            return
        if kind == "time":
            self._position = value
            self.positionChanged.emit(value)
        elif kind == "length" and value > 0 and value != self._duration:
            self._duration = value
            self.durationChanged.emit(value)
        elif kind == "playing":
            self._on_playing()
        elif kind in ("paused", "stopped", "ended"):
            self._set_playing(False)
            if kind == "ended":
                # libvlc's last time report stops 0.1–0.3 s short of the end (tech-notes §3c)
                if self._duration > 0 and self._position != self._duration:
                    self._position = self._duration
                    self.positionChanged.emit(self._duration)
                self.ended.emit()
        elif kind == "error":
            self._fail(self.tr("libvlc could not decode the file"))

    def _on_playing(self) -> None:
        if self._player is None:
            return
        if self._pending_seek is not None:
            self._player.set_time(round(self._pending_seek * 1000))
            self._pending_seek = None
        elif self._player.get_time() >= 0:
            self._position = self._player.get_time() / 1000.0
        self._set_playing(True)
        # libvlc's first time report comes 0.3–0.6 s into playback: say where playback starts now.
        self.positionChanged.emit(self._position)

    def _set_playing(self, playing: bool) -> None:
        if playing != self._playing:
            self._playing = playing
            self.playingChanged.emit(playing)

    def _fail(self, why: str) -> None:
        if not self._has_failed:
            self._has_failed = True
            self.failed.emit(f"{self._name}: {why}")
