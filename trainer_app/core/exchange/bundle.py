"""Records bundles on disk: a zip of JSON-lines members and a manifest signed with the installation's Ed25519 key.

Writing goes to a temp file renamed at the end; reading checks format, version and signature first, and hands out
a member's rows only once that member's SHA-256 matched the signed manifest (the import waits for every member's
before it commits). The zip never holds private keys: only the public key is written.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import io
import json
import queue
import threading
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import Any, Protocol

import orjson

from trainer_app.core.common import files
from trainer_app.core.common.errors import BundleError, CredentialError, ExchangeError, ExportError
from trainer_app.core.credentials.encoding import b64url_decode, b64url_encode, canonical_json
from trainer_app.core.credentials.keys import IssuerKey, public_key_from_did_key
from trainer_app.core.exchange.record_columns import decode_rows
from trainer_app.core.exchange.record_format import (
    CERTIFICATES,
    MEMBER_BY_NAME,
    Member,
    decode_row,
    encode_row,
)

FORMAT = "cpims-trainer-records"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
MAX_MANIFEST_BYTES = 1_000_000
MAX_MEMBER_BYTES = 4_000_000_000
# The longest row the app writes is a certificate (credential JSON up to 1 MiB): 16 MiB leaves room to spare
# while keeping a hostile line from growing without end (a 1 MB bundle can inflate to a 1 GB line).
MAX_LINE_BYTES = 16 * 1024 * 1024
WRITE_BATCH_LINES = 2000  # lines written to a member at a time
SHA256_HEX_CHARS = 64
MAX_SHORT_TEXT = 200  # characters in a short text value of a manifest
CHUNK_BYTES = 1 << 20
# Verified members kept in memory between the hash check and the reading of their rows, in all (bytes): one
# inflate per member for bundles up to about 10,000 learners; past it a member is inflated twice, never held.
MAX_HELD_BYTES = 256 * 1024 * 1024
# Threads hashing members beside the merge (inflating and hashing run in C without the GIL). One: on a 2-core
# laptop a second competed with the merge and the certificate worker and made the import no faster.
VERIFY_THREADS = 1
# Rows decoded together; a divisor of the merge's chunk, so reading never runs ahead of what the merge asked for.
BATCH_ROWS = 1000


class Signer(Protocol):
    """What signs a bundle: the device key (its private half never leaves it)."""

    @property
    def public(self) -> IssuerKey: ...

    def sign(self, data: bytes) -> bytes: ...


@dataclass(frozen=True)
class MemberInfo:
    name: str
    sha256: str
    bytes: int
    rows: int


@dataclass(frozen=True)
class Manifest:
    bundle_id: str
    created_at: str
    installation_id: str
    app_version: str
    key: IssuerKey
    since: str | None
    time_from: str | None
    time_to: str | None
    members: tuple[MemberInfo, ...]

    @property
    def counts(self) -> dict[str, int]:
        return {m.name.removesuffix(".jsonl"): m.rows for m in self.members}

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "bundle_id": self.bundle_id,
            "created_at": self.created_at,
            "installation_id": self.installation_id,
            "app_version": self.app_version,
            "key": {
                "fingerprint": self.key.fingerprint,
                "public_key": self.key.multibase,
                "did": self.key.did,
            },
            "since": self.since,
            "time_range": {"from": self.time_from, "to": self.time_to},
            "counts": self.counts,
            "members": {m.name: {"sha256": m.sha256, "bytes": m.bytes, "rows": m.rows} for m in self.members},
        }


# ---- writing ------------------------------------------------------------------------------------------

# Encoded rows handed to the deflating thread at a time (at least; a batch of rows is never split), and how
# many such chunks may wait for it: what an export holds in memory besides the rows being read.
WRITE_CHUNK_BYTES = 1 << 20
QUEUED_CHUNKS = 2
JsonRows = Iterable[Sequence[Any]]  # rows as JSON values, in record_format.encode_row's form


def write_bundle(
    path: Path,
    make_manifest: Callable[[tuple[MemberInfo, ...]], Manifest],
    tables: Iterable[tuple[Member, Iterable[Sequence[Any]]]],
    signer: Signer,
) -> tuple[Manifest, str]:
    """write_encoded for rows as the database or a reader gives them (times as datetimes, roles as tuples)."""
    return write_encoded(path, make_manifest, ((m, _encoded(m, rows)) for m, rows in tables), signer)


def _encoded(member: Member, rows: Iterable[Sequence[Any]]) -> Iterator[JsonRows]:
    batch: list[list[Any]] = []
    for row in rows:
        batch.append(encode_row(member, row))
        if len(batch) == WRITE_BATCH_LINES:
            yield batch
            batch = []
    yield batch


def write_encoded(
    path: Path,
    make_manifest: Callable[[tuple[MemberInfo, ...]], Manifest],
    tables: Iterable[tuple[Member, Iterable[JsonRows]]],
    signer: Signer,
) -> tuple[Manifest, str]:
    """Write every member (its rows as JSON values, in batches), then the signed manifest, to `path` via a
    temp file renamed at the end. Rows are encoded on the calling thread and deflated on another.

    Returns the manifest and the SHA-256 of its bytes. On any failure (a full disk, a cancel) no file is left.
    """
    try:
        with (
            files.atomic_path(path) as partial,
            zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive,
        ):
            deflater = _Deflater(archive)
            try:
                sinks = [_write_member(deflater, member, batches) for member, batches in tables]
            finally:
                failed = deflater.stop()  # on a cancel too: the zip is closed (then removed) only after it
            if failed is not None:
                raise failed
            manifest = make_manifest(tuple(sink.info() for sink in sinks))
            data = canonical_json(manifest.to_json())
            archive.writestr(MANIFEST, data)
            archive.writestr(SIGNATURE, b64url_encode(signer.sign(data)))
    except OSError as error:
        raise _write_problem(path, error) from error
    return manifest, hashlib.sha256(data).hexdigest()


_NEWLINE = orjson.OPT_APPEND_NEWLINE


def _write_member(deflater: _Deflater, member: Member, batches: Iterable[JsonRows]) -> _Sink:
    sink = deflater.open(member.name)
    pending = [orjson.dumps({"columns": list(member.names)}, option=_NEWLINE)]
    waiting = 0
    for batch in batches:
        lines = [orjson.dumps(row, option=_NEWLINE) for row in batch]
        sink.rows += len(lines)
        pending += lines
        waiting += sum(map(len, lines))
        if waiting >= WRITE_CHUNK_BYTES:
            sink.write(b"".join(pending))
            pending, waiting = [], 0
    sink.write(b"".join(pending))
    sink.close()
    return sink


class _Sink:
    """One member as the deflating thread writes it; info() only once that thread is done (the digest is
    updated there)."""

    def __init__(self, deflater: _Deflater, name: str) -> None:
        self._deflater = deflater
        self.name = name
        self.digest = hashlib.sha256()
        self.size = self.rows = 0
        self.handle: Any = None
        deflater.submit(lambda: self._open(name))

    def info(self) -> MemberInfo:
        return MemberInfo(self.name, self.digest.hexdigest(), self.size, self.rows)

    def _open(self, name: str) -> None:
        self.handle = self._deflater.archive.open(name, "w", force_zip64=True)

    def write(self, data: bytes) -> None:
        self.size += len(data)
        self._deflater.submit(lambda: self._write(data))

    def _write(self, data: bytes) -> None:
        self.handle.write(data)
        self.digest.update(data)

    def close(self) -> None:
        self._deflater.submit(self._close)

    def _close(self) -> None:
        handle, self.handle = self.handle, None
        handle.close()


class _Deflater:
    """Writes the zip's members on a thread of its own, in the order asked: zlib's deflate, the CRC, SHA-256
    and the file writes all release the GIL, so they run while the calling thread reads and encodes the next
    rows (at compression level 1, deflating is still a third of an export). The first error stops the work;
    it is raised to the caller at its next write or returned by stop()."""

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self.archive = archive
        self._jobs: queue.Queue[Callable[[], None] | None] = queue.Queue(maxsize=QUEUED_CHUNKS)
        self._error: BaseException | None = None
        self._sink: _Sink | None = None
        self._thread = threading.Thread(target=self._run, name="bundle-deflate", daemon=True)
        self._thread.start()

    def open(self, name: str) -> _Sink:
        self._sink = _Sink(self, name)
        return self._sink

    def submit(self, job: Callable[[], None]) -> None:
        if self._error is not None:
            raise self._error
        self._jobs.put(job)

    def _run(self) -> None:
        while (job := self._jobs.get()) is not None:
            if self._error is None:  # after an error the queue is still emptied, so no put() waits forever
                try:
                    job()
                except BaseException as error:  # handed to the calling thread, raised there
                    self._error = error

    def stop(self) -> BaseException | None:
        """Wait for every write asked and return the first error. A member left open (after a cancel or an
        error) is closed, so that the zip can be closed too before it is removed."""
        self._jobs.put(None)
        self._thread.join()
        handle = self._sink.handle if self._sink is not None else None
        if handle is not None:
            with contextlib.suppress(OSError, ValueError):  # the file is being given up already
                handle.close()
        return self._error


def _write_problem(path: Path, error: OSError) -> ExportError:
    if error.errno == errno.ENOSPC:
        return ExportError("bundle.disk_full", name=path.name)
    return ExportError("bundle.not_written", path=path, detail=error.strerror or error)


# ---- reading ------------------------------------------------------------------------------------------


class BundleReader:
    """A bundle whose manifest signature is verified, and whose members are checked against the manifest's
    SHA-256 on background threads as soon as it is open. A member's rows are handed out only once its own hash
    matched; `verified()` waits for every member (the constructor does, unless `wait=False`: the import merges
    the first members while the rest are still being hashed, and calls `verified()` before it commits). Use as a
    context manager."""

    def __init__(self, path: Path, wait: bool = True) -> None:
        self.path = path
        self._hold: dict[str, bool] = {}
        self._checks: dict[str, Future[bytes]] = {}
        # set when closed or when one member failed: the other checks stop at their next chunk
        self._stop = threading.Event()
        self._failure: BundleError | None = None
        self._pool: ThreadPoolExecutor | None = None
        try:
            self._zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError, EOFError) as error:
            raise BundleError("bundle.rejected_records_bundle_readable", name=path.name) from error
        try:
            self.manifest, self.manifest_sha256 = _read_manifest(self._zip, path.name)
            self._start_checks()
            if wait:
                self.verified()
        except BaseException:
            self.close()
            raise

    def __enter__(self) -> BundleReader:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._stop.set()
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
        self._checks.clear()
        self._zip.close()

    def verified(self) -> None:
        """Wait for every member's hash check; BundleError for the first member, in manifest order, that failed."""
        for info in self.manifest.members:
            self._checked(info.name)

    def rows(self, member: Member) -> Iterator[tuple[Any, ...]]:
        """The rows of a member, type- and range-checked, streamed one bounded line at a time; ExchangeError
        on the first bad one, naming its line, its record and the field."""
        for batch in self.batches(member):
            yield from batch

    def batches(self, member: Member, times_as_text: bool = False) -> Iterator[list[tuple[Any, ...]]]:
        """rows() in lists (up to BATCH_ROWS rows; a single row where rows are checked one by one), so a
        large import does not step through a generator per row. `times_as_text`: see decode_rows (a batch
        checked row by row still gives datetimes)."""
        if not any(m.name == member.name for m in self.manifest.members):
            return
        with self._open_member(member.name) as handle:
            batches = _line_batches(handle, member.name)
            first_batch = next(batches, [b""])
            header = _json_line(first_batch[0], member.name)
            if not isinstance(header, dict) or header.get("columns") != list(member.names):
                raise BundleError("bundle.rejected_does_columns_format", name=member.name)
            first = 2  # the line number of each batch's first line
            for raw in chain([first_batch[1:]], batches):
                values, bad = _parsed(member, raw, first)
                # the rows before a bad line first
                yield from _decoded(member, values, raw[: len(values)], first, times_as_text)
                if bad is not None:
                    raise bad
                first += len(raw)

    def _start_checks(self) -> None:
        """Sizes first; which members are kept as read is settled in manifest order (what is left of
        MAX_HELD_BYTES); then every member is read and hashed on VERIFY_THREADS threads, each with its own
        handle on the zip: the certificates first (their proofs are checked ahead of the merge), then the
        members in the order the merge reads them."""
        names = set(self._zip.namelist())
        expected = {m.name for m in self.manifest.members} | {MANIFEST, SIGNATURE}
        if names != expected or len(self._zip.namelist()) != len(names):
            raise BundleError("bundle.rejected_bundle_holds_files")
        held = 0
        for info in self.manifest.members:
            if self._zip.getinfo(info.name).file_size != info.bytes:
                raise BundleError("bundle.rejected_does_size_manifest", name=info.name)
            self._hold[info.name] = info.bytes <= MAX_HELD_BYTES - held
            held += info.bytes if self._hold[info.name] else 0
        first = sorted(self.manifest.members, key=lambda m: m.name != CERTIFICATES.name)  # a stable sort
        self._pool = ThreadPoolExecutor(max_workers=VERIFY_THREADS, thread_name_prefix="bundle-hash")
        for info in first:
            self._checks[info.name] = self._pool.submit(
                _read_member, self.path, info, self._hold[info.name], self._stop
            )

    def _checked(self, name: str) -> bytes:
        """The member's bytes once its hash matched (b"" when it is not kept in memory); BundleError if not
        (a member whose check was stopped by another's failure raises that failure)."""
        try:
            return self._checks[name].result()
        except BundleError as error:
            self._failure = self._failure or error
            self._stop.set()
            raise
        except _Stopped:
            raise self._failure or BundleError("bundle.rejected_read_truncated_damaged", name=name) from None

    def _open_member(self, name: str) -> Any:
        """The member's verified bytes: those kept by its hash check (handed out once), else the zip again."""
        data = self._checked(name)
        if not self._hold.get(name):
            return self._zip.open(name)
        self._hold[name] = False
        self._checks[name] = _checked_already()  # the bytes are not kept twice
        return io.BytesIO(data)


