"""WebVTT subtitles: parse the text of a .vtt file into cues, and find the cue shown at a time.

Pure: the caller reads the file. Cue settings, STYLE and REGION blocks are ignored; tags are stripped.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from trainer_app.core.common.errors import TrainerError, ValidationError


@dataclass(frozen=True)
class Cue:
    start_s: float
    end_s: float
    text: str


_TIMESTAMP = r"(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})"
_TIMING_LINE = re.compile(rf"^{_TIMESTAMP}[ \t]+-->[ \t]+{_TIMESTAMP}(?:[ \t]+.*)?$")
_TAG = re.compile(r"<[^>]*>")
_SKIPPED_BLOCKS = ("NOTE", "STYLE", "REGION")


def parse_webvtt_bytes(data: bytes, source: str = "subtitles.vtt") -> list[Cue]:
    """Decode UTF-8 (with or without BOM) and parse; undecodable bytes are a ValidationError."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        problem = TrainerError("video.utf_text_byte", source=source, start=exc.start)
        raise ValidationError("video.utf_text_byte", [str(problem)], source=source, start=exc.start) from exc
    return parse_webvtt(text, source)


def parse_webvtt(text: str, source: str = "subtitles.vtt") -> list[Cue]:
    """Cues in file order. Raises ValidationError naming `source` and the line of every problem found."""
    lines = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    problems: list[TrainerError] = []
    if not _is_signature(lines[0]):
        problems.append(TrainerError("video.vtt_must_start", source=source, line=1))
    cues: list[Cue] = []
    blocks = _blocks(lines)
    for first_line_no, block in blocks[1:] if blocks and blocks[0][0] == 1 else blocks:
        cue = _parse_block(block, first_line_no, source, problems)
        if cue is not None:
            cues.append(cue)
    if problems:  # each problem is coded; the first, nested, is the message the window translates
        raise ValidationError("video.subtitle_problems", [str(p) for p in problems], first=problems[0])
    return cues


def cue_at(cues: list[Cue], t: float) -> Cue | None:
    """The first cue shown at `t` seconds (start inclusive, end exclusive), or None."""
    return next((cue for cue in cues if cue.start_s <= t < cue.end_s), None)


def text_at(cues: list[Cue], t: float) -> str:
    """The text of every cue shown at `t`, one per line ("" when none)."""
    return "\n".join(cue.text for cue in cues if cue.start_s <= t < cue.end_s)


def _is_signature(line: str) -> bool:
    return line == "WEBVTT" or (line.startswith("WEBVTT") and line[6] in " \t")


def _blocks(lines: list[str]) -> list[tuple[int, list[str]]]:
    """Runs of non-blank lines, each with the 1-based number of its first line."""
    blocks: list[tuple[int, list[str]]] = []
    current: list[str] = []
    for number, line in enumerate(lines, start=1):
        if line.strip():
            if not current:
                blocks.append((number, current))
            current.append(line)
        else:
            current = []
    return blocks


def _parse_block(block: list[str], line_no: int, source: str, problems: list[TrainerError]) -> Cue | None:
    head = block[0]
    if any(head == kind or head.startswith((kind + " ", kind + "\t")) for kind in _SKIPPED_BLOCKS):
        return None
    timing_index = 0 if "-->" in head else 1
    if timing_index >= len(block) or "-->" not in block[timing_index]:
        problems.append(TrainerError("video.vtt_expected_timing", source=source, line=line_no))
        return None
    timing_line_no = line_no + timing_index
    match = _TIMING_LINE.match(block[timing_index].strip())
    if match is None:
        timing = block[timing_index].strip()
        problems.append(
            TrainerError("video.vtt_malformed_timing", source=source, line=timing_line_no, timing=timing)
        )
        return None
    start_s = _seconds(*match.groups()[:4])
    end_s = _seconds(*match.groups()[4:])
    if end_s <= start_s:
        problems.append(TrainerError("video.vtt_ends_before_start", source=source, line=timing_line_no))
        return None
    payload = block[timing_index + 1 :]
    stray = next((offset for offset, line in enumerate(payload, start=1) if "-->" in line), None)
    if stray is not None:
        problems.append(
            TrainerError("video.vtt_timing_inside_cue", source=source, line=timing_line_no + stray)
        )
        return None
    return Cue(start_s, end_s, _plain_text(payload))


def _seconds(hours: str | None, minutes: str, seconds: str, millis: str) -> float:
    return int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds) + int(millis) / 1000


def _plain_text(lines: list[str]) -> str:
    """Cue payload without markup (<v Name>, <i>, <c.class>, timestamps) and with entities decoded."""
    return "\n".join(html.unescape(_TAG.sub("", line)).strip() for line in lines).strip()
