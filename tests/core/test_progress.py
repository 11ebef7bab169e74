"""Progress only goes up, completion is stamped once, every observation is logged, modules unlock in order."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from trainer_app.core.domain.pack import ActivityKind
from trainer_app.core.domain.progress import Status
from trainer_app.core.rules import completion
from trainer_app.core.storage import progress_repo

PACK = "mini-pack"


def _learner(app, role: str = "case_worker") -> str:  # type: ignore[no-untyped-def]
    learner, _ = app.learners.create("Grace Okello", role, "Riverside agency", "Riverside field office")
    return learner.id


def test_a_guide_completes_only_at_the_end_and_after_the_minimum_time(mini_app, clock) -> None:  # type: ignore[no-untyped-def]
    lid = _learner(mini_app)
    r = mini_app.progress.record_guide(lid, PACK, "basics-guide", 1.0, True, 5)
    assert not r.newly_completed
    assert r.progress.completed_at is None
    r = mini_app.progress.record_guide(lid, PACK, "basics-guide", 0.5, False, 30)
    assert r.progress.completed_at is None  # enough time, but not at the end now
    clock.advance(60)
    r = mini_app.progress.record_guide(lid, PACK, "basics-guide", 1.0, True, 1)
    assert r.newly_completed
    assert r.progress.status is Status.COMPLETED
    assert r.progress.completed_at == clock()


def test_completion_is_stamped_once_and_progress_never_goes_down(mini_app, clock) -> None:  # type: ignore[no-untyped-def]
    lid = _learner(mini_app)
    first = mini_app.progress.record_guide(lid, PACK, "basics-guide", 1.0, True, 25).progress
    clock.advance(3600)
    again = mini_app.progress.record_guide(lid, PACK, "basics-guide", 0.1, False, 10)
    assert not again.newly_completed
    assert again.progress.completed_at == first.completed_at
    assert again.progress.progress == 1.0
    assert again.progress.seconds_spent == 35


def test_every_observation_is_appended_to_the_session_log(mini_app) -> None:  # type: ignore[no-untyped-def]
    lid = _learner(mini_app)
    mini_app.progress.open_activity(lid, PACK, "basics-guide")
    mini_app.progress.record_guide(lid, PACK, "basics-guide", 0.4, False, 8)
    mini_app.progress.record_guide(lid, PACK, "basics-guide", 1.0, True, 30)
    with mini_app.db.transaction() as conn:
        entries = progress_repo.log_entries(conn, lid)
    assert [e["kind"] for e in entries] == ["opened", "read", "read"]
    assert sum(e["seconds"] for e in entries) == 38


def test_a_module_stays_locked_until_its_prerequisite_is_complete(mini_app) -> None:  # type: ignore[no-untyped-def]
    lid = _learner(mini_app)
    pack = mini_app.packs.get(PACK)
    summary = mini_app.progress.track(lid, pack)
    assert summary.modules[1].status is Status.LOCKED
    assert summary.modules[1].locked_by == ("basics",)
    mini_app.progress.record_guide(lid, PACK, "basics-guide", 1.0, True, 60)
    mini_app.progress.record_quiz(lid, PACK, "basics-quiz", 1.0, True, "attempt-1", seconds=30)
    summary = mini_app.progress.track(lid, pack)
    assert summary.modules[0].status is Status.COMPLETED
    assert summary.modules[1].status is Status.NOT_STARTED
    assert mini_app.progress.next_activity(lid, pack, "worker") == "follow-up-guide"


def test_the_track_completes_when_every_required_activity_is_complete(mini_app) -> None:  # type: ignore[no-untyped-def]
    lid = _learner(mini_app)
    pack = mini_app.packs.get(PACK)
    for activity in ("basics-guide", "follow-up-guide"):
        mini_app.progress.record_guide(lid, PACK, activity, 1.0, True, 60)
    assert not mini_app.progress.track(lid, pack).completed
    mini_app.progress.record_quiz(lid, PACK, "basics-quiz", 0.5, True, "a1", seconds=10)
    summary = mini_app.progress.track(lid, pack)
    assert summary.completed
    assert summary.progress == 1.0
    assert mini_app.progress.next_activity(lid, pack, "worker") is None


def test_optional_activities_do_not_block_a_module(mini_app) -> None:  # type: ignore[no-untyped-def]
    lid = _learner(mini_app, "system_administrator")
    pack = mini_app.packs.get(PACK)
    mini_app.progress.record_share(
        lid, PACK, "setup-walkthrough", ActivityKind.WALKTHROUGH, ["open", "import"], 2, seconds=40
    )
    mini_app.progress.record_video(lid, PACK, "setup-video", [(0.0, 4.0)], 4.0, 4.0, seconds=4)
    summary = mini_app.progress.track(lid, pack)
    assert summary.completed  # the optional deck was never opened


def test_slides_complete_when_every_slide_was_seen_across_sessions(mini_app) -> None:  # type: ignore[no-untyped-def]
    lid = _learner(mini_app)
    r = mini_app.progress.record_share(lid, PACK, "setup-slides", ActivityKind.SLIDES, [0, 1], 3, seconds=20)
    assert r.progress.completed_at is None
    assert abs(r.progress.progress - 2 / 3) < 1e-9
    r = mini_app.progress.record_share(lid, PACK, "setup-slides", ActivityKind.SLIDES, [2], 3, seconds=5)
    assert r.newly_completed


def test_seeking_to_the_end_of_a_video_does_not_complete_it(mini_app) -> None:  # type: ignore[no-untyped-def]
    lid = _learner(mini_app)
    r = mini_app.progress.record_video(
        lid, PACK, "setup-video", [(0.0, 0.5), (3.6, 4.0)], 4.0, 4.0, seconds=2
    )
    assert r.progress.completed_at is None
    r = mini_app.progress.record_video(lid, PACK, "setup-video", [(0.5, 3.6)], 4.0, 3.6, seconds=3)
    assert r.newly_completed


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.floats(0, 1), st.booleans()), min_size=1, max_size=20))
def test_merge_never_decreases_and_keeps_the_first_stamp(observations) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime, timedelta

    from trainer_app.core.domain.progress import ActivityProgress

    start = datetime(2026, 1, 1, tzinfo=UTC)
    current = None
    stamp = None
    for i, (value, complete) in enumerate(observations):
        merged = completion.merge(current, value, complete, start + timedelta(minutes=i))
        if current is not None:
            assert merged.progress >= current.progress
        if stamp is not None:
            assert merged.completed_at == stamp
        stamp = merged.completed_at
        current = ActivityProgress(
            "l", "p", "a", merged.status, merged.progress, 0, None, merged.completed_at, "", ""
        )


def test_reading_time_left_rounds_up_and_never_goes_below_zero() -> None:
    from trainer_app.core.rules.completion import guide_seconds_left

    assert guide_seconds_left(90, 0) == 90
    assert guide_seconds_left(90, 89.2) == 1
    assert guide_seconds_left(90, 90) == 0
    assert guide_seconds_left(90, 400) == 0
