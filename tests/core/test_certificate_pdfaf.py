"""Associated files: the embedded credential is listed in the catalog's /AF with /AFRelationship /Data, /UF and
its MIME type, by an incremental update that leaves the original bytes and every attachment as they were."""

from __future__ import annotations

import pytest

from tests.core.pdf_samples import build_pdf
from trainer_app.core.credentials.pdfaf import associate_files
from trainer_app.core.credentials.pdfattach import embedded_files
from trainer_app.core.credentials.pdfsyntax import text_string
from trainer_app.core.credentials.pdfxref import PdfFile

FILES = {"certificate.json": b'{"name": "Ren\xc3\xa9e"}', "certificate-token.txt": b"TC1.abc.def"}


@pytest.mark.parametrize("compress", [False, True])
def test_the_credential_becomes_an_associated_file(compress: bool) -> None:
    original = build_pdf(FILES, compress=compress)
    updated = associate_files(original, {"certificate.json": "application/json"})
    assert updated.startswith(original)  # an incremental update: the signed-off bytes are untouched
    assert embedded_files(updated) == FILES
    pdf = PdfFile(updated)
    catalog = pdf.resolve(pdf.trailer["Root"])
    [spec] = [pdf.resolve(ref) for ref in catalog["AF"]]
    assert spec["AFRelationship"] == "Data"
    assert text_string(spec["UF"]) == "certificate.json"
    stream = pdf.resolve(spec["EF"]["F"])
    assert stream.dictionary["Subtype"] == "application/json"
    assert stream.dictionary["Type"] == "EmbeddedFile"


def test_a_pdf_without_that_attachment_is_returned_unchanged() -> None:
    original = build_pdf({"other.txt": b"x"})
    assert associate_files(original, {"certificate.json": "application/json"}) == original
