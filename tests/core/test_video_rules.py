"""Video coverage: merged distinct seconds, exact completion boundaries, and the seek-proof recorder."""

from __future__ import annotations

import itertools
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer_app.core.rules.video import (
    WatchRecorder,
    clip_intervals,
    coverage,
    distinct_seconds,
    is_video_complete,
    merge_intervals,
)


def play(recorder: WatchRecorder, start: float, end: float, step: float, rate: float = 1.0) -> WatchRecorder:
    """Position reports every `step` seconds of media from start to end, as a player sends them."""
    position = start
    while position < end:
        recorder = recorder.observe(position, rate)
        position += step
    return recorder.observe(end, rate)


class TestMerge:
    def test_overlapping_touching_and_nested_intervals_merge(self) -> None:
        merged = merge_intervals([(5, 9), (0, 3), (2, 4), (9, 10), (6, 7)])
        assert merged == [(0.0, 4.0), (5.0, 10.0)]

    def test_empty_reversed_and_non_finite_intervals_are_dropped(self) -> None:
        assert merge_intervals([(3, 3), (5, 2), (math.nan, 4), (1, math.inf)]) == []

    def test_distinct_seconds_count_rewatched_parts_once(self) -> None:
        assert distinct_seconds([(0, 60), (0, 60), (30, 90)]) == 90.0

    def test_intervals_are_clipped_to_the_video(self) -> None:
        assert clip_intervals([(-5, 2), (8, 15)], 10.0) == [(0.0, 2.0), (8.0, 10.0)]
        assert coverage([(-5, 20)], 10.0) == 1.0

    def test_no_duration_means_no_coverage(self) -> None:
        assert coverage([(0, 10)], 0.0) == 0.0
        assert not is_video_complete([(0, 10)], 0.0)
        assert not is_video_complete([(0, 10)], math.nan)

    @given(st.lists(st.tuples(st.floats(0, 100), st.floats(0, 100)), max_size=30))
    def test_merged_intervals_are_sorted_disjoint_and_keep_the_covered_seconds(
        self, raw: list[tuple[float, float]]
    ) -> None:
        merged = merge_intervals(raw)
        assert all(a_end < b_start for (_, a_end), (b_start, _) in itertools.pairwise(merged))
        assert merge_intervals(merged) == merged
        assert distinct_seconds(merged) <= sum(max(0.0, end - start) for start, end in raw) + 1e-9


class TestCompletionBoundaries:
    def test_exactly_ninety_percent_completes(self) -> None:
        assert is_video_complete([(0.0, 9.0)], 10.0)
        assert is_video_complete([(0.0, 0.9 * 3.0)], 3.0)  # 2.7 / 3.0 is 0.9000000000000001 in floats

    def test_ninety_percent_made_of_pieces_whose_float_sum_falls_short_completes(self) -> None:
        pieces = [(i * 0.1, i * 0.1 + 0.1) for i in range(0, 90, 2)] + [
            (i * 0.1 + 0.1, i * 0.1 + 0.2) for i in range(0, 90, 2)
        ]
        assert is_video_complete(pieces, 10.0)

    def test_eighty_nine_point_nine_percent_does_not(self) -> None:
        assert not is_video_complete([(0.0, 8.99)], 10.0)
        assert not is_video_complete([(0.0, 899.0)], 1000.0)

    def test_two_parts_summing_past_a_high_requirement(self) -> None:
        assert is_video_complete([(0.0, 0.666), (0.666, 0.9991)], 1.0, required_coverage=0.999)
        assert not is_video_complete([(0.0, 0.666), (0.666, 0.9989)], 1.0, required_coverage=0.999)

    def test_rewatching_the_same_half_twice_is_still_half(self) -> None:
        assert coverage([(0, 30), (0, 30)], 60.0) == 0.5
        assert not is_video_complete([(0, 30), (0, 30)], 60.0)

    def test_full_coverage_is_required_when_asked(self) -> None:
        assert is_video_complete([(0, 10)], 10.0, required_coverage=1.0)
        assert not is_video_complete([(0, 9.99)], 10.0, required_coverage=1.0)


class TestRecorder:
    def test_continuous_reports_make_one_interval(self) -> None:
        recorder = play(WatchRecorder(), 0.0, 60.0, 0.25)
        assert recorder.intervals() == [(0.0, 60.0)]

    def test_seeking_to_the_end_does_not_complete(self) -> None:
        recorder = play(WatchRecorder(), 0.0, 2.0, 0.25).observe(58.0)
        recorder = play(recorder, 58.0, 60.0, 0.25)
        assert recorder.intervals() == [(0.0, 2.0), (58.0, 60.0)]
        assert not is_video_complete(recorder.intervals(), 60.0)

    def test_the_gap_of_a_forward_jump_is_not_counted(self) -> None:
        recorder = WatchRecorder().observe(10.0).observe(10.5).observe(12.1).observe(12.5)
        assert recorder.intervals() == [(10.0, 10.5), (12.1, 12.5)]

    def test_a_jump_back_starts_a_new_interval(self) -> None:
        recorder = play(WatchRecorder(), 0.0, 30.0, 0.5).observe(5.0).observe(6.0)
        assert recorder.intervals() == [(0.0, 30.0)]
        assert recorder.open_start == 5.0

    def test_double_speed_over_the_same_minute_twice_counts_it_once(self) -> None:
        recorder = play(WatchRecorder(), 0.0, 60.0, 0.5, rate=2.0)
        recorder = play(recorder.observe(0.0, 2.0), 0.0, 60.0, 2.9, rate=2.0)
        assert recorder.intervals() == [(0.0, 60.0)]
        assert distinct_seconds(recorder.intervals()) == 60.0

    def test_the_allowed_step_grows_with_the_rate(self) -> None:
        assert WatchRecorder().observe(0.0, 2.0).observe(2.9, 2.0).intervals() == [(0.0, 2.9)]
        assert WatchRecorder().observe(0.0, 1.0).observe(2.9, 1.0).intervals() == []
        assert WatchRecorder().observe(0.0, 0.75).observe(1.5, 0.75).intervals() == [(0.0, 1.5)]

    def test_break_continuity_closes_the_interval(self) -> None:
        recorder = WatchRecorder().observe(1.0).observe(2.0).break_continuity().observe(2.5).observe(3.0)
        assert recorder.closed == ((1.0, 2.0),)
        assert recorder.intervals() == [(1.0, 2.0), (2.5, 3.0)]

    def test_pausing_and_resuming_at_the_same_place_stays_continuous(self) -> None:
        recorder = WatchRecorder().observe(1.0).observe(2.0).observe(2.0).observe(2.0).observe(3.0)
        assert recorder.intervals() == [(1.0, 3.0)]

    def test_non_finite_and_negative_positions(self) -> None:
        recorder = WatchRecorder().observe(math.nan).observe(-1.0).observe(1.0)
        assert recorder.intervals() == [(0.0, 1.0)]

    def test_recorder_is_immutable(self) -> None:
        first = WatchRecorder().observe(1.0)
        second = first.observe(2.0)
        assert first.intervals() == []
        assert second.intervals() == [(1.0, 2.0)]
        with pytest.raises(AttributeError):
            first.open_start = 3.0  # type: ignore[misc]

    def test_a_long_session_keeps_few_closed_intervals(self) -> None:
        recorder = WatchRecorder()
        for _ in range(200):
            recorder = play(recorder.break_continuity(), 0.0, 10.0, 1.0)
        assert len(recorder.closed) <= 33
        assert recorder.intervals() == [(0.0, 10.0)]
