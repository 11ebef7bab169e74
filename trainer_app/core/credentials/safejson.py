"""Parsing credential JSON from untrusted files: size and nesting caps, no duplicate keys, no NaN."""

from __future__ import annotations

import json
import math
from typing import Any

from trainer_app.core.common.errors import CredentialError

MAX_CREDENTIAL_BYTES = 1_048_576
MAX_DEPTH = 32
MAX_NUMBER_CHARS = 40


def parse_credential_json(
    data: bytes, max_bytes: int = MAX_CREDENTIAL_BYTES, max_depth: int = MAX_DEPTH
) -> dict[str, Any]:
    """Parse one JSON object, refusing anything a certificate would never be; reasons start with 'malformed: '."""
    if len(data) > max_bytes:
        raise CredentialError("json.malformed_larger_than_bytes", max_bytes=max_bytes)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise CredentialError("json.malformed_utf_text") from error
    try:
        value = json.loads(
            text,
            object_pairs_hook=_no_duplicates,
            parse_constant=_no_constant,
            parse_int=_small_int,
            parse_float=_finite_float,
        )
    except json.JSONDecodeError as error:
        raise CredentialError("json.malformed_valid_json_line", msg=error.msg, lineno=error.lineno) from error
    except RecursionError as error:
        raise CredentialError("json.malformed_nested_deeper_than", max_depth=max_depth) from error
    except ValueError as error:  # the hooks raise coded errors, which json.loads lets through as they are
        raise CredentialError("json.malformed", error=error) from error
    if _depth(value) > max_depth:
        raise CredentialError("json.malformed_nested_deeper_than", max_depth=max_depth)
    if not isinstance(value, dict):
        raise CredentialError("credential.malformed_not_object")
    return value


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise CredentialError("json.duplicate_key", key=key)
        result[key] = value
    return result


def _no_constant(name: str) -> Any:
    raise CredentialError("json.constant_not_allowed", name=name)


def _small_int(text: str) -> int:
    if len(text) > MAX_NUMBER_CHARS:
        raise CredentialError("json.number_too_long")
    return int(text)


def _finite_float(text: str) -> float:
    value = float(text) if len(text) <= MAX_NUMBER_CHARS else math.inf
    if not math.isfinite(value):
        raise CredentialError("json.number_out_of_range")
    return value


def _depth(value: Any) -> int:
    """Deepest nesting of arrays and objects, walked without recursion."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list):
            deepest = max(deepest, depth)
            children = item.values() if isinstance(item, dict) else item
            # only containers go on the stack: most values are text, and a depth is a container's
            stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return deepest
