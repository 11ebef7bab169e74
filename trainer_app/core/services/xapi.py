"""xAPI: turn every recorded observation into statements in the outbox (same transaction), export them, and
send them to the configured LRS with back-off. LRS settings live in settings.json, the password in a 0600 file.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from trainer_app.core.common import files
from trainer_app.core.common.changes import Changes
from trainer_app.core.common.clock import Clock
from trainer_app.core.common.coded import CodedReason
from trainer_app.core.common.errors import ExchangeError
from trainer_app.core.common.ids import new_uuid
from trainer_app.core.exchange import lrs_client
from trainer_app.core.exchange.lrs_client import Fate, LrsClient, Queued, Transport
from trainer_app.core.exchange.xapi import (
    DEFAULT_HOME_PAGE,
    Actor,
    Outcome,
    StatementInput,
    Target,
    Verb,
    build_statement,
    to_json,
)
from trainer_app.core.services.classroom import ClassroomEvent
from trainer_app.core.services.lrs_settings import LrsSettings, LrsSettingsStore
from trainer_app.core.services.packs import PackService
from trainer_app.core.services.progress import Observation
from trainer_app.core.services.settings import SettingsService
from trainer_app.core.services.xapi_observations import observation_rows
from trainer_app.core.storage import learners_repo, quiz_repo, xapi_repo
from trainer_app.core.storage.db import Database

LEASE_SECONDS = 300.0

# The outbox states, named here so the CLI and the window never reach into storage for them.
OUTBOX_STATES: tuple[str, ...] = xapi_repo.STATES
CONFLICT, QUARANTINED = xapi_repo.CONFLICT, xapi_repo.QUARANTINED


@dataclass(frozen=True)
class OutboxStatus:
    counts: dict[str, int]
    next_attempt_at: datetime | None
    problems: tuple[xapi_repo.OutboxEntry, ...]  # quarantined and conflicting statements, with the reason


@dataclass(frozen=True)
class SendReport:
    sent: int = 0
    conflicts: int = 0
    quarantined: int = 0
    retry_later: int = 0
    next_attempt_at: datetime | None = None
    problems: tuple[CodedReason, ...] = field(default_factory=tuple)  # what the LRS said, coded, each once

    @property
    def reasons(self) -> tuple[str, ...]:
        """The problems in English, as the CLI prints them."""
        return tuple(problem.text for problem in self.problems)


class XapiService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        packs: PackService,
        settings: SettingsService,
        secrets_dir: Path,
        *,
        transport: Transport = lrs_client.urllib_transport,
        timeout_seconds: float = lrs_client.DEFAULT_TIMEOUT_SECONDS,
    ) -> None:
        self._db = db
        self._clock = clock
        self._packs = packs
        self._lrs = LrsSettingsStore(settings, secrets_dir)
        self._transport = transport
        self._timeout_seconds = timeout_seconds

    # ---- recording (a ProgressService observer) -----------------------------------------------------

    def record(self, conn: Any, seen: Observation) -> None:
        """Create this observation's statements and queue their exact JSON, inside the caller's transaction."""
        attempt_id = str(seen.log_data.get("attempt", "")) if seen.log_kind == "quiz" else ""
        attempt = quiz_repo.get_attempt(conn, attempt_id) if attempt_id else None
        answers = quiz_repo.answers(conn, attempt_id) if attempt is not None else {}
        pack = self._packs.get(seen.pack_id)
        xapi_repo.add_many(conn, observation_rows(seen, pack, self._lrs.load(), attempt, answers))

    def record_classroom(self, conn: Any, event: ClassroomEvent) -> None:
        """An `attended` statement for a session, `passed`/`failed` for a practical check; same transaction."""
        lrs = self._lrs.load()
        pack = self._packs.get(event.pack_id)
        learner = learners_repo.get(conn, event.learner_id)
        name = learner.display_name if learner is not None and lrs.include_names else None
        target = Target(
            pack_id=pack.id,
            pack_version=pack.version,
            pack_title=pack.title,
            activity_id=event.subject_id,
            kind="session" if event.kind == "attended" else "practical_check",
            title=event.title,
        )
        if event.kind == "attended":
            verb, outcome = Verb.ATTENDED, Outcome(completion=True)
        else:
            verb, outcome = (
                (Verb.PASSED if event.passed else Verb.FAILED),
                Outcome(success=bool(event.passed)),
            )
        item = StatementInput(
            statement_id=new_uuid(),
            actor=Actor(event.learner_id, lrs.home_page, name),
            verb=verb,
            target=target,
            timestamp=event.at,
            outcome=outcome,
            role=learner.main_role if learner is not None else "",
            language=pack.language or "en",
        )
        xapi_repo.add(
            conn,
            item.statement_id,
            to_json(build_statement(item)),
            learner_id=event.learner_id,
            verb=verb.value,
            pack_id=pack.id,
            activity_id=event.subject_id,
            created_at=event.at,
        )

    # ---- settings -----------------------------------------------------------------------------------

    def lrs_settings(self) -> LrsSettings:
        return self._lrs.load()

    def save_lrs_settings(
        self,
        endpoint: str,
        username: str,
        password: str | None = None,
        home_page: str = DEFAULT_HOME_PAGE,
        include_names: bool = False,
    ) -> Changes:
        """Store the settings; `password` None keeps the stored one, "" removes it."""
        return self._lrs.save(endpoint, username, password, home_page, include_names)

    # ---- the queue ----------------------------------------------------------------------------------

    def status(self) -> OutboxStatus:
        with self._db.transaction() as conn:
            counts = xapi_repo.counts(conn)
            problems = xapi_repo.entries(conn, (xapi_repo.QUARANTINED, xapi_repo.CONFLICT), limit=200)
            return OutboxStatus(counts, xapi_repo.next_attempt(conn), tuple(problems))

    def statements(self, states: Sequence[str] = xapi_repo.STATES) -> list[dict[str, Any]]:
        with self._db.transaction() as conn:
            return [json.loads(text) for text in xapi_repo.statements(conn, states)]

    def export(self, out: Path, states: Sequence[str] = xapi_repo.STATES) -> int:
        """Write the statements as a JSON array, atomically: a temporary file renamed, never a partial file."""
        with self._db.transaction() as conn:
            texts = xapi_repo.statements(conn, states)
        body = "[\n" + ",\n".join(texts) + "\n]\n" if texts else "[]\n"
        write_atomically(out, body.encode("utf-8"))
        return len(texts)

    def requeue(self, states: Sequence[str] = (xapi_repo.QUARANTINED, xapi_repo.CONFLICT)) -> int:
        with self._db.transaction() as conn:
            return xapi_repo.requeue(conn, states)

    def send(
        self,
        endpoint: str | None = None,
        username: str | None = None,
        password: str | None = None,
        retry_now: bool = False,
    ) -> SendReport:
        """Post the due statements in batches; each statement is claimed at most once per run."""
        config = self._lrs.config(endpoint, username, password, self._timeout_seconds)
        client = LrsClient(config, self._transport)
        start = self._clock()
        if retry_now:
            with self._db.transaction() as conn:
                xapi_repo.make_due(conn)
        report = SendReport()
        while True:
            now = max(self._clock(), start)
            with self._db.transaction() as conn:
                lease = now + timedelta(seconds=LEASE_SECONDS)
                batch = xapi_repo.claim_due(conn, now, lease, config.batch_size, start)
            if not batch:
                break
            deliveries, usable = lrs_client.deliver(
                client, [Queued(e.statement_id, e.statement) for e in batch]
            )
            report = self._apply(batch, deliveries, report)
            if not usable:
                break
        with self._db.transaction() as conn:
            return replace(report, next_attempt_at=xapi_repo.next_attempt(conn))

    def _apply(
        self, batch: list[xapi_repo.OutboxEntry], deliveries: list[lrs_client.Delivery], report: SendReport
    ) -> SendReport:
        by_id = {e.statement_id: e for e in batch}
        now = self._clock()
        counts = {fate: 0 for fate in Fate}
        problems = list(report.problems)
        with self._db.transaction() as conn:
            for delivery in deliveries:
                entry = by_id[delivery.statement_id]
                state = _STATE[delivery.fate]
                retry = delivery.fate is Fate.RETRY
                retry_at = lrs_client.backoff(entry.attempts + 1, now) if retry else None
                xapi_repo.record(conn, entry.seq, state, now, retry_at, delivery.reason)
                counts[delivery.fate] += 1
                problem = delivery.problem
                if delivery.fate is not Fate.SENT and problem is not None and problem not in problems:
                    problems.append(problem)
        return SendReport(
            sent=report.sent + counts[Fate.SENT],
            conflicts=report.conflicts + counts[Fate.CONFLICT],
            quarantined=report.quarantined + counts[Fate.QUARANTINED],
            retry_later=report.retry_later + counts[Fate.RETRY],
            problems=tuple(problems[:20]),
        )


_STATE = {
    Fate.SENT: xapi_repo.SENT,
    Fate.CONFLICT: xapi_repo.CONFLICT,
    Fate.QUARANTINED: xapi_repo.QUARANTINED,
    Fate.RETRY: xapi_repo.PENDING,
}


def write_atomically(out: Path, data: bytes) -> None:
    """Write beside the target and rename; on any failure (a full disk) remove the partial file and say so."""
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        files.write_atomically(out, data)
    except OSError as error:
        raise ExchangeError(
            "lrs.export_could_written_nothing", out=out, strerror=error.strerror or error
        ) from error
