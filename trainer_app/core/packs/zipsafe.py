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

from trainer_app.core.common.errors import TrainerError

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


class UnsafeZipError(TrainerError):
    """The zip is damaged, too big, or holds an entry that could write outside its folder."""


def entry_name(info: zipfile.ZipInfo) -> str:
    """The entry's safe relative path (forward slashes), or raise UnsafeZipError saying why not."""
    raw = info.filename
    name = raw.replace("\\", "/")
    if "\x00" in name:
        raise UnsafeZipError(f"The zip entry {raw!r} has a NUL character in its name.")
    if name.startswith("/") or _DRIVE_RE.match(name):
        raise UnsafeZipError(
            f"The zip entry {raw!r} has an absolute path; pack zips hold relative paths only."
        )
    parts = [part for part in name.split("/") if part not in ("", ".")]
    if ".." in parts:
        raise UnsafeZipError(f"The zip entry {raw!r} contains '..' and would be written outside the pack.")
    if not parts:
        raise UnsafeZipError(f"The zip entry {raw!r} has an empty name.")
    mode = info.external_attr >> 16
    if info.create_system == _UNIX and stat.S_ISLNK(mode):
        raise UnsafeZipError(f"The zip entry {raw!r} is a symbolic link; pack zips may not contain links.")
    if info.create_system == _UNIX and stat.S_IFMT(mode) not in (0, stat.S_IFREG, stat.S_IFDIR):
        raise UnsafeZipError(f"The zip entry {raw!r} is not a regular file or folder.")
    if info.flag_bits & 0x1:
        raise UnsafeZipError(f"The zip entry {raw!r} is encrypted; pack zips cannot be encrypted.")
    return "/".join(parts)


def check_entries(archive: zipfile.ZipFile, limits: ZipLimits) -> list[tuple[zipfile.ZipInfo, str]]:
    """Every entry with its safe name, after checking names, count, total size and compression ratios."""
    infos = archive.infolist()
    if len(infos) > limits.max_entries:
        raise UnsafeZipError(f"The zip has {len(infos):,} entries; the limit is {limits.max_entries:,}.")
    total = sum(info.file_size for info in infos)
    if total > limits.max_total_bytes:
        raise UnsafeZipError(
            f"The zip would expand to {_size(total)}; the limit is {_size(limits.max_total_bytes)}."
        )
    _check_total_ratio(total, sum(info.compress_size for info in infos), limits)
    entries: list[tuple[zipfile.ZipInfo, str]] = []
    seen: set[str] = set()
    for info in infos:
        name = entry_name(info)
        if name.lower() in seen:
            raise UnsafeZipError(f"The zip holds {name!r} twice (names that differ only in case clash).")
        seen.add(name.lower())
        if info.file_size > limits.max_entry_bytes:
            raise UnsafeZipError(
                f"The zip entry {info.filename!r} would expand to {_size(info.file_size)}; the limit for one "
                f"file is {_size(limits.max_entry_bytes)}."
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
            f"The zip expands {ratio:,.0f} times in total ({_size(compressed)} to {_size(total)}); the limit is "
            f"{limits.max_ratio:,.0f} times. It looks like a zip bomb."
        )


def _check_ratio(info: zipfile.ZipInfo, limits: ZipLimits) -> None:
    if info.file_size <= limits.ratio_exempt_bytes:
        return
    ratio = info.file_size / max(info.compress_size, 1)
    if ratio > limits.max_ratio:
        raise UnsafeZipError(
            f"The zip entry {info.filename!r} expands {ratio:,.0f} times ({_size(info.compress_size)} to "
            f"{_size(info.file_size)}); the limit is {limits.max_ratio:,.0f} times. It looks like a zip bomb."
        )


def safe_extract(zip_path: Path, dest: Path, limits: ZipLimits | None = None) -> None:
    """Extract into `dest` (created; must not exist or be empty). On any failure `dest` is removed."""
    limits = limits or ZipLimits()
    if dest.is_dir() and any(dest.iterdir()):
        raise TrainerError(f"Cannot extract into {dest}: the folder is not empty.")
    try:
        with zipfile.ZipFile(zip_path) as archive:
            entries = check_entries(archive, limits)  # every limit holds before anything is written
            dest.mkdir(parents=True, exist_ok=True)
            _extract_all(archive, entries, dest, limits)
    except BaseException as error:
        shutil.rmtree(dest, ignore_errors=True)
        # zlib.error: a damaged deflate stream; NotImplementedError: a compression method zipfile lacks.
        if isinstance(error, _DAMAGED):
            raise UnsafeZipError(
                f"{zip_path.name} is not a valid zip file or is damaged ({error})."
            ) from error
        if isinstance(error, OSError):
            raise TrainerError(f"Cannot extract {zip_path.name}: {error.strerror or error}") from error
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
                raise UnsafeZipError(f"The zip entry {info.filename!r} is larger than its header says.")
            sink.write(chunk)
    return written


def find_pack_root(folder: Path) -> Path:
    """The folder holding content/pack.toml: `folder` itself or its single top-level folder."""
    if (folder / "content" / "pack.toml").is_file():
        return folder
    children = [c for c in folder.iterdir() if not c.name.startswith(".") and c.name != "__MACOSX"]
    if len(children) == 1 and children[0].is_dir() and (children[0] / "content" / "pack.toml").is_file():
        return children[0]
    raise TrainerError(
        "This zip does not hold a content pack: content/pack.toml is neither at its top level nor in its "
        "single top folder."
    )


def extract_pack(zip_path: Path, dest: Path, limits: ZipLimits | None = None) -> Path:
    """Safely extract a pack zip into `dest` and return the pack root inside it."""
    safe_extract(zip_path, dest, limits)
    return find_pack_root(dest)


def _size(value: int) -> str:
    for unit, scale in (("GiB", 1024**3), ("MiB", 1024**2), ("KiB", 1024)):
        if value >= scale:
            return f"{value / scale:.1f} {unit}"
    return f"{value} bytes"
