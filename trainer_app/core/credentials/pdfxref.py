"""A PDF file's structure for the attachment reader: cross-reference tables and streams (following /Prev),
indirect objects, object streams, and stream data (FlateDecode with PNG predictors), all size-capped.
"""

from __future__ import annotations

import re
import zlib
from typing import Any, TypeGuard

from trainer_app.core.credentials.pdfsyntax import Ref, Stream, malformed, parse_value, skip_space

MAX_PDF_BYTES = 32 * 1024 * 1024
MAX_STRUCTURE_BYTES = 8 * 1024 * 1024  # decoded xref and object streams
MAX_XREF_SECTIONS = 64
MAX_OBJECT_NUMBER = 1_000_000
_TAIL_BYTES = 2048
_XREF_FIELDS = 3  # /W gives the widths of an xref stream row: type, field 2, field 3
_XREF_IN_STREAM = 2  # xref stream row type 2: the object lives in an object stream
MAX_REF_CHAIN = 8  # references followed before a chain is refused
_PNG_PREDICTORS = 10  # /Predictor 10 and up are the PNG filters (below are none or TIFF)
_BYTE_BITS = 8
_PNG_SUB, _PNG_UP, _PNG_AVERAGE, _PNG_PAETH = 1, 2, 3, 4  # the filter type opening each PNG row
_OBJ_HEADER = re.compile(rb"[\x00\t\n\x0c\r ]*(\d{1,7})[\x00\t\n\x0c\r ]+(\d{1,5})[\x00\t\n\x0c\r ]+obj")
_XREF_ENTRY = re.compile(rb"(\d{10}) (\d{5}) ([nf])")
_SUBSECTION = re.compile(rb"(\d{1,7})[ \t]+(\d{1,7})")


