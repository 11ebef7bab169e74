"""Finding libvlc lazily, one shared libvlc instance per argument list, and reading a video's visible size."""

from __future__ import annotations

import ctypes
import functools
from types import ModuleType
from typing import Any

from PySide6.QtMultimedia import QMediaDevices

# No OSD text, no subtitle files picked up beside the video (the view draws subtitles itself).
_BASE_ARGS = ("--quiet", "--no-xlib", "--no-osd", "--no-video-title-show", "--no-sub-autodetect-file")

_instances: dict[tuple[str, ...], Any] = {}


@functools.cache  # tried once per process: the module, or why it could not load
def load_vlc() -> tuple[ModuleType | None, str]:
    """The python-vlc module, or None and the import error (libvlc missing or unloadable); imported on
    first use only."""
    try:
        import vlc  # importing it loads libvlc: only when the VLC backend is used
    except (ImportError, OSError, NotImplementedError, AttributeError, SystemExit) as exc:
        # python-vlc calls sys.exit(1) when PYTHON_VLC_LIB_PATH points at nothing
        return None, f"{type(exc).__name__}: {exc}"
    return vlc, ""


def vlc_available() -> bool:
    return load_vlc()[0] is not None


def vlc_args(extra_args: tuple[str, ...] = ()) -> tuple[str, ...]:
    """libvlc arguments: the dummy audio output when Qt sees no audio device (no ALSA/Pulse error flood)."""
    audio = () if QMediaDevices.audioOutputs() else ("--aout=dummy",)
    return (*_BASE_ARGS, *audio, *extra_args)


def shared_instance(vlc: ModuleType, extra_args: tuple[str, ...] = ()) -> tuple[Any, str]:
    """One libvlc instance per argument list for the whole process (starting libvlc loads its plugins),
    or None; either way with the arguments as one string."""
    args = vlc_args(extra_args)
    if args not in _instances:
        _instances[args] = vlc.Instance(list(args))
    return _instances[args], " ".join(args)


def visible_video_size(vlc: ModuleType, media: Any) -> tuple[int, int] | None:
    """Display size of the first video track of a parsed media (pixel aspect applied), or None.

    python-vlc declares the track union as three pointers; `t.video` segfaults, so read the union at the
    `audio` offset (tech-notes §3c, gotcha 2).
    """
    for track in media.tracks_get() or ():
        if track.type != vlc.TrackType.video:
            continue
        video = ctypes.cast(track.audio, ctypes.POINTER(vlc.VideoTrack)).contents
        width, height = int(video.width), int(video.height)
        if width <= 0 or height <= 0:
            return None
        if video.sar_num > 0 and video.sar_den > 0 and video.sar_num != video.sar_den:
            width = max(2, round(width * video.sar_num / video.sar_den))
        return width, height
    return None
