"""What is kept aside until its key is trusted, per key: records of untrusted bundles (pending_record) and
certificates imported from untrusted issuers. Releasing merges what can be merged (inside the caller's
transaction); discarding drops it for good.

A kept-aside row whose learner or quiz attempt never arrived stays aside when its key is trusted (instead of
failing on a foreign key): it is released by a later trust, or discarded by a person. A discarded record is
gone; bringing the same file again puts it aside again, or merges it normally once its key is trusted.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from typing import Any

from trainer_app.core.exchange import record_format as fmt
from trainer_app.core.services.certificate_store import refresh_groups
from trainer_app.core.services.records_certs import certificate_store
from trainer_app.core.services.records_merge import Merger, Row, Source, rows_of
from trainer_app.core.services.trust import TrustService
from trainer_app.core.storage import certificates_repo, exchange_repo, records_repo
from trainer_app.core.storage.records_repo import Conn

# Columns that name a row of an earlier member, and that member: a row is released only when it is stored.
NEEDS = {"learner_id": fmt.LEARNERS, "attempt_id": fmt.QUIZ_ATTEMPTS, "session_id": fmt.TRAINING_SESSIONS}


def release_key(conn: Conn, trust: TrustService, clock: Callable[[], datetime], key_hex: str) -> int:
    """Merge the rows kept aside for this (now trusted) key that can be merged; returns how many."""
    released = 0
    for member in fmt.MEMBERS:
        held = list(exchange_repo.pending_rows(conn, key_hex, member.name))
        if not held:
            continue
        summary = _first(conn, key_hex)
        source = Source(key_hex, summary["fingerprint"], summary["installation"], held[-1][2])
        store = certificate_store(trust, clock, bytes.fromhex(key_hex), skip_broken=True)
        merger = Merger(conn, source, clock(), True, store)
        rows = list(rows_of(member, (fmt.decode_row(member, json.loads(payload)) for _, payload, _ in held)))
        ready = _releasable(conn, member, rows)
        merger.apply(
            member, [rows[i] for i in ready]
        )  # a certificate whose proof fails is left out, and dropped
        exchange_repo.drop_pending_rows(conn, key_hex, member.name, [held[i][0] for i in ready])
        released += len(ready)
    return released


def _first(conn: Conn, key_hex: str) -> dict[str, Any]:
    return next(s for s in exchange_repo.pending_by_key(conn) if s["source_key"] == key_hex)


def _releasable(conn: Conn, member: fmt.Member, rows: list[Row]) -> list[int]:
    """Indexes of the rows whose references (learner, quiz attempt) are stored here; a row that refers to
    nothing (attendance by a staff name) needs nothing."""
    ready = list(range(len(rows)))
    for column, target in NEEDS.items():
        if column not in member.names or member is target:
            continue
        stored = records_repo.existing(
            conn, target, {(row[column],) for row in rows if row[column] is not None}
        )
        ready = [i for i in ready if rows[i][column] is None or (rows[i][column],) in stored]
    return ready


def summary(conn: Conn) -> list[dict[str, Any]]:
    """Per key: fingerprint, label, installation, counts per kind, records, bytes, first arrival."""
    keys: dict[str, dict[str, Any]] = {}
    rows = exchange_repo.pending_by_key(conn)
    for row in rows + certificates_repo.untrusted_summary(conn):
        kind = row.get("member", fmt.CERTIFICATES.name).removesuffix(".jsonl")
        entry = keys.setdefault(
            row["source_key"],
            {
                "fingerprint": row["fingerprint"],
                "label": row["label"] or "",
                "installation": row.get("installation", ""),
                "kinds": {},
                "records": 0,
                "bytes": 0,
                "first_received_at": row["first_received_at"],
                "public_key": row["source_key"],
            },
        )
        entry["kinds"][kind] = entry["kinds"].get(kind, 0) + int(row["records"])
        entry["records"] += int(row["records"])
        entry["bytes"] += int(row["bytes"] or 0)
        entry["first_received_at"] = min(entry["first_received_at"], row["first_received_at"])
    return sorted(keys.values(), key=lambda e: (e["fingerprint"], e["public_key"]))


def discard(conn: Conn, key_hex: str) -> int:
    """Drop everything kept aside for the key; returns how many records went."""
    held = sum(1 for m in fmt.MEMBERS for _ in exchange_repo.pending_rows(conn, key_hex, m.name))
    exchange_repo.drop_pending(conn, key_hex)
    groups = certificates_repo.groups_of_issuer(conn, key_hex)
    dropped = certificates_repo.delete_untrusted(conn, key_hex)
    refresh_groups(conn, groups)  # nothing may stay superseded by a certificate that is gone
    return held + dropped
