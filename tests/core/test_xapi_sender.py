"""The LRS sender's state machine with a scripted transport: what is sent, kept, quarantined, retried, and when."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta

import pytest

from trainer_app.core.exchange import lrs_client
from trainer_app.core.exchange.lrs_client import HttpResponse, TransportError
from trainer_app.core.services.xapi import XapiService

PACK, GUIDE = "mini-pack", "basics-guide"
ENDPOINT = "https://lrs.example.org/xAPI/"
Handler = Callable[[str, str, dict[str, str], bytes | None], HttpResponse]


@dataclass
class ScriptedLrs:
    """Answers each request with `handler`; remembers every request it got."""

    handler: Handler
    requests: list[tuple[str, str, dict[str, str], bytes | None]] = field(default_factory=list)

    def __call__(
        self, method: str, url: str, headers: dict[str, str], body: bytes | None, timeout_seconds: float
    ) -> HttpResponse:
        assert timeout_seconds > 0
        self.requests.append((method, url, headers, body))
        return self.handler(method, url, headers, body)

    def posted_ids(self) -> list[list[str]]:
        return [[s["id"] for s in json.loads(b or b"[]")] for m, _u, _h, b in self.requests if m == "POST"]


def _accept(_m: str, _u: str, _h: dict[str, str], body: bytes | None) -> HttpResponse:
    ids = [s["id"] for s in json.loads(body or b"[]")]
    return HttpResponse(200, json.dumps(ids).encode())


def _service(app, handler: Handler) -> tuple[XapiService, ScriptedLrs]:  # type: ignore[no-untyped-def]
    lrs = ScriptedLrs(handler)
    service = XapiService(
        app.db, app.clock, app.packs, app.settings, app.paths.root / "secrets", transport=lrs
    )
    service.save_lrs_settings(ENDPOINT, "client-key", "client-secret")
    return service, lrs


def _queue(app, count: int) -> list[str]:  # type: ignore[no-untyped-def]
    learner, _ = app.learners.create("Test Learner", "case_worker")
    for step in range(count):
        app.progress.record_guide(learner.id, PACK, GUIDE, step / (count + 1), False, 1)
    return [s["id"] for s in app.xapi.statements()]


def _states(app) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {k: v for k, v in app.xapi.status().counts.items() if v}


def test_accepted_statements_are_marked_sent_and_never_sent_again(mini_app) -> None:  # type: ignore[no-untyped-def]
    ids = _queue(mini_app, 3)
    service, lrs = _service(mini_app, _accept)
    report = service.send()
    assert (report.sent, report.retry_later, report.next_attempt_at) == (3, 0, None)
    assert lrs.posted_ids() == [ids]
    assert service.send().sent == 0
    assert len(lrs.requests) == 1
    assert _states(mini_app) == {"sent": 3}


def test_every_request_carries_the_version_header_and_the_exact_stored_json(mini_app) -> None:  # type: ignore[no-untyped-def]
    _queue(mini_app, 2)
    service, lrs = _service(mini_app, _accept)
    service.send()
    method, url, headers, body = lrs.requests[0]
    assert (method, url) == ("POST", ENDPOINT + "statements")
    assert headers["X-Experience-API-Version"] == "1.0.3"
    assert headers["Authorization"] == "Basic " + base64.b64encode(b"client-key:client-secret").decode()
    with mini_app.db.transaction() as conn:
        from trainer_app.core.storage import xapi_repo

        stored = xapi_repo.statements(conn)
    assert body == ("[" + ",".join(stored) + "]").encode()


def test_statements_go_in_batches(mini_app) -> None:  # type: ignore[no-untyped-def]
    ids = _queue(mini_app, 53)
    service, lrs = _service(mini_app, _accept)
    assert service.send().sent == 53
    assert lrs.posted_ids() == [ids[:50], ids[50:]]


def test_a_bad_batch_falls_back_to_one_by_one_and_quarantines_only_the_bad_statement(mini_app) -> None:  # type: ignore[no-untyped-def]
    ids = _queue(mini_app, 3)
    bad = ids[1]

    def strict(method: str, url: str, headers: dict[str, str], body: bytes | None) -> HttpResponse:
        if bad in [s["id"] for s in json.loads(body or b"[]")]:
            return HttpResponse(400, b'{"warnings":["Problem in \'statements.0.result.score.scaled\'"]}')
        return _accept(method, url, headers, body)

    service, lrs = _service(mini_app, strict)
    report = service.send()
    assert (report.sent, report.quarantined, report.retry_later) == (2, 1, 0)
    assert lrs.posted_ids() == [ids, [ids[0]], [bad], [ids[2]]]
    (problem,) = mini_app.xapi.status().problems
    assert problem.statement_id == bad
    assert problem.state == "quarantined"
    assert problem.last_error.startswith("HTTP 400")
    assert "score.scaled" in problem.last_error
    assert service.send().sent == 0  # quarantined statements wait for a person
    assert mini_app.xapi.requeue() == 1
    assert _states(mini_app) == {"pending": 1, "sent": 2}


def test_a_conflict_with_the_same_statement_counts_as_sent(mini_app) -> None:  # type: ignore[no-untyped-def]
    (sid,) = _queue(mini_app, 1)
    ours = mini_app.xapi.statements()[0]
    theirs = {
        **ours,
        "stored": "2026-01-05T10:00:00.000Z",
        "version": "1.0.0",
        "authority": {"mbox": "mailto:x@y.z"},
    }
    theirs["timestamp"] = ours["timestamp"].replace(".000Z", "+00:00")

    def handler(method: str, url: str, _h: dict[str, str], _b: bytes | None) -> HttpResponse:
        if method == "GET":
            assert url == f"{ENDPOINT}statements?statementId={sid}"
            return HttpResponse(200, json.dumps(theirs).encode())
        return HttpResponse(409, b'{"message":"conflicting"}')

    service, _lrs = _service(mini_app, handler)
    assert service.send().sent == 1
    assert _states(mini_app) == {"sent": 1}


def test_a_conflict_with_a_different_statement_is_flagged(mini_app) -> None:  # type: ignore[no-untyped-def]
    _queue(mini_app, 1)
    theirs = {**mini_app.xapi.statements()[0], "result": {"completion": True}}

    def handler(method: str, _u: str, _h: dict[str, str], _b: bytes | None) -> HttpResponse:
        return HttpResponse(200, json.dumps(theirs).encode()) if method == "GET" else HttpResponse(409, b"")

    service, _lrs = _service(mini_app, handler)
    report = service.send()
    assert (report.sent, report.conflicts) == (0, 1)
    assert mini_app.xapi.status().problems[0].state == "conflict"


@pytest.mark.parametrize(
    "failure",
    [
        HttpResponse(401, b'{"message":"Unauthorised"}'),
        HttpResponse(500, b"oops"),
        HttpResponse(503, b""),
        "refused",
    ],
)
def test_an_unusable_lrs_means_back_off_and_retry_later(mini_app, failure: HttpResponse | str) -> None:  # type: ignore[no-untyped-def]
    ids = _queue(mini_app, 53)
    answers: list[HttpResponse | str] = [failure]

    def handler(method: str, url: str, headers: dict[str, str], body: bytes | None) -> HttpResponse:
        answer = answers[0]
        if answer == "refused":
            raise TransportError("[Errno 111] Connection refused")
        assert isinstance(answer, HttpResponse)
        return answer if answer.status != 200 else _accept(method, url, headers, body)

    service, lrs = _service(mini_app, handler)
    start = mini_app.clock()
    report = service.send()
    assert (report.sent, report.retry_later) == (0, 50)
    assert len(lrs.requests) == 1  # no second batch to a failing LRS
    assert report.next_attempt_at == start + timedelta(seconds=lrs_client.BACKOFF_FIRST_SECONDS)
    assert report.reasons
    assert "client-secret" not in " ".join(report.reasons)
    mini_app.clock.advance(30)
    assert service.send().sent == 0
    assert len(lrs.requests) == 2
    mini_app.clock.advance(31)
    answers[0] = HttpResponse(200, b"")
    assert service.send().sent == 50  # the three tried at +30 s wait until +90 s
    assert service.send(retry_now=True).sent == 3
    assert sorted(i for batch in lrs.posted_ids()[2:] for i in batch) == sorted(ids)


def test_the_back_off_grows_and_retry_now_overrides_it(mini_app) -> None:  # type: ignore[no-untyped-def]
    _queue(mini_app, 1)
    service, lrs = _service(mini_app, lambda *_: HttpResponse(503, b""))
    start = mini_app.clock()
    assert service.send().next_attempt_at == start + timedelta(seconds=60)
    mini_app.clock.advance(60)
    assert service.send().next_attempt_at == mini_app.clock() + timedelta(seconds=120)
    assert service.send().retry_later == 0  # not due yet: nothing is sent
    assert service.send(retry_now=True).retry_later == 1
    assert len(lrs.requests) == 3


def test_backoff_is_capped() -> None:
    from datetime import UTC, datetime

    now = datetime(2026, 1, 1, tzinfo=UTC)
    assert lrs_client.backoff(1, now) - now == timedelta(minutes=1)
    assert lrs_client.backoff(4, now) - now == timedelta(minutes=8)
    assert lrs_client.backoff(200, now) - now == timedelta(hours=6)


def test_command_line_options_override_the_settings(mini_app) -> None:  # type: ignore[no-untyped-def]
    _queue(mini_app, 1)
    service, lrs = _service(mini_app, _accept)
    service.send("https://other.example.org/lrs/", "other-key", "other-secret")
    _m, url, headers, _b = lrs.requests[0]
    assert url == "https://other.example.org/lrs/statements"
    assert headers["Authorization"] == "Basic " + base64.b64encode(b"other-key:other-secret").decode()


def test_same_statement_ignores_only_what_an_lrs_adds() -> None:
    ours = {"id": "1", "verb": {"id": "v"}, "result": {"score": {"scaled": 1}}}
    assert lrs_client.same_statement(ours, {**ours, "timestamp": "2026-01-01T00:00:00Z", "stored": "x"})
    assert lrs_client.same_statement(ours, {**ours, "result": {"score": {"scaled": 1.0}}})
    assert not lrs_client.same_statement(ours, {**ours, "result": {"score": {"scaled": 0.5}}})
    timed = {**ours, "timestamp": "2026-01-01T00:00:00.000Z"}
    assert lrs_client.same_statement(timed, {**timed, "timestamp": "2026-01-01T00:00:00+00:00"})
    assert not lrs_client.same_statement(timed, {**timed, "timestamp": "2026-01-01T00:00:01Z"})
    assert not lrs_client.same_statement(ours, ["not", "a", "statement"])
