"""Reviewing what arrived in records bundles: learner details in conflict (kept, listed, resolved by a person)
and records kept aside until their key is trusted (merged, in one transaction, once it is).
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from trainer_app.core.common.changes import Changes
from trainer_app.core.common.clock import Clock
from trainer_app.core.common.errors import ExchangeError
from trainer_app.core.exchange import record_format as fmt
from trainer_app.core.services.records_certs import certificate_store
from trainer_app.core.services.records_merge import Merger, Source, rows_of
from trainer_app.core.services.trust import TrustService
from trainer_app.core.storage import exchange_repo, learners_repo
from trainer_app.core.storage.db import Database


class RecordsReview:
    def __init__(self, db: Database, clock: Clock, trust: TrustService) -> None:
        self._db = db
        self._clock = clock
        self._trust = trust

    def conflicts(self, include_resolved: bool = False) -> list[dict[str, Any]]:
        with self._db.transaction() as conn:
            return exchange_repo.conflicts(conn, include_resolved)

    def resolve_conflict(self, conflict_id: str, take_incoming: bool) -> Changes:
        """Keep the local detail, or take the incoming one (the learner is updated); either way it is recorded."""
        with self._db.transaction() as conn:
            found = exchange_repo.conflict(conn, conflict_id)
            if found is None or found["resolved_at"] is not None:
                raise ExchangeError("That conflict does not exist or was resolved already.")
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

    def pending_for_learner(self, learner_id: str) -> list[dict[str, Any]]:
        with self._db.transaction() as conn:
            return exchange_repo.pending_for_learner(conn, learner_id)

    def release_trusted(self) -> Changes:
        """Merge the records of keys trusted since they arrived (one transaction); they count from now on."""
        with self._db.transaction() as conn:
            trusted = exchange_repo.trusted_keys(conn)
            ready = [s for s in exchange_repo.pending_summary(conn) if s["source_key"] in trusted]
            if not ready:
                return Changes.NONE
            for key in dict.fromkeys(s["source_key"] for s in ready):
                self._release(conn, key, next(s for s in ready if s["source_key"] == key))
        return Changes.RECORDS | Changes.PROGRESS | Changes.LEARNERS

    def _release(self, conn: Any, key: str, summary: dict[str, Any]) -> None:
        for member in fmt.MEMBERS:
            rows = list(exchange_repo.pending_rows(conn, key, member.name))
            if not rows:
                continue
            source = Source(key, summary["source_fingerprint"], summary["source_installation"], rows[-1][1])
            store = certificate_store(self._trust, self._clock, bytes.fromhex(key))
            merger = Merger(conn, source, self._clock(), True, store)
            decoded = (fmt.decode_row(member, json.loads(payload)) for payload, _ in rows)
            merger.apply(member, rows_of(member, decoded))
        exchange_repo.drop_pending(conn, key)
