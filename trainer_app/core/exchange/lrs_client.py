"""Talking to an xAPI 1.0.3 LRS with urllib: post batches, fall back to one by one, decide each statement's fate.

The transport is injected so the state machine is tested without a network; the real one is `urllib_transport`.
"""

from __future__ import annotations

import base64
import json
import urllib.error
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any, Protocol
from urllib.parse import quote

from trainer_app.core.common.coded import CodedReason, reason_text
from trainer_app.core.exchange.xapi import XAPI_VERSION

DEFAULT_TIMEOUT_SECONDS = 15.0
BACKOFF_FIRST_SECONDS = 60.0
BACKOFF_MAX_SECONDS = 6 * 3600.0
LRS_ADDED = ("stored", "authority", "version")
HTTP_OK, HTTP_CONFLICT = 200, 409


@dataclass(frozen=True)
class HttpResponse:
    status: int
    body: bytes


class TransportError(Exception):
    """No HTTP answer at all: connection refused, time-out, name not found, TLS failure."""


class Transport(Protocol):
    def __call__(
        self, method: str, url: str, headers: dict[str, str], body: bytes | None, timeout_seconds: float
    ) -> HttpResponse: ...


def urllib_transport(
    method: str, url: str, headers: dict[str, str], body: bytes | None, timeout_seconds: float
) -> HttpResponse:
    request = urllib.request.Request(url, data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout_seconds) as response:
            return HttpResponse(response.status, response.read())
    except urllib.error.HTTPError as error:
        return HttpResponse(error.code, error.read())
    except (urllib.error.URLError, TimeoutError, ConnectionError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise TransportError(str(reason) or type(error).__name__) from error


@dataclass(frozen=True)
class LrsConfig:
    endpoint: str  # e.g. https://lrs.example.org/xAPI/ (the statements resource is endpoint + "statements")
    username: str = ""
    password: str = ""
    timeout_seconds: float = DEFAULT_TIMEOUT_SECONDS
    batch_size: int = 50

    @property
    def statements_url(self) -> str:
        return self.endpoint.rstrip("/") + "/statements"


class Fate(StrEnum):
    SENT = "sent"  # accepted, or already there unchanged
    CONFLICT = "conflict"  # the LRS holds a different statement under this id
    QUARANTINED = "quarantined"  # the LRS refuses it as invalid: retrying cannot help
    RETRY = "retry"  # not delivered this time: try again later


@dataclass(frozen=True)
class Delivery:
    statement_id: str
    fate: Fate
    problem: CodedReason | None = None  # what the LRS said, coded (None when it simply took the statement)

    @property
    def reason(self) -> str:
        """The English reason, as the outbox stores it and the CLI prints it ("" for none)."""
        return reason_text(self.problem)


@dataclass(frozen=True)
class Queued:
    statement_id: str
    json_text: str  # the exact JSON stored in the outbox


class LrsClient:
    def __init__(self, config: LrsConfig, transport: Transport = urllib_transport) -> None:
        self._config = config
        self._transport = transport

    def _headers(self, with_body: bool) -> dict[str, str]:
        headers = {"X-Experience-API-Version": XAPI_VERSION, "Accept": "application/json"}
        if with_body:
            headers["Content-Type"] = "application/json; charset=utf-8"
        if self._config.username or self._config.password:
            token = f"{self._config.username}:{self._config.password}".encode()
            headers["Authorization"] = "Basic " + base64.b64encode(token).decode("ascii")
        return headers

    def post(self, batch: Sequence[Queued]) -> HttpResponse:
        body = ("[" + ",".join(q.json_text for q in batch) + "]").encode("utf-8")
        return self._transport(
            "POST", self._config.statements_url, self._headers(True), body, self._config.timeout_seconds
        )

    def get(self, statement_id: str) -> HttpResponse:
        url = f"{self._config.statements_url}?statementId={quote(statement_id, safe='')}"
        return self._transport("GET", url, self._headers(False), None, self._config.timeout_seconds)


def deliver(client: LrsClient, batch: Sequence[Queued]) -> tuple[list[Delivery], bool]:
    """Send one batch. Returns each statement's fate and whether the LRS is usable for the next batch."""
    try:
        response = client.post(batch)
    except TransportError as error:
        return _all(batch, Fate.RETRY, _unreachable(error)), False
    status = response.status
    if status in (200, 204):
        return _all(batch, Fate.SENT), True
    if status in (400, 409, 413) and len(batch) > 1:
        return _one_by_one(client, batch)
    if status == HTTP_CONFLICT:
        return [_compare_with_stored(client, batch[0])], True
    if status in (400, 413):
        return [Delivery(batch[0].statement_id, Fate.QUARANTINED, _reason(response))], True
    return _all(batch, Fate.RETRY, _reason(response)), False


def _one_by_one(client: LrsClient, batch: Sequence[Queued]) -> tuple[list[Delivery], bool]:
    done: list[Delivery] = []
    for index, queued in enumerate(batch):
        outcome, usable = deliver(client, [queued])
        done.extend(outcome)
        if not usable:
            rest = batch[index + 1 :]
            return done + _all(rest, Fate.RETRY, outcome[0].problem), False
    return done, True


def _compare_with_stored(client: LrsClient, queued: Queued) -> Delivery:
    try:
        response = client.get(queued.statement_id)
    except TransportError as error:
        return Delivery(queued.statement_id, Fate.RETRY, _unreachable(error))
    if response.status != HTTP_OK:
        then = CodedReason.of("lrs.conflict_then", reason=_reason(response))
        return Delivery(queued.statement_id, Fate.RETRY, then)
    try:
        stored = json.loads(response.body)
    except ValueError:
        return Delivery(queued.statement_id, Fate.RETRY, CodedReason.of("lrs.conflict_copy_not_json"))
    if same_statement(json.loads(queued.json_text), stored):
        return Delivery(queued.statement_id, Fate.SENT, CodedReason.of("lrs.already_in_lrs"))
    return Delivery(queued.statement_id, Fate.CONFLICT, CodedReason.of("lrs.different_statement"))


def same_statement(ours: dict[str, Any], theirs: Any) -> bool:
    """Equal once the fields an LRS adds are ignored (stored, authority, version; timestamp if we had none)."""
    if not isinstance(theirs, dict):
        return False
    ignored = set(LRS_ADDED) | ({"timestamp"} if "timestamp" not in ours else set())
    mine = {k: v for k, v in ours.items() if k not in ignored}
    other = {k: v for k, v in theirs.items() if k not in ignored}
    if "timestamp" in mine:
        mine["timestamp"], other["timestamp"] = _instant(mine["timestamp"]), _instant(other.get("timestamp"))
    return bool(_normal(mine) == _normal(other))


def _instant(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value


def _normal(value: Any) -> Any:
    """Numbers compare by value (1 == 1.0), as JSON does."""
    if isinstance(value, dict):
        return {k: _normal(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_normal(v) for v in value]
    if isinstance(value, bool) or not isinstance(value, int | float):
        return value
    return float(value)


def _all(batch: Sequence[Queued], fate: Fate, problem: CodedReason | None = None) -> list[Delivery]:
    return [Delivery(q.statement_id, fate, problem) for q in batch]


def _unreachable(error: TransportError) -> CodedReason:
    # the detail is the operating system's own words (connection refused, time-out), passed on as they are
    return CodedReason.of("lrs.unreachable", detail=str(error))


def _reason(response: HttpResponse) -> CodedReason:
    """The status and the LRS's own words, short; never anything we sent (it may hold credentials)."""
    words = response.body.decode("utf-8", "replace").strip()
    try:
        parsed = json.loads(words)
        if isinstance(parsed, dict):
            words = str(parsed.get("message") or parsed.get("warnings") or parsed)
    except ValueError:
        pass
    bare, said = _HTTP_CODES.get(response.status, ("lrs.http_status", "lrs.http_status_said"))
    if words:
        return CodedReason.of(said, status=response.status, words=words[:500])
    return CodedReason.of(bare, status=response.status)


# the LRS's answer by HTTP status: (code without its words, code quoting the LRS's own words)
_HTTP_CODES = {
    401: ("lrs.http_refused_credentials", "lrs.http_refused_credentials_said"),
    403: ("lrs.http_forbidden", "lrs.http_forbidden_said"),
}


def backoff(attempts: int, now: datetime, first_seconds: float = BACKOFF_FIRST_SECONDS) -> datetime:
    """When to try again after `attempts` failed tries: 1 min, 2, 4, … up to 6 hours."""
    exponent = max(0, min(attempts - 1, 30))
    return now + timedelta(seconds=min(BACKOFF_MAX_SECONDS, first_seconds * 2**exponent))
