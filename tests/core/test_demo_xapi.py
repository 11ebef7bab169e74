"""`demo seed` queues the xAPI statements real use would have written, dated inside the seeded history: one
`completed` per finished activity, one `passed`/`failed` per quiz attempt, one `answered` per question of each
attempt (linked by the attempt id, carrying the stored response as a cmi.interaction), all valid by the ADL
rules; and every seeded certificate verifies."""

from __future__ import annotations

import re
import uuid
from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from tests.conftest import REPO_ROOT
from tests.core.test_xapi_interactions import check_adl_interaction
from trainer_app.core.app import App, open_app
from trainer_app.core.common.clock import FakeClock
from trainer_app.core.exchange import xapi, xapi_interactions
from trainer_app.core.rules.quiz import leaf_questions
from trainer_app.core.services.demo import BASE_AT
from trainer_app.core.storage import quiz_repo, xapi_repo
from trainer_app.core.storage.tables import progress, session_log
from trainer_app.core.storage.tables_quiz import quiz_attempt

VERB = re.compile(r"^http://adlnet\.gov/expapi/verbs/[a-z]+$")
TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")
DURATION = re.compile(r"^PT(\d+H)?(\d+M)?(\d+(\.\d+)?S)?$")


def check_adl_statement(statement: dict[str, Any]) -> None:
    """The xAPI 1.0.3 statement rules a strict LRS enforces for what we send (ids, actor, verb, object,
    result ranges, context, timestamp)."""
    assert str(uuid.UUID(statement["id"])) == statement["id"]
    account = statement["actor"]["account"]
    assert statement["actor"]["objectType"] == "Agent"
    assert account["homePage"].startswith("https://")
    assert account["name"]
    assert "mbox" not in statement["actor"]
    assert VERB.match(statement["verb"]["id"])
    assert statement["verb"]["display"]
    target = statement["object"]
    assert target["objectType"] == "Activity"
    assert target["id"].startswith("https://")
    assert target["definition"]["type"].startswith("http://adlnet.gov/expapi/activities/")
    assert TIMESTAMP.match(statement["timestamp"])
    result = statement.get("result", {})
    score = result.get("score", {})
    assert 0 <= score.get("scaled", 0) <= 1
    if "raw" in score:
        assert score["min"] <= score["raw"] <= score["max"]
        assert score["min"] < score["max"]
    if "duration" in result:
        assert DURATION.match(result["duration"])
    context = statement["context"]
    assert all(key.startswith("https://") for key in context["extensions"])
    assert context["contextActivities"]["grouping"]
    assert set(statement) <= {"id", "actor", "verb", "object", "result", "context", "timestamp"}


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Any:
    data = Path(tmp_path_factory.mktemp("demo-xapi"))
    app = open_app(data_dir=str(data / "data"), clock=FakeClock(), bundled_root=REPO_ROOT)
    summary = app.demo.seed(24, 5)
    yield app, summary
    app.close()


def _verb(statement: dict[str, Any]) -> str:
    return str(statement["verb"]["display"]["en-US"])


def _attempt(statement: dict[str, Any]) -> str:
    return str(statement["context"]["extensions"].get(xapi.EXT_ATTEMPT, ""))


def test_completed_for_every_finished_activity_and_one_result_per_attempt(seeded: Any) -> None:
    app, summary = seeded
    statements = app.xapi.statements()
    assert summary.xapi_statements == len(statements)
    verbs = Counter(map(_verb, statements))
    with app.db.transaction() as conn:
        finished = conn.execute(
            select(func.count()).select_from(progress).where(progress.c.completed_at.is_not(None))
        ).scalar()
        attempt_ids = set(conn.execute(select(quiz_attempt.c.id)).scalars())
    assert verbs["completed"] == finished > 0
    results = [s for s in statements if _verb(s) in ("passed", "failed")]
    assert sorted(map(_attempt, results)) == sorted(attempt_ids)
    assert len(attempt_ids) > 10
    assert verbs["failed"] > 0
    assert verbs["passed"] > 0
    completed_ids = {
        (s["actor"]["account"]["name"], s["object"]["id"]) for s in statements if _verb(s) == "completed"
    }
    assert len(completed_ids) == finished  # one per activity, never twice


