"""Against a real, strict LRS on loopback (Learning Locker's statement service, started by scripts/services.sh):
statements are accepted as created, resending is harmless, and refusals, conflicts and outages are handled.
"""

from __future__ import annotations

import base64
import json
import os
import socket
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import LRS_ENV, service_url
from trainer_app.cli.main import run_cli
from trainer_app.core.exchange import lrs_client
from trainer_app.core.services.xapi import XapiService
from trainer_app.core.storage import xapi_repo

pytestmark = pytest.mark.lrs
PACK, GUIDE, QUIZ = "mini-pack", "basics-guide", "basics-quiz"


@dataclass(frozen=True)
class Lrs:
    endpoint: str
    username: str
    password_file: Path

    @property
    def password(self) -> str:
        return self.password_file.read_text(encoding="utf-8").strip()

    def request(self, method: str, path: str, body: Any = None, version: bool = True) -> tuple[int, Any]:
        headers = {
            "Authorization": "Basic " + base64.b64encode(f"{self.username}:{self.password}".encode()).decode()
        }
        if version:
            headers["X-Experience-API-Version"] = "1.0.3"
        data = None if body is None else json.dumps(body).encode()
        if data is not None:
            headers["Content-Type"] = "application/json"
        request = urllib.request.Request(self.endpoint + path, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=20) as response:
                raw = response.read()
                return response.status, json.loads(raw) if raw else None
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    def stored(self, statement_id: str) -> Any:
        status, body = self.request("GET", f"statements?statementId={statement_id}")
        assert status == 200, body
        return body

    def for_agent(self, learner_id: str, home_page: str) -> list[Any]:
        from urllib.parse import quote

        agent = json.dumps({"objectType": "Agent", "account": {"homePage": home_page, "name": learner_id}})
        status, body = self.request("GET", f"statements?agent={quote(agent)}&limit=500")
        assert status == 200, body
        return list(body["statements"])


@pytest.fixture
def lrs() -> Lrs:
    endpoint = service_url(LRS_ENV, "a strict xAPI LRS")
    return Lrs(endpoint, os.environ["CPIMS_TEST_LRS_USER"], Path(os.environ["CPIMS_TEST_LRS_PASSWORD_FILE"]))


def _configure(app, lrs: Lrs, password: str | None = None) -> None:  # type: ignore[no-untyped-def]
    app.xapi.save_lrs_settings(lrs.endpoint, lrs.username, password if password is not None else lrs.password)


def _learn(app) -> str:  # type: ignore[no-untyped-def]
    learner, _ = app.learners.create("Test Learner", "case_worker")
    app.progress.open_activity(learner.id, PACK, GUIDE)
    app.progress.record_guide(learner.id, PACK, GUIDE, 0.5, False, 40)
    app.progress.record_guide(learner.id, PACK, GUIDE, 1.0, True, 400)
    view = app.quizzes.start(learner.id, PACK, QUIZ)
    for shown in view.questions:
        if shown.question.type.value in ("single", "true_false"):
            app.quizzes.save_answer(view.attempt_id, shown.id, shown.shown[0] if shown.shown else True)
    app.quizzes.submit(view.attempt_id, 75)
    return str(learner.id)


@pytest.mark.parametrize(
    "db_url", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)], indirect=True
)
def test_every_statement_is_accepted_exactly_as_created(mini_app, lrs: Lrs) -> None:  # type: ignore[no-untyped-def]
    learner_id = _learn(mini_app)
    _configure(mini_app, lrs)
    ours = mini_app.xapi.statements()
    report = mini_app.xapi.send()
    assert (report.sent, report.conflicts, report.quarantined, report.retry_later) == (len(ours), 0, 0, 0)
    for statement in ours:
        assert lrs_client.same_statement(statement, lrs.stored(statement["id"]))
    verbs = {
        s["verb"]["display"]["en-US"]
        for s in lrs.for_agent(learner_id, ours[0]["actor"]["account"]["homePage"])
    }
    assert {"attempted", "progressed", "completed", "answered"} <= verbs
    assert verbs & {"passed", "failed"}


def test_sending_the_same_statements_again_duplicates_nothing(mini_app, lrs: Lrs) -> None:  # type: ignore[no-untyped-def]
    learner_id = _learn(mini_app)
    _configure(mini_app, lrs)
    first = mini_app.xapi.send().sent
    with mini_app.db.transaction() as conn:  # as if the app stopped after posting, before marking them sent
        conn.execute(xapi_repo.xapi_outbox.update().values(state="pending", next_attempt_at=None))
    assert mini_app.xapi.send().sent == first
    home_page = mini_app.xapi.lrs_settings().home_page
    assert len(lrs.for_agent(learner_id, home_page)) == first


