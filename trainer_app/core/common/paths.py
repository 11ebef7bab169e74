"""Where things live: the data folder (platformdirs, --data-dir, env, portable) and the bundled pack.

Lookups work from source and from a frozen PyInstaller bundle alike.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import NamedTuple

APP_NAME = "cpims-trainer"
ENV_HOME = "CPIMS_TRAINER_HOME"
PRIVATE_FOLDER_MODE = 0o700


def program_root() -> Path:
    """The folder holding the program: the bundle folder when frozen, the repository root from source."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parents[3]


def bundled_pack_root() -> Path:
    """The bundled content pack: the repository itself (content/, videos/, quizzes/, resources/)."""
    return program_root()


def resources_dir() -> Path:
    return bundled_pack_root() / "resources"


def resolve_data_dir(data_dir: str | None = None, portable: bool = False) -> Path:
    """--data-dir wins, then CPIMS_TRAINER_HOME, then portable mode, then the user data folder."""
    if data_dir:
        return Path(data_dir).expanduser().resolve()
    env = os.environ.get(ENV_HOME)
    if env:
        return Path(env).expanduser().resolve()
    if portable:
        exe_dir = Path(sys.executable).resolve().parent if getattr(sys, "frozen", False) else program_root()
        return exe_dir / "cpims-trainer-data"
    import platformdirs  # here: the desktop app imports this module before its first paint (issue 14)

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


class DataPaths(NamedTuple):
    """The layout of one data folder.

    Immutable like a frozen dataclass, but a named tuple: the desktop app imports this before its first paint,
    and `dataclasses` would cost that paint about 3 ms (issue 14)."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "trainer.db"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def packs(self) -> Path:
        return self.root / "packs"

    @property
    def staging(self) -> Path:
        return self.root / "staging"

    @property
    def keys(self) -> Path:
        return self.root / "keys"

    @property
    def settings(self) -> Path:
        return self.root / "settings.json"

    @property
    def lock(self) -> Path:
        return self.root / "instance.lock"

    @property
    def damaged(self) -> Path:
        return self.root / "damaged"

    def ensure(self) -> DataPaths:
        """Create the folders, readable by their owner only: they hold every learner's records and the keys."""
        for folder in (self.root, self.backups, self.packs, self.keys):
            folder.mkdir(mode=PRIVATE_FOLDER_MODE, parents=True, exist_ok=True)
        for folder in (self.root, self.backups, self.keys):
            if os.name != "nt" and folder.stat().st_mode & 0o777 != PRIVATE_FOLDER_MODE:
                folder.chmod(PRIVATE_FOLDER_MODE)
        return self
