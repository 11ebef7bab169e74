"""Records bundles between laptops: export this installation's records as one signed zip, import bundles
(verify first, merge by ids, one transaction, never delete), import receipts, and the logs behind them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from operator import itemgetter
from pathlib import Path
from typing import Any

from trainer_app import __version__
from trainer_app.core.common import collection
from trainer_app.core.common.changes import Changes
from trainer_app.core.common.errors import ExchangeCancelled, ExchangeError, StorageError, TrainerError
from trainer_app.core.common.ids import new_uuid
from trainer_app.core.credentials.keys import IssuerKey
from trainer_app.core.exchange import bundle, classroom_sign, receipts
from trainer_app.core.exchange import record_format as fmt
from trainer_app.core.rules.trust import counts_now
from trainer_app.core.services import certificate_verdicts
from trainer_app.core.services.records_certs import certificate_store, check_certificates
from trainer_app.core.services.records_merge import Merger, Source, rows_of
from trainer_app.core.services.records_review import RecordsReview
from trainer_app.core.storage import exchange_repo, records_export, records_repo

# Called with (fraction done 0–1, what is happening); returns False to cancel (nothing is then written).
Progress = Callable[[float, str], bool]
Batch = Sequence[Sequence[Any]]  # rows of a member as JSON values


@dataclass(frozen=True)
class ExportResult:
    path: Path
    bundle_id: str
    fingerprint: str
    counts: dict[str, int]
    time_from: str | None
    time_to: str | None


@dataclass(frozen=True)
class ImportResult:
    path: Path
    bundle_id: str
    source_installation: str
    source_fingerprint: str
    trusted: bool
    counts: dict[str, dict[str, int]]
    conflicts: int
    import_id: str
    receipt_id: str
    times_before: int  # how often this bundle had been imported before
    receipt_path: Path | None = None
    changes: Changes = field(default=Changes.NONE)

    @property
    def added(self) -> int:
        return sum(c.get("added", 0) for c in self.counts.values())

    @property
    def updated(self) -> int:
        return sum(c.get("updated", 0) for c in self.counts.values())


@dataclass(frozen=True)
class ReceiptResult:
    path: Path
    receipt: receipts.Receipt
    new: bool  # False when this receipt had been imported before


def _keep_going(progress: Progress | None, fraction: float, message: str) -> None:
    if progress is not None and progress(min(1.0, fraction), message) is False:
        raise ExchangeCancelled()


class RecordsService(RecordsReview):
    """Export and import of records bundles and receipts (review of what arrived: RecordsReview)."""

    # A bundle with at least this many certificates has them checked on the other cores during the merge.
    parallel_from = certificate_verdicts.PARALLEL_FROM

    def installation_id(self) -> str:
        with self._db.transaction() as conn:
            return exchange_repo.installation_id(conn)

    # ---- export -----------------------------------------------------------------------------------------

    def export(
        self, out: Path, since: datetime | None = None, progress: Progress | None = None
    ) -> ExportResult:
        """One signed zip with every record of this installation (or those changed since `since`)."""
        key = self._trust.device_key()
        installation = self.installation_id()
        now = self._clock()
        stamps = _Stamps()
        bundle_id = new_uuid()

        def manifest(members: tuple[bundle.MemberInfo, ...]) -> bundle.Manifest:
            return bundle.Manifest(
                bundle_id,
                now.isoformat(),
                installation,
                __version__,
                key.public,
                since.isoformat() if since else None,
                stamps.low,
                stamps.high,
                members,
            )

        with self._db.transaction() as conn, collection.collection_paused():
            tables = [
                (m, stamps.track(m, _counting(records_export.export_batches(conn, m, since), i, progress)))
                for i, m in enumerate(fmt.MEMBERS)
            ]
            written, manifest_sha = bundle.write_encoded(out, manifest, tables, key)
        with self._db.transaction() as conn:
            exchange_repo.add_export(
                conn,
                bundle_id=bundle_id,
                created_at=now,
                since=since,
                file_name=out.name,
                counts=written.counts,
                manifest_sha256=manifest_sha,
            )
        _keep_going(progress, 1.0, "done")
        return ExportResult(out, bundle_id, key.fingerprint, written.counts, stamps.low, stamps.high)

    # ---- import -----------------------------------------------------------------------------------------

    def import_file(
        self,
        path: Path,
        imported_by: str = "",
        receipt_dir: Path | None = None,
        progress: Progress | None = None,
    ) -> ImportResult | ReceiptResult:
        """A bundle (zip) or a receipt (JSON), told apart by content."""
        if receipts.is_receipt(path):
            return self.import_receipt(path)
        return self.import_bundle(path, imported_by, receipt_dir, progress)

    def import_bundle(
        self,
        path: Path,
        imported_by: str = "",
        receipt_dir: Path | None = None,
        progress: Progress | None = None,
    ) -> ImportResult:
        """Merge the bundle in one transaction (nothing at all on any problem): its signature is checked first,
        each member's hash before its rows are read, and every member's before the commit."""
        _keep_going(progress, 0.0, "verifying")
        self.release_trusted()  # records of keys trusted since they arrived merge first
        # members are hashed on other threads while the first ones merge; _merge waits for all before committing
        with bundle.BundleReader(path, wait=False) as reader, collection.collection_paused():
            try:
                result = self._merge(reader, imported_by, progress)
            except StorageError as error:
                reason: TrainerError = error  # nested, so the window translates it too
                if "FOREIGN KEY" in str(error).upper():
                    reason = ExchangeError("records.bundle_lacks_parents")
                raise ExchangeError(
                    "records.rejected_nothing_imported", reason=reason, name=path.name
                ) from error
        if receipt_dir is not None:
            result = self._write_receipt(result, receipt_dir)
        _keep_going(progress, 1.0, "done")
        return result

    def _merge(
        self, reader: bundle.BundleReader, imported_by: str, progress: Progress | None
    ) -> ImportResult:
        manifest = reader.manifest
        trusted = counts_now(manifest.key.public_key.hex(), {k.hex() for k in self._trust.trusted_keys()})
        total = max(1, sum(m.rows for m in manifest.members))
        done = [0]

        def advance(rows: int) -> None:
            done[0] += rows
            _keep_going(progress, 0.05 + 0.9 * done[0] / total, "merging")

        with self._db.transaction(bulk=True) as conn:
            before = exchange_repo.imports_of_bundle(conn, manifest.bundle_id)
            self._trust.remember(conn, manifest.key.public_key)
            source = Source(
                manifest.key.public_key.hex(),
                manifest.key.fingerprint,
                manifest.installation_id,
                manifest.bundle_id,
            )
            certificates = _held_certificates(reader, self.parallel_from)
            with certificate_verdicts.prefetched(
                _to_check(conn, certificates), least=self.parallel_from
            ) as verdicts:
                store = certificate_store(
                    self._trust, self._clock, manifest.key.public_key, verdicts=verdicts
                )
                merger = Merger(
                    conn,
                    source,
                    self._clock(),
                    trusted,
                    store,
                    advance,
                    check_certificates=check_certificates(verdicts),
                )
                issuers = self._merge_members(reader, merger, certificates)
            reader.verified()  # every member's hash, merged or not, before anything is committed
            for issuer in issuers:  # keys that signed classroom records are listed for a trust decision
                self._trust.remember(conn, bytes.fromhex(issuer))
            return self._log_import(conn, reader, trusted, merger, imported_by, before)

    @staticmethod
    def _merge_members(
        reader: bundle.BundleReader, merger: Merger, certificates: list[tuple[Any, ...]] | None
    ) -> set[str]:
        """Every member through the merger's gate, in format order; returns the keys that signed classroom
        records. `certificates`: the certificate rows read ahead (their checks started early), if they were."""
        issuers: set[str] = set()
        with records_repo.bulk_tuning(merger.conn):
            for member in fmt.MEMBERS:
                if member in fmt.SIGNED_MEMBERS:  # classroom evidence: each record's own signature
                    rows = rows_of(member, reader.rows(member))
                    merger.apply(member, classroom_sign.verified_rows(member, rows, issuers))
                elif member is fmt.CERTIFICATES and certificates is not None:
                    merger.apply(member, rows_of(member, certificates))
                else:  # times as stored text only for SQLite (PostgreSQL would read a zone into bare text)
                    as_text = merger.takes_values(member) and merger.conn.dialect.name == "sqlite"
                    with records_repo.indexes_built_after(merger.conn, member):
                        merger.apply_values(member, reader.batches(member, times_as_text=as_text))
        return issuers

    def _log_import(
        self,
        conn: Any,
        reader: bundle.BundleReader,
        trusted: bool,
        merger: Merger,
        imported_by: str,
        before: int,
    ) -> ImportResult:
        manifest, path, manifest_sha = reader.manifest, reader.path, reader.manifest_sha256
        counts = {name: c.as_dict() for name, c in merger.counts.items()}
        conflicts = sum(c.conflicts for c in merger.counts.values())
        receipt_id = new_uuid()
        import_id = exchange_repo.add_import(
            conn,
            kind="bundle",
            bundle_id=manifest.bundle_id,
            manifest_sha256=manifest_sha,
            source_installation=manifest.installation_id,
            source_fingerprint=manifest.key.fingerprint,
            trusted=trusted,
            imported_at=merger.now,
            imported_by=imported_by[:200],
            file_name=path.name,
            counts=counts,
            conflicts=conflicts,
            receipt_id=receipt_id,
        )
        changed = any(c.added or c.updated or c.pending or c.conflicts for c in merger.counts.values())
        flags = Changes.RECORDS | Changes.LEARNERS | Changes.PROGRESS | Changes.CERTIFICATES
        return ImportResult(
            path,
            manifest.bundle_id,
            manifest.installation_id,
            manifest.key.fingerprint,
            trusted,
            counts,
            conflicts,
            import_id,
            receipt_id,
            before,
            None,
            flags if changed else Changes.NONE,
        )

    # ---- receipts ---------------------------------------------------------------------------------------

    def receipt_for(self, import_id: str, out: Path) -> Path:
        """(Re)write the signed receipt of a logged import."""
        entry = next((e for e in self.imports() if e["id"] == import_id and e["kind"] == "bundle"), None)
        if entry is None:
            raise ExchangeError("records.bundle_import_id", import_id=import_id)
        receipt = self._receipt_of(entry, self._trust.device_key().public)
        receipts.write_receipt(out, receipt, self._trust.device_key())
        return out

    def _write_receipt(self, result: ImportResult, folder: Path) -> ImportResult:
        folder.mkdir(parents=True, exist_ok=True)
        out = folder / f"receipt-{result.bundle_id[:8]}-{result.receipt_id[:8]}.json"
        self.receipt_for(result.import_id, out)
        return replace(result, receipt_path=out)

    def _receipt_of(self, entry: dict[str, Any], own: IssuerKey) -> receipts.Receipt:
        return receipts.Receipt(
            receipt_id=entry["receipt_id"],
            bundle_id=entry["bundle_id"],
            manifest_sha256=entry["manifest_sha256"],
            source_installation=entry["source_installation"],
            source_fingerprint=entry["source_fingerprint"],
            receiver_installation=self.installation_id(),
            receiver_key=own,
            imported_at=entry["imported_at"].isoformat(),
            imported_by=entry["imported_by"],
            trusted=entry["trusted"],
            counts=entry["counts"],
            conflicts=entry["conflicts"],
        )

    def import_receipt(self, path: Path) -> ReceiptResult:
        receipt = receipts.read_receipt(path)
        with self._db.transaction() as conn:
            if not exchange_repo.exported(conn, receipt.bundle_id):
                raise ExchangeError(
                    "records.rejected_receipt_bundle_which", name=path.name, bundle_id=receipt.bundle_id[:8]
                )
            seen = any(e["receipt_id"] == receipt.receipt_id for e in exchange_repo.imports(conn, "receipt"))
            if not seen:
                exchange_repo.add_import(
                    conn,
                    kind="receipt",
                    bundle_id=receipt.bundle_id,
                    manifest_sha256=receipt.manifest_sha256,
                    source_installation=receipt.receiver_installation,
                    source_fingerprint=receipt.receiver_key.fingerprint,
                    trusted=receipt.trusted,
                    imported_at=self._clock(),
                    imported_by=receipt.imported_by,
                    file_name=path.name,
                    counts=receipt.counts,
                    conflicts=receipt.conflicts,
                    receipt_id=receipt.receipt_id,
                )
        return ReceiptResult(path, receipt, not seen)

    # ---- logs, conflicts, pending -----------------------------------------------------------------------

    def imports(self, kind: str | None = None) -> list[dict[str, Any]]:
        with self._db.transaction() as conn:
            return exchange_repo.imports(conn, kind)

    def exports(self) -> list[dict[str, Any]]:
        with self._db.transaction() as conn:
            return exchange_repo.exports(conn)


class _Stamps:
    """The earliest and latest change stamps of the rows written (the bundle's time range).

    The stamps are the bundle's ISO text, all in one form (UTC, '+00:00', a fraction only when it is not zero:
    '+' sorts before '.'), so comparing the text compares the times."""

    def __init__(self) -> None:
        self.low: str | None = None
        self.high: str | None = None

    def track(self, member: fmt.Member, batches: Iterable[Batch]) -> Iterator[Batch]:
        stamp_of = itemgetter(member.names.index(member.stamp))
        for batch in batches:
            stamps = [stamp for stamp in map(stamp_of, batch) if stamp is not None]
            if stamps:
                low, high = min(stamps), max(stamps)
                self.low = low if self.low is None else min(self.low, low)
                self.high = high if self.high is None else max(self.high, high)
            yield batch


# Rows between two progress reports (each a chance to cancel).
PROGRESS_ROWS = 20000


def _counting(batches: Iterable[Batch], index: int, progress: Progress | None) -> Iterator[Batch]:
    """Report (and allow a cancel) as the rows of member `index` stream into the zip."""
    total = len(fmt.MEMBERS)
    _keep_going(progress, index / total, fmt.MEMBERS[index].table)
    since_report = 0
    for batch in batches:
        if since_report >= PROGRESS_ROWS:
            _keep_going(progress, index / total, fmt.MEMBERS[index].table)
            since_report = 0
        since_report += len(batch)
        yield batch


# Certificates read ahead of the merge (so their checks start at once) only up to this many bytes of the member;
# a larger member streams through the merge in chunks and is checked there, as any other.
MAX_READ_AHEAD_BYTES = 256 * 1024 * 1024


def _held_certificates(reader: bundle.BundleReader, least: int) -> list[tuple[Any, ...]] | None:
    """The bundle's certificate rows, read ahead when there are enough to check on other cores, else None."""
    info = next((m for m in reader.manifest.members if m.name == fmt.CERTIFICATES.name), None)
    if info is None or info.bytes > MAX_READ_AHEAD_BYTES or info.rows < least:
        return None
    if certificate_verdicts.workers_available() < 1:
        return None
    return list(reader.rows(fmt.CERTIFICATES))


def _to_check(conn: Any, rows: list[tuple[Any, ...]] | None) -> list[certificate_verdicts.Item]:
    """The certificates the merge will check: those not stored here already (a stored one with other text is
    checked when the merge reaches it)."""
    if not rows:
        return []
    names = fmt.CERTIFICATES.names
    row_id, text, token = names.index("id"), names.index("credential_json"), names.index("qr_token")
    stored = records_repo.stored_ids(conn, fmt.CERTIFICATES, (r[row_id] for r in rows))
    return [(r[row_id], r[text], r[token]) for r in rows if r[row_id] not in stored]