def test_one_answered_per_question_of_each_attempt_exactly_as_live_use_writes_it(seeded: Any) -> None:
    app, _summary = seeded
    statements = app.xapi.statements()
    answered: dict[str, list[dict[str, Any]]] = {}
    for statement in statements:
        if _verb(statement) == "answered":
            answered.setdefault(_attempt(statement), []).append(statement)
    with app.db.transaction() as conn:
        for attempt_id in conn.execute(select(quiz_attempt.c.id)).scalars():
            attempt = quiz_repo.get_attempt(conn, attempt_id)
            assert attempt is not None
            stored = quiz_repo.answers(conn, attempt_id)
            mine = answered.get(attempt_id, [])
            questions = [shown.question for shown in leaf_questions(attempt.drawn)]
            assert len(mine) == len(questions) == len(stored)
            for statement, question in zip(mine, questions, strict=True):  # in the order shown
                assert statement["object"]["id"].endswith(f"/questions/{question.id}")
                definition = statement["object"]["definition"]
                expected = xapi_interactions.definition(question, statement["context"]["language"])
                assert {k: definition[k] for k in expected} == expected
                response = statement["result"]["response"]
                assert response == xapi_interactions.response(question, stored[question.id].response)
                assert statement["result"]["success"] == stored[question.id].correct
                check_adl_interaction(definition, response)


def test_every_statement_is_valid_dated_in_the_seeded_history_and_queued_in_order(seeded: Any) -> None:
    app, _summary = seeded
    with app.db.transaction() as conn:
        entries = xapi_repo.entries(conn, xapi_repo.STATES, limit=1_000_000)
        last_seen = conn.execute(select(func.max(session_log.c.observed_at))).scalar()
    texts = [e.statement for e in sorted(entries, key=lambda e: e.seq)]
    statements = app.xapi.statements()
    assert len(texts) == len(statements)
    moments = [datetime.fromisoformat(s["timestamp"].replace("Z", "+00:00")) for s in statements]
    assert moments == sorted(moments), "queued in the order it happened"
    assert moments[0] >= BASE_AT
    assert moments[-1].replace(tzinfo=None) <= last_seen.replace(tzinfo=None)
    assert all(
        e.created_at.isoformat()[:19] == s["timestamp"][:19]
        for e, s in zip(sorted(entries, key=lambda e: e.seq), statements, strict=True)
    )
    by_attempt: dict[str, list[tuple[str, datetime]]] = {}
    for statement, moment in zip(statements, moments, strict=True):
        check_adl_statement(statement)
        if _attempt(statement):
            by_attempt.setdefault(_attempt(statement), []).append((_verb(statement), moment))
    for events in by_attempt.values():
        verbs = [verb for verb, _ in events]
        result = next(i for i, v in enumerate(verbs) if v in ("passed", "failed"))
        assert set(verbs[:result]) <= {"answered"}
        assert set(verbs[result + 1 :]) <= {"completed"}


def test_the_same_seed_gives_the_same_statements(tmp_path: Path) -> None:
    texts = []
    for name in ("one", "two"):
        app: App = open_app(data_dir=str(tmp_path / name), clock=FakeClock(), bundled_root=REPO_ROOT)
        try:
            app.demo.seed(6, 9)
            texts.append([s["id"] for s in app.xapi.statements()])
        finally:
            app.close()
    assert texts[0] == texts[1]
    assert texts[0]


def test_a_sample_of_seeded_certificates_verifies(seeded: Any, tmp_path: Path) -> None:
    app, summary = seeded
    certificates = app.certificates.list()
    assert len(certificates) == summary.certificates > 0
    assert all(valid for _id, valid, _reason in app.certificates.verify_stored())
    sample = certificates[:: max(1, len(certificates) // 4)]
    files = []
    for number, certificate in enumerate(sample):
        files.append(tmp_path / f"{number}.json")
        files[-1].write_bytes(app.certificates.credential_json(certificate.id))
    reports = app.certificate_checks.verify_paths(files)  # as `cpims-trainer verify FILE` checks one
    assert [r.valid for r in reports] == [True] * len(sample)
    assert {r.certificate_id for r in reports} == {c.id for c in sample}
