"""A coded reason: why a check failed, as a catalog code and its parameters, never an English sentence.

Results that say "not valid, because …" (certificate checks, subtitle problems) carry one instead of a string:
the window translates it by code (`error()` gives the `TrainerError` that `ui.errors_text.error_text` shows),
the CLI and JSON output use `text`, the English template of `error_catalog.CATALOG` filled in.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import PurePath
from typing import Any

from trainer_app.core.common.error_catalog import CATALOG
from trainer_app.core.common.errors import TrainerError, render


@dataclass(frozen=True)
class CodedReason:
    """A catalog code and its parameters; a parameter may itself be a CodedReason (the reason inside one)."""

    code: str
    params: tuple[tuple[str, Any], ...] = ()

    @staticmethod
    def of(code: str, /, **params: Any) -> CodedReason:
        return CodedReason(code, tuple(params.items()))

    @staticmethod
    def of_error(error: TrainerError) -> CodedReason:
        """The same code and parameters as `error` (a nested error becomes a nested reason)."""
        return CodedReason(
            error.code, tuple((key, _reason_if_error(value)) for key, value in error.params.items())
        )

    @property
    def mapping(self) -> dict[str, Any]:
        return dict(self.params)

    @property
    def text(self) -> str:
        """The English sentence (CLI, JSON, logs)."""
        params = {key: value.text if isinstance(value, CodedReason) else value for key, value in self.params}
        return render(CATALOG.get(self.code, self.code), params)

    def error(self) -> TrainerError:
        """This reason as a coded error, for the window's translation (`error_text`)."""
        params = {
            key: value.error() if isinstance(value, CodedReason) else value for key, value in self.params
        }
        code = self.code  # a code checked against the catalog where the reason was made
        return TrainerError(code, **params)

    def to_json(self) -> dict[str, Any]:
        """{"code": …, "params": {…}} with plain JSON values (dates as ISO text, paths as text)."""
        return {"code": self.code, "params": {key: _json_value(value) for key, value in self.params}}

    def __str__(self) -> str:
        return self.text


def reason_text(reason: CodedReason | None) -> str:
    """The English sentence of a reason, "" for none (a valid result)."""
    return "" if reason is None else reason.text


def _reason_if_error(value: Any) -> Any:
    return CodedReason.of_error(value) if isinstance(value, TrainerError) else value


def _json_value(value: Any) -> Any:
    if isinstance(value, CodedReason):
        return value.to_json()
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, PurePath):
        return str(value)
    if isinstance(value, Mapping):
        return {str(k): _json_value(v) for k, v in value.items()}
    return str(value)
