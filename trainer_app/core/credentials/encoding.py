"""Byte encodings used by credentials: base58btc and its multibase 'z' form, strict base64url, canonical JSON.

Decoders are strict: anything that would not re-encode to the same text is refused, so one changed
character can never decode to the same bytes.
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

from trainer_app.core.common.errors import CredentialError

B58_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_B58_INDEX = {char: index for index, char in enumerate(B58_ALPHABET)}
_B64URL_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
MAX_B58_CHARS = 512


def b58encode(data: bytes) -> str:
    """Bitcoin base58: leading zero bytes become '1'."""
    number = int.from_bytes(data, "big")
    digits: list[str] = []
    while number:
        number, remainder = divmod(number, 58)
        digits.append(B58_ALPHABET[remainder])
    zeros = len(data) - len(data.lstrip(b"\0"))
    return "1" * zeros + "".join(reversed(digits))


def b58decode(text: str) -> bytes:
    if len(text) > MAX_B58_CHARS:
        raise CredentialError("credential.malformed_base58_value_too")
    number = 0
    for char in text:
        index = _B58_INDEX.get(char)
        if index is None:
            raise CredentialError("credential.malformed_base58_character", char=char)
        number = number * 58 + index
    zeros = len(text) - len(text.lstrip("1"))
    body = number.to_bytes((number.bit_length() + 7) // 8, "big") if number else b""
    return b"\0" * zeros + body


def multibase_encode(data: bytes) -> str:
    """Multibase base58btc: the 'z' prefix followed by base58."""
    return "z" + b58encode(data)


def multibase_decode(text: str) -> bytes:
    if not text.startswith("z"):
        raise CredentialError("credential.malformed_multibase_value_must")
    return b58decode(text[1:])


def b64url_encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64url_decode(text: str) -> bytes:
    """Unpadded base64url; refuses other characters and non-canonical trailing bits."""
    if not set(text) <= _B64URL_CHARS or len(text) % 4 == 1:
        raise CredentialError("credential.malformed_base64url")
    try:
        data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError) as error:
        raise CredentialError("credential.malformed_base64url") from error
    if b64url_encode(data) != text:
        raise CredentialError("credential.malformed_non_canonical_base64url")
    return data


def canonical_json(value: Any) -> bytes:
    """Sorted keys, no spaces, UTF-8: the same value always gives the same bytes."""
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    return text.encode("utf-8")
