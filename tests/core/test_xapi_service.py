"""xAPI statements from observations: queued in the same transaction, exported atomically, settings kept apart."""

from __future__ import annotations

import json
import resource
import signal
import stat
from pathlib import Path

import pytest

from trainer_app.core.common.errors import ExchangeError, NotFoundError, ValidationError
from trainer_app.core.exchange import xapi
from trainer_app.core.services.progress import ProgressService
from trainer_app.core.storage import xapi_repo

PACK = "mini-pack"
GUIDE = "basics-guide"
QUIZ = "basics-quiz"


def _learner(app) -> str:  # type: ignore[no-untyped-def]
    learner, _ = app.learners.create("Test Learner", "case_worker")
    return str(learner.id)


def _verbs(app) -> list[str]:  # type: ignore[no-untyped-def]
    return [s["verb"]["display"]["en-US"] for s in app.xapi.statements()]


def test_each_observation_becomes_a_statement_with_the_right_verb(mini_app) -> None:  # type: ignore[no-untyped-def]
    lid = _learner(mini_app)
    mini_app.progress.open_activity(lid, PACK, GUIDE)
    mini_app.progress.record_guide(lid, PACK, GUIDE, 0.4, False, 20)
    mini_app.progress.record_guide(lid, PACK, GUIDE, 0.3, False, 20)
    mini_app.progress.record_guide(lid, PACK, GUIDE, 1.0, True, 400)
    mini_app.progress.record_guide(lid, PACK, GUIDE, 1.0, True, 10)
    assert _verbs(mini_app) == ["attempted", "progressed", "experienced", "completed", "experienced"]
    statements = mini_app.xapi.statements()
    assert statements[1]["result"] == {
        "completion": False,
        "duration": "PT20S",
        "extensions": {xapi.EXT_PROGRESS: int(statements[1]["result"]["extensions"][xapi.EXT_PROGRESS])},
    }
    assert statements[3]["result"]["completion"] is True
    first = statements[0]
    assert first["actor"] == {
        "objectType": "Agent",
        "account": {"homePage": xapi.DEFAULT_HOME_PAGE, "name": lid},
    }
    assert first["context"]["extensions"][xapi.EXT_PACK_VERSION] == mini_app.packs.get(PACK).version
    assert first["context"]["extensions"][xapi.EXT_ROLE] == "case_worker"
    assert len({s["id"] for s in statements}) == 5


def test_the_stored_json_is_exactly_what_was_created(mini_app) -> None:  # type: ignore[no-untyped-def]
    lid = _learner(mini_app)
    mini_app.progress.open_activity(lid, PACK, GUIDE)
    with mini_app.db.transaction() as conn:
        (entry,) = xapi_repo.entries(conn)
    assert entry.statement == xapi.to_json(json.loads(entry.statement))
    assert entry.state == "pending"
    assert entry.verb == "attempted"
    assert entry.learner_id == lid


def test_a_quiz_submission_gives_answered_statements_then_passed_or_failed(mini_app) -> None:  # type: ignore[no-untyped-def]
    lid = _learner(mini_app)
    view = mini_app.quizzes.start(lid, PACK, QUIZ)
    answered = [q for q in view.questions if q.question.type.value in ("single", "true_false")][:2]
    for shown in answered:
        response = shown.shown[0] if shown.shown else True
        mini_app.quizzes.save_answer(view.attempt_id, shown.id, response)
    result = mini_app.quizzes.submit(view.attempt_id, 45)
    statements = mini_app.xapi.statements()
    verbs = [s["verb"]["display"]["en-US"] for s in statements]
    assert verbs == ["answered"] * len(answered) + ["passed" if result.passed else "failed"]
    final = statements[-1]["result"]
    assert final["success"] is result.passed
    assert final["duration"] == "PT45S"
    assert final["score"]["max"] == pytest.approx(result.points_possible)
    assert 0 <= final["score"]["scaled"] <= 1
    question = statements[0]
    assert question["object"]["id"].endswith(f"/activities/{QUIZ}/questions/{answered[0].id}")
    assert question["context"]["extensions"][xapi.EXT_ATTEMPT] == view.attempt_id


