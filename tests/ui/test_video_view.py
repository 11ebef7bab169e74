"""The video view: coverage through `observed`, seeking to the end, failures, keys, subtitles (incl. Arabic)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractSlider, QComboBox, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest_video import (
    BACKENDS,
    CLIP,
    CLIP_SECONDS,
    MEDIA,
    TRUNCATED,
    WAIT_MS,
    bright_pixels,
    changed_pixels,
)
from trainer_app.core.rules.subtitles import Cue, parse_webvtt_bytes
from trainer_app.core.rules.video import is_video_complete
from trainer_app.ui.views.video_view import VideoView

Observation = tuple[list[tuple[float, float]], float, float, bool]


@pytest.fixture
def make_view(qtbot: QtBot) -> Iterator[Callable[..., tuple[VideoView, list[Observation]]]]:
    views: list[VideoView] = []

    def make(backend: str = "qt", parent: QWidget | None = None) -> tuple[VideoView, list[Observation]]:
        view = VideoView(parent, backend=backend)
        if parent is None:
            qtbot.addWidget(view)
        view.resize(640, 420)
        observations: list[Observation] = []
        view.observed.connect(lambda *args: observations.append(args))
        views.append(view)
        return view, observations

    yield make
    for view in views:
        view.close_media()


def cues(language: str) -> list[Cue]:
    return parse_webvtt_bytes((MEDIA / f"clip.{language}.vtt").read_bytes(), f"clip.{language}.vtt")


def ended(observations: list[Observation]) -> Callable[[], bool]:
    return lambda: any(observation[3] for observation in observations)


@pytest.mark.parametrize("backend", BACKENDS)
def test_watching_to_the_end_reports_coverage_that_completes(
    qtbot: QtBot, make_view: Callable[..., tuple[VideoView, list[Observation]]], backend: str
) -> None:
    view, observations = make_view(backend)
    view.show()
    view.set_rate(2.0)
    view.open(str(CLIP), autoplay=True)
    qtbot.waitUntil(ended(observations), timeout=WAIT_MS)
    intervals, position, duration, _ = next(o for o in observations if o[3])
    assert duration == pytest.approx(CLIP_SECONDS, abs=0.1)
    assert position > CLIP_SECONDS / 2
    assert is_video_complete(intervals, duration)
    assert view.surface.has_frame()
    assert view.message_label.isHidden()


@pytest.mark.parametrize("backend", BACKENDS)
def test_seeking_to_the_end_does_not_complete(
    qtbot: QtBot, make_view: Callable[..., tuple[VideoView, list[Observation]]], backend: str
) -> None:
    view, observations = make_view(backend)
    view.show()
    view.open(str(CLIP))
    view.seek(CLIP_SECONDS - 0.8)
    view.play()
    qtbot.waitUntil(ended(observations), timeout=WAIT_MS)
    intervals, _, duration, _ = next(o for o in observations if o[3])
    assert all(start >= CLIP_SECONDS - 1.0 for start, _ in intervals)
    assert not is_video_complete(intervals, duration)


def test_resume_at_a_start_position_and_report_on_close(
    qtbot: QtBot, make_view: Callable[..., tuple[VideoView, list[Observation]]]
) -> None:
    view, observations = make_view()
    view.show()
    view.open(str(CLIP), start_seconds=1.0)
    qtbot.waitUntil(lambda: view.player.duration() > 0, timeout=WAIT_MS)
    with qtbot.waitSignal(view.player.playingChanged, timeout=WAIT_MS):
        view.play()
    qtbot.waitUntil(lambda: view.player.position() >= 1.5, timeout=WAIT_MS)
    view.close_media()
    intervals, position, _, was_ended = observations[-1]
    assert intervals
    assert intervals[0][0] >= 0.9
    assert position >= 1.5
    assert not was_ended


def test_leaving_the_screen_pauses_and_reports(
    qtbot: QtBot, make_view: Callable[..., tuple[VideoView, list[Observation]]]
) -> None:
    view, observations = make_view()
    view.show()
    view.open(str(CLIP), autoplay=True)
    qtbot.waitUntil(lambda: view.player.position() > 0.3, timeout=WAIT_MS)
    view.hide()
    qtbot.waitUntil(lambda: not view.player.is_playing(), timeout=WAIT_MS)
    assert observations
    assert observations[-1][0]
    assert not observations[-1][3]


def test_set_rate_shows_in_the_speed_box(
    make_view: Callable[..., tuple[VideoView, list[Observation]]],
) -> None:
    view, _ = make_view()
    view.set_rate(1.5)
    assert view.controls.current_speed() == 1.5
    assert view.player.rate() == 1.5
    view.controls.speed_combo.setCurrentIndex(0)
    assert view.player.rate() == 0.75


def test_a_file_that_cannot_be_played_shows_a_message_and_the_view_keeps_working(
    qtbot: QtBot, make_view: Callable[..., tuple[VideoView, list[Observation]]]
) -> None:
    view, observations = make_view()
    view.show()
    with qtbot.waitSignal(view.playback_failed, timeout=WAIT_MS):
        view.open(str(TRUNCATED), autoplay=True)
    assert view.message_label.isVisible()
    assert "truncated.mp4" in view.message_label.text()
    assert "Qt Multimedia" in view.message_label.text()
    assert "VLC" in view.message_label.text()
    assert not view.controls.isEnabled()
    assert observations == []
    view.set_rate(2.0)
    view.open(str(CLIP), autoplay=True)
    assert view.message_label.isHidden()
    assert view.controls.isEnabled()
    qtbot.waitUntil(ended(observations), timeout=WAIT_MS)


def test_keyboard_shortcuts(
    qtbot: QtBot, make_view: Callable[..., tuple[VideoView, list[Observation]]]
) -> None:
    view, _ = make_view()
    view.show()
    view.open(str(CLIP))
    qtbot.waitUntil(lambda: view.player.duration() > 0, timeout=WAIT_MS)
    view.setFocus()
    with qtbot.waitSignal(view.player.playingChanged, timeout=WAIT_MS, check_params_cb=lambda on: on):
        qtbot.keyClick(view, Qt.Key.Key_Space)
    with qtbot.waitSignal(view.player.playingChanged, timeout=WAIT_MS, check_params_cb=lambda on: not on):
        qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.keyClick(view, Qt.Key.Key_M)
    assert view.controls.mute_button.isChecked()
    qtbot.keyClick(view, Qt.Key.Key_M)
    assert not view.controls.mute_button.isChecked()
    view.seek(3.0)
    qtbot.waitUntil(lambda: abs(view.player.position() - 3.0) < 0.3, timeout=WAIT_MS)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.waitUntil(lambda: view.player.position() < 0.3, timeout=WAIT_MS)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: view.player.position() > CLIP_SECONDS - 0.3, timeout=WAIT_MS)
    qtbot.keyClick(view, Qt.Key.Key_F)
    assert view.is_full_screen()
    assert view.controls.full_screen_button.isChecked()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.is_full_screen()
    assert not view.controls.full_screen_button.isChecked()


def test_space_reaches_the_view_from_the_focused_seek_slider(
    qtbot: QtBot, make_view: Callable[..., tuple[VideoView, list[Observation]]]
) -> None:
    view, _ = make_view()
    view.show()
    qtbot.waitExposed(view)
    view.open(str(CLIP))
    qtbot.waitUntil(lambda: view.player.duration() > 0, timeout=WAIT_MS)
    view.controls.seek_slider.setFocus()
    with qtbot.waitSignal(view.player.playingChanged, timeout=WAIT_MS, check_params_cb=lambda on: on):
        qtbot.keyClick(view.controls.seek_slider, Qt.Key.Key_Space)
    view.pause()


def test_full_screen_lifts_an_embedded_view_out_and_puts_it_back(
    qtbot: QtBot, make_view: Callable[..., tuple[VideoView, list[Observation]]]
) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    view, _ = make_view(parent=host)
    layout.addWidget(view)
    host.show()
    with qtbot.waitSignal(view.fullScreenChanged, timeout=WAIT_MS):
        view.controls.full_screen_button.click()
    assert view.isWindow()
    assert view.is_full_screen()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.isWindow()
    assert view.parentWidget() is host
    assert view.isVisible()


def test_every_control_has_an_accessible_name(
    make_view: Callable[..., tuple[VideoView, list[Observation]]],
) -> None:
    view, _ = make_view()
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    kinds = (QAbstractButton, QAbstractSlider, QComboBox)
    interactive = [widget for kind in kinds for widget in view.controls.findChildren(kind, options=direct)]
    assert len(interactive) >= 9
    assert all(widget.accessibleName() for widget in interactive), [
        widget.objectName() for widget in interactive if not widget.accessibleName()
    ]


def test_subtitles_follow_the_position_and_can_be_turned_off(
    qtbot: QtBot, make_view: Callable[..., tuple[VideoView, list[Observation]]]
) -> None:
    view, _ = make_view()
    view.show()
    qtbot.waitExposed(view)
    view.open(str(CLIP), cues=cues("en"))
    view.seek(0.5)
    qtbot.waitUntil(lambda: view.current_subtitle() == "Welcome.", timeout=WAIT_MS)
    with_text = bright_pixels(view.surface.grab().toImage(), top_fraction=0.6)
    view.seek(2.5)
    qtbot.waitUntil(lambda: view.current_subtitle() == "This is a short\ntest clip.", timeout=WAIT_MS)
    view.controls.subtitles_button.click()
    assert view.current_subtitle() == ""
    without_text = bright_pixels(view.surface.grab().toImage(), top_fraction=0.6)
    assert with_text > 50
    assert without_text == 0
    view.controls.subtitles_button.click()
    assert view.current_subtitle() == "This is a short\ntest clip."


@pytest.mark.parametrize("backend", BACKENDS)
def test_an_arabic_subtitle_renders_over_a_frame(
    qtbot: QtBot,
    make_view: Callable[..., tuple[VideoView, list[Observation]]],
    backend: str,
    tmp_path: Path,
) -> None:
    view, _ = make_view(backend)
    view.show()
    qtbot.waitExposed(view)
    view.open(str(CLIP), cues=cues("ar"), autoplay=True)
    qtbot.waitUntil(lambda: view.surface.has_frame() and view.player.position() >= 2.2, timeout=WAIT_MS)
    view.pause()
    qtbot.waitUntil(lambda: not view.player.is_playing(), timeout=WAIT_MS)
    assert view.current_subtitle() == "هذا مقطع اختبار قصير (CPIMS+)."
    shown = view.grab()
    assert shown.save(str(tmp_path / f"arabic-{backend}.png"))
    with_text = view.surface.grab().toImage()
    view.controls.subtitles_button.click()
    without_text = view.surface.grab().toImage()
    assert changed_pixels(with_text, without_text, top_fraction=0.6) > 200
    assert changed_pixels(with_text, without_text, top_fraction=0.0) == changed_pixels(
        with_text, without_text, top_fraction=0.6
    )
