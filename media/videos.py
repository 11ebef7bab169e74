"""Build the narrated training videos from media/scripts/*.toml.

For each scene: narration -> WAV with espeak-ng, duration measured with ffprobe, frame drawn by
media/frames.py and held for that duration. The frames and the joined narration are encoded with ffmpeg
(H.264 main, yuv420p + AAC mono) into videos/STEM.mp4, and videos/STEM.en.vtt is written from the same
narration text with cue times taken from the measured durations. Usage: python media/videos.py [STEM ...]
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import textwrap
import tomllib
import wave
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import frames

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "media" / "scripts"
OUT = ROOT / "videos"

VOICE = "en-us"
WORDS_PER_MINUTE = 145  # espeak-ng speaks a little faster than asked: this gives about 155 wpm
LEAD_IN_SECONDS = 0.5  # silence before the first scene's narration
TAIL_SECONDS = 0.7  # silence after each scene's narration, before the frame changes
FPS = 10
MAX_BYTES = 4 * 1024 * 1024
CUE_LINE_CHARS = 42
CUE_MAX_LINES = 2

# Spoken forms for words espeak-ng mispronounces; subtitles keep the written form.
SPOKEN = [
    (r"CPIMS\+", "see-pims plus"),
    (r"\bPrimero\b", "Preemero"),
    (r"\bUAT\b", "U.A.T."),
    (r"\bSOPs\b", "S.O.P.s"),
    (r"\bSOP\b", "S.O.P."),
    (r"\bHXL\b", "H.X.L."),
    (r"\bUTF-8\b", "U.T.F. eight"),
    (r"\bCMTF\b", "C.M.T.F."),
    (r"\be\.g\.", "for example"),
]


@dataclass(frozen=True)
class Scene:
    spec: dict[str, Any]
    narration: str
    wav: Path
    speech_seconds: float
    start_seconds: float
    speech_start_seconds: float
    end_seconds: float


def spoken(text: str) -> str:
    for pattern, replacement in SPOKEN:
        text = re.sub(pattern, replacement, text)
    return text


def flat(text: str) -> str:
    return " ".join(text.split())


def probe_seconds(path: Path) -> float:
    out = subprocess.run(
        ["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", str(path)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return float(out.strip())


def synthesise(text: str, target: Path) -> None:
    subprocess.run(
        ["espeak-ng", "-v", VOICE, "-s", str(WORDS_PER_MINUTE), "-w", str(target), spoken(text)],
        check=True,
        capture_output=True,
    )


def load_script(stem: str) -> dict[str, Any]:
    with (SCRIPTS / f"{stem}.toml").open("rb") as fh:
        script = tomllib.load(fh)
    for i, scene in enumerate(script["scenes"], 1):
        if scene.get("kind") not in frames.LAYOUTS:
            raise SystemExit(f"{stem}: scene {i}: unknown kind {scene.get('kind')!r}")
        if not scene.get("narration", "").strip():
            raise SystemExit(f"{stem}: scene {i}: narration is required")
    return script


def prepare_scenes(script: dict[str, Any], work: Path) -> list[Scene]:
    """Synthesise each scene's narration and lay the scenes out on one timeline."""
    scenes, clock = [], 0.0
    for i, spec in enumerate(script["scenes"]):
        narration = flat(spec["narration"])
        wav = work / f"scene{i:02d}.wav"
        synthesise(narration, wav)
        speech = probe_seconds(wav)
        lead = LEAD_IN_SECONDS if i == 0 else 0.0
        end = clock + lead + speech + TAIL_SECONDS
        scenes.append(Scene(spec, narration, wav, speech, clock, clock + lead, end))
        clock = end
    return scenes


def join_audio(scenes: list[Scene], target: Path) -> None:
    """Concatenate the scene WAVs, padding with silence so each starts and ends on the timeline."""
    with wave.open(str(scenes[0].wav)) as first:
        params = first.getparams()
    frame_bytes = params.sampwidth * params.nchannels
    with wave.open(str(target), "wb") as out:
        out.setparams(params)
        written = 0
        for scene in scenes:
            gap = round(scene.speech_start_seconds * params.framerate) - written
            out.writeframes(b"\0" * frame_bytes * max(0, gap))
            written += max(0, gap)
            with wave.open(str(scene.wav)) as src:
                data = src.readframes(src.getnframes())
            out.writeframes(data)
            written += len(data) // frame_bytes
            tail = round(scene.end_seconds * params.framerate) - written
            out.writeframes(b"\0" * frame_bytes * max(0, tail))
            written += max(0, tail)


def encode(scenes: list[Scene], script: dict[str, Any], work: Path, target: Path) -> None:
    listing = []
    for i, scene in enumerate(scenes):
        png = work / f"scene{i:02d}.png"
        frames.render(scene.spec, script.get("meta", {}), str(png))
        listing += [f"file '{png}'", f"duration {scene.end_seconds - scene.start_seconds:.3f}"]
    listing.append(f"file '{work / f'scene{len(scenes) - 1:02d}.png'}'")  # concat needs the last frame twice
    (work / "frames.txt").write_text("\n".join(listing) + "\n")
    audio = work / "narration.wav"
    join_audio(scenes, audio)
    total = scenes[-1].end_seconds
    subprocess.run(
        [
            "ffmpeg",
            "-y",
            "-v",
            "error",
            "-f",
            "concat",
            "-safe",
            "0",
            "-i",
            str(work / "frames.txt"),
            "-i",
            str(audio),
            "-map",
            "0:v",
            "-map",
            "1:a",
            "-vf",
            f"fps={FPS},format=yuv420p",
            "-c:v",
            "libx264",
            "-profile:v",
            "main",
            "-preset",
            "slow",
            "-tune",
            "stillimage",
            "-crf",
            "24",
            "-g",
            str(FPS * 10),
            "-c:a",
            "aac",
            "-b:a",
            "64k",
            "-ac",
            "1",
            "-ar",
            "44100",
            "-t",
            f"{total:.3f}",
            "-movflags",
            "+faststart",
            str(target),
        ],
        check=True,
    )