def test_no_statement_without_its_observation_and_no_observation_without_its_statement(mini_app) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NotFoundError):
        mini_app.progress.open_activity("no-such-learner", PACK, GUIDE)
    assert mini_app.xapi.statements() == []

    def broken(_conn: object, _seen: object) -> None:
        raise RuntimeError("the observer failed")

    lid = _learner(mini_app)
    failing = ProgressService(
        mini_app.db, mini_app.clock, mini_app.packs, observers=[mini_app.xapi.record, broken]
    )
    with pytest.raises(RuntimeError):
        failing.record_guide(lid, PACK, GUIDE, 0.5, False, 10)
    assert mini_app.progress.activity(lid, PACK, GUIDE) is None
    assert mini_app.xapi.statements() == []


def test_names_only_when_configured(mini_app) -> None:  # type: ignore[no-untyped-def]
    lid = _learner(mini_app)
    mini_app.xapi.save_lrs_settings("", "", home_page="https://training.example.org/", include_names=True)
    mini_app.progress.open_activity(lid, PACK, GUIDE)
    actor = mini_app.xapi.statements()[0]["actor"]
    assert actor["name"] == "Test Learner"
    assert actor["account"] == {"homePage": "https://training.example.org/", "name": lid}


def test_export_writes_a_json_array_of_the_statements(mini_app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lid = _learner(mini_app)
    mini_app.progress.open_activity(lid, PACK, GUIDE)
    mini_app.progress.record_guide(lid, PACK, GUIDE, 1.0, True, 400)
    out = tmp_path / "out" / "statements.json"
    assert mini_app.xapi.export(out) == 2
    assert json.loads(out.read_text(encoding="utf-8")) == mini_app.xapi.statements()
    assert mini_app.xapi.export(out, ["sent"]) == 0
    assert json.loads(out.read_text(encoding="utf-8")) == []
    assert [p.name for p in out.parent.iterdir()] == ["statements.json"]


def test_a_full_disk_during_export_leaves_no_partial_file_and_keeps_the_old_one(
    mini_app, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    lid = _learner(mini_app)
    for step in range(40):
        mini_app.progress.record_guide(lid, PACK, GUIDE, step / 40, False, 5)
    out = tmp_path / "statements.json"
    out.write_text("[]\n", encoding="utf-8")
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(
        resource.RLIMIT_FSIZE, (4096, hard)
    )  # the OS refuses writes past 4 KiB, as a full disk would
    try:
        with pytest.raises(ExchangeError, match="nothing was written"):
            mini_app.xapi.export(out)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)
    assert out.read_text(encoding="utf-8") == "[]\n"
    assert [p.name for p in tmp_path.iterdir() if "statements" in p.name] == ["statements.json"]


def test_lrs_password_is_kept_in_an_owner_only_file_not_in_settings(mini_app) -> None:  # type: ignore[no-untyped-def]
    mini_app.xapi.save_lrs_settings("https://lrs.example.org/xAPI/", "client-key", "s3cret-value")
    saved = mini_app.xapi.lrs_settings()
    assert saved.endpoint == "https://lrs.example.org/xAPI/"
    assert saved.username == "client-key"
    assert saved.has_password
    assert "s3cret-value" not in mini_app.paths.settings.read_text(encoding="utf-8")
    secret = mini_app.paths.root / "secrets" / "lrs-password"
    assert stat.S_IMODE(secret.stat().st_mode) == 0o600
    assert secret.read_text(encoding="utf-8") == "s3cret-value"
    mini_app.xapi.save_lrs_settings("https://lrs.example.org/xAPI/", "client-key")  # None keeps the password
    assert mini_app.xapi.lrs_settings().has_password
    mini_app.xapi.save_lrs_settings("https://lrs.example.org/xAPI/", "client-key", "")
    assert not mini_app.xapi.lrs_settings().has_password


def test_bad_lrs_settings_are_refused(mini_app) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError):
        mini_app.xapi.save_lrs_settings("ftp://lrs.example.org", "u")
    with pytest.raises(ValidationError):
        mini_app.xapi.save_lrs_settings("https://lrs.example.org/xAPI/", "u", home_page="not an iri")
    with pytest.raises(ExchangeError, match="No LRS is configured"):
        mini_app.xapi.send()
