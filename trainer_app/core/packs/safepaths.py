"""Pack-relative paths: forward slashes, no absolute paths, no `..`, no drive letters, no symlink escapes."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

_DRIVE_RE = re.compile(r"^[A-Za-z]:")


def unsafe_reason(value: str) -> str | None:
    """Why `value` is not a safe pack-relative path, or None when it is."""
    if not value.strip():
        return "the path is empty"
    if "\x00" in value:
        return "the path contains a NUL character"
    if "\\" in value:
        return f"path {value!r} uses backslashes: use forward slashes"
    if value.startswith("/"):
        return f"path {value!r} is absolute: paths are relative to the pack root"
    if _DRIVE_RE.match(value):
        return f"path {value!r} names a drive: paths are relative to the pack root"
    if ".." in value.split("/"):
        return f"path {value!r} contains '..': paths must stay inside the pack"
    return None


def inside(root: Path, path: Path) -> bool:
    """True when `path`, with every symlink followed, is inside `root`."""
    try:
        return path.resolve().is_relative_to(root.resolve())
    except (OSError, RuntimeError):
        return False


def file_problem(root: Path, rel: str) -> str | None:
    """Why the pack file `rel` cannot be used (unsafe, leaves the pack, missing, not a file), or None."""
    reason = unsafe_reason(rel)
    if reason:
        return reason
    # System calls on strings, the file's own lstat doing double duty: this runs for every activity, and
    # pathlib objects and repeated stats were most of a 30,000-activity pack's own validation time.
    parts = _parts(rel)
    path = os.path.join(root, *parts)
    try:
        mode = os.lstat(path).st_mode
    except (OSError, ValueError):
        mode = None
    if (mode is not None and stat.S_ISLNK(mode)) or _folder_linked(root, parts):
        if not inside(root, root / rel):
            return f"path {rel!r} is a symbolic link that leaves the pack"
        mode = _followed_mode(path)
    if mode is None:
        return f"file {rel!r} not found"
    if not stat.S_ISREG(mode):
        return f"{rel!r} is not a file"
    return None


def link_leaves(root: Path, rel: str) -> bool:
    """True when `rel` or one of its folders is a symbolic link pointing outside the pack."""
    parts = _parts(rel)
    linked = os.path.islink(os.path.join(root, *parts)) or _folder_linked(root, parts)
    return linked and not inside(root, root / rel)


def _folder_linked(root: Path, parts: list[str]) -> bool:
    return any(os.path.islink(os.path.join(root, *parts[: depth + 1])) for depth in range(len(parts) - 1))


def _followed_mode(path: str) -> int | None:
    try:
        return os.stat(path).st_mode
    except (OSError, ValueError):
        return None


def _parts(rel: str) -> list[str]:
    """The names along `rel`, as pathlib reads it ('a//b/./c/' is a, b, c)."""
    return [part for part in rel.split("/") if part not in ("", ".")]
