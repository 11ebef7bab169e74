"""WebVTT parsing: timings, multi-line cues, NOTE/STYLE blocks, BOM, markup, and errors naming the line."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer_app.core.common.errors import TrainerError, ValidationError
from trainer_app.core.rules.subtitles import Cue, cue_at, parse_webvtt, parse_webvtt_bytes, text_at

MEDIA = Path(__file__).resolve().parents[1] / "fixtures" / "media"

SAMPLE = """WEBVTT - training video
Kind: captions

NOTE this block is a comment
that spans two lines

STYLE
::cue { color: yellow }

intro
00:01.000 --> 00:04.500 align:start line:90%
Welcome to <b>CPIMS+</b>.

01:02:03.004 --> 01:02:05.000
<v Trainer>Two lines</v>
of text &amp; more
"""


def test_sample_file_parses_into_cues() -> None:
    cues = parse_webvtt(SAMPLE)
    assert cues == [
        Cue(1.0, 4.5, "Welcome to CPIMS+."),
        Cue(3723.004, 3725.0, "Two lines\nof text & more"),
    ]


def test_windows_line_endings_and_bom() -> None:
    text = "\ufeffWEBVTT\r\n\r\n00:00.500 --> 00:01.000\r\nHi\r\n"
    assert parse_webvtt(text) == [Cue(0.5, 1.0, "Hi")]
    assert parse_webvtt_bytes(text.encode("utf-8")) == [Cue(0.5, 1.0, "Hi")]


def test_fixture_files_parse() -> None:
    english = parse_webvtt_bytes((MEDIA / "clip.en.vtt").read_bytes(), "clip.en.vtt")
    arabic = parse_webvtt_bytes((MEDIA / "clip.ar.vtt").read_bytes(), "clip.ar.vtt")
    assert [cue.text for cue in english] == ["Welcome.", "This is a short\ntest clip."]
    assert arabic[0].text == "مرحبا بكم في الدورة."
    assert arabic[-1].end_s == 4.0


def test_cue_at_uses_inclusive_start_and_exclusive_end() -> None:
    cues = [Cue(0.0, 2.0, "a"), Cue(2.0, 4.0, "b"), Cue(3.0, 5.0, "c")]
    assert cue_at(cues, 0.0) == cues[0]
    assert cue_at(cues, 1.999) == cues[0]
    assert cue_at(cues, 2.0) == cues[1]
    assert cue_at(cues, 5.0) is None
    assert cue_at([], 1.0) is None
    assert text_at(cues, 3.5) == "b\nc"
    assert text_at(cues, 9.0) == ""


def test_empty_file_with_only_the_header_has_no_cues() -> None:
    assert parse_webvtt("WEBVTT\n") == []
    assert parse_webvtt("WEBVTT") == []


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("SRT is not VTT\n", 1, "must start with 'WEBVTT'"),
        ("WEBVTTX\n", 1, "must start with 'WEBVTT'"),
        ("WEBVTT\n\n00:01.000 -> 00:02.000\nx\n", 3, "expected a cue timing line"),
        ("WEBVTT\n\nid\nhello\n", 3, "expected a cue timing line"),
        ("WEBVTT\n\n\n00:01 --> 00:02.000\nx\n", 4, "malformed cue timing"),
        ("WEBVTT\n\n00:61.000 --> 01:02.000\nx\n", 3, "malformed cue timing"),
        ("WEBVTT\n\nc1\n00:05.000 --> 00:02.000\nx\n", 4, "ends before it starts"),
        ("WEBVTT\n\n00:01.000 --> 00:02.000\nx\n00:03.000 --> 00:04.000\ny\n", 5, "inside a cue"),
    ],
)
def test_malformed_files_name_the_line(text: str, line: int, words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_webvtt(text, "lesson.vtt")
    assert caught.value.problems[0].startswith(f"lesson.vtt:{line}: ")
    assert words in str(caught.value)
    assert isinstance(caught.value, TrainerError)


def test_every_problem_is_reported_at_once() -> None:
    text = "WEBVTT\n\n00:01 --> 00:02\na\n\n00:09.000 --> 00:03.000\nb\n\n00:10.000 --> 00:11.000\nok\n"
    with pytest.raises(ValidationError) as caught:
        parse_webvtt(text, "x.vtt")
    assert caught.value.problems == [
        "x.vtt:3: malformed cue timing '00:01 --> 00:02'",
        "x.vtt:6: the cue ends before it starts",
    ]


def test_bytes_that_are_not_utf8_are_a_validation_error() -> None:
    with pytest.raises(ValidationError, match=r"x\.vtt"):
        parse_webvtt_bytes(b"WEBVTT\n\n00:01.000 --> 00:02.000\n\xff\xfe\n", "x.vtt")
