"""The merge of one records bundle into the database, inside the caller's single transaction.

This is the one trust gate of records bundles (Merger.apply): rows from a trusted key are merged by id with the
rules of core/exchange/merge; rows of every member from an untrusted key — certificates and their revocations
included — are kept aside (pending_record) and change nothing that counts until the key is trusted. A new
member added to record_format.MEMBERS passes the same gate without more code. Certificates' proofs are checked
either way (records_certs).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from itertools import chain, islice
from operator import itemgetter
from typing import Any

from trainer_app.core.exchange import merge
from trainer_app.core.exchange import record_format as fmt
from trainer_app.core.storage import exchange_repo, records_repo, summary_repo
from trainer_app.core.storage.records_repo import Conn, with_times

CHUNK_ROWS = 5000
Row = dict[str, Any]
MERGERS: dict[str, Callable[[Row, Row], Row | None]] = {
    fmt.PROGRESS.name: merge.merge_progress,
    fmt.QUIZ_ATTEMPTS.name: merge.merge_attempt,
    fmt.QUIZ_ANSWERS.name: merge.merge_answer,
    fmt.WALKTHROUGH_CHECKS.name: merge.merge_check,
    fmt.CERTIFICATES.name: merge.merge_certificate,
    fmt.TRAINING_SESSIONS.name: merge.merge_signed,
    fmt.SESSION_ATTENDANCE.name: merge.merge_signed,
    fmt.PRACTICAL_CHECKS.name: merge.merge_signed,
}


@dataclass
class MemberCounts:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    pending: int = 0
    conflicts: int = 0

    def as_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class Source:
    key_hex: str
    fingerprint: str
    installation_id: str
    bundle_id: str


# Verifies and stores certificates not here yet (in bulk); raises ExchangeError when one does not verify.
CertificateStore = Callable[[Conn, list[Row]], None]
# Verifies certificates about to be kept aside; raises ExchangeError when one does not verify.
CertificateCheck = Callable[[Conn, list[Row]], None]


@dataclass
class Merger:
    conn: Conn
    source: Source
    now: datetime
    trusted: bool
    store_certificate: CertificateStore
    progress: Callable[[int], None] = lambda _rows: None
    counts: dict[str, MemberCounts] = field(default_factory=dict)
    check_certificates: CertificateCheck = lambda _conn, _rows: None
    # (learner, pack) pairs whose progress rows were written: their summaries are summed once, after the member
    touched: set[tuple[str, str]] = field(default_factory=set)

    def apply(self, member: fmt.Member, rows: Iterable[Row]) -> MemberCounts:
        """The gate: every member of an untrusted bundle is kept aside; a trusted one is merged."""
        counts = self.counts.setdefault(member.name.removesuffix(".jsonl"), MemberCounts())
        pending = None if self.trusted else self._pending_store(member)
        for chunk in _chunks(rows):
            if pending is not None:
                if member is fmt.CERTIFICATES:  # a broken proof rejects the bundle, trusted or not
                    self.check_certificates(self.conn, chunk)
                pending(chunk, counts)
            elif member is fmt.LEARNERS:
                self._learners(chunk, counts)
            else:
                self._records(member, chunk, counts)
            self.progress(len(chunk))
        self._sum_touched()
        return counts

    def _sum_touched(self) -> None:
        """The report's summaries follow the merged progress rows, in this transaction: once per bundle member,
        so a learner whose rows span two chunks is summed once."""
        if self.touched:
            summary_repo.refresh_learner_packs(self.conn, self.touched)
            self.touched = set()

    def takes_values(self, member: fmt.Member) -> bool:
        """True when apply_values merges this member's rows as value tuples (the bulk of a trusted bundle), whose
        times may then be SQLite's stored text (records_repo.with_times turns them back for a merge)."""
        as_dicts = member is fmt.LEARNERS or member is fmt.CERTIFICATES or member in fmt.SIGNED_MEMBERS
        return self.trusted and not as_dicts

    def apply_values(self, member: fmt.Member, batches: Iterable[Sequence[Sequence[Any]]]) -> MemberCounts:
        """The same gate as apply, for batches of value tuples in column order (a bundle's rows): the bulk of a
        trusted bundle's records is merged and inserted as tuples, without a dict per row; everything else
        (untrusted, learners, certificates, classroom evidence) goes through apply as dicts."""
        if not self.takes_values(member):
            return self.apply(member, rows_of(member, chain.from_iterable(batches)))
        counts = self.counts.setdefault(member.name.removesuffix(".jsonl"), MemberCounts())
        for chunk in _joined(batches):
            if member is fmt.SESSION_LOG:  # append-only: an entry with a known id is the same entry
                added = records_repo.insert_values(self.conn, member, chunk, skip_existing=True)
                counts.added += added
                counts.unchanged += len(chunk) - added
            else:
                self._values(member, chunk, counts)
            self.progress(len(chunk))
        self._sum_touched()
        return counts

    def _values(self, member: fmt.Member, chunk: list[Sequence[Any]], counts: MemberCounts) -> None:
        """_records for value tuples: new rows go in as they are; a dict is made only for a stored key."""
        names = member.names
        # the key columns picked out by C loops (map, zip), not a generator per row
        keys = list(zip(*(map(itemgetter(names.index(k)), chunk) for k in member.key), strict=True))
        unchanged = 0
        lookup = keys
        if self.conn.dialect.name == "sqlite":  # a row stored exactly as it arrives changes nothing: left out
            written = records_repo.stored_as_written(self.conn, member, keys)
            if written:
                kept = [
                    i for i, (key, row) in enumerate(zip(keys, chunk, strict=True)) if written.get(key) != row
                ]
                unchanged = len(chunk) - len(kept)
                keys, chunk = [keys[i] for i in kept], [chunk[i] for i in kept]
            lookup = [key for key in keys if key in written]  # a key not stored at all needs no second look
        stored = records_repo.existing(self.conn, member, lookup) if lookup else {}
        if stored or len(set(keys)) != len(keys):
            new_rows, changed = _merged(member, keys, chunk, stored)
        else:  # all new, each key once (as in a first import): nothing to merge, no loop per row
            new_rows, changed = chunk, []
        records_repo.insert_values(self.conn, member, new_rows)
        records_repo.update(self.conn, member, _last_per_key(member, changed))
        if member is fmt.PROGRESS:  # summed once the member is in (_sum_touched)
            self.touched.update(map(itemgetter(names.index("learner_id"), names.index("pack_id")), new_rows))
            self.touched.update((r["learner_id"], r["pack_id"]) for r in changed)
        counts.added += len(new_rows)
        counts.updated += len(changed)
        counts.unchanged += unchanged + len(chunk) - len(new_rows) - len(changed)

    # ---- trusted ----------------------------------------------------------------------------------------

    def _learners(self, chunk: list[Row], counts: MemberCounts) -> None:
        member = fmt.LEARNERS
        stored = records_repo.existing(self.conn, member, (member.key_of(list(r.values())) for r in chunk))
        known = exchange_repo.conflict_keys(self.conn, (r["id"] for r in chunk if (r["id"],) in stored))
        new_rows, conflicts = [], []
        for row in chunk:
            local = stored.get((row["id"],))
            if local is None:
                origin = row["origin"] if row["origin"].startswith("bundle:") else self._origin()
                new_rows.append({**row, "origin": origin})
                continue
            for name, mine, theirs in merge.learner_conflicts(local, row):
                if (row["id"], name, theirs, self.source.fingerprint) not in known:
                    conflicts.append(self._conflict(row["id"], name, mine, theirs))
                    known.add((row["id"], name, theirs, self.source.fingerprint))
        records_repo.insert(self.conn, member, new_rows)
        exchange_repo.add_conflicts(self.conn, conflicts)
        counts.added += len(new_rows)
        counts.unchanged += len(chunk) - len(new_rows)
        counts.conflicts += len(conflicts)

    def _origin(self) -> str:
        return f"bundle:{self.source.installation_id}"[:64]

    def _conflict(self, learner_id: str, name: str, mine: str, theirs: str) -> Row:
        return {
            "learner_id": learner_id,
            "field": name,
            "local_value": mine,
            "incoming_value": theirs,
            "source_installation": self.source.installation_id,
            "source_fingerprint": self.source.fingerprint,
            "bundle_id": self.source.bundle_id,
            "detected_at": self.now,
        }

    def _records(self, member: fmt.Member, chunk: list[Row], counts: MemberCounts) -> None:
        if member is fmt.SESSION_LOG:  # append-only: an entry with a known id is the same entry
            added = records_repo.insert_new(self.conn, member, chunk)
            counts.added += added
            counts.unchanged += len(chunk) - added
            return
        keys = [tuple(r[k] for k in member.key) for r in chunk]
        stored = records_repo.existing(self.conn, member, keys)
        rule = MERGERS[member.name]
        new_rows: list[Row] = []
        changed: list[Row] = []
        for key, row in zip(keys, chunk, strict=True):
            local = stored.get(key)
            if local is None:
                stored[key] = row  # a key twice in one bundle counts once
                new_rows.append(row)
                continue
            merged = rule(local, row)
            if merged is not None:
                stored[key] = merged
                changed.append(merged)
        if member is fmt.CERTIFICATES:  # verified and stored by the certificates' own rule
            self.store_certificate(self.conn, new_rows)
        else:
            records_repo.insert(self.conn, member, new_rows)
        records_repo.update(self.conn, member, _last_per_key(member, changed))
        if member is fmt.PROGRESS:  # summed once the member is in (_sum_touched)
            self.touched.update((r["learner_id"], r["pack_id"]) for r in (*new_rows, *changed))
        counts.added += len(new_rows)
        counts.updated += len(changed)
        counts.unchanged += len(chunk) - len(new_rows) - len(changed)

    # ---- untrusted --------------------------------------------------------------------------------------

    def _pending_store(self, member: fmt.Member) -> Callable[[list[Row], MemberCounts], None]:
        held = exchange_repo.pending_payloads(self.conn, self.source.key_hex, member.name)
        learner_column = (
            "id" if member is fmt.LEARNERS else "learner_id" if "learner_id" in member.names else None
        )

        def store(chunk: list[Row], counts: MemberCounts) -> None:
            added: list[Row] = []
            changed: list[Row] = []
            for row in chunk:
                key = json.dumps([row[k] for k in member.key], ensure_ascii=False)
                payload = json.dumps(fmt.encode_row(member, list(row.values())), ensure_ascii=False)
                if held.get(key) == payload:
                    counts.unchanged += 1
                    continue
                entry = self._pending_row(
                    member, key, payload, row.get(learner_column) if learner_column else None
                )
                (changed if key in held else added).append(entry)
                held[key] = payload
            exchange_repo.put_pending(self.conn, added, changed)
            counts.pending += len(added) + len(changed)

        return store

    def _pending_row(self, member: fmt.Member, key: str, payload: str, learner_id: str | None) -> Row:
        return {
            "source_key": self.source.key_hex,
            "member": member.name,
            "record_key": key,
            "learner_id": learner_id,
            "source_fingerprint": self.source.fingerprint,
            "source_installation": self.source.installation_id,
            "bundle_id": self.source.bundle_id,
            "payload": payload,
            "received_at": self.now,
        }