def test_an_invalid_statement_is_quarantined_and_the_rest_of_its_batch_still_goes(mini_app, lrs: Lrs) -> None:  # type: ignore[no-untyped-def]
    _learn(mini_app)
    _configure(mini_app, lrs)
    good = mini_app.xapi.statements()
    bad = json.loads(json.dumps(good[-1]))
    bad["id"] = "4b1c1c53-2a3b-4a51-9a7e-1f7a3d1e6c01"
    bad["result"] = {"score": {"scaled": 1.5}}  # out of range: a strict LRS refuses it
    with mini_app.db.transaction() as conn:
        xapi_repo.add(
            conn,
            bad["id"],
            json.dumps(bad),
            learner_id="x",
            verb="passed",
            pack_id=PACK,
            activity_id=QUIZ,
            created_at=mini_app.clock(),
        )
    report = mini_app.xapi.send()
    assert (report.sent, report.quarantined, report.retry_later) == (len(good), 1, 0)
    (problem,) = mini_app.xapi.status().problems
    assert problem.statement_id == bad["id"]
    assert problem.state == "quarantined"
    assert "HTTP 400" in problem.last_error
    assert "scaled" in problem.last_error
    assert lrs.request("GET", f"statements?statementId={bad['id']}")[0] == 404


def test_a_changed_statement_under_a_known_id_is_a_conflict_and_the_same_one_is_not(
    mini_app, lrs: Lrs
) -> None:  # type: ignore[no-untyped-def]
    _learn(mini_app)
    _configure(mini_app, lrs)
    ours = mini_app.xapi.statements()
    elsewhere = json.loads(json.dumps(ours[0]))
    elsewhere["verb"] = {
        "id": "http://adlnet.gov/expapi/verbs/experienced",
        "display": {"en-US": "experienced"},
    }
    assert lrs.request("POST", "statements", [elsewhere])[0] == 200
    assert lrs.request("POST", "statements", [ours[1]])[0] == 200  # the same statement, already there
    assert lrs.request("POST", "statements", [elsewhere | {"result": {"success": True}}])[0] == 409
    report = mini_app.xapi.send()
    assert (report.sent, report.conflicts) == (len(ours) - 1, 1)
    (problem,) = mini_app.xapi.status().problems
    assert problem.statement_id == ours[0]["id"]
    assert problem.state == "conflict"


def test_the_lrs_refuses_a_request_without_the_version_header_and_ours_always_carry_it(lrs: Lrs) -> None:
    status, body = lrs.request("GET", "statements?limit=1", version=False)
    assert status == 400
    assert "X-Experience-API-Version" in str(body)
    assert lrs.request("GET", "statements?limit=1")[0] == 200


def test_wrong_credentials_mean_retry_later_and_the_password_is_never_echoed(mini_app, lrs: Lrs) -> None:  # type: ignore[no-untyped-def]
    _learn(mini_app)
    _configure(mini_app, lrs, password="not-the-secret")
    count = len(mini_app.xapi.statements())
    report = mini_app.xapi.send()
    assert (report.sent, report.retry_later) == (0, count)
    assert report.next_attempt_at == lrs_client.backoff(1, mini_app.clock())
    assert "401" in report.reasons[0]
    assert "not-the-secret" not in " ".join(report.reasons)
    _configure(mini_app, lrs)
    assert mini_app.xapi.send().sent == 0  # backing off
    assert mini_app.xapi.send(retry_now=True).sent == count


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def silent_server() -> Iterator[str]:
    """A loopback server that accepts connections and never answers: a hung LRS."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/xAPI/"
    listener.close()


@pytest.fixture
def failing_server() -> Iterator[str]:
    """A loopback server answering 500 to everything: an LRS with an internal error."""

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            self.send_response(500)
            self.send_header("Content-Length", "13")
            self.end_headers()
            self.wfile.write(b"Server error.")

        def log_message(self, *_args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/xAPI/"
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("kind", ["down", "slow", "error"])
def test_an_lrs_that_is_down_slow_or_failing_leaves_everything_queued(  # type: ignore[no-untyped-def]
    mini_app, silent_server: str, failing_server: str, kind: str
) -> None:
    _learn(mini_app)
    endpoint = {
        "down": f"http://127.0.0.1:{_free_port()}/xAPI/",
        "slow": silent_server,
        "error": failing_server,
    }[kind]
    service = XapiService(
        mini_app.db,
        mini_app.clock,
        mini_app.packs,
        mini_app.settings,
        mini_app.paths.root / "secrets",
        timeout_seconds=0.5,
    )
    count = len(mini_app.xapi.statements())
    report = service.send(endpoint, "u", "p")
    assert (report.sent, report.retry_later) == (0, min(count, 50))
    assert report.next_attempt_at is not None
    words = {"down": "cannot be reached", "slow": "cannot be reached", "error": "HTTP 500"}[kind]
    assert words in report.reasons[0]
    assert mini_app.xapi.status().counts["pending"] == count


def test_the_command_line_sends_and_exports(
    mini_app, lrs: Lrs, data_dir: Path, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    _learn(mini_app)
    count = len(mini_app.xapi.statements())
    mini_app.close()
    args = ["--data-dir", str(data_dir), "xapi"]
    send = [
        "send",
        "--endpoint",
        lrs.endpoint,
        "--username",
        lrs.username,
        "--password-file",
        str(lrs.password_file),
    ]
    assert run_cli([*args, *send]) == 0
    assert f"sent: {count}," in capsys.readouterr().out
    out = tmp_path / "statements.json"
    assert run_cli([*args, "export", "--out", str(out), "--state", "sent"]) == 0
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert len(exported) == count
    assert all(lrs_client.same_statement(s, lrs.stored(s["id"])) for s in exported)
    assert run_cli([*args, "status"]) == 0
    assert "sent" in capsys.readouterr().out
