"""Installing packs into the data folder: validate first, extract to staging, then swap in atomically.

A failed install leaves nothing behind, and an older version of the same pack is replaced only after the
new one is complete.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import uuid
from dataclasses import replace
from pathlib import Path

from trainer_app.core.common.errors import NotFoundError, PackError, TrainerError
from trainer_app.core.domain.pack import Pack
from trainer_app.core.packs.manifest import load_pack
from trainer_app.core.packs.problems import is_valid_id
from trainer_app.core.packs.validate import validate_folder
from trainer_app.core.packs.zipsafe import ZipLimits, extract_pack

log = logging.getLogger(__name__)


def install_pack(zip_path: Path, packs_dir: Path, staging_dir: Path, limits: ZipLimits | None = None) -> Pack:
    """Install the pack in `zip_path` as `packs_dir/<pack id>/` and return it (rooted there)."""
    if not zip_path.is_file():
        raise NotFoundError("pack.such_pack_file", zip_path=zip_path)
    packs_dir.mkdir(parents=True, exist_ok=True)
    staging_dir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="install-", dir=staging_dir))
    try:
        root = extract_pack(zip_path, work / "pack", limits)
        pack = _validated(root, zip_path)
        target = packs_dir / pack.id
        _swap_in(root, target, packs_dir)
        return replace(pack, root=target)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _validated(root: Path, zip_path: Path) -> Pack:
    report = validate_folder(root)
    if report.problems or report.pack is None:
        count = len(report.problems)
        raise PackError(
            "pack.installed_problem",
            [str(problem) for problem in report.problems],
            name=zip_path.name,
            count=count,
        )
    return report.pack


def _swap_in(root: Path, target: Path, packs_dir: Path) -> None:
    """Move the staged pack next to the target first (same filesystem), then rename it into place."""
    token = uuid.uuid4().hex[:8]
    incoming = packs_dir / f".incoming-{target.name}-{token}"
    old = packs_dir / f".old-{target.name}-{token}"
    try:
        _move(root, incoming)
        if target.exists():
            os.replace(target, old)
        try:
            os.replace(incoming, target)
        except BaseException:
            if old.exists():
                os.replace(old, target)
            raise
    except OSError as error:
        raise TrainerError(
            "pack.could_install_pack_into", packs_dir=packs_dir, strerror=error.strerror or error
        ) from error
    finally:
        shutil.rmtree(incoming, ignore_errors=True)
        shutil.rmtree(old, ignore_errors=True)


def _move(source: Path, destination: Path) -> None:
    try:
        os.replace(source, destination)
    except OSError:
        # The staging folder may be on another filesystem: copy, then rename happens within packs_dir.
        shutil.copytree(source, destination, symlinks=True)


def list_installed(packs_dir: Path) -> list[Pack]:
    """Every valid pack installed in `packs_dir`, by id; broken folders are logged and skipped."""
    if not packs_dir.is_dir():
        return []
    packs: list[Pack] = []
    for folder in sorted(packs_dir.iterdir()):
        if folder.name.startswith(".") or not folder.is_dir():
            continue
        try:
            packs.append(load_pack(folder))
        except TrainerError as error:
            log.warning("skipping the broken pack folder %s: %s", folder, error)
    return packs


def remove_pack(packs_dir: Path, pack_id: str) -> None:
    """Remove an installed pack. The folder is renamed away first, so it disappears in one step."""
    if not is_valid_id(pack_id):
        raise NotFoundError("pack.pack_id", pack_id=pack_id)
    target = packs_dir / pack_id
    if not target.is_dir() or target.is_symlink():
        raise NotFoundError("pack.not_installed", pack_id=pack_id)
    doomed = packs_dir / f".removing-{pack_id}-{uuid.uuid4().hex[:8]}"
    try:
        os.replace(target, doomed)
    except OSError as error:
        raise TrainerError(
            "pack.could_remove_pack", pack_id=pack_id, strerror=error.strerror or error
        ) from error
    shutil.rmtree(doomed, ignore_errors=True)
