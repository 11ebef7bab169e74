"""The proof checks of a records bundle's certificates, run on the machine's other cores while the records merge.

Checking a certificate is pure work on its own text (parse, canonical form, two Ed25519 checks): about a
millisecond each, and a bundle from 10,000 learners holds thousands. A large bundle's certificates are sent, in
chunks, to worker processes as soon as the bundle is open; the merge asks for each verdict when it reaches the
certificates. A verdict is used only for exactly the text it was made for, and a certificate that failed in a
worker is checked again here, so the error the user sees is the one the inline check raises. A chunk no worker
has started when its verdicts are wanted is checked here instead (cancel, then check), so the merge never
waits on an idle queue; a worker that dies costs its chunk, checked here too.

This module imports only the credential checks, so a spawned worker starts in a fraction of a second.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass

from trainer_app.core.common.errors import CredentialError, ExchangeError
from trainer_app.core.credentials.keys import IssuerKey, public_key_from_did_key
from trainer_app.core.credentials.obfacts import CertificateFacts
from trainer_app.core.credentials.openbadge import verify_credential_json
from trainer_app.core.credentials.token import TokenClaims, token_carries

# Below this many certificates, starting a worker costs more than it saves (about 0.3 s to spawn one).
PARALLEL_FROM = 400
CHUNK = 250  # certificates per task: small enough that the merge can take back the ones not started
MAX_WORKERS = 4


@dataclass(frozen=True)
class Verdict:
    """An intact certificate: its facts, the raw public key that signed it, and its QR token when intact."""

    facts: CertificateFacts
    issuer: bytes
    token: str | None


# What a worker is sent per certificate: the row id, the credential's text and its QR token.
Item = tuple[str, str, str | None]


def check(row_id: str, text: str, token: str | None) -> Verdict:
    """The verdict on one certificate of a bundle; ExchangeError when its proof or its id does not hold."""
    try:
        outcome = verify_credential_json(text.encode("utf-8"), ())
        if outcome.facts is None or outcome.issuer_did is None or not outcome.intact:
            raise CredentialError(
                "credential.not_intact", reason=outcome.problem.error() if outcome.problem else ""
            )
        facts, issuer = outcome.facts, public_key_from_did_key(outcome.issuer_did)
    except CredentialError as error:
        raise ExchangeError("records.rejected_certificate_bundle_does", row=row_id, error=error) from error
    if facts.credential_id != row_id:
        raise ExchangeError("records.rejected_certificate_carries_credential", row=row_id)
    return Verdict(facts, issuer, _intact_token(token, facts, issuer))


def _intact_token(token: str | None, facts: CertificateFacts, issuer: bytes) -> str | None:
    """The QR token only when it is intact and states what the credential states; else none is kept. Its
    claims are the credential's facts, so the token is checked against them directly (one signature check)."""
    if not token:
        return None
    claims = TokenClaims.from_facts(facts, IssuerKey(issuer).did)
    return token if token_carries(token, claims, issuer) else None


def check_chunk(items: Sequence[Item]) -> list[Verdict | None]:
    """A worker's task: the verdicts of a chunk, None for a certificate that does not verify (the merge checks
    that one again itself, to raise its exact error)."""
    verdicts: list[Verdict | None] = []
    for item in items:
        try:
            verdicts.append(check(*item))
        except ExchangeError:
            verdicts.append(None)
    return verdicts


class Verdicts:
    """Verdicts asked for by certificate; computed here unless a worker has (or is) making them."""

    def __init__(self) -> None:
        self._items: dict[str, Item] = {}
        self._where: dict[str, tuple[int, int]] = {}
        self._futures: list[Future[list[Verdict | None]]] = []
        self._done: dict[int, list[Verdict | None]] = {}
        self._chunks: list[list[Item]] = []

    def submit(self, pool: ProcessPoolExecutor, items: Sequence[Item]) -> None:
        for start in range(0, len(items), CHUNK):
            chunk = list(items[start : start + CHUNK])
            index = len(self._chunks)
            self._chunks.append(chunk)
            for position, item in enumerate(chunk):
                self._items.setdefault(item[0], item)
                self._where.setdefault(item[0], (index, position))
            self._futures.append(pool.submit(check_chunk, chunk))

    def get(self, row_id: str, text: str, token: str | None) -> Verdict:
        """The verdict for exactly this certificate text and token; ExchangeError when it does not verify."""
        if self._items.get(row_id) != (row_id, text, token):
            return check(row_id, text, token)  # not sent (or sent with other text): checked here
        index, position = self._where[row_id]
        verdict = self._chunk(index)[position]
        return verdict if verdict is not None else check(row_id, text, token)

    def _chunk(self, index: int) -> list[Verdict | None]:
        done = self._done.get(index)
        if done is None:
            done = self._done[index] = self._collect(index)
        return done

    def _collect(self, index: int) -> list[Verdict | None]:
        future = self._futures[index]
        if not future.cancel():  # started (or finished) in a worker: its answer is on the way
            try:
                return future.result()
            except (BrokenProcessPool, OSError, RuntimeError):
                pass  # the worker died: this chunk is checked here
        return check_chunk(self._chunks[index])


# Cores left to the rest of the laptop: the merge's own. On a 2-core laptop one worker checks certificates
# beside the merge (measured on a 2-core VM, `make bench`: a 10,000-learner import 9.5 s alone, 6.5 s with
# it). The worker runs at a lower priority (WORKER_NICENESS), so the window's GUI thread and the merge are
# served first when both cores are busy.
KEEP_CORES = 1
WORKER_NICENESS = 5


def workers_available() -> int:
    """Worker processes worth starting: the cores this process may use, less those kept (KEEP_CORES)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(0, min(MAX_WORKERS, cores - KEEP_CORES))


def _lower_priority() -> None:
    """A worker's first step: yield the CPU to the app's own threads when the cores are busy."""
    if hasattr(os, "nice"):  # not on Windows
        os.nice(WORKER_NICENESS)


@contextmanager
def prefetched(
    items: Sequence[Item], workers: int | None = None, least: int = PARALLEL_FROM
) -> Iterator[Verdicts]:
    """Verdicts for `items`, made by worker processes when there are enough certificates and spare cores to
    gain by it. The workers are stopped on the way out, whether the merge finished, failed or was cancelled."""
    verdicts = Verdicts()
    count = workers_available() if workers is None else workers
    if count < 1 or len(items) < least:
        yield verdicts
        return
    # spawn, not fork: the window imports on a worker thread, and forking a threaded process is unsafe
    pool = ProcessPoolExecutor(
        max_workers=count, mp_context=multiprocessing.get_context("spawn"), initializer=_lower_priority
    )
    try:
        verdicts.submit(pool, items)
        yield verdicts
    finally:  # the merge does not wait for idle workers to exit
        pool.shutdown(wait=False, cancel_futures=True)
