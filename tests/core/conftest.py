"""Core test fixtures: every content-pack problem any core test makes is checked to be coded and well formed."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.core.problem_checks import problem_faults
from trainer_app.core.packs.problems import Problem, Problems


@pytest.fixture(autouse=True)
def _every_pack_problem_is_coded(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The hostile and broken packs of the whole suite double as the check that each problem's template and
    parameters fit (a template naming a parameter the call site forgot would show "{value}" to a user)."""
    faults: list[str] = []
    original = Problems.add

    def checked(self: Problems, file: str, line: int | None, code: str, /, **params: Any) -> None:
        original(self, file, line, code, **params)
        faults.extend(problem_faults(Problem(file, line, code, params)))

    monkeypatch.setattr(Problems, "add", checked)
    yield
    assert faults == []