class PdfFile:
    """Objects are looked up through the cross-reference data; the newest definition of each wins."""

    def __init__(self, data: bytes) -> None:
        if len(data) > MAX_PDF_BYTES:
            raise malformed("pdf.larger_than", max_pdf_bytes=MAX_PDF_BYTES // 1048576)
        if data.find(b"%PDF-", 0, 1024) < 0:
            raise malformed("pdf.header_missing")
        self.data = data
        self.offsets: dict[int, int] = {}
        self.in_streams: dict[int, tuple[int, int]] = {}  # object -> (object stream, index)
        self.trailer: dict[str, Any] = {}
        self._cache: dict[int, Any] = {}
        self._object_streams: dict[int, tuple[bytes, list[tuple[int, int]]]] = {}
        self._read_xref_chain(_startxref(data))

    # ---- cross-reference data ----------------------------------------------------------------------

    def _read_xref_chain(self, offset: int) -> None:
        seen: set[int] = set()
        pending = [offset]
        while pending:
            offset = pending.pop(0)
            if offset in seen:
                continue
            if len(seen) >= MAX_XREF_SECTIONS:
                raise malformed("pdf.too_many")
            seen.add(offset)
            trailer = self._read_section(offset)
            for key, value in trailer.items():
                self.trailer.setdefault(key, value)
            for key in ("XRefStm", "Prev"):
                if isinstance(trailer.get(key), int):
                    pending.append(trailer[key])

    def _read_section(self, offset: int) -> dict[str, Any]:
        if not 0 <= offset < len(self.data):
            raise malformed("pdf.cross_reference")
        if self.data.startswith(b"xref", offset):
            return self._read_table(offset + 4)
        value = self._object_at(offset, None)
        if not isinstance(value, Stream) or value.dictionary.get("Type") != "XRef":
            raise malformed("pdf.cross_reference_2")
        self._read_xref_stream(value)
        return value.dictionary

    def _read_table(self, pos: int) -> dict[str, Any]:
        data = self.data
        while True:
            pos = skip_space(data, pos)
            if data.startswith(b"trailer", pos):
                trailer, _ = parse_value(data, pos + 7)
                if not isinstance(trailer, dict):
                    raise malformed("pdf.trailer_dictionary")
                return trailer
            header = _SUBSECTION.match(data, pos)
            if not header:
                raise malformed("pdf.cross_reference_5")
            first, count = int(header.group(1)), int(header.group(2))
            pos = header.end()
            for number in range(first, first + count):
                pos = skip_space(data, pos)
                entry = _XREF_ENTRY.match(data, pos)
                if not entry:
                    raise malformed("pdf.cross_reference_6")
                pos = entry.end()
                if entry.group(3) == b"n":
                    self._remember(number, int(entry.group(1)))

    def _remember(self, number: int, offset: int) -> None:
        if number > MAX_OBJECT_NUMBER:
            raise malformed("pdf.object_number")
        if number not in self.offsets and number not in self.in_streams:
            self.offsets[number] = offset

    def _read_xref_stream(self, stream: Stream) -> None:
        widths = stream.dictionary.get("W")
        if not (
            isinstance(widths, list) and len(widths) == _XREF_FIELDS and all(_small_int(w, 8) for w in widths)
        ):
            raise malformed("pdf.cross_reference_3")
        size = stream.dictionary.get("Size")
        index = stream.dictionary.get("Index", [0, size])
        if not (isinstance(index, list) and len(index) % 2 == 0 and all(_small_int(i) for i in index)):
            raise malformed("pdf.cross_reference_4")
        rows = self.stream_data(stream, MAX_STRUCTURE_BYTES)
        row_size, pos = sum(widths), 0
        for first, count in zip(index[0::2], index[1::2], strict=True):
            for number in range(first, first + count):
                if pos + row_size > len(rows):
                    raise malformed("pdf.cross_reference_7")
                fields, pos = _fields(rows, pos, widths), pos + row_size
                kind = fields[0] if widths[0] else 1
                if kind == 1:
                    self._remember(number, fields[1])
                elif kind == _XREF_IN_STREAM and number not in self.offsets and number not in self.in_streams:
                    self.in_streams[number] = (fields[1], fields[2])

    # ---- objects -----------------------------------------------------------------------------------

    def resolve(self, value: Any, depth: int = 0) -> Any:
        """Follow references (a bounded chain) to the value they name; a missing object is null."""
        while isinstance(value, Ref):
            depth += 1
            if depth > MAX_REF_CHAIN:
                raise malformed("pdf.chain_references")
            value = self.get(value.number)
        return value

    def get(self, number: int) -> Any:
        if number not in self._cache:
            self._cache[number] = None  # a reference cycle resolves to null instead of recursing
            if number in self.offsets:
                self._cache[number] = self._object_at(self.offsets[number], number)
            elif number in self.in_streams:
                self._cache[number] = self._compressed_object(*self.in_streams[number], number)
        return self._cache[number]

    def _object_at(self, offset: int, number: int | None) -> Any:
        header = _OBJ_HEADER.match(self.data, offset)
        if not header or (number is not None and int(header.group(1)) != number):
            what = f"object {number}" if number is not None else "cross-reference data"
            raise malformed("pdf.where_cross", what=what)
        value, pos = parse_value(self.data, header.end())
        pos = skip_space(self.data, pos)
        if self.data.startswith(b"stream", pos):
            if not isinstance(value, dict):
                raise malformed("pdf.stream_dictionary")
            pos += 6
            pos += 2 if self.data.startswith(b"\r\n", pos) else 1 if self.data[pos : pos + 1] == b"\n" else 0
            return Stream(value, pos)
        if not self.data.startswith(b"endobj", pos):
            raise malformed("pdf.object_closed", number=number)
        return value

    def _compressed_object(self, container: int, index: int, number: int) -> Any:
        if container not in self._object_streams:
            if container not in self.offsets:
                raise malformed("pdf.object_stream_3")
            stream = self._object_at(self.offsets[container], container)
            if not isinstance(stream, Stream) or stream.dictionary.get("Type") != "ObjStm":
                raise malformed("pdf.object_stream_4")
            self._object_streams[container] = _object_stream(
                stream, self.stream_data(stream, MAX_STRUCTURE_BYTES)
            )
        decoded, table = self._object_streams[container]
        if not 0 <= index < len(table) or table[index][0] != number:
            raise malformed("pdf.object_stream_2")
        value, _ = parse_value(decoded, table[index][1])
        return value

    # ---- stream data -------------------------------------------------------------------------------

    def stream_data(self, stream: Stream, max_bytes: int) -> bytes:
        """The decoded bytes of a stream; refused when its length is wrong, its filter unknown or it is too big."""
        length = self.resolve(stream.dictionary.get("Length"))
        if not _small_int(length, MAX_PDF_BYTES):
            raise malformed("pdf.stream_valid")
        end = stream.data_start + length
        if end > len(self.data) or not self.data[end : end + 12].lstrip(b"\r\n ").startswith(b"endstream"):
            raise malformed("pdf.stream_length")
        raw = self.data[stream.data_start : end]
        filters = _as_list(self.resolve(stream.dictionary.get("Filter")))
        params = _as_list(self.resolve(stream.dictionary.get("DecodeParms")))
        if not filters:
            if len(raw) > max_bytes:
                raise malformed("pdf.embedded_data", max_bytes=max_bytes)
            return raw
        if filters != ["FlateDecode"]:
            raise malformed("pdf.stream_filter", filters=filters)
        decoded = inflate(raw, max_bytes)
        parms = self.resolve(params[0]) if params else None
        return _unpredict(decoded, parms) if isinstance(parms, dict) else decoded


def inflate(raw: bytes, max_bytes: int) -> bytes:
    """zlib inflate that stops at `max_bytes` (a compression bomb never expands in memory)."""
    inflater = zlib.decompressobj()
    try:
        out = inflater.decompress(raw, max_bytes + 1)
    except zlib.error as error:
        raise malformed("pdf.compressed_data_2") from error
    if len(out) > max_bytes:
        raise malformed("pdf.embedded_data", max_bytes=max_bytes)
    if not inflater.eof:
        raise malformed("pdf.compressed_data")
    return out


def _startxref(data: bytes) -> int:
    tail = data[-_TAIL_BYTES:]
    marker = tail.rfind(b"startxref")
    if marker < 0 or tail.find(b"%%EOF", marker) < 0:
        raise malformed("pdf.truncated_end")
    value, _ = parse_value(tail, marker + 9)
    if not _small_int(value, len(data)):
        raise malformed("pdf.startxref_valid")
    return int(value)


def _small_int(value: Any, limit: int = MAX_OBJECT_NUMBER) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= limit


def _as_list(value: Any) -> list[Any]:
    return [] if value is None else value if isinstance(value, list) else [value]


def _fields(rows: bytes, pos: int, widths: list[int]) -> list[int]:
    fields = []
    for width in widths:
        fields.append(int.from_bytes(rows[pos : pos + width], "big"))
        pos += width
    return fields


def _object_stream(stream: Stream, decoded: bytes) -> tuple[bytes, list[tuple[int, int]]]:
    count, first = stream.dictionary.get("N"), stream.dictionary.get("First")
    if not (_small_int(count, 100_000) and _small_int(first, len(decoded))):
        raise malformed("pdf.object_stream")
    table, pos = [], 0
    for _ in range(count):
        number, pos = parse_value(decoded, pos)
        offset, pos = parse_value(decoded, pos)
        if not (_small_int(number) and _small_int(offset, len(decoded) - first)):
            raise malformed("pdf.object_stream_2")
        table.append((number, first + offset))
    return decoded, table


def _unpredict(data: bytes, parms: dict[str, Any]) -> bytes:
    """Undo PNG predictors (Predictor >= 10) on 8-bit rows; TIFF predictors and other depths are refused."""
    predictor = parms.get("Predictor", 1)
    if predictor == 1:
        return data
    columns, colors, bits = parms.get("Columns", 1), parms.get("Colors", 1), parms.get("BitsPerComponent", 8)
    if not (
        isinstance(predictor, int)
        and predictor >= _PNG_PREDICTORS
        and bits == _BYTE_BITS
        and _small_int(columns, 4096)
    ):
        raise malformed("pdf.stream_predictor")
    if not _small_int(colors, 4) or columns * colors < 1:
        raise malformed("pdf.stream_predictor")
    width = columns * colors
    if len(data) % (width + 1):
        raise malformed("pdf.predicted_stream")
    out, previous = bytearray(), bytearray(width)
    for start in range(0, len(data), width + 1):
        row = bytearray(data[start + 1 : start + 1 + width])
        _png_row(data[start], row, previous, colors)
        out += row
        previous = row
    return bytes(out)


def _png_row(kind: int, row: bytearray, above: bytearray, step: int) -> None:
    for i in range(len(row)):
        left = row[i - step] if i >= step else 0
        upper_left = above[i - step] if i >= step else 0
        if kind == _PNG_SUB:
            row[i] = (row[i] + left) & 0xFF
        elif kind == _PNG_UP:
            row[i] = (row[i] + above[i]) & 0xFF
        elif kind == _PNG_AVERAGE:
            row[i] = (row[i] + (left + above[i]) // 2) & 0xFF
        elif kind == _PNG_PAETH:
            row[i] = (row[i] + _paeth(left, above[i], upper_left)) & 0xFF
        elif kind != 0:
            raise malformed("pdf.stream_predictor_2")


def _paeth(a: int, b: int, c: int) -> int:
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    return a if pa <= pb and pa <= pc else b if pb <= pc else c
