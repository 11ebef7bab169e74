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
from trainer_app.core.common.errors import ExchangeError
from trainer_app.core.common.ids import new_uuid
from trainer_app.core.domain.progress import Status
from trainer_app.core.domain.quiz import Question
from trainer_app.core.exchange import lrs_client, xapi_interactions
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
    reasons: tuple[str, ...] = field(default_factory=tuple)


class XapiService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        packs: PackService,
        settings: SettingsService,
        secrets_dir: Path,
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
        for verb, item in self._statements_for(conn, seen):
            text = to_json(build_statement(item))
            xapi_repo.add(
                conn, item.statement_id, text, seen.learner.id, verb.value, seen.pack_id, seen.activity.id,
                seen.observed_at,
            )  # fmt: skip

    def record_classroom(self, conn: Any, event: ClassroomEvent) -> None:
        """An `attended` statement for a session, `passed`/`failed` for a practical check; same transaction."""
        lrs = self._lrs.load()
        pack = self._packs.get(event.pack_id)
        learner = learners_repo.get(conn, event.learner_id)
        name = learner.display_name if learner is not None and lrs.include_names else None
        target = Target(
            pack_id=pack.id, pack_version=pack.version, pack_title=pack.title, activity_id=event.subject_id,
            kind="session" if event.kind == "attended" else "practical_check", title=event.title,
        )  # fmt: skip
        if event.kind == "attended":
            verb, outcome = Verb.ATTENDED, Outcome(completion=True)
        else:
            verb, outcome = (
                (Verb.PASSED if event.passed else Verb.FAILED),
                Outcome(success=bool(event.passed)),
            )
        item = StatementInput(
            statement_id=new_uuid(), actor=Actor(event.learner_id, lrs.home_page, name), verb=verb,
            target=target, timestamp=event.at, outcome=outcome,
            role=learner.main_role if learner is not None else "", language=pack.language or "en",
        )  # fmt: skip
        xapi_repo.add(
            conn, item.statement_id, to_json(build_statement(item)), event.learner_id, verb.value, pack.id,
            event.subject_id, event.at,
        )  # fmt: skip

    def _statements_for(self, conn: Any, seen: Observation) -> list[tuple[Verb, StatementInput]]:
        base = self._input(seen)
        if seen.log_kind == "opened":
            return [_with(base, Verb.ATTEMPTED)]
        if seen.log_kind == "quiz":
            return self._quiz_statements(conn, seen, base)
        duration = Outcome(duration_seconds=seen.seconds)
        if seen.newly_completed:
            return [_with(base, Verb.COMPLETED, replace(duration, completion=True, progress_percent=100))]
        before = seen.before.progress if seen.before else 0.0
        if seen.after.progress > before:
            percent = int(seen.after.progress * 100)
            return [
                _with(base, Verb.PROGRESSED, replace(duration, completion=False, progress_percent=percent))
            ]
        return [_with(base, Verb.EXPERIENCED, duration)]

    def _quiz_statements(
        self, conn: Any, seen: Observation, base: StatementInput
    ) -> list[tuple[Verb, StatementInput]]:
        attempt_id = str(seen.log_data.get("attempt", ""))
        attempt = quiz_repo.get_attempt(conn, attempt_id) if attempt_id else None
        base = replace(base, attempt_id=attempt_id)
        found: list[tuple[Verb, StatementInput]] = []
        earned = possible = 0.0
        if attempt is not None:
            answers = quiz_repo.answers(conn, attempt_id)
            for shown in (q for item in attempt.drawn for q in item.questions):  # in the order shown
                answer = answers.get(shown.id)
                if answer is None:
                    continue
                earned += answer.points_earned or 0.0
                possible += answer.points_possible or 0.0
                if answer.response is not None:
                    found.append(_answered(base, answer, shown.question))
        passed = bool(seen.log_data.get("passed"))
        score = float(seen.log_data.get("score", 0.0))
        outcome = Outcome(
            score_scaled=score, score_raw=earned, score_min=0.0, score_max=possible, success=passed,
            completion=seen.after.status is Status.COMPLETED, duration_seconds=seen.seconds,
        )  # fmt: skip
        found.append(_with(base, Verb.PASSED if passed else Verb.FAILED, outcome))
        if seen.newly_completed:
            found.append(_with(base, Verb.COMPLETED, Outcome(completion=True, progress_percent=100)))
        return found

    def _input(self, seen: Observation) -> StatementInput:
        lrs = self._lrs.load()
        pack = self._packs.get(seen.pack_id)
        module = pack.module(seen.activity.module_id)
        target = Target(
            pack_id=seen.pack_id, pack_version=seen.pack_version, pack_title=pack.title,
            activity_id=seen.activity.id, kind=seen.activity.kind.value, title=seen.activity.title,
            module_id=seen.activity.module_id, module_title=module.title if module else "",
        )  # fmt: skip
        actor = Actor(
            seen.learner.id, lrs.home_page, seen.learner.display_name if lrs.include_names else None
        )
        return StatementInput(
            statement_id="", actor=actor, verb=Verb.EXPERIENCED, target=target, timestamp=seen.observed_at,
            role=seen.learner.main_role, language=pack.language or "en",
        )  # fmt: skip

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
        reasons = list(report.reasons)
        with self._db.transaction() as conn:
            for delivery in deliveries:
                entry = by_id[delivery.statement_id]
                state = _STATE[delivery.fate]
                retry = delivery.fate is Fate.RETRY
                retry_at = lrs_client.backoff(entry.attempts + 1, now) if retry else None
                xapi_repo.record(conn, entry.seq, state, now, retry_at, delivery.reason)
                counts[delivery.fate] += 1
                if delivery.fate is not Fate.SENT and delivery.reason and delivery.reason not in reasons:
                    reasons.append(delivery.reason)
        return SendReport(
            sent=report.sent + counts[Fate.SENT], conflicts=report.conflicts + counts[Fate.CONFLICT],
            quarantined=report.quarantined + counts[Fate.QUARANTINED],
            retry_later=report.retry_later + counts[Fate.RETRY], reasons=tuple(reasons[:20]),
        )  # fmt: skip


