"""Pack-relative paths: forward slashes, no absolute paths, no `..`, no drive letters, no symlink escapes."""

from __future__ import annotations

import re
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
    path = root / rel
    if link_leaves(root, rel):
        return f"path {rel!r} is a symbolic link that leaves the pack"
    if not path.exists():
        return f"file {rel!r} not found"
    if not path.is_file():
        return f"{rel!r} is not a file"
    return None


def link_leaves(root: Path, rel: str) -> bool:
    """True when `rel` or one of its folders is a symbolic link pointing outside the pack."""
    path = root / rel
    linked = path.is_symlink() or any(parent.is_symlink() for parent in _parents_below(root, path))
    return linked and not inside(root, path)


def _parents_below(root: Path, path: Path) -> list[Path]:
    parents = []
    for parent in path.parents:
        if parent == root:
            break
        parents.append(parent)
    return parents
