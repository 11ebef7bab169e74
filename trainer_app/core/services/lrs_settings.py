"""Where the LRS is and how to sign in: endpoint, user and account home page in settings.json; the password
in its own file readable by the owner only (never in settings.json, the records, or a log).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from trainer_app.core.common import files
from trainer_app.core.common.changes import Changes
from trainer_app.core.common.errors import ExchangeError, NotFoundError, ValidationError
from trainer_app.core.exchange.lrs_client import LrsConfig
from trainer_app.core.exchange.xapi import DEFAULT_HOME_PAGE
from trainer_app.core.services.settings import SettingsService

_MIN_URL_CHARS = 10  # shorter than "http://a.b" cannot be an address

SETTINGS_KEY = "xapi"
PASSWORD_FILE = "lrs-password"


@dataclass(frozen=True)
class LrsSettings:
    endpoint: str = ""
    username: str = ""
    home_page: str = DEFAULT_HOME_PAGE
    include_names: bool = False  # actor.name = the learner's display name (off: the uuid only)
    has_password: bool = False


class LrsSettingsStore:
    def __init__(self, settings: SettingsService, secrets_dir: Path) -> None:
        self._settings = settings
        self.password_path = secrets_dir / PASSWORD_FILE

    def load(self) -> LrsSettings:
        raw = self._settings.current.extra.get(SETTINGS_KEY)
        raw = raw if isinstance(raw, dict) else {}
        return LrsSettings(
            endpoint=str(raw.get("endpoint", "")),
            username=str(raw.get("username", "")),
            home_page=str(raw.get("home_page") or DEFAULT_HOME_PAGE),
            include_names=bool(raw.get("include_names", False)),
            has_password=self.password_path.exists(),
        )

    def save(
        self, endpoint: str, username: str, password: str | None, home_page: str, include_names: bool
    ) -> Changes:
        endpoint, home_page = endpoint.strip(), (home_page.strip() or DEFAULT_HOME_PAGE)
        check_url(endpoint, "lrs_endpoint", allow_empty=True)
        check_url(home_page, "home_page", allow_empty=False)
        values = {"endpoint": endpoint, "username": username.strip(), "home_page": home_page}
        if password is not None:
            self._store_password(password)
        extra = {**self._settings.current.extra, SETTINGS_KEY: {**values, "include_names": include_names}}
        return self._settings.update(extra=extra)

    def config(
        self, endpoint: str | None, username: str | None, password: str | None, timeout_seconds: float
    ) -> LrsConfig:
        """The stored settings, each overridden by what is given (command-line options)."""
        stored = self.load()
        chosen = (endpoint or stored.endpoint).strip()
        if not chosen:
            raise ExchangeError("lrs.lrs_configured_set_one")
        check_url(chosen, "lrs_endpoint", allow_empty=False)
        if password is None and self.password_path.exists():
            password = read_password_file(self.password_path)
        user = username if username is not None else stored.username
        return LrsConfig(chosen, user, password or "", timeout_seconds)

    def _store_password(self, password: str) -> None:
        path = self.password_path
        if not password:
            path.unlink(missing_ok=True)
            return
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        files.write_atomically(path, password, private=True)


def check_url(value: str, what: str, allow_empty: bool) -> None:
    if not value and allow_empty:
        return
    if (
        not value.startswith(("http://", "https://"))
        or len(value) < _MIN_URL_CHARS
        or any(c.isspace() for c in value)
    ):
        raise ValidationError("lrs.must_http_https_address", field=what, value=value)


def read_password_file(path: Path) -> str:
    """The first line of the file (a trailing newline is not part of the password)."""
    try:
        return path.read_text(encoding="utf-8").rstrip("\r\n")
    except FileNotFoundError as error:
        raise NotFoundError("lrs.password_file_does_exist", path=path) from error
    except OSError as error:
        raise ExchangeError("lrs.password_file_read", path=path, strerror=error.strerror) from error
