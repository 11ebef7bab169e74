"""The app's log: a rotating file in the data folder (`logs/trainer.log`, 1 MiB × 3, owner-only), for the
window and the CLI alike. It holds codes, ids and tracebacks, never learner names, keys or passphrases:
a `TrainerError` is written as its code and parameter names, and a filter blanks anything shaped like a secret.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
import traceback
from pathlib import Path
from types import TracebackType

from trainer_app.core.common.errors import TrainerError

LOG_NAME = "trainer.log"
MAX_BYTES = 1024 * 1024
BACKUPS = 3
ROOT_LOGGER = "trainer_app"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

# PEM blocks, multibase base58btc (a "z" and 40+ base58 characters: our did:key values and private keys
# print that way), and long base64url runs (signatures, proofs, raw keys; no "/" so paths survive).
_SECRET_PATTERNS = (
    re.compile(r"-----BEGIN [A-Z ]+-----.*?(-----END [A-Z ]+-----|$)", re.S),
    re.compile(r"\bz[1-9A-HJ-NP-Za-km-z]{40,}"),
    re.compile(r"[A-Za-z0-9_-]{43,}={0,2}"),
)
REDACTED = "[redacted]"


def redact(text: str) -> str:
    for pattern in _SECRET_PATTERNS:
        text = pattern.sub(REDACTED, text)
    return text


def describe(error: BaseException) -> str:
    """What the log says of an exception: a coded error by code and parameter names, never their values."""
    if isinstance(error, TrainerError):
        return f"{type(error).__name__}[{error.code}]({', '.join(sorted(error.params))})"
    return type(error).__name__


class RedactingFilter(logging.Filter):
    """Blanks secrets in the message; a handler's formatter does the same to tracebacks."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = None
        return True


class _SafeFormatter(logging.Formatter):
    """Tracebacks with each coded error's message replaced by its code (its parameters may name people)."""

    def formatException(
        self, ei: tuple[type[BaseException], BaseException, TracebackType | None] | tuple[None, None, None]
    ) -> str:
        _, value, _ = ei
        if value is None:
            return ""
        text = "".join(traceback.format_exception(value))
        seen: set[int] = set()
        error: BaseException | None = value
        while error is not None and id(error) not in seen:
            seen.add(id(error))
            if isinstance(error, TrainerError):
                message = str(error)
                if message:
                    text = text.replace(message, f"[{error.code}]")
            elif str(error):  # an unexpected error's words may quote user data: keep only its type
                text = text.replace(str(error), "[message not logged]")
            error = error.__cause__ or error.__context__
        return redact(text)


class _PrivateRotatingHandler(logging.handlers.RotatingFileHandler):
    """Creates its folder and files readable by the owner only, like the app's other files."""

    def _open(self):  # type: ignore[no-untyped-def]
        path = Path(self.baseFilename)
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600))
        os.chmod(path, 0o600)
        return super()._open()


def setup_logging(data_root: Path, level: int = logging.INFO) -> Path:
    """Send the `trainer_app` loggers to `<data_root>/logs/trainer.log`; safe to call more than once."""
    path = data_root / "logs" / LOG_NAME
    logger = logging.getLogger(ROOT_LOGGER)
    for handler in list(logger.handlers):
        if isinstance(handler, _PrivateRotatingHandler):
            if Path(handler.baseFilename) == path.absolute():
                return path
            logger.removeHandler(handler)
            handler.close()
    handler = _PrivateRotatingHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUPS, delay=True, encoding="utf-8"
    )
    handler.setFormatter(_SafeFormatter(_FORMAT))
    handler.addFilter(RedactingFilter())
    logger.addHandler(handler)
    logger.setLevel(min(logger.level or level, level))
    return path


def log_path(data_root: Path) -> Path:
    return data_root / "logs" / LOG_NAME
