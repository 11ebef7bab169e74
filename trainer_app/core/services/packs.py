"""Packs in use: the bundled pack plus installed ones; install, remove, and keep the search index current."""

from __future__ import annotations

import hashlib
from pathlib import Path

from trainer_app.core.common.changes import Changes
from trainer_app.core.common.clock import Clock
from trainer_app.core.common.errors import NotFoundError, TrainerError
from trainer_app.core.common.paths import DataPaths
from trainer_app.core.domain.pack import Activity, Pack
from trainer_app.core.packs import install as pack_install
from trainer_app.core.packs.packparse import parse_pack
from trainer_app.core.packs.problems import PackProblems, Problems
from trainer_app.core.packs.search_docs import INDEX_VERSION, iter_search_documents
from trainer_app.core.packs.validate import validate_folder
from trainer_app.core.storage import packs_repo, search_repo, summary_repo
from trainer_app.core.storage.db import Database
from trainer_app.core.storage.packs_repo import PackRecord

PACK_FOLDERS = ("content", "quizzes", "videos", "resources")


def pack_checksum(root: Path) -> str:
    """Cheap fingerprint of the pack's files (path, size, mtime): decides whether to re-validate and re-index."""
    digest = hashlib.sha256()
    for folder in PACK_FOLDERS:
        base = root / folder
        if not base.is_dir():
            continue
        for path in sorted(base.rglob("*")):
            if path.is_file():
                stat = path.stat()
                digest.update(f"{path.relative_to(root)}|{stat.st_size}|{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def stored_checksum(root: Path, unclean: bool = False, files: str | None = None) -> str:
    """What the pack table keeps: the files' fingerprint, the search-index version and whether the pack had
    problems, hashed to fit the 64-character column. A release that changes what is indexed finds every stored
    checksum different, so each pack is validated and re-indexed once (its old index rows are replaced)."""
    tag = f"{files or pack_checksum(root)}|index{INDEX_VERSION}|{'unclean' if unclean else 'clean'}"
    return hashlib.sha256(tag.encode()).hexdigest()


def activity_layout(pack: Pack) -> list[tuple[str, str, bool]]:
    """(activity id, module id, required) of every activity, in pack order: what progress summaries sum on."""
    return [(a.id, m.id, a.required) for m in pack.modules for a in m.activities]


class PackService:
    def __init__(self, db: Database, paths: DataPaths, clock: Clock, bundled_root: Path | None) -> None:
        self._db = db
        self._paths = paths
        self._clock = clock
        self._bundled_root = bundled_root
        self._cache: dict[str, Pack] = {}
        self.problems: list[PackProblems] = []  # packs loaded with problems at start-up, for the UI to show
        self._unclean: set[Path] = set()  # loaded with problems: validate again at the next start
        self._fingerprints: dict[Path, str] = {}  # pack_checksum of each root, walked once per sync

    def sync(self) -> Changes:
        """Load the bundled and installed packs and re-index any whose files changed."""
        changes = Changes.NONE
        roots: list[tuple[Path, bool]] = []
        if self._bundled_root is not None:
            roots.append((self._bundled_root, True))
        roots += [
            (p, False) for p in sorted(self._paths.packs.glob("*")) if (p / "content" / "pack.toml").is_file()
        ]
        self._cache.clear()
        self.problems = []
        self._unclean = set()
        self._fingerprints = {root: pack_checksum(root) for root, _ in roots}
        for root, bundled in roots:
            pack = self._load(root)
            if pack is not None:
                self._cache[pack.id] = pack
                changes |= self._record(pack, bundled)
        return changes

    def _load(self, root: Path) -> Pack | None:
        """Parse only when the files are unchanged since the last full validation; validate otherwise.

        A pack that parses but has problems (a missing video, say) still loads: its problems are listed for the
        user and the affected activity explains itself when opened. Installing, by contrast, refuses any problem.
        """
        checksum = stored_checksum(root, files=self._fingerprints.get(root))
        with self._db.transaction() as conn:
            known = {r.installed_path: r.checksum for r in packs_repo.list_all(conn)}
        if known.get(str(root)) == checksum:
            parsed = parse_pack(root, Problems())
            if parsed is not None:
                return parsed.pack
        report = validate_folder(root)
        if report.problems:
            self._unclean.add(root)
            self.problems.append(PackProblems(root, report.problems))
        return report.pack

    def _record(self, pack: Pack, bundled: bool) -> Changes:
        checksum = stored_checksum(pack.root, pack.root in self._unclean, self._fingerprints.get(pack.root))
        with self._db.transaction() as conn:
            # Checked even when the files are unchanged: a migrated or restored database has no layout yet.
            relaid = summary_repo.record_layout(conn, pack.id, activity_layout(pack))
            existing = packs_repo.get(conn, pack.id)
            if existing and existing.checksum == checksum and existing.installed_path == str(pack.root):
                return Changes.PROGRESS if relaid else Changes.NONE
            record = PackRecord(
                pack.id, pack.version, pack.language, pack.title, str(pack.root), checksum, bundled
            )
            packs_repo.upsert(conn, record, self._clock())
            docs = (
                {
                    "kind": d.kind,
                    "activity_id": d.activity_id,
                    "title": d.title,
                    "location": d.location,
                    "anchor": d.anchor,
                    "body": d.body_text,
                }
                for d in iter_search_documents(pack)
            )
            search_repo.replace_pack(conn, pack.id, docs)
        return Changes.PACKS

    def list(self) -> list[Pack]:
        return list(self._cache.values())

    def get(self, pack_id: str) -> Pack:
        pack = self._cache.get(pack_id)
        if pack is None:
            raise NotFoundError("pack.not_installed_2", pack_id=pack_id)
        return pack

    def default(self) -> Pack:
        if not self._cache:
            raise NotFoundError("pack.content_pack_installed")
        return next(iter(self._cache.values()))

    def activity(self, pack_id: str, activity_id: str) -> Activity:
        activity = self.get(pack_id).activity(activity_id)
        if activity is None:
            raise NotFoundError("pack.unknown_activity", activity_id=activity_id, pack_id=pack_id)
        return activity

    def install(self, zip_path: Path) -> Pack:
        pack = pack_install.install_pack(zip_path, self._paths.packs, self._paths.staging)
        if (
            self._bundled_root is not None
            and pack.id in self._cache
            and self._cache[pack.id].root == self._bundled_root
        ):
            pack_install.remove_pack(self._paths.packs, pack.id)
            raise TrainerError("pack.pack_id_bundled_pack", id=pack.id)
        self._cache[pack.id] = pack
        self._fingerprints.pop(pack.root, None)  # new files: walk them again
        self._record(pack, bundled=False)
        return pack

    def remove(self, pack_id: str) -> Changes:
        pack = self.get(pack_id)
        if self._bundled_root is not None and pack.root == self._bundled_root:
            raise TrainerError("pack.bundled_pack_removed")
        pack_install.remove_pack(self._paths.packs, pack_id)
        with self._db.transaction() as conn:
            packs_repo.remove(conn, pack_id)
            search_repo.remove_pack(conn, pack_id)
        self._cache.pop(pack_id, None)
        return Changes.PACKS
