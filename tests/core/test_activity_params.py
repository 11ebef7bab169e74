"""Activity parameters are typed per kind: parsed into frozen values at pack load, each kind's defaults when a
key is left out, and a bad value is a FILE:LINE problem when the pack is validated, not a surprise later."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from trainer_app.core.domain.activity_params import (
    GuideParams,
    QuizParams,
    SlidesParams,
    VideoParams,
    WalkthroughParams,
)
from trainer_app.core.domain.pack import Activity, ActivityKind
from trainer_app.core.packs.manifest import load_pack
from trainer_app.core.packs.validate import validate_pack

VALID = Path(__file__).resolve().parents[1] / "fixtures" / "packs" / "valid"
ALPHA = "content/tracks/alpha.toml"


def _pack_with(tmp_path: Path, *edits: tuple[str, str]) -> Path:
    root = tmp_path / "pack"
    shutil.copytree(VALID, root)
    track = root / ALPHA
    text = track.read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    track.write_text(text, encoding="utf-8")
    return root


def test_a_guide_carries_its_reading_time() -> None:
    guide = load_pack(VALID).activity("m-one-guide")
    assert guide is not None
    assert guide.guide == GuideParams(min_seconds=45)


def test_a_video_carries_coverage_subtitles_and_declared_length() -> None:
    video = load_pack(VALID).activity("m-two-video")
    assert video is not None
    assert video.video == VideoParams(0.8, {"en": "videos/clip.en.vtt"}, 10.0)


def test_a_slide_deck_carries_its_source_and_notes() -> None:
    slides = load_pack(VALID).activity("m-two-slides")
    assert slides is not None
    assert slides.slides == SlidesParams("resources/slides/deck.pptx", "resources/slides/deck.notes.toml")


def test_a_quiz_carries_draw_pass_mark_attempts_cooldown_and_layout() -> None:
    quiz = load_pack(VALID).activity("m-one-quiz")
    assert quiz is not None
    assert quiz.quiz == QuizParams(
        draw=5, pass_mark=0.75, max_attempts=3, cooldown_seconds=60, layout="all_on_one_page"
    )


def test_a_walkthrough_has_nothing_to_set() -> None:
    walkthrough = load_pack(VALID).activity("m-one-walkthrough")
    assert walkthrough is not None
    assert walkthrough.params == WalkthroughParams()


def test_left_out_keys_take_the_kinds_defaults(tmp_path: Path) -> None:
    root = _pack_with(
        tmp_path,
        ("min_seconds = 45\n", ""),
        ("coverage = 0.8\n", ""),
        ('notes = "resources/slides/deck.notes.toml"\n', ""),
    )
    pack = load_pack(root)
    assert pack.activity("m-one-guide").guide.min_seconds == 30  # type: ignore[union-attr]
    assert pack.activity("m-two-video").video.coverage == 0.9  # type: ignore[union-attr]
    assert pack.activity("m-two-slides").slides.notes is None  # type: ignore[union-attr]


def test_parameters_are_frozen_and_read_only_for_their_own_kind() -> None:
    pack = load_pack(VALID)
    quiz = pack.activity("m-one-quiz")
    assert quiz is not None
    with pytest.raises(dataclasses.FrozenInstanceError):
        quiz.quiz.pass_mark = 0.1  # type: ignore[misc]
    with pytest.raises(TypeError, match="m-one-quiz' is a quiz"):
        _ = quiz.video
    built = Activity("a", ActivityKind.GUIDE, "A", "m", "content/a.md")  # no params given: the defaults
    assert built.guide == GuideParams()


def test_bad_parameters_of_every_kind_are_reported_with_file_and_line(tmp_path: Path) -> None:
    root = _pack_with(
        tmp_path,
        ("min_seconds = 45", "min_seconds = -5"),
        ("draw = 5", "draw = 0"),
        ("max_attempts = 3", 'max_attempts = "three"'),
        ("cooldown_seconds = 60", "cooldown_seconds = -1"),
        ('source = "resources/slides/deck.pptx"', 'source = "resources/slides/deck.pdf"'),
        ("coverage = 0.8", "coverage = 2"),
        ("duration_seconds = 10", "duration_seconds = 0"),
    )
    messages = [str(p) for p in validate_pack(root).problems]
    for expected in (
        f"{ALPHA}:24: activity m-one-guide: 'min_seconds' must be at least 0 (got -5)",
        f"{ALPHA}:31: activity m-one-quiz: 'draw' must be at least 1 (got 0)",
        f"{ALPHA}:33: activity m-one-quiz: 'max_attempts' must be a whole number",
        f"{ALPHA}:34: activity m-one-quiz: 'cooldown_seconds' must be at least 0 (got -1)",
        f"{ALPHA}:55: activity m-two-slides: 'source' must name a .pptx file (got 'resources/slides/deck.pdf')",
        f"{ALPHA}:64: activity m-two-video: 'coverage' must be between 0 and 1 (got 2.0)",
        f"{ALPHA}:65: activity m-two-video: 'duration_seconds' must be more than 0",
    ):
        assert expected in messages, (expected, messages)