_STATE = {
    Fate.SENT: xapi_repo.SENT,
    Fate.CONFLICT: xapi_repo.CONFLICT,
    Fate.QUARANTINED: xapi_repo.QUARANTINED,
    Fate.RETRY: xapi_repo.PENDING,
}


def _with(base: StatementInput, verb: Verb, outcome: Outcome | None = None) -> tuple[Verb, StatementInput]:
    return verb, replace(base, statement_id=new_uuid(), verb=verb, outcome=outcome or Outcome())


def _answered(
    base: StatementInput, answer: quiz_repo.StoredAnswer, question: Question
) -> tuple[Verb, StatementInput]:
    response = xapi_interactions.response(question, answer.response)
    if response is None:  # a type with no xAPI response format: the stored answer as JSON
        response = json.dumps(answer.response, sort_keys=True, ensure_ascii=False)
    possible = answer.points_possible or 0.0
    outcome = Outcome(
        score_raw=answer.points_earned, score_min=0.0, score_max=possible,
        score_scaled=(answer.points_earned or 0.0) / possible if possible else None,
        success=answer.correct, response=response,
    )  # fmt: skip
    target = replace(
        base.target, question_id=answer.question_id, question_text=question.prompt,
        interaction=xapi_interactions.definition(question, base.language or "en"),
    )  # fmt: skip
    return _with(replace(base, target=target), Verb.ANSWERED, outcome)


def write_atomically(out: Path, data: bytes) -> None:
    """Write beside the target and rename; on any failure (a full disk) remove the partial file and say so."""
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        files.write_atomically(out, data)
    except OSError as error:
        raise ExchangeError(
            "lrs.export_could_written_nothing", out=out, strerror=error.strerror or error
        ) from error
