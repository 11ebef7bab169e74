"""Issuing many certificates at once (the demo seed): each checked, built and signed exactly as one issued by
CertificateService.issue_certificate, but the key, organisation, signatory and free status indexes looked up
once and the rows written with one executemany per table, inside the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from trainer_app.core.domain.certificate import Certificate, CertificateOrigin
from trainer_app.core.domain.learner import Learner
from trainer_app.core.domain.pack import Pack
from trainer_app.core.rules.certificates import certificate_complete
from trainer_app.core.services.certificate_facts import build_facts
from trainer_app.core.services.certificate_store import certificate_value
from trainer_app.core.storage import certificates_repo, status_repo

if TYPE_CHECKING:
    from trainer_app.core.credentials.keys import DeviceKey
    from trainer_app.core.credentials.statuslist import StatusEntry
    from trainer_app.core.domain.classroom import PracticalCheck
    from trainer_app.core.domain.pack import Certificate as PackCertificate
    from trainer_app.core.domain.progress import ActivityProgress


@dataclass(frozen=True)
class Sources:
    """What the issuer reads and calls to issue one certificate (its own collaborators, handed over)."""

    pack: Callable[[str], Pack]
    progress: Callable[[str, str], Mapping[str, ActivityProgress]]
    passed_checks: Callable[[str, str], Mapping[str, PracticalCheck]]
    score: Callable[[str, Pack, PackCertificate], float | None]
    organisation: Callable[[Pack], str]
    issue_one: Callable[[str, str, str, datetime], Certificate | None]  # supersedes an older version's
    new_status_entries: Callable[[Any, int], Sequence[StatusEntry]]
    key: DeviceKey
    signatory: str


@dataclass(frozen=True)
class BatchRequest:
    learner: Learner
    pack_id: str
    certificate_id: str
    issued_at: datetime


def issue_batch(
    sources: Sources,
    conn: Any,
    requests: Sequence[BatchRequest],
    now: datetime,
    on_progress: Callable[[int], None] | None = None,
) -> int:
    """Issue each request's certificate if it is earned and the learner has none of that pack certificate yet
    (one with an older version goes through `issue_certificate`, which supersedes it). Returns how many."""
    from trainer_app.core.credentials.encoding import canonical_json
    from trainer_app.core.credentials.openbadge import issue
    from trainer_app.core.credentials.token import TokenClaims, make_token

    key, signatory = sources.key, sources.signatory
    packs: dict[str, tuple[Pack, str, set[tuple[str, str]]]] = {}
    wanted: list[Any] = []
    issued = 0
    for request in requests:
        if request.pack_id not in packs:
            pack = sources.pack(request.pack_id)
            packs[pack.id] = (
                pack,
                sources.organisation(pack),
                certificates_repo.learners_with(conn, pack.id),
            )
        pack, organisation, holders = packs[request.pack_id]
        if (request.learner.id, request.certificate_id) in holders:
            found = sources.issue_one(request.learner.id, pack.id, request.certificate_id, request.issued_at)
            issued += found is not None
            continue
        facts = _facts(sources, request, pack, organisation, signatory, min(request.issued_at, now))
        if facts is not None:
            holders.add((request.learner.id, request.certificate_id))
            wanted.append(facts)
    entries = sources.new_status_entries(conn, len(wanted))
    rows: list[tuple[Certificate, str, str, str | None]] = []
    statuses: list[tuple[str, int, str]] = []
    for number, (facts, entry) in enumerate(zip(wanted, entries, strict=True), start=1):
        token = make_token(TokenClaims.from_facts(facts, key.did), key)
        signed_json = canonical_json(issue(facts, key, status=entry)).decode("utf-8")
        value = certificate_value(facts, CertificateOrigin.ISSUED, now)
        rows.append((value, key.public.public_key.hex(), signed_json, token))
        statuses.append((value.id, entry.index, entry.list_url))
        if on_progress and number % 500 == 0:
            on_progress(number)
    certificates_repo.insert_many(conn, rows)
    status_repo.add_many(conn, statuses)
    return issued + len(rows)


def _facts(
    sources: Sources,
    request: BatchRequest,
    pack: Pack,
    organisation: str,
    signatory: str,
    issued_at: datetime,
) -> Any:
    """The certificate's facts, or None when it is not earned (modules or practical checks missing)."""
    award = pack.certificate(request.certificate_id)
    if award is None:
        return None
    done = sources.progress(request.learner.id, pack.id)
    if not certificate_complete(pack, award[1], done):
        return None
    passed = sources.passed_checks(request.learner.id, pack.id)
    if any(c not in passed for c in award[1].practical_checks):
        return None
    score = sources.score(request.learner.id, pack, award[1])
    return build_facts(
        request.learner,
        pack,
        award,
        score,
        organisation,
        issued_at,
        passed_checks=dict(passed),
        signatory=signatory,
    )