def _checked_already() -> Future[bytes]:
    done: Future[bytes] = Future()
    done.set_result(b"")
    return done


class _Stopped(Exception):  # noqa: N818 (a member's check given up, not an error of its own)
    """A member's hash check stopped before its end: the reader was closed or another member failed."""


def _read_member(path: Path, info: MemberInfo, hold: bool, stop: threading.Event) -> bytes:
    """The member's bytes (when `hold`, else b"") once its SHA-256 matches the manifest's; BundleError if not,
    _Stopped when `stop` is set before the end. Opens the zip on its own: a ZipFile's open and close are not safe
    across threads."""
    digest = hashlib.sha256()
    parts: list[bytes] = []
    try:
        with zipfile.ZipFile(path) as archive, archive.open(info.name) as handle:
            while chunk := handle.read(CHUNK_BYTES):
                if stop.is_set():
                    raise _Stopped
                digest.update(chunk)
                if hold:
                    parts.append(chunk)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, KeyError) as error:
        raise BundleError("bundle.rejected_read_truncated_damaged", name=info.name) from error
    if digest.hexdigest() != info.sha256:
        raise BundleError("bundle.rejected_changed_after_signed", name=info.name)
    return b"".join(parts)


def _read_manifest(archive: zipfile.ZipFile, file_name: str) -> tuple[Manifest, str]:
    try:
        if archive.getinfo(MANIFEST).file_size > MAX_MANIFEST_BYTES:
            raise BundleError("bundle.rejected_manifest_too_large")
        data = archive.read(MANIFEST)
        signature = archive.read(SIGNATURE).decode("ascii")
    except KeyError as error:
        raise BundleError("bundle.rejected_records_bundle_signed", file_name=file_name) from error
    except (zipfile.BadZipFile, OSError, EOFError, UnicodeDecodeError, ValueError) as error:
        raise BundleError("bundle.rejected_damaged_truncated", file_name=file_name) from error
    raw = _json_line(data, MANIFEST)
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise BundleError("bundle.rejected_cpims_trainer_records", file_name=file_name)
    if raw.get("format_version") != FORMAT_VERSION:
        raise BundleError(
            "bundle.rejected_format_version_version",
            file_name=file_name,
            get=raw.get("format_version"),
            format_version=FORMAT_VERSION,
        )
    manifest = parse_manifest(raw)
    if canonical_json(raw) != data:
        raise BundleError("bundle.rejected_manifest_canonical_form")
    try:
        valid = manifest.key.verify(b64url_decode(signature.strip()), data)
    except CredentialError:
        valid = False
    if not valid:
        raise BundleError("bundle.rejected_signature_does_match")
    return manifest, hashlib.sha256(data).hexdigest()


