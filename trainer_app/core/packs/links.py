"""What a link or image URL in a guide points at: an external site, an anchor, a pack file, or nothing safe."""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from urllib.parse import unquote

from trainer_app.core.packs.safepaths import inside

_SCHEME_RE = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")
_CONTROL_RE = re.compile(r"[\x00-\x20\x7f]")
EXTERNAL_SCHEMES = frozenset({"http", "https", "mailto"})


class LinkKind(StrEnum):
    EXTERNAL = "external"  # http(s) or mailto: opened in the system browser when clicked
    ANCHOR = "anchor"  # #section of the same chapter
    PACK = "pack"  # a file inside the pack, maybe with #anchor
    UNSAFE = "unsafe"  # javascript:, file:, data:, //host, paths leaving the pack ...


@dataclass(frozen=True)
class LinkTarget:
    kind: LinkKind
    path: str = ""  # pack-relative, normalised, for PACK (and the chapter itself for ANCHOR)
    anchor: str = ""


def classify_link(base: str, href: str) -> LinkTarget:
    """Classify `href` found in the chapter at pack-relative `base` (forward slashes)."""
    cleaned = _CONTROL_RE.sub("", href)
    scheme = _SCHEME_RE.match(cleaned)
    if scheme:
        name = scheme.group(1).lower()
        if name == "mailto" or (name in {"http", "https"} and cleaned[scheme.end() :].startswith("//")):
            return LinkTarget(LinkKind.EXTERNAL)
        return LinkTarget(LinkKind.UNSAFE)
    if cleaned.startswith("//") or not cleaned:
        return LinkTarget(LinkKind.UNSAFE)
    location, _, anchor = href.strip().partition("#")
    location = location.split("?", 1)[0]
    if not location:
        return LinkTarget(LinkKind.ANCHOR, base, unquote(anchor))
    path = unquote(location)
    if "\\" in path or "\x00" in path or path.startswith("/") or re.match(r"^[A-Za-z]:", path):
        return LinkTarget(LinkKind.UNSAFE)
    joined = posixpath.normpath(posixpath.join(posixpath.dirname(base), path))
    if joined == ".." or joined.startswith("../") or joined.startswith("/"):
        return LinkTarget(LinkKind.UNSAFE)
    return LinkTarget(LinkKind.PACK, joined, unquote(anchor))


def resolve_pack_link(pack_root: Path, chapter_path: Path, href: str) -> Path | None:
    """The file a link in a chapter points at, only if it stays inside the pack (symlinks followed)."""
    root = pack_root.resolve()
    chapter = chapter_path if chapter_path.is_absolute() else pack_root / chapter_path
    try:
        base = chapter.resolve().relative_to(root).as_posix()
    except ValueError:
        return None
    target = classify_link(base, href)
    if target.kind not in (LinkKind.PACK, LinkKind.ANCHOR):
        return None
    candidate = root / target.path
    return candidate.resolve() if inside(root, candidate) else None
