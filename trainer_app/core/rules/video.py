"""Video completion: merging watched intervals, distinct-second coverage, and turning position reports
into intervals only while playback is continuous (a seek never counts as watching)."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

_COMPACT_AFTER = 32  # closed intervals kept before they are merged

Interval = tuple[float, float]

DEFAULT_REQUIRED_COVERAGE = 0.9
# Position reports further apart than this many seconds of media (times the playback rate) are a seek.
DEFAULT_MAX_STEP_SECONDS = 1.5
# Float sums of merged intervals may land a hair under an exact boundary (0.9 * 3.0 / 3.0 != 0.9).
_COVERAGE_TOLERANCE = 1e-9


def merge_intervals(intervals: Iterable[Interval]) -> list[Interval]:
    """Sorted, disjoint intervals covering exactly the input; empty, reversed and non-finite ones dropped.

    Touching intervals ((0, 5) and (5, 9)) are merged into one.
    """
    cleaned = sorted(
        (float(start), float(end))
        for start, end in intervals
        if math.isfinite(start) and math.isfinite(end) and end > start
    )
    merged: list[Interval] = []
    for start, end in cleaned:
        if merged and start <= merged[-1][1]:
            last_start, last_end = merged[-1]
            merged[-1] = (last_start, max(last_end, end))
        else:
            merged.append((start, end))
    return merged


def clip_intervals(intervals: Iterable[Interval], duration_seconds: float) -> list[Interval]:
    """The merged intervals cut to [0, duration_seconds]."""
    clipped = ((max(0.0, start), min(duration_seconds, end)) for start, end in intervals)
    return merge_intervals(clipped)


def distinct_seconds(intervals: Iterable[Interval], duration_seconds: float | None = None) -> float:
    """Seconds covered at least once; with a duration, only seconds inside the video count."""
    merged = (
        merge_intervals(intervals)
        if duration_seconds is None
        else clip_intervals(intervals, duration_seconds)
    )
    return sum(end - start for start, end in merged)


def coverage(intervals: Iterable[Interval], duration_seconds: float) -> float:
    """Share of the video's seconds watched at least once, 0–1. A video without duration has coverage 0."""
    if not math.isfinite(duration_seconds) or duration_seconds <= 0:
        return 0.0
    return min(1.0, distinct_seconds(intervals, duration_seconds) / duration_seconds)


def is_video_complete(
    intervals: Iterable[Interval],
    duration_seconds: float,
    required_coverage: float = DEFAULT_REQUIRED_COVERAGE,
) -> bool:
    """True when the distinct seconds watched reach `required_coverage` of the duration."""
    if duration_seconds <= 0 or not math.isfinite(duration_seconds):
        return False
    return coverage(intervals, duration_seconds) >= required_coverage - _COVERAGE_TOLERANCE


@dataclass(frozen=True, slots=True)
class WatchRecorder:
    """Intervals built from a stream of playback positions, as an immutable value.

    Each `observe` returns a new recorder. Two consecutive positions extend the current interval when the
    step is forward and at most `max_step_seconds × max(rate, 1)`; anything else (a jump forward, any step
    back) is a seek: the current interval is closed and a new one starts at the new position, so the gap
    is never counted. Rates below 1 keep the 1× allowance, which only makes a stalled report less harmful.
    """

    closed: tuple[Interval, ...] = ()
    open_start: float | None = None
    last_position: float | None = None
    max_step_seconds: float = DEFAULT_MAX_STEP_SECONDS

    def observe(self, position_seconds: float, rate: float = 1.0) -> WatchRecorder:
        """The recorder after the player reported `position_seconds` while playing at `rate`."""
        if not math.isfinite(position_seconds):
            return self
        position = max(0.0, position_seconds)
        if self.open_start is None or self.last_position is None:
            return self._with(self.closed, position, position)
        step = position - self.last_position
        if 0.0 <= step <= self.max_step_seconds * max(rate, 1.0):
            return self._with(self.closed, self.open_start, position)
        return self._with(self._compact_closed_with_open(), position, position)

    def break_continuity(self) -> WatchRecorder:
        """Close the current interval (the user paused or sought): the next position starts a new one."""
        return self._with(self._compact_closed_with_open(), None, None)

    def intervals(self) -> list[Interval]:
        """Every interval watched so far, merged, including the one in progress."""
        return merge_intervals(self._closed_with_open())

    def _closed_with_open(self) -> tuple[Interval, ...]:
        if self.open_start is None or self.last_position is None or self.last_position <= self.open_start:
            return self.closed
        return (*self.closed, (self.open_start, self.last_position))

    def _compact_closed_with_open(self) -> tuple[Interval, ...]:
        # Merge now and then so that a session full of seeks keeps a short tuple; only on closing, which
        # is rare, never on the frequent continuous reports.
        closed = self._closed_with_open()
        return tuple(merge_intervals(closed)) if len(closed) > _COMPACT_AFTER else closed

    def _with(self, closed: tuple[Interval, ...], start: float | None, last: float | None) -> WatchRecorder:
        return WatchRecorder(closed, start, last, self.max_step_seconds)
