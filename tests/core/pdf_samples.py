"""Hand-built PDFs with embedded files, for testing the attachment reader without Qt: a classic
cross-reference table, or a cross-reference stream (PNG-predicted) with the objects in an object stream.
"""

from __future__ import annotations

import zlib


def _utf16(text: str) -> bytes:
    return b"<" + (b"\xfe\xff" + text.encode("utf-16-be")).hex().encode() + b">"


def _stream(dictionary: bytes, data: bytes) -> bytes:
    return (
        b"<<" + dictionary + b" /Length " + str(len(data)).encode() + b">>\nstream\n" + data + b"\nendstream"
    )


def build_pdf(
    files: dict[str, bytes],
    compress: bool = True,
    packed: bool = False,
    length_delta: int = 0,
    kids: bool = False,
    stream_keys: bytes = b"",
) -> bytes:
    """A one-page-less PDF whose EmbeddedFiles name tree lists `files`. `packed` puts the dictionaries in an
    object stream and indexes them with a cross-reference stream; `length_delta` falsifies stream lengths;
    `kids` puts the name tree under an intermediate node; `stream_keys` adds keys to each file's stream."""
    objects: dict[int, bytes] = {
        1: b"<< /Type /Catalog /Pages 2 0 R /Names 3 0 R >>",
        2: b"<< /Type /Pages /Kids [] /Count 0 >>",
        3: b"<< /EmbeddedFiles << /Kids [4 0 R] >> >>" if kids else b"<< /EmbeddedFiles 4 0 R >>",
    }
    pairs = []
    streams: dict[int, bytes] = {}
    number = 5
    for name, data in files.items():
        spec, body = number, number + 1
        number += 2
        pairs.append(_utf16(name) + b" " + str(spec).encode() + b" 0 R")
        objects[spec] = (
            b"<< /Type /Filespec /F ("
            + name.encode("latin-1")
            + b") /UF "
            + _utf16(name)
            + b" /EF << /F "
            + str(body).encode()
            + b" 0 R >> >>"
        )
        payload = zlib.compress(data) if compress else data
        dictionary = b"/Type /EmbeddedFile" + (b" /Filter /FlateDecode" if compress else b"") + stream_keys
        stream = _stream(dictionary, payload)
        if length_delta:
            stream = stream.replace(
                b"/Length " + str(len(payload)).encode(),
                b"/Length " + str(len(payload) + length_delta).encode(),
            )
        streams[body] = stream
    objects[4] = b"<< /Names [" + b" ".join(pairs) + b"] >>"
    if packed:
        return _packed(objects, streams, number)
    return _classic({**objects, **streams})


def _classic(objects: dict[int, bytes]) -> bytes:
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += str(number).encode() + b" 0 obj\n" + objects[number] + b"\nendobj\n"
    size = max(objects) + 1
    xref = len(out)
    out += b"xref\n0 " + str(size).encode() + b"\n0000000000 65535 f \n"
    for number in range(1, size):
        if number in offsets:
            out += f"{offsets[number]:010d} 00000 n \n".encode()
        else:
            out += b"0000000000 65535 f \n"
    out += b"trailer\n<< /Size " + str(size).encode() + b" /Root 1 0 R >>\nstartxref\n" + str(xref).encode()
    out += b"\n%%EOF\n"
    return bytes(out)


def _packed(objects: dict[int, bytes], streams: dict[int, bytes], number: int) -> bytes:
    container, xref_number = number, number + 1
    header, body = [], bytearray()
    for index in sorted(objects):
        header.append(f"{index} {len(body)}".encode())
        body += objects[index] + b"\n"
    head = b" ".join(header) + b"\n"
    packed = zlib.compress(head + bytes(body))
    out = bytearray(b"%PDF-1.5\n")
    offsets: dict[int, int] = {}
    for index in sorted(streams):
        offsets[index] = len(out)
        out += str(index).encode() + b" 0 obj\n" + streams[index] + b"\nendobj\n"
    offsets[container] = len(out)
    dictionary = b"/Type /ObjStm /N " + str(len(objects)).encode() + b" /First " + str(len(head)).encode()
    out += str(container).encode() + b" 0 obj\n" + _stream(dictionary + b" /Filter /FlateDecode", packed)
    out += b"\nendobj\n"
    rows = []
    size = xref_number + 1
    stream_index = {n: i for i, n in enumerate(sorted(objects))}
    for index in range(size):
        if index in stream_index:
            rows.append(bytes([2]) + container.to_bytes(4, "big") + stream_index[index].to_bytes(2, "big"))
        elif index in offsets:
            rows.append(bytes([1]) + offsets[index].to_bytes(4, "big") + bytes(2))
        elif index == xref_number:
            rows.append(bytes([1]) + len(out).to_bytes(4, "big") + bytes(2))
        else:
            rows.append(bytes([0]) + bytes(6))
    predicted, previous = bytearray(), bytes(7)
    for row in rows:  # PNG "Up" predictor, as most writers do
        predicted += b"\x02" + bytes((a - b) & 0xFF for a, b in zip(row, previous, strict=True))
        previous = row
    xref_at = len(out)
    dictionary = (
        b"/Type /XRef /Size " + str(size).encode() + b" /W [1 4 2] /Root 1 0 R /Filter /FlateDecode"
        b" /DecodeParms << /Predictor 12 /Columns 7 >>"
    )
    out += str(xref_number).encode() + b" 0 obj\n" + _stream(dictionary, zlib.compress(bytes(predicted)))
    out += b"\nendobj\nstartxref\n" + str(xref_at).encode() + b"\n%%EOF\n"
    return bytes(out)
