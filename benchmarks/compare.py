"""A benchmark figure set beside a raw baseline that does the same work in the same run, judged by the ratio."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Comparison:
    """The app's figure and its baseline's, in the same unit; `goal` is the highest acceptable ratio.

    Machines differ, the ratio does not: a benchmark is within goal when app / baseline <= goal.
    """

    name: str
    app: float
    baseline: float
    unit: str
    baseline_label: str
    goal: float

    @property
    def ratio(self) -> float:
        return self.app / self.baseline if self.baseline > 0 else float("inf")

    @property
    def within_goal(self) -> bool:
        return self.ratio <= self.goal
