"""load_pack on the tiny valid fixture pack: ids, order, rule parameters, defaults, and the error path."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from trainer_app.core.common.errors import ValidationError
from trainer_app.core.domain.activity_params import GuideParams, QuizParams, SlidesParams, VideoParams
from trainer_app.core.domain.pack import ActivityKind
from trainer_app.core.packs.manifest import load_pack
from trainer_app.core.packs.validate import validate_pack

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "packs"
VALID = FIXTURES / "valid"


def test_valid_fixture_loads_with_ids_in_order() -> None:
    pack = load_pack(VALID)
    assert (pack.id, pack.version, pack.language, pack.title) == (
        "fixture-pack",
        "0.1.0",
        "en",
        "Fixture pack",
    )
    assert pack.publisher == "CPIMS+ Trainer tests"
    assert pack.root == VALID
    assert [r.id for r in pack.roles] == ["role_a", "role_b"]
    assert pack.role("role_b") is not None
    assert pack.role("role_b").description == ""
    assert [b.id for b in pack.books] == ["handbook"]
    assert [t.id for t in pack.tracks] == ["alpha", "beta"]
    assert [m.id for m in pack.modules] == ["m-one", "m-two", "m-three"]
    assert pack.track("beta") is not None
    assert pack.track("beta").module_ids == ("m-one", "m-three")
    assert pack.track_for_role("role_a") == pack.track("alpha")
    alpha = pack.track("alpha")
    assert alpha is not None
    [legacy] = alpha.certificates  # the older [track.certificate]: one whole-track certificate
    assert legacy.title == "Alpha — training completed"
    assert (legacy.id, legacy.step, legacy.modules) == ("alpha", None, alpha.module_ids)
    assert pack.module("m-two").prerequisites == ("m-one",)


def test_activities_carry_kind_file_book_and_rule_parameters() -> None:
    pack = load_pack(VALID)
    guide = pack.activity("m-one-guide")
    assert guide is not None
    assert guide.kind is ActivityKind.GUIDE
    assert (guide.file, guide.book, guide.module_id, guide.required) == (
        "content/guides/one.md",
        "handbook",
        "m-one",
        True,
    )
    assert guide.params == GuideParams(min_seconds=45)
    quiz = pack.activity("m-one-quiz")
    assert quiz is not None
    assert quiz.file == "quizzes/one.toml"
    assert quiz.params == QuizParams(
        draw=5, pass_mark=0.75, max_attempts=3, cooldown_seconds=60, layout="all_on_one_page"
    )
    assert pack.activity("m-one-walkthrough").required is False
    video = pack.activity("m-two-video")
    assert video.params == VideoParams(
        coverage=0.8, subtitles={"en": "videos/clip.en.vtt"}, duration_seconds=10.0
    )
    slides = pack.activity("m-two-slides")
    assert slides.params == SlidesParams(
        source="resources/slides/deck.pptx", notes="resources/slides/deck.notes.toml"
    )


def test_defaults_fill_rule_parameters(tmp_path: Path) -> None:
    root = tmp_path / "pack"
    shutil.copytree(VALID, root)
    track = root / "content/tracks/alpha.toml"
    text = track.read_text()
    for line in (
        "min_seconds = 45\n",
        "draw = 5\n",
        "pass_mark = 0.75\n",
        "max_attempts = 3\n",
        "cooldown_seconds = 60\n",
        'layout = "all_on_one_page"\n',
        "coverage = 0.8\n",
        "duration_seconds = 10\n",
    ):
        text = text.replace(line, "", 1)
    track.write_text(text)
    pack = load_pack(root)
    assert pack.activity("m-one-guide").params == GuideParams(min_seconds=30)
    assert pack.activity("m-one-quiz").params == QuizParams(
        draw=None, pass_mark=0.8, max_attempts=0, cooldown_seconds=0, layout="one_per_page"
    )
    assert pack.activity("m-two-video").video.coverage == 0.9
    assert pack.activity("m-two-video").video.duration_seconds is None


def test_counts_of_the_valid_fixture() -> None:
    report = validate_pack(VALID)
    assert report.valid
    assert report.problems == ()
    assert report.counts == {
        "roles": 2,
        "tracks": 2,
        "modules": 3,
        "questions": 7,  # six items, the scenario counts its two parts
        "activities": {"guide": 2, "video": 1, "slides": 1, "quiz": 1, "walkthrough": 1},
    }


def test_load_pack_raises_with_every_problem() -> None:
    with pytest.raises(ValidationError) as caught:
        load_pack(FIXTURES / "broken")
    problems = caught.value.problems
    assert len(problems) == 8
    assert "content/tracks/alpha.toml:3: track alpha: unknown role 'role_x'" in "\n".join(problems)
    assert "problems found: 8." in str(caught.value)


def test_a_folder_without_pack_toml_is_one_clear_problem(tmp_path: Path) -> None:
    report = validate_pack(tmp_path)
    assert not report.valid
    assert [(p.file, p.line) for p in report.problems] == [("content/pack.toml", None)]
    assert "not found" in report.problems[0].message
    assert report.pack is None
