"""Core test fixtures: every content-pack problem any core test makes is checked to be coded and well formed."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from tests.conftest import earned_certificate
from tests.core.problem_checks import problem_faults
from trainer_app.core.app import App
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


@pytest.fixture
def issued(mini_app: App) -> dict[str, Any]:
    """A certificate issued here: its id, its credential (parsed) and its QR token."""
    from tests.core.test_certificate_service import complete_worker_track

    learner, _ = mini_app.learners.create("Grace Okello", "case_worker", "Riverside agency")
    complete_worker_track(mini_app, learner.id)
    certificate = earned_certificate(mini_app, learner.id)
    assert certificate is not None
    signed = json.loads(mini_app.certificates.credential_json(certificate.id))
    token = mini_app.certificate_files.document(certificate.id).token
    return {"id": certificate.id, "credential": signed, "token": token}
