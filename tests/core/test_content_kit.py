"""The bundled CPIMS+ training kit: complete, consistent, within its size limits, and free of placeholders."""

from __future__ import annotations

import itertools
import re
from collections import Counter

import pytest

from tests.conftest import REPO_ROOT
from trainer_app.core.domain.pack import ActivityKind
from trainer_app.core.domain.quiz import QuestionType
from trainer_app.core.packs.mp4info import read_mp4_info
from trainer_app.core.packs.quizbank import load_bank
from trainer_app.core.packs.validate import validate_folder
from trainer_app.core.rules.subtitles import parse_webvtt

MAX_VIDEO_BYTES = 4 * 1024 * 1024
PLACEHOLDER = re.compile(r"lorem ipsum|\bTODO\b|\bTBD\b|\bFIXME\b|\bXXX\b|coming soon", re.IGNORECASE)


@pytest.fixture(scope="module")
def report():  # type: ignore[no-untyped-def]
    return validate_folder(REPO_ROOT)


def test_the_bundled_pack_validates_without_a_problem(report) -> None:  # type: ignore[no-untyped-def]
    assert [str(p) for p in report.problems] == []


def test_the_kit_meets_its_minimums(report) -> None:  # type: ignore[no-untyped-def]
    counts = report.counts
    assert counts["roles"] == 5
    assert counts["tracks"] == 5
    assert counts["activities"]["guide"] >= 30
    assert counts["questions"] >= 250
    assert counts["activities"]["walkthrough"] >= 10
    assert counts["activities"]["slides"] >= 6
    assert counts["activities"]["video"] >= 8


def test_every_role_has_a_track_awarding_certificates_for_rollout_steps(report) -> None:  # type: ignore[no-untyped-def]
    pack = report.pack
    for role in pack.roles:
        track = pack.track_for_role(role.id)
        assert track is not None
        assert track.certificates
        for certificate in track.certificates:
            assert certificate.title
            assert certificate.criteria
            assert certificate.step in (1, 2, 3, 4, 5)
            assert set(certificate.modules) <= set(track.module_ids)
    steps = {c.id: (c.step, c.modules) for _, c in pack.certificates()}
    assert {k: v[0] for k, v in steps.items()} == {
        "cw-end-user": 3,
        "cm-end-user": 3,
        "sa-core-group": 1,
        "sa-demo-configuration": 2,
        "sa-site-operations": 5,
        "co-core-group": 1,
        "tr-rollout-trainer": 3,
    }


def test_core_group_training_holds_the_step_1_templates_and_no_later_work(report) -> None:  # type: ignore[no-untyped-def]
    """Step 1 of the phase text: user-management and configuration videos for administrators, the user
    guide, the case worker videos and slide deck, and the rollout basics; no walkthrough at all."""
    pack = report.pack
    for certificate_id in ("sa-core-group", "co-core-group"):
        _, certificate = pack.certificate(certificate_id)
        kinds = {a.kind for m in certificate.modules for a in pack.module(m).activities}
        assert ActivityKind.WALKTHROUGH not in kinds
        assert {"co-phases", "cw-getting-started", "cw-registration"} <= set(certificate.modules)
    _, admin = pack.certificate("sa-core-group")
    assert {"sa-users", "sa-roles-permissions", "sa-configurations"} <= set(admin.modules)


def _banks(pack):  # type: ignore[no-untyped-def]
    return {
        a.id: load_bank(pack.path(a.file), pack.root)
        for a in pack.activities()
        if a.kind is ActivityKind.QUIZ
    }


def test_every_question_type_is_used_and_case_staff_get_scenarios(report) -> None:  # type: ignore[no-untyped-def]
    banks = _banks(report.pack)
    types = Counter(q.type for bank in banks.values() for q in bank.questions)
    assert set(types) == set(QuestionType)
    for prefix in ("cw-", "cm-"):
        scenarios = sum(
            1
            for a, bank in banks.items()
            if a.startswith(prefix)
            for q in bank.questions
            if q.type is QuestionType.SCENARIO
        )
        assert scenarios >= 5, prefix


def test_every_question_explains_itself_and_names_its_source(report) -> None:  # type: ignore[no-untyped-def]
    for bank in _banks(report.pack).values():
        for question in bank.leaf_questions():
            assert question.explanation.strip(), question.id
            assert "#" in question.source, question.id