def _merged(
    member: fmt.Member,
    keys: list[tuple[Any, ...]],
    chunk: list[Sequence[Any]],
    stored: dict[tuple[Any, ...], Row],
) -> tuple[list[Sequence[Any]], list[Row]]:
    """The chunk's new rows (as they are) and its merged rows (dicts, for an update): a dict is made only for a
    stored key, or a key met twice in one bundle (which counts once)."""
    names = member.names
    rule = MERGERS[member.name]
    fresh: dict[tuple[Any, ...], Sequence[Any]] = {}
    new_rows: list[Sequence[Any]] = []
    changed: list[Row] = []
    for key, row in zip(keys, chunk, strict=True):
        local = stored.get(key)
        if local is None:
            first = fresh.get(key)
            if first is None:
                fresh[key] = row
                new_rows.append(row)
                continue
            local = dict(zip(names, with_times(member, first), strict=True))
        merged = rule(local, dict(zip(names, with_times(member, row), strict=True)))
        if merged is not None:
            stored[key] = merged
            changed.append(merged)
    return new_rows, changed


def _chunks[T](rows: Iterable[T]) -> Iterator[list[T]]:
    iterator = iter(rows)
    while chunk := list(islice(iterator, CHUNK_ROWS)):
        yield chunk


def _joined[T](batches: Iterable[Sequence[T]]) -> Iterator[list[T]]:
    """Batches of rows joined into chunks of at least CHUNK_ROWS (the last may be shorter)."""
    chunk: list[T] = []
    for batch in batches:
        chunk.extend(batch)
        if len(chunk) >= CHUNK_ROWS:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def rows_of(member: fmt.Member, rows: Iterable[Sequence[Any]]) -> Iterator[Row]:
    """Bundle rows (value tuples in column order) as dicts keyed by column name."""
    names = member.names
    for values in rows:
        yield dict(zip(names, values, strict=True))


def _last_per_key(member: fmt.Member, rows: list[Row]) -> list[Row]:
    """One update per key: the latest merged state."""
    latest: dict[tuple[Any, ...], Row] = {}
    for row in rows:
        latest[tuple(row[k] for k in member.key)] = row
    return list(latest.values())
