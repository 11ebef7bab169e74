"""The roles of a pack read from its pack.toml alone (no validation), for the profile picker at start-up."""

from __future__ import annotations

import tomllib
from pathlib import Path

from trainer_app.core.domain.pack import Role


def read_roles(pack_root: Path) -> list[Role]:
    try:
        data = tomllib.loads((pack_root / "content" / "pack.toml").read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):  # RecursionError: arrays nested thousands deep
        return []
    roles = data.get("roles", [])
    if not isinstance(roles, list):
        return []
    return [
        Role(str(r["id"]), str(r.get("title", r["id"])), str(r.get("description", "")))
        for r in roles
        if isinstance(r, dict) and "id" in r
    ]