def _referenced(pack) -> set[str]:  # type: ignore[no-untyped-def]
    files: set[str] = set()
    for activity in pack.activities():
        files.add(activity.file)
        if activity.kind is ActivityKind.SLIDES:
            files.update(f for f in (activity.slides.source, activity.slides.notes) if f)
        if activity.kind is ActivityKind.VIDEO:
            files.update(activity.video.subtitles.values())
    return files


def test_every_activity_file_is_in_the_manifest_and_every_manifest_file_exists(report) -> None:  # type: ignore[no-untyped-def]
    referenced = _referenced(report.pack)
    on_disk = {
        p.relative_to(REPO_ROOT).as_posix()
        for pattern in (
            "content/guides/**/*.md",
            "content/walkthroughs/*.toml",
            "quizzes/*.toml",
            "videos/*.mp4",
            "videos/*.vtt",
            "resources/slides/*.pdf",
            "resources/slides/*.pptx",
            "resources/slides/*.notes.toml",
        )
        for p in REPO_ROOT.glob(pattern)
    }
    assert on_disk - referenced == set(), "files no activity uses"
    assert referenced - on_disk == set(), "activities whose files are missing"


def _videos(pack):  # type: ignore[no-untyped-def]
    return [a for a in pack.activities() if a.kind is ActivityKind.VIDEO]


def test_videos_are_small_h264_aac_of_one_to_four_minutes(report) -> None:  # type: ignore[no-untyped-def]
    for activity in _videos(report.pack):
        path = report.pack.path(activity.file)
        info = read_mp4_info(path)
        assert path.stat().st_size < MAX_VIDEO_BYTES, activity.file
        assert 60 <= info.duration_seconds <= 240, activity.file
        assert set(info.codecs) == {"avc1", "mp4a"}, activity.file


def test_subtitles_cover_each_video_from_start_to_end(report) -> None:  # type: ignore[no-untyped-def]
    for activity in _videos(report.pack):
        duration = read_mp4_info(report.pack.path(activity.file)).duration_seconds
        for vtt in activity.video.subtitles.values():
            cues = parse_webvtt(report.pack.path(vtt).read_text(encoding="utf-8"), vtt)
            assert cues[0].start_s <= 2.0, vtt
            assert cues[-1].end_s >= duration - 1.5, vtt
            gaps = [b.start_s - a.end_s for a, b in itertools.pairwise(cues)]
            assert max(gaps, default=0) <= 3.0, vtt


def test_decks_ship_their_source_and_one_note_per_slide(report) -> None:  # type: ignore[no-untyped-def]
    import tomllib

    for activity in report.pack.activities():
        if activity.kind is not ActivityKind.SLIDES:
            continue
        assert (activity.slides.source or "").endswith(".pptx")
        notes = tomllib.loads(report.pack.path(activity.slides.notes or "").read_text(encoding="utf-8"))[
            "notes"
        ]
        assert 12 <= len(notes) <= 25, activity.file
        assert all(n.strip() for n in notes), activity.file
        assert report.pack.path(activity.file).stat().st_size < 3 * 1024 * 1024


def test_no_placeholder_text_anywhere_in_the_pack() -> None:
    offenders = []
    for folder in ("content", "quizzes", "videos", "resources/slides", "media"):
        for path in (REPO_ROOT / folder).rglob("*"):
            if path.suffix in {".md", ".toml", ".vtt", ".py", ".txt"} and path.is_file():
                for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                    if PLACEHOLDER.search(line):
                        offenders.append(f"{path.relative_to(REPO_ROOT)}:{number}: {line.strip()[:80]}")
    assert offenders == []


def test_no_real_credentials_or_seeded_password_in_the_pack() -> None:
    # A password written out: "password: Abc12345" / password = "x1y2z3" (a token with a digit in it).
    pattern = re.compile(r"password\s*(?:is|[:=])\s*[\"'`]?(?=\S*\d)[^\s\"'`]{6,}", re.IGNORECASE)
    hits = [
        p
        for folder in ("content", "quizzes", "videos")
        for p in (REPO_ROOT / folder).rglob("*")
        if p.is_file()
        and p.suffix in {".md", ".toml", ".vtt"}
        and pattern.search(p.read_text(encoding="utf-8"))
    ]
    assert hits == []


def test_every_guide_chapter_ends_with_a_summary(report) -> None:  # type: ignore[no-untyped-def]
    for activity in report.pack.activities():
        if activity.kind is ActivityKind.GUIDE:
            text = report.pack.path(activity.file).read_text(encoding="utf-8")
            headings = [line for line in text.splitlines() if line.startswith("## ")]
            assert headings, activity.file
            assert headings[-1].strip() == "## Summary", activity.file
