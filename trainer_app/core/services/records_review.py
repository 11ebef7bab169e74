"""Reviewing what arrived in records bundles: learner details in conflict (kept, listed, resolved by a person)
and records kept aside until their key is trusted (merged, in one transaction, once it is).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from trainer_app.core.common.changes import Changes
from trainer_app.core.common.clock import Clock
from trainer_app.core.common.errors import ExchangeError, NotFoundError, ValidationError
from trainer_app.core.services import records_pending
from trainer_app.core.services.trust import TrustService, normalise_fingerprint
from trainer_app.core.storage import exchange_repo, learners_repo
from trainer_app.core.storage.db import Database


class RecordsReview:
    def __init__(self, db: Database, clock: Clock, trust: TrustService) -> None:
        self._db = db
        self._clock = clock
        self._trust = trust
        trust.on_trusted(self._release)  # trusting a key releases what it kept aside, in the same transaction

    def conflicts(self, include_resolved: bool = False) -> list[dict[str, Any]]:
        with self._db.transaction() as conn:
            return exchange_repo.conflicts(conn, include_resolved)

    def resolve_conflict(self, conflict_id: str, take_incoming: bool) -> Changes:
        """Keep the local detail, or take the incoming one (the learner is updated); either way it is recorded."""
        with self._db.transaction() as conn:
            found = exchange_repo.conflict(conn, conflict_id)
            if found is None or found["resolved_at"] is not None:
                raise ExchangeError("records.conflict_does_exist_resolved")
            if take_incoming:
                learner = learners_repo.get(conn, found["learner_id"])
                assert learner is not None  # a conflict always names a stored learner
                value = found["incoming_value"]
                fields: dict[str, Any] = {found["field"]: value}
                if found["field"] == "roles":
                    fields["roles"] = tuple(r for r in value.split(",") if r)
                learners_repo.update_details(conn, replace(learner, **fields), self._clock())
            resolution = "took_incoming" if take_incoming else "kept"
            exchange_repo.resolve_conflict(conn, conflict_id, resolution, self._clock())
        return Changes.RECORDS | (Changes.LEARNERS if take_incoming else Changes.NONE)

    def pending(self) -> list[dict[str, Any]]:
        """Records waiting for their key to be trusted, per key and member (nothing of them counts yet)."""
        self.release_trusted()
        with self._db.transaction() as conn:
            return exchange_repo.pending_summary(conn)

    def pending_by_key(self) -> list[dict[str, Any]]:
        """What is kept aside per key: fingerprint, label, counts per kind, records, size in bytes."""
        self.release_trusted()
        with self._db.transaction() as conn:
            return records_pending.summary(conn)

    def pending_for_learner(self, learner_id: str) -> list[dict[str, Any]]:
        with self._db.transaction() as conn:
            return exchange_repo.pending_for_learner(conn, learner_id)

    def discard(self, fingerprint: str) -> int:
        """Drop what a key's evidence kept aside (a later trust does not bring it back); how many records went."""
        wanted = normalise_fingerprint(fingerprint)
        if wanted is None:
            raise ValidationError("records.key_fingerprint", fingerprint=fingerprint)
        with self._db.transaction() as conn:
            keys = [e["public_key"] for e in records_pending.summary(conn) if e["fingerprint"] == wanted]
            if not keys:
                raise NotFoundError("records.nothing_kept_aside_key", wanted=wanted)
            return sum(records_pending.discard(conn, key) for key in keys)

    def release_trusted(self) -> Changes:
        """Merge the records of keys trusted since they arrived (one transaction); they count from now on.
        Records that still miss their learner or attempt stay aside and never fail the merge."""
        with self._db.transaction() as conn:
            trusted = exchange_repo.trusted_keys(conn)
            ready = [k for k in dict.fromkeys(exchange_repo.pending_sources(conn)) if k in trusted]
            released = sum(self._release(conn, key) for key in ready)
        return Changes.RECORDS | Changes.PROGRESS | Changes.LEARNERS if released else Changes.NONE

    def _release(self, conn: Any, key: str) -> int:
        return records_pending.release_key(conn, self._trust, self._clock, key)
