"""Pack-relative paths: forward slashes, no absolute paths, no `..`, no drive letters, no symlink escapes."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from trainer_app.core.packs.problems import Reason

_DRIVE_RE = re.compile(r"^[A-Za-z]:")


def unsafe_reason(value: str) -> Reason | None:
    """Why `value` is not a safe pack-relative path, or None when it is."""
    if not value.strip():
        return Reason("pack.problem.path_empty")
    if "\x00" in value:
        return Reason("pack.problem.path_nul")
    if "\\" in value:
        return Reason("pack.problem.path_backslashes", {"path": value})
    if value.startswith("/"):
        return Reason("pack.problem.path_absolute", {"path": value})
    if _DRIVE_RE.match(value):
        return Reason("pack.problem.path_drive", {"path": value})
    if ".." in value.split("/"):
        return Reason("pack.problem.path_dotdot", {"path": value})
    return None


def inside(root: Path, path: Path) -> bool:
    """True when `path`, with every symlink followed, is inside `root`."""
    try:
        return path.resolve().is_relative_to(root.resolve())
    except (OSError, RuntimeError):
        return False


def file_problem(root: Path, rel: str) -> Reason | None:
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
            return Reason("pack.problem.link_leaves", {"path": rel})
        mode = _followed_mode(path)
    if mode is None:
        return Reason("pack.problem.file_not_found", {"path": rel})
    if not stat.S_ISREG(mode):
        return Reason("pack.problem.not_a_file", {"path": rel})
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
