"""The shared-database setting: a SQLAlchemy URL in settings.json, applied at the next start.

The password never goes into settings.json: it is kept in a libpq password file (0600) in the data folder.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import SplitResult, unquote, urlsplit, urlunsplit

from trainer_app.core.common import files
from trainer_app.core.common.changes import Changes
from trainer_app.core.common.errors import ValidationError
from trainer_app.core.services.settings import SettingsService

SETTINGS_KEY = "database_url"
ENV_URL = "CPIMS_TRAINER_DATABASE_URL"
PGPASS_FILE = "pgpass"
SCHEMES = ("sqlite", "postgresql")


def configured(settings: SettingsService) -> str | None:
    """The URL to use when no --database-url is given: env CPIMS_TRAINER_DATABASE_URL, else the setting."""
    value = os.environ.get(ENV_URL) or settings.current.extra.get(SETTINGS_KEY)
    return value.strip() or None if isinstance(value, str) else None


def save(settings: SettingsService, secrets_dir: Path, url: str, password: str | None = None) -> Changes:
    """Store the URL ("" = the SQLite file in the data folder); a password given or found in it goes to
    the password file. `password` None keeps the stored one."""
    url = url.strip()
    if url:
        parts = urlsplit(url)
        if parts.scheme.split("+")[0] not in SCHEMES or not (parts.netloc or parts.path):
            raise ValidationError("storage.database_url_such_postgresql", url=url)
        if parts.password is not None:
            password = unquote(parts.password)
            host = parts.netloc.rsplit("@", 1)[1]
            url = urlunsplit(parts._replace(netloc=f"{parts.username or ''}@{host}"))
        if password is not None:
            _write_pgpass(secrets_dir / PGPASS_FILE, urlsplit(url), password)
    return settings.update(extra={**settings.current.extra, SETTINGS_KEY: url})


def use_password_file(secrets_dir: Path) -> None:
    """Let libpq find the stored password (unless the user chose a password file of their own)."""
    path = secrets_dir / PGPASS_FILE
    if path.is_file() and "PGPASSFILE" not in os.environ:
        os.environ["PGPASSFILE"] = str(path)


def hide_password(url: str) -> str:
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rsplit("@", 1)[1]
    return urlunsplit(parts._replace(netloc=f"{parts.username or ''}:***@{host}"))


def _write_pgpass(path: Path, split: SplitResult, password: str) -> None:
    """One libpq password-file line: host:port:database:user:password, with ':' and '\\' escaped."""
    if not password:
        path.unlink(missing_ok=True)
        return
    fields = [
        split.hostname or "*",
        str(split.port or "*"),
        split.path.lstrip("/") or "*",
        split.username or "*",
    ]
    escaped = [f.replace("\\", "\\\\").replace(":", "\\:") for f in [*fields, password]]
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    files.write_atomically(path, ":".join(escaped) + "\n", private=True)
