"""Safe extraction of pack zips: no absolute paths, `..`, drive letters or links; capped size, count, ratio.

Sizes are checked from the headers first, then again while copying (headers can lie).
"""

from __future__ import annotations

import re
import shutil
import stat
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from trainer_app.core.common.errors import TrainerError, UnsafeZipError
from trainer_app.core.common.numbers import format_bytes

_CHUNK_BYTES = 1024 * 1024
_DRIVE_RE = re.compile(r"^[A-Za-z]:")
_UNIX = 3
_DAMAGED = (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, zlib.error, NotImplementedError)


@dataclass(frozen=True)
class ZipLimits:
    """Caps on what a zip may expand to. Entries up to `ratio_exempt_bytes` skip the per-entry ratio check: a
    short run of spaces compresses far beyond 100:1 yet alone can never amount to a bomb. The whole zip is
    held to the same ratio once it expands past `ratio_exempt_bytes` in total, so thousands of small
    entries cannot add up to one."""

    max_total_bytes: int = 2 * 1024**3
    max_entry_bytes: int = 1024**3
    max_entries: int = 20_000
    max_ratio: float = 100.0
    ratio_exempt_bytes: int = 1024 * 1024


def entry_name(info: zipfile.ZipInfo) -> str:
    """The entry's safe relative path (forward slashes), or raise UnsafeZipError saying why not."""
    raw = info.filename
    name = raw.replace("\\", "/")
    if "\x00" in name:
        raise UnsafeZipError("zip.zip_entry_nul_character", raw=raw)
    if name.startswith("/") or _DRIVE_RE.match(name):
        raise UnsafeZipError("zip.zip_entry_absolute_path", raw=raw)
    parts = [part for part in name.split("/") if part not in ("", ".")]
    if ".." in parts:
        raise UnsafeZipError("zip.zip_entry_contains_would", raw=raw)
    if not parts:
        raise UnsafeZipError("zip.zip_entry_empty_name", raw=raw)
    mode = info.external_attr >> 16
    if info.create_system == _UNIX and stat.S_ISLNK(mode):
        raise UnsafeZipError("zip.zip_entry_symbolic_link", raw=raw)
    if info.create_system == _UNIX and stat.S_IFMT(mode) not in (0, stat.S_IFREG, stat.S_IFDIR):
        raise UnsafeZipError("zip.zip_entry_regular_file", raw=raw)
    if info.flag_bits & 0x1:
        raise UnsafeZipError("zip.zip_entry_encrypted_pack", raw=raw)
    return "/".join(parts)


def check_entries(archive: zipfile.ZipFile, limits: ZipLimits) -> list[tuple[zipfile.ZipInfo, str]]:
    """Every entry with its safe name, after checking names, count, total size and compression ratios."""
    infos = archive.infolist()
    if len(infos) > limits.max_entries:
        raise UnsafeZipError("zip.zip_entries_limit", count=len(infos), max_entries=limits.max_entries)
    total = sum(info.file_size for info in infos)
    if total > limits.max_total_bytes:
        raise UnsafeZipError(
            "zip.zip_would_expand_limit", size=_size(total), size2=_size(limits.max_total_bytes)
        )
    _check_total_ratio(total, sum(info.compress_size for info in infos), limits)
    entries: list[tuple[zipfile.ZipInfo, str]] = []
    seen: set[str] = set()
    for info in infos:
        name = entry_name(info)
        if name.lower() in seen:
            raise UnsafeZipError("zip.zip_holds_twice_names", name=name)
        seen.add(name.lower())
        if info.file_size > limits.max_entry_bytes:
            raise UnsafeZipError(
                "zip.zip_entry_would_expand",
                filename=info.filename,
                size=_size(info.file_size),
                size2=_size(limits.max_entry_bytes),
            )
        _check_ratio(info, limits)
        entries.append((info, name))
    return entries


def _check_total_ratio(total: int, compressed: int, limits: ZipLimits) -> None:
    if total <= limits.ratio_exempt_bytes:
        return
    ratio = total / max(compressed, 1)
    if ratio > limits.max_ratio:
        raise UnsafeZipError(
            "zip.zip_expands_times_total",
            ratio=ratio,
            size=_size(compressed),
            size2=_size(total),
            max_ratio=limits.max_ratio,
        )


def _check_ratio(info: zipfile.ZipInfo, limits: ZipLimits) -> None:
    if info.file_size <= limits.ratio_exempt_bytes:
        return
    ratio = info.file_size / max(info.compress_size, 1)
    if ratio > limits.max_ratio:
        raise UnsafeZipError(
            "zip.zip_entry_expands_times",
            filename=info.filename,
            ratio=ratio,
            size=_size(info.compress_size),
            size2=_size(info.file_size),
            max_ratio=limits.max_ratio,
        )


def safe_extract(zip_path: Path, dest: Path, limits: ZipLimits | None = None) -> None:
    """Extract into `dest` (created; must not exist or be empty). On any failure `dest` is removed."""
    limits = limits or ZipLimits()
    if dest.is_dir() and any(dest.iterdir()):
        raise TrainerError("zip.extract_into_folder_empty", dest=dest)
    try:
        with zipfile.ZipFile(zip_path) as archive:
            entries = check_entries(archive, limits)  # every limit holds before anything is written
            dest.mkdir(parents=True, exist_ok=True)
            _extract_all(archive, entries, dest, limits)
    except BaseException as error:
        shutil.rmtree(dest, ignore_errors=True)
        # zlib.error: a damaged deflate stream; NotImplementedError: a compression method zipfile lacks.
        if isinstance(error, _DAMAGED):
            raise UnsafeZipError("zip.valid_zip_file_damaged", name=zip_path.name, error=error) from error
        if isinstance(error, OSError):
            raise TrainerError("zip.extract", name=zip_path.name, strerror=error.strerror or error) from error
        raise


def _extract_all(
    archive: zipfile.ZipFile, entries: list[tuple[zipfile.ZipInfo, str]], dest: Path, limits: ZipLimits
) -> None:
    written = 0
    for info, name in entries:
        target = dest / name
        if info.is_dir():
            target.mkdir(parents=True, exist_ok=True)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        written = _copy_entry(archive, info, target, written, limits)


def _copy_entry(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path, written: int, limits: ZipLimits
) -> int:
    entry_bytes = 0
    with archive.open(info) as source, open(target, "xb") as sink:
        while chunk := source.read(_CHUNK_BYTES):
            entry_bytes += len(chunk)
            written += len(chunk)
            if entry_bytes > min(info.file_size, limits.max_entry_bytes) or written > limits.max_total_bytes:
                raise UnsafeZipError("zip.zip_entry_larger_than", filename=info.filename)
            sink.write(chunk)
    return written


def find_pack_root(folder: Path) -> Path:
    """The folder holding content/pack.toml: `folder` itself or its single top-level folder."""
    if (folder / "content" / "pack.toml").is_file():
        return folder
    children = [c for c in folder.iterdir() if not c.name.startswith(".") and c.name != "__MACOSX"]
    if len(children) == 1 and children[0].is_dir() and (children[0] / "content" / "pack.toml").is_file():
        return children[0]
    raise TrainerError("zip.zip_does_hold_content")


def extract_pack(zip_path: Path, dest: Path, limits: ZipLimits | None = None) -> Path:
    """Safely extract a pack zip into `dest` and return the pack root inside it."""
    safe_extract(zip_path, dest, limits)
    return find_pack_root(dest)


def _size(value: int) -> str:
    return format_bytes(value)  # the one rule for sizes (core/common/numbers)
