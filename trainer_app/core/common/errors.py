"""One error tree: every error a user can see is a code, its parameters and an English template.

The English templates live in one catalog (`error_catalog.CATALOG`); the window translates a code's template
(`trainer_app.ui.errors_text`) and the CLI and report writers format the English one (`str(error)`).
Anything that is not a `TrainerError` is a bug: it is logged with its traceback and shown as "unexpected".

    TrainerError                 code, params, template, message
    ├── InputError               a value typed or a file given does not meet the rules
    │   └── ValidationError      … with every problem listed (`problems`)
    │       └── PackError        a content pack; problems read "FILE:LINE: message"
    │           └── UnsafeZipError   a zip that is damaged, too big, or escapes its folder
    ├── NotFoundError            a learner, activity, pack, step or file that does not exist
    ├── AccessError              a role, the trainer passphrase or an unlock is needed
    │   ├── GateNotReadyError    sign-off refused; `problems` lists the unmet requirements
    │   └── UnlockDelayedError   too many wrong tries; `wait_seconds`
    ├── QuizError                a quiz cannot start or take an answer
    │   └── QuizLockedError      attempt limit or cool-down; `next_allowed_at`
    ├── StorageError             the database cannot be opened or written
    │   └── DatabaseDamagedError not SQLite or fails the integrity check; `path`, `newest_backup`
    ├── AlreadyRunningError      another instance holds this data folder
    ├── CredentialError          a signed file, key or certificate is invalid, tampered or unknown
    │   ├── CertificateError     a certificate, its PDF or QR token
    │   └── TrustError           an issuer key and the trust decision on it
    └── ExchangeError            records bundles, reports, the LRS
        ├── BundleError          a records bundle is refused
        ├── ExportError          a report or file could not be written
        └── ExchangeCancelled    the user cancelled; nothing was written

`PermissionDeniedError` is the former name of `AccessError` and stays as an alias.

A new error: add its English template to `CATALOG` under an `area.name` code, the same text to the table in
`trainer_app/ui/errors_text.py`, and raise `SomeError("area.name", param=value)`. Parameters are values
(ids, paths, counts, dates), never English words: a word the user reads goes through a `field` key (`FIELDS`).
tests/core/test_error_codes.py fails on a raise that carries a sentence instead of a code.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from string import Formatter
from typing import Any

from trainer_app.core.common.error_catalog import CATALOG, FIELDS


def render(template: str, params: Mapping[str, Any], field_names: Mapping[str, str] = FIELDS) -> str:
    """Format a template with its parameters (a `field` key said in words); never raises."""
    if "field" in params:
        params = {**params, "field": field_names.get(str(params["field"]), params["field"])}
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError, AttributeError, TypeError):
        return template


def placeholders(template: str) -> set[str]:
    """The named fields a template uses ({path}, {count:d} … give "path", "count")."""
    return {field.split(".")[0].split("[")[0] for _, field, _, _ in Formatter().parse(template) if field}


class TrainerError(Exception):
    """A problem the user can understand and act on: `code` names the catalog template, `params` fill it."""

    def __init__(self, code: str, /, **params: Any) -> None:
        self.code = code
        self.params: dict[str, Any] = params
        super().__init__(code)

    @property
    def template(self) -> str:
        """The English template; a code missing from the catalog (a bug caught by tests) shows as itself."""
        return CATALOG.get(self.code, self.code)

    @property
    def message(self) -> str:
        return render(self.template, self.params)

    def __str__(self) -> str:
        return self.message


class InputError(TrainerError):
    """A value typed or a file given does not meet the rules."""


class ValidationError(InputError):
    """Input (a pack, a file, a form) does not meet the rules; `problems` lists every one."""

    def __init__(self, code: str, problems: list[str] | None = None, /, **params: Any) -> None:
        super().__init__(code, **params)
        self.problems = problems or []

    @classmethod
    def of(cls, found: list[TrainerError]) -> ValidationError:
        """Every problem of a form at once: the first is the message, all are listed in `problems`."""
        first = found[0]
        return cls(first.code, [str(p) for p in found], **first.params)


class PackError(ValidationError):
    """A content pack is refused; each problem reads "FILE:LINE: message" (the pack author's words)."""


class UnsafeZipError(PackError):
    """The zip is damaged, too big, or holds an entry that could write outside its folder."""

    def __init__(self, code: str, /, **params: Any) -> None:
        super().__init__(code, None, **params)


class NotFoundError(TrainerError):
    """A learner, activity, pack or record that does not exist."""


class AccessError(TrainerError):
    """The action needs a role or an unlock the user does not have."""


PermissionDeniedError = AccessError


class GateNotReadyError(AccessError):
    """Sign-off refused: `problems` lists each unmet requirement with its explanation."""

    def __init__(self, code: str, problems: list[str], /, **params: Any) -> None:
        super().__init__(code, **params)
        self.problems = problems


class UnlockDelayedError(AccessError):
    """Too many wrong attempts: the next attempt is allowed after `wait_seconds`."""

    def __init__(self, code: str, wait_seconds: float, /, **params: Any) -> None:
        super().__init__(code, **params)
        self.wait_seconds = wait_seconds


class QuizError(TrainerError):
    """A quiz cannot start, or an answer cannot be taken."""


class QuizLockedError(QuizError):
    """The attempt limit or the cool-down forbids a new attempt; `next_allowed_at` is None when none is left."""

    def __init__(self, code: str, next_allowed_at: datetime | None, /, **params: Any) -> None:
        super().__init__(code, **params)
        self.next_allowed_at = next_allowed_at


class StorageError(TrainerError):
    """The database cannot be opened, is damaged, or a write failed."""


class DatabaseDamagedError(StorageError):
    """The database file is not SQLite or fails the integrity check."""

    def __init__(self, code: str, path: str, newest_backup: str | None, /, **params: Any) -> None:
        params.setdefault("path", path)
        super().__init__(code, **params)
        self.path = path
        self.newest_backup = newest_backup

    @property
    def message(self) -> str:
        text = super().message
        if self.newest_backup:
            text += " " + render(CATALOG["storage.restore_hint"], {"backup": self.newest_backup})
        return text


class AlreadyRunningError(TrainerError):
    """Another instance of the app holds this data folder."""


class CredentialError(TrainerError):
    """A certificate or signed file is invalid, tampered, or from an unknown key."""


class CertificateError(CredentialError):
    """A certificate, its PDF or its QR token cannot be issued, read or checked."""


class TrustError(CredentialError):
    """An issuer key, or the trust decision on it, is refused."""


class ExchangeError(TrainerError):
    """A records bundle, report or LRS exchange failed."""


class BundleError(ExchangeError):
    """A records bundle is refused (damaged, tampered, foreign)."""


class ExportError(ExchangeError):
    """A report or exported file could not be written."""


class ExchangeCancelled(ExchangeError):  # noqa: N818 (a cancellation, not an error)
    """The user cancelled; nothing was written."""

    def __init__(self, code: str = "exchange.cancelled", /, **params: Any) -> None:
        super().__init__(code, **params)
