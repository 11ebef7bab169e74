"""Make a PDF's embedded files *associated files* (PDF 2.0 / PDF/A-3 §14.13): the catalog's /AF lists them, each
file specification has /UF and /AFRelationship, and each embedded file stream names its MIME type in /Subtype.

QPdfWriter embeds files but puts the MIME type on the file specification and writes no /AF, so the certificate's
credential is added here as an incremental update: the original bytes stay as they are, new versions of the
catalog, the file specifications and the file streams are appended with a cross-reference section of their own.
"""

from __future__ import annotations

from typing import Any

from trainer_app.core.credentials.pdfsyntax import Ref, Stream, malformed, text_string
from trainer_app.core.credentials.pdfxref import PdfFile

_NAME_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.+")


def associate_files(data: bytes, mime_types: dict[str, str], relationship: str = "Data") -> bytes:
    """`data` with every embedded file named in `mime_types` made an associated file of the document."""
    pdf = PdfFile(data)
    root = pdf.trailer.get("Root")
    catalog = pdf.resolve(root)
    if not isinstance(root, Ref) or not isinstance(catalog, dict):
        raise malformed("pdf.document_catalog")
    updates: dict[int, bytes] = {}
    associated: list[Ref] = []
    for spec_ref in _file_specs(pdf, catalog):
        spec = pdf.resolve(spec_ref)
        streams = pdf.resolve(spec.get("EF"))
        stream_ref = streams.get("F") if isinstance(streams, dict) else None
        stream = pdf.resolve(stream_ref)
        name = text_string(pdf.resolve(spec.get("UF", spec.get("F"))))
        if name not in mime_types or not isinstance(stream_ref, Ref) or not isinstance(stream, Stream):
            continue
        new_spec = {k: v for k, v in spec.items() if k != "Subtype"}
        new_spec.update(
            Type="Filespec", F=spec.get("F"), UF=_utf16(name), EF={"F": stream_ref, "UF": stream_ref}
        )
        new_spec["AFRelationship"] = relationship
        updates[spec_ref.number] = _object(spec_ref.number, new_spec)
        updates[stream_ref.number] = _stream_object(pdf, stream_ref.number, stream, mime_types[name])
        associated.append(spec_ref)
    if not associated:
        return data
    updates[root.number] = _object(root.number, {**catalog, "AF": associated})
    updates.update(_sorted_name_tree(pdf, catalog))
    return _append_update(data, pdf, updates)


def _sorted_name_tree(pdf: PdfFile, catalog: dict[str, Any]) -> dict[int, bytes]:
    """A flat EmbeddedFiles name tree with its keys in order, as the PDF spec requires (Qt does not sort)."""
    names = pdf.resolve(catalog.get("Names"))
    tree_ref = names.get("EmbeddedFiles") if isinstance(names, dict) else None
    tree = pdf.resolve(tree_ref)
    if not isinstance(tree_ref, Ref) or not isinstance(tree, dict) or "Kids" in tree:
        return {}
    pairs = pdf.resolve(tree.get("Names", []))
    if not isinstance(pairs, list) or len(pairs) % 2 or not all(isinstance(k, bytes) for k in pairs[0::2]):
        return {}
    ordered = sorted(zip(pairs[0::2], pairs[1::2], strict=True), key=lambda pair: pair[0])
    flat = [item for pair in ordered for item in pair]
    return {tree_ref.number: _object(tree_ref.number, {**tree, "Names": flat})}


def _file_specs(pdf: PdfFile, catalog: dict[str, Any]) -> list[Ref]:
    names = pdf.resolve(catalog.get("Names"))
    tree = pdf.resolve(names.get("EmbeddedFiles")) if isinstance(names, dict) else None
    pairs = pdf.resolve(tree.get("Names", [])) if isinstance(tree, dict) else []
    if not isinstance(pairs, list):
        return []
    return [value for value in pairs[1::2] if isinstance(value, Ref)]


def _stream_object(pdf: PdfFile, number: int, stream: Stream, mime: str) -> bytes:
    length = pdf.resolve(stream.dictionary.get("Length"))
    if not isinstance(length, int):
        raise malformed("pdf.embedded_file")
    raw = pdf.data[stream.data_start : stream.data_start + length]
    dictionary = {k: pdf.resolve(v) for k, v in stream.dictionary.items()}
    dictionary.update(Type="EmbeddedFile", Subtype=mime, Length=len(raw))
    return (
        f"{number} 0 obj\n{serialise(dictionary)}\nstream\n".encode("latin-1")
        + raw
        + b"\nendstream\nendobj\n"
    )


def _object(number: int, value: Any) -> bytes:
    return f"{number} 0 obj\n{serialise(value)}\nendobj\n".encode("latin-1")


def _append_update(data: bytes, pdf: PdfFile, updates: dict[int, bytes]) -> bytes:
    out = bytearray(data if data.endswith(b"\n") else data + b"\n")
    offsets: dict[int, int] = {}
    for number in sorted(updates):
        offsets[number] = len(out)
        out += updates[number]
    xref_at = len(out)
    out += b"xref\n"
    for number in sorted(offsets):
        out += f"{number} 1\n{offsets[number]:010d} 00000 n \n".encode("ascii")
    size = max(int(pdf.trailer.get("Size", 0)), max(offsets) + 1)
    trailer: dict[str, Any] = {"Size": size, "Root": pdf.trailer["Root"], "Prev": _last_xref(data)}
    for key in ("Info", "ID"):
        if key in pdf.trailer:
            trailer[key] = pdf.trailer[key]
    out += f"trailer\n{serialise(trailer)}\nstartxref\n{xref_at}\n%%EOF\n".encode("latin-1")
    return bytes(out)


def _last_xref(data: bytes) -> int:
    at = data.rfind(b"startxref")
    return int(data[at + 9 :].split()[0])


def _utf16(text: str) -> bytes:
    return b"\xfe\xff" + text.encode("utf-16-be")


def serialise(value: Any) -> str:
    """A parsed PDF value written back: names are `str`, strings `bytes` (written as hex), references `Ref`."""
    if isinstance(value, list):
        return "[" + " ".join(serialise(item) for item in value) + "]"
    if isinstance(value, dict):
        return "<<" + " ".join(f"{serialise(key)} {serialise(item)}" for key, item in value.items()) + ">>"
    return _serialise_atom(value)


def _serialise_atom(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, Ref):
        return f"{value.number} {value.generation} R"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, str):
        return "/" + "".join(chr(b) if b in _NAME_SAFE else f"#{b:02X}" for b in value.encode("utf-8"))
    if isinstance(value, bytes):
        return f"<{value.hex()}>"
    raise malformed("pdf.value_written", kind=type(value).__name__)