def parse_manifest(raw: dict[str, Any]) -> Manifest:
    try:
        key_info = raw["key"]
        key = IssuerKey(public_key_from_did_key(key_info["did"]))
        if key.multibase != key_info["public_key"] or key.fingerprint != key_info["fingerprint"]:
            raise BundleError("bundle.rejected_manifest_s_key")
        members = tuple(_member_info(name, info) for name, info in raw["members"].items())
        return Manifest(
            bundle_id=_text(raw["bundle_id"]),
            created_at=_text(raw["created_at"]),
            installation_id=_text(raw["installation_id"]),
            app_version=_text(raw["app_version"]),
            key=key,
            since=raw["since"] if raw["since"] is None else _text(raw["since"]),
            time_from=_optional_text(raw["time_range"]["from"]),
            time_to=_optional_text(raw["time_range"]["to"]),
            members=members,
        )
    except (KeyError, TypeError, AttributeError, CredentialError) as error:
        raise BundleError("bundle.rejected_manifest_incomplete_malformed") from error


def _member_info(name: str, info: dict[str, Any]) -> MemberInfo:
    if name not in MEMBER_BY_NAME:
        raise BundleError("bundle.rejected_bundle_unknown_member", name=name)
    sha, size, rows = info["sha256"], info["bytes"], info["rows"]
    if not (
        isinstance(sha, str)
        and len(sha) == SHA256_HEX_CHARS
        and isinstance(size, int)
        and isinstance(rows, int)
    ):
        raise BundleError("bundle.rejected_manifest_entry_malformed", name=name)
    if not 0 <= size <= MAX_MEMBER_BYTES:
        raise BundleError("bundle.rejected_too_large", name=name)
    return MemberInfo(name, sha, size, rows)


