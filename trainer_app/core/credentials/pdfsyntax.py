"""PDF syntax for the attachment reader: tokens and values (numbers, strings, names, arrays, dictionaries,
references) parsed from untrusted bytes with caps on depth, sizes and counts. Errors are CredentialError.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from trainer_app.core.common.errors import CredentialError

MAX_DEPTH = 32
MAX_ENTRIES = 10_000
MAX_STRING_BYTES = 1_048_576
WHITESPACE = b"\x00\t\n\x0c\r "
DELIMITERS = b"()<>[]{}/%"
_NUMBER = re.compile(rb"[+-]?(?:\d+\.?\d*|\.\d+)")
_REF_TAIL = re.compile(rb"[\x00\t\n\x0c\r ]+(\d{1,5})[\x00\t\n\x0c\r ]+R(?![^\x00\t\n\x0c\r ()<>\[\]{}/%])")
_REGULAR = re.compile(rb"[^\x00\t\n\x0c\r ()<>\[\]{}/%]+")
# Bytes the parser compares with, named by the character they are.
PERCENT, LESS, OPEN_PAREN, CLOSE_PAREN = ord("%"), ord("<"), ord("("), ord(")")
OPEN_BRACKET, CLOSE_BRACKET, SLASH, HASH, BACKSLASH = ord("["), ord("]"), ord("/"), ord("#"), ord("\\")
DIGIT_0, DIGIT_7, CR, LF = ord("0"), ord("7"), ord("\r"), ord("\n")
MAX_OCTAL_DIGITS = 3  # an escape like \ddd takes at most three octal digits
HEX_PAIR = 2  # a name writes a byte as #xx
_ESCAPES = {ord("n"): b"\n", ord("r"): b"\r", ord("t"): b"\t", ord("b"): b"\b", ord("f"): b"\f"}


def malformed(code: str, **params: object) -> CredentialError:
    """A damaged or foreign PDF: `code` names a "malformed: PDF …" template (the verifier's reason)."""
    return CredentialError(code, **params)


@dataclass(frozen=True)
class Ref:
    number: int
    generation: int


@dataclass(frozen=True)
class Stream:
    """A stream object: its dictionary and where its raw bytes start in the file."""

    dictionary: dict[str, Any]
    data_start: int


def skip_space(data: bytes, pos: int) -> int:
    """Skip white space and comments."""
    size = len(data)
    while pos < size:
        byte = data[pos]
        if byte in WHITESPACE:
            pos += 1
        elif byte == PERCENT:  # a comment runs to the end of the line
            while pos < size and data[pos] not in b"\r\n":
                pos += 1
        else:
            break
    return pos


def parse_value(data: bytes, pos: int, depth: int = 0) -> tuple[Any, int]:
    """The value starting at `pos` (after white space) and the position just after it."""
    if depth > MAX_DEPTH:
        raise malformed("pdf.objects_nested")
    pos = skip_space(data, pos)
    if pos >= len(data):
        raise malformed("pdf.ends_middle")
    byte = data[pos]
    if data.startswith(b"<<", pos):
        return _dictionary(data, pos + 2, depth)
    if byte == LESS:
        return _hex_string(data, pos + 1)
    if byte == OPEN_PAREN:
        return _literal_string(data, pos + 1)
    if byte == OPEN_BRACKET:
        return _array(data, pos + 1, depth)
    if byte == SLASH:
        return _name(data, pos + 1)
    number = _NUMBER.match(data, pos)
    if number:
        return _number_or_ref(data, number)
    word = _REGULAR.match(data, pos)
    keywords = {b"true": True, b"false": False, b"null": None}
    if word and word.group() in keywords:
        return keywords[word.group()], word.end()
    raise malformed("pdf.unexpected_token", pos=pos)


def _number_or_ref(data: bytes, number: re.Match[bytes]) -> tuple[Any, int]:
    text = number.group()
    if b"." in text:
        return float(text), number.end()
    value = int(text)
    tail = _REF_TAIL.match(data, number.end())
    if tail and not text.startswith((b"+", b"-")):
        return Ref(value, int(tail.group(1))), tail.end()
    return value, number.end()


def _dictionary(data: bytes, pos: int, depth: int) -> tuple[dict[str, Any], int]:
    result: dict[str, Any] = {}
    while True:
        pos = skip_space(data, pos)
        if data.startswith(b">>", pos):
            return result, pos + 2
        if pos >= len(data) or data[pos] != SLASH:
            raise malformed("pdf.dictionary_key")
        key, pos = _name(data, pos + 1)
        value, pos = parse_value(data, pos, depth + 1)
        result[key] = value
        if len(result) > MAX_ENTRIES:
            raise malformed("pdf.dictionary_too")


def _array(data: bytes, pos: int, depth: int) -> tuple[list[Any], int]:
    result: list[Any] = []
    while True:
        pos = skip_space(data, pos)
        if pos < len(data) and data[pos] == CLOSE_BRACKET:
            return result, pos + 1
        value, pos = parse_value(data, pos, depth + 1)
        result.append(value)
        if len(result) > MAX_ENTRIES:
            raise malformed("pdf.array_too")


def _name(data: bytes, pos: int) -> tuple[str, int]:
    match = _REGULAR.match(data, pos)
    raw = match.group() if match else b""
    end = match.end() if match else pos
    decoded = bytearray()
    index = 0
    while index < len(raw):
        if raw[index] == HASH and _is_hex(raw[index + 1 : index + 3]):
            decoded.append(int(raw[index + 1 : index + 3], 16))
            index += 3
        else:
            decoded.append(raw[index])
            index += 1
    return decoded.decode("latin-1"), end


def _is_hex(pair: bytes) -> bool:
    return len(pair) == HEX_PAIR and all(chr(b) in "0123456789abcdefABCDEF" for b in pair)


def _hex_string(data: bytes, pos: int) -> tuple[bytes, int]:
    end = data.find(b">", pos)
    if end < 0 or end - pos > 2 * MAX_STRING_BYTES:
        raise malformed("pdf.hex_string")
    digits = bytes(b for b in data[pos:end] if b not in WHITESPACE)
    if not all(chr(b) in "0123456789abcdefABCDEF" for b in digits):
        raise malformed("pdf.hex_string_2")
    if len(digits) % 2:
        digits += b"0"
    return bytes.fromhex(digits.decode("ascii")), end + 1


def _literal_string(data: bytes, pos: int) -> tuple[bytes, int]:
    out = bytearray()
    level = 1
    size = len(data)
    while pos < size:
        byte = data[pos]
        pos += 1
        if byte == BACKSLASH:
            pos = _escape(data, pos, out)
        elif byte == OPEN_PAREN:
            level += 1
            out.append(byte)
        elif byte == CLOSE_PAREN:
            level -= 1
            if level == 0:
                return bytes(out), pos
            out.append(byte)
        else:
            out.append(byte)
        if len(out) > MAX_STRING_BYTES:
            raise malformed("pdf.string_too")
    raise malformed("pdf.string_closed")


def _escape(data: bytes, pos: int, out: bytearray) -> int:
    if pos >= len(data):
        raise malformed("pdf.string_closed")
    byte = data[pos]
    if byte in _ESCAPES:
        out += _ESCAPES[byte]
        return pos + 1
    if DIGIT_0 <= byte <= DIGIT_7:  # up to three octal digits
        end = pos
        while end < len(data) and end - pos < MAX_OCTAL_DIGITS and DIGIT_0 <= data[end] <= DIGIT_7:
            end += 1
        out.append(int(data[pos:end], 8) & 0xFF)
        return end
    if byte == CR:  # a line break after a backslash is a continuation
        return pos + 2 if data[pos + 1 : pos + 2] == b"\n" else pos + 1
    if byte == LF:
        return pos + 1
    out.append(byte)
    return pos + 1


def text_string(value: Any) -> str:
    """A PDF text string: UTF-16BE with a byte-order mark, UTF-8 with one, else PDFDocEncoding (≈ Latin-1)."""
    if isinstance(value, str):
        return value
    if not isinstance(value, bytes):
        raise malformed("pdf.text_string")
    if value.startswith(b"\xfe\xff"):
        return value[2:].decode("utf-16-be", errors="replace")
    if value.startswith(b"\xef\xbb\xbf"):
        return value[3:].decode("utf-8", errors="replace")
    return value.decode("latin-1")
