"""Read an MP4's duration and track kinds from its boxes (moov/mvhd, trak/hdlr, stsd) without decoding it."""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

from trainer_app.core.common.errors import ValidationError

_BOX_HEADER = 8  # a box starts with a 4-byte size and a 4-byte type
_STSD_MIN = 16  # an stsd body long enough to hold the first sample entry's codec

CONTAINERS = {b"moov", b"trak", b"mdia", b"minf", b"stbl"}
MAX_MOOV_BYTES = 16 * 1024 * 1024


@dataclass(frozen=True)
class Mp4Info:
    duration_seconds: float
    codecs: tuple[str, ...]  # sample entry formats, e.g. ("avc1", "mp4a")


def _boxes(data: bytes, start: int, end: int) -> list[tuple[bytes, int, int]]:
    found = []
    offset = start
    while offset + 8 <= end:
        size, kind = struct.unpack(">I4s", data[offset : offset + 8])
        header = 8
        if size == 1:
            size = struct.unpack(">Q", data[offset + 8 : offset + 16])[0]
            header = 16
        elif size == 0:
            size = end - offset
        if size < header or offset + size > end:
            break
        found.append((kind, offset + header, offset + size))
        offset += size
    return found


def _top_level_moov(path: Path) -> bytes:
    with open(path, "rb") as handle:
        while True:
            head = handle.read(_BOX_HEADER)
            if len(head) < _BOX_HEADER:
                raise ValidationError("video.moov_box_file_truncated", name=path.name)
            size, kind = struct.unpack(">I4s", head)
            header = 8
            if size == 1:
                size = struct.unpack(">Q", handle.read(8))[0]
                header = 16
            if kind == b"moov":
                if size - header > MAX_MOOV_BYTES or size < header:
                    raise ValidationError("video.moov_box_implausibly_large", name=path.name)
                body = handle.read(size - header)
                if len(body) < size - header:
                    raise ValidationError("video.file_truncated", name=path.name)
                return body
            if size < header:
                raise ValidationError("video.box_invalid_size_file", name=path.name)
            handle.seek(size - header, 1)


def read_mp4_info(path: Path) -> Mp4Info:
    moov = _top_level_moov(path)
    duration = 0.0
    codecs: list[str] = []
    stack = [(0, len(moov))]
    while stack:
        start, end = stack.pop()
        for kind, body, box_end in _boxes(moov, start, end):
            if kind == b"mvhd":
                version = moov[body]
                if version == 1:
                    timescale, length = struct.unpack(">IQ", moov[body + 20 : body + 32])
                else:
                    timescale, length = struct.unpack(">II", moov[body + 12 : body + 20])
                duration = length / timescale if timescale else 0.0
            elif kind == b"stsd" and box_end - body >= _STSD_MIN:
                codecs.append(moov[body + 12 : body + 16].decode("latin-1"))
            elif kind in CONTAINERS:
                stack.append((body, box_end))
    if duration <= 0:
        raise ValidationError("video.duration_missing_file", name=path.name)
    return Mp4Info(duration, tuple(codecs))