def _text(value: Any) -> str:
    if not isinstance(value, str) or len(value) > MAX_SHORT_TEXT:
        raise TypeError("not a short text")
    return value


def _optional_text(value: Any) -> str | None:
    return None if value is None else _text(value)


_DECODER = json.JSONDecoder()


def _json_line(data: bytes, where: str, line: int | None = None) -> Any:
    """The JSON value of a file (`where`) or of one line of a member (`where` its name, `line` its number)."""
    try:
        return _DECODER.decode(data.decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as error:
        if line is None:
            raise BundleError("bundle.rejected_valid_json_damaged", where=where) from error
        raise BundleError("bundle.rejected_line_not_json", name=where, line=line) from error
    except RecursionError as error:  # arrays nested thousands deep: json recurses per level
        if line is None:
            raise BundleError("bundle.rejected_nested_too_deeply", where=where) from error
        raise BundleError("bundle.rejected_line_nested_too_deeply", name=where, line=line) from error


def _line_batches(handle: Any, name: str) -> Iterator[list[bytes]]:
    """The member's lines in lists of up to BATCH_ROWS, read a chunk at a time and each capped, so one endless
    line never sits in memory whole (a line, newline included, may not exceed MAX_LINE_BYTES)."""
    number = 0  # lines handed out so far
    pending = b""
    while chunk := handle.read(CHUNK_BYTES):
        lines = (pending + chunk).split(b"\n")
        pending = lines.pop()
        if lines and max(map(len, lines)) >= MAX_LINE_BYTES:
            raise _too_long(
                name, number + 1 + next(i for i, x in enumerate(lines) if len(x) >= MAX_LINE_BYTES)
            )
        for start in range(0, len(lines), BATCH_ROWS):
            yield lines[start : start + BATCH_ROWS]
        number += len(lines)
        if len(pending) > MAX_LINE_BYTES:
            raise _too_long(name, number + 1)
    if pending:
        yield [pending]


def _parsed(member: Member, raw: list[bytes], first: int) -> tuple[list[Any], BundleError | None]:
    """Each line parsed by orjson in one C loop. When it refuses any, the lines are parsed one by one as
    before: orjson first, then json (which reads a few things orjson refuses); the lines before one that
    neither reads come back with the error naming it."""
    try:
        return list(map(orjson.loads, raw)), None
    except orjson.JSONDecodeError:
        pass
    values = []
    for number, line in enumerate(raw, start=first):
        try:
            values.append(orjson.loads(line))
        except orjson.JSONDecodeError:
            try:  # json reads a few things orjson refuses; _json_line names a line neither reads
                values.append(_json_line(line, member.name, number))
            except BundleError as error:
                return values, error
    return values, None


def _too_long(name: str, number: int) -> BundleError:
    return BundleError(
        "bundle.rejected_line_too_long", name=name, number=number, max_line_bytes=MAX_LINE_BYTES // 1048576
    )


def _decoded(
    member: Member, batch: list[Any], raw: list[bytes], first: int, times_as_text: bool = False
) -> Iterator[list[tuple[Any, ...]]]:
    """A batch of parsed lines (the first is line `first`) as checked rows: column by column when every value
    passes, else row by row from the lines parsed again with json, so the first bad one is named with its line
    exactly as before (orjson reads an integer too large for 64 bits as a float; json keeps it an integer)."""
    fast = decode_rows(member, batch, times_as_text)
    if fast is not None:
        if fast:
            yield fast
        return
    for number, line in enumerate(raw, start=first):
        values = _json_line(line, member.name, number)
        try:
            yield [decode_row(member, values)]
        except ExchangeError as error:
            raise _row_problem(member, number, values, error) from error


def _row_problem(member: Member, number: int, values: Any, error: ExchangeError) -> BundleError:
    """The row's own problem (a coded error, translated by the window too) with where it was found."""
    if type(values) is list and len(values) == len(member.names):
        key = "/".join(str(values[member.names.index(k)])[:60] for k in member.key)
        return BundleError(
            "bundle.rejected_record",
            name=member.name,
            line=number,
            table=member.table,
            key=key,
            reason=error,
        )
    return BundleError("bundle.rejected_line", name=member.name, line=number, reason=error)