# --------------------------------------------------------------------------------------------------------
# Subtitles


def split_sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?:])\s+(?=[A-Z0-9\"'(])", text) if s]


def fits_cue(text: str) -> bool:
    return len(textwrap.wrap(text, CUE_LINE_CHARS)) <= CUE_MAX_LINES


def split_even(sentence: str, parts: int) -> list[str]:
    """Split a sentence between words into `parts` pieces of similar length."""
    chunks: list[str] = []
    current: list[str] = []
    position = 0
    for word in sentence.split():
        current.append(word)
        position += len(word) + 1
        if len(chunks) < parts - 1 and position >= len(sentence) * (len(chunks) + 1) / parts:
            chunks.append(" ".join(current))
            current = []
    if current:
        chunks.append(" ".join(current))
    return chunks


def cue_texts(narration: str) -> list[str]:
    """One cue per sentence, or a sentence split into the fewest even pieces that fit two lines each."""
    cues: list[str] = []
    for sentence in split_sentences(narration):
        parts = 1
        while not all(fits_cue(chunk) for chunk in split_even(sentence, parts)):
            parts += 1
        cues += split_even(sentence, parts)
    return cues


def timestamp(seconds: float) -> str:
    ms = round(seconds * 1000)
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}"


def build_cues(scenes: list[Scene]) -> list[tuple[float, float, str]]:
    """Cue times proportional to text length within each scene's speech; cues tile the whole timeline."""
    cues: list[tuple[float, float, str]] = []
    for scene in scenes:
        texts = cue_texts(scene.narration)
        weights = [len(t) + 8 for t in texts]
        t = scene.speech_start_seconds
        for k, text in enumerate(texts):
            start = scene.start_seconds if k == 0 else t
            t += scene.speech_seconds * weights[k] / sum(weights)
            end = scene.end_seconds if k == len(texts) - 1 else t
            cues.append((start, end, text))
    return cues


def balanced_lines(text: str) -> list[str]:
    """Wrap a cue into at most two lines of similar length."""
    if len(text) <= CUE_LINE_CHARS:
        return [text]
    for width in range((len(text) + 1) // 2, CUE_LINE_CHARS + 1):
        lines = textwrap.wrap(text, width)
        if len(lines) <= CUE_MAX_LINES:
            return lines
    return textwrap.wrap(text, CUE_LINE_CHARS)


def write_vtt(cues: list[tuple[float, float, str]], target: Path) -> None:
    blocks = ["WEBVTT", ""]
    for n, (start, end, text) in enumerate(cues, 1):
        blocks += [str(n), f"{timestamp(start)} --> {timestamp(end)}", "\n".join(balanced_lines(text)), ""]
    target.write_text("\n".join(blocks), encoding="utf-8")


# --------------------------------------------------------------------------------------------------------
# Checks and entry point


def verify(video: Path, cues: list[tuple[float, float, str]]) -> dict[str, Any]:
    info = json.loads(
        subprocess.run(
            [
                "ffprobe",
                "-v",
                "error",
                "-show_entries",
                "format=duration,size:stream=codec_name,codec_type,profile,pix_fmt,width,height",
                "-of",
                "json",
                str(video),
            ],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    )
    duration = float(info["format"]["duration"])
    codecs = {s["codec_type"]: s for s in info["streams"]}
    problems = []
    if not 60 <= duration <= 240:
        problems.append(f"duration {duration:.1f} s is outside 60-240 s")
    if (
        codecs.get("video", {}).get("codec_name") != "h264"
        or codecs.get("audio", {}).get("codec_name") != "aac"
    ):
        problems.append("streams are not h264 + aac")
    if video.stat().st_size >= MAX_BYTES:
        problems.append(f"file is {video.stat().st_size} bytes, over 4 MB")
    if cues[-1][1] < duration - 1.0 or cues[0][0] > 0.0:
        problems.append("subtitle cues do not cover the whole video")
    if problems:
        raise SystemExit(f"{video}: " + "; ".join(problems))
    return {"duration": duration, "size": video.stat().st_size, "video": codecs["video"]}


def build(stem: str) -> None:
    script = load_script(stem)
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=f"video-{stem}-") as tmp:
        work = Path(tmp)
        scenes = prepare_scenes(script, work)
        video = OUT / f"{stem}.mp4"
        encode(scenes, script, work, video)
    cues = build_cues(scenes)
    write_vtt(cues, OUT / f"{stem}.en.vtt")
    result = verify(video, cues)
    v = result["video"]
    words = sum(len(s.narration.split()) for s in scenes)
    wpm = words / sum(s.speech_seconds for s in scenes) * 60
    print(
        f"{stem}: {result['duration']:.1f} s, {result['size'] / 1024:.0f} KiB, {v['width']}x{v['height']} "
        f"{v['codec_name']} {v['profile']} {v['pix_fmt']}, {len(scenes)} scenes, {len(cues)} cues, "
        f"{words} words at {wpm:.0f} wpm"
    )


def main(argv: list[str]) -> None:
    stems = argv or sorted(p.stem for p in SCRIPTS.glob("*.toml"))
    for stem in stems:
        build(stem)


if __name__ == "__main__":
    main(sys.argv[1:])
