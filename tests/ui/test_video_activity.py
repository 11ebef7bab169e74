"""A video activity end to end: opens at the resume point with subtitles, records coverage, completes by it."""

from __future__ import annotations

from trainer_app.core.domain.pack import ActivityKind
from trainer_app.ui.views.video_activity_view import VideoActivityView


def test_watching_reports_coverage_and_seeking_to_the_end_does_not_complete(qtbot, ui_context) -> None:  # type: ignore[no-untyped-def]
    app, learner = ui_context.app, ui_context.learner
    view = VideoActivityView(ui_context, ui_context.app)
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    activity = app.packs.activity("mini-pack", "setup-video")
    assert activity.kind is ActivityKind.VIDEO
    view.open("mini-pack", activity)
    assert view.player_view is not None
    assert view.player_view.current_subtitle() == "Open Settings and choose Configurations."
    view._observed([(0.0, 0.5), (3.5, 4.0)], 4.0, 4.0, True)  # a seek to the end: 1 s of 4 watched
    progress = app.progress.activity(learner.id, "mini-pack", "setup-video")
    assert progress.completed_at is None
    assert abs(progress.progress - 0.25) < 1e-6
    view._observed([(0.0, 4.0)], 4.0, 4.0, True)
    assert app.progress.activity(learner.id, "mini-pack", "setup-video").completed_at is not None
    assert "Watched" in view.status.text()
    view.close_activity()


def test_playing_the_real_clip_records_watched_intervals(qtbot, ui_context) -> None:  # type: ignore[no-untyped-def]
    app, learner = ui_context.app, ui_context.learner
    view = VideoActivityView(ui_context, ui_context.app)
    qtbot.addWidget(view)
    view.show()
    view.open("mini-pack", app.packs.activity("mini-pack", "setup-video"))
    player = view.player_view
    player.set_rate(2.0)
    player.play()
    qtbot.waitUntil(
        lambda: app.progress.activity(learner.id, "mini-pack", "setup-video").completed_at is not None,
        timeout=30000,
    )
    view.close_activity()


def test_a_missing_video_file_is_explained_and_nothing_breaks(qtbot, ui_context, tmp_path) -> None:  # type: ignore[no-untyped-def]
    app = ui_context.app
    activity = app.packs.activity("mini-pack", "setup-video")
    clip = app.packs.get("mini-pack").path(activity.file)
    backup = tmp_path / "clip.mp4"
    clip.rename(backup)
    try:
        view = VideoActivityView(ui_context, ui_context.app)
        qtbot.addWidget(view)
        view.open("mini-pack", activity)
        assert "videos/clip.mp4" in view.status.text()
        assert "missing" in view.status.text()
    finally:
        backup.rename(clip)
