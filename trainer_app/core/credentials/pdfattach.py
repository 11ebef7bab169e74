"""Reading the files embedded in a PDF (its EmbeddedFiles name tree), for certificate PDFs: pure, size-capped,
and refusing anything malformed with CredentialError('malformed: …'). QtPdf has no attachment API.
"""

from __future__ import annotations

from typing import Any

from trainer_app.core.credentials.pdfsyntax import Stream, malformed, text_string
from trainer_app.core.credentials.pdfxref import MAX_PDF_BYTES, PdfFile
from trainer_app.core.credentials.safejson import MAX_CREDENTIAL_BYTES

CREDENTIAL_ATTACHMENT = "certificate.json"
TOKEN_ATTACHMENT = "certificate-token.txt"
MAX_ATTACHMENTS = 16
MAX_TREE_NODES = 256

__all__ = [
    "CREDENTIAL_ATTACHMENT",
    "MAX_PDF_BYTES",
    "TOKEN_ATTACHMENT",
    "embedded_files",
    "looks_like_pdf",
]


def looks_like_pdf(data: bytes) -> bool:
    return data.find(b"%PDF-", 0, 1024) >= 0


def embedded_files(data: bytes, max_file_bytes: int = MAX_CREDENTIAL_BYTES) -> dict[str, bytes]:
    """Every embedded file of the PDF by name (empty when there is none); each at most `max_file_bytes`."""
    pdf = PdfFile(data)
    catalog = pdf.resolve(pdf.trailer.get("Root"))
    if not isinstance(catalog, dict):
        raise malformed("pdf.document_catalog")
    names = pdf.resolve(catalog.get("Names"))
    if not isinstance(names, dict) or names.get("EmbeddedFiles") is None:
        return {}
    files: dict[str, bytes] = {}
    for key, spec in _name_tree_entries(pdf, names["EmbeddedFiles"]):
        if len(files) >= MAX_ATTACHMENTS:
            raise malformed("pdf.more_than", max_attachments=MAX_ATTACHMENTS)
        name, stream = _file_spec(pdf, key, spec)
        if name in files:
            raise malformed("pdf.embeds_two", name=name)
        files[name] = pdf.stream_data(stream, max_file_bytes)
    return files


def _name_tree_entries(pdf: PdfFile, root: Any) -> list[tuple[Any, Any]]:
    """The (key, value) leaves of a name tree, walked without recursion, visiting each node once."""
    entries: list[tuple[Any, Any]] = []
    pending, seen = [root], 0
    while pending:
        node = pdf.resolve(pending.pop(0))
        seen += 1
        if seen > MAX_TREE_NODES:
            raise malformed("pdf.embedded_file_5")
        if not isinstance(node, dict):
            raise malformed("pdf.embedded_file_6")
        pairs = pdf.resolve(node.get("Names", []))
        kids = pdf.resolve(node.get("Kids", []))
        if not isinstance(pairs, list) or len(pairs) % 2 or not isinstance(kids, list):
            raise malformed("pdf.embedded_file_6")
        entries.extend(zip(pairs[0::2], pairs[1::2], strict=True))
        pending.extend(kids)
    return entries


def _file_spec(pdf: PdfFile, key: Any, spec: Any) -> tuple[str, Stream]:
    spec = pdf.resolve(spec)
    if not isinstance(spec, dict):
        raise malformed("pdf.embedded_file_2")
    streams = pdf.resolve(spec.get("EF"))
    if not isinstance(streams, dict):
        raise malformed("pdf.embedded_file_3")
    stream = pdf.resolve(streams.get("UF", streams.get("F")))
    if not isinstance(stream, Stream):
        raise malformed("pdf.embedded_file_4")
    raw_name = spec.get("UF", spec.get("F", key))
    name = text_string(pdf.resolve(raw_name))
    return name, stream
