"""The PDF attachment reader: finds embedded files in classic and compressed PDFs; refuses anything malformed,
truncated or oversized with a precise reason, without recursing or expanding bombs."""

from __future__ import annotations

import pytest

from tests.core.pdf_samples import build_pdf
from trainer_app.core.common.errors import CredentialError
from trainer_app.core.credentials.pdfattach import embedded_files, looks_like_pdf
from trainer_app.core.credentials.pdfsyntax import parse_value, text_string

FILES = {"certificate.json": b'{"name": "Ren\xc3\xa9e"}', "certificate-token.txt": b"TC1.abc.def"}


@pytest.mark.parametrize("packed", [False, True])
@pytest.mark.parametrize("compress", [False, True])
def test_embedded_files_are_found(packed: bool, compress: bool) -> None:
    pdf = build_pdf(FILES, compress=compress, packed=packed)
    assert looks_like_pdf(pdf)
    assert embedded_files(pdf) == FILES


def test_a_pdf_without_attachments_has_none() -> None:
    assert embedded_files(build_pdf({})) == {}


def _refusal(data: bytes) -> str:
    with pytest.raises(CredentialError) as caught:
        embedded_files(data)
    message = str(caught.value)
    assert message.startswith("malformed: PDF")
    return message


def test_truncated_pdfs_are_refused_at_every_length() -> None:
    pdf = build_pdf(FILES)
    for cut in range(0, len(pdf) - 7, 37):
        message = _refusal(pdf[:cut]) if cut >= 9 else _refusal(pdf[:cut] or b"%PDF-")
        assert "truncated" in message or "header" in message or "cross-reference" in message


def test_a_wrong_stream_length_is_refused() -> None:
    assert "stream length does not match" in _refusal(build_pdf(FILES, length_delta=5))
    assert "stream length does not match" in _refusal(build_pdf(FILES, length_delta=-3))


def test_a_compression_bomb_is_refused_without_expanding_it() -> None:
    bomb = b"\0" * 50_000_000
    pdf = build_pdf({"certificate.json": bomb})
    assert "larger than" in _refusal(pdf)


def test_damaged_compressed_data_is_refused() -> None:
    pdf = bytearray(build_pdf({"certificate.json": b"x" * 400}))
    start = pdf.index(b"stream\n", pdf.index(b"/EmbeddedFile")) + 7
    pdf[start + 6] ^= 0xFF
    assert "compressed data" in _refusal(bytes(pdf))


def test_a_moved_object_is_refused() -> None:
    pdf = build_pdf(FILES)
    shifted = pdf.replace(b"%PDF-1.4\n", b"%PDF-1.4\n\n\n\n", 1)
    assert "not where the cross-reference table says" in _refusal(shifted)


def test_not_a_pdf() -> None:
    assert not looks_like_pdf(b'{"a": 1}')
    assert "header" in _refusal(b"hello" * 100)


def test_deep_nesting_and_reference_cycles_are_harmless() -> None:
    with pytest.raises(CredentialError, match="nested too deeply"):
        parse_value(b"[" * 10_000 + b"]" * 10_000, 0)
    pdf = build_pdf(FILES).replace(b"/Names 3 0 R", b"/Names 1 0 R", 1)  # the catalog names itself
    assert embedded_files(pdf) == {}


def test_name_tree_kids_are_followed() -> None:
    assert embedded_files(build_pdf(FILES, kids=True)) == FILES
    assert embedded_files(build_pdf(FILES, kids=True, packed=True)) == FILES


def test_pdf_syntax_values() -> None:
    value, _ = parse_value(
        b"<< /A (x\\(y\\)\\101\\n) /B <48 49> /C [1 -2 3.5 true null 7 0 R] /D#20E /N >>", 0
    )
    assert value["A"] == b"x(y)A\n"
    assert value["B"] == b"HI"
    assert value["C"][:5] == [1, -2, 3.5, True, None]
    assert value["C"][5].number == 7
    assert value["D E"] == "N"
    assert text_string(b"\xfe\xff" + "Émile".encode("utf-16-be")) == "Émile"
    assert text_string(b"caf\xe9") == "café"


def test_unsupported_filters_and_predictors_are_refused() -> None:
    lzw = build_pdf({"certificate.json": b"{}"}, compress=False, stream_keys=b" /Filter /LZWDecode")
    assert "filter ['LZWDecode'] is not supported" in _refusal(lzw)
    tiff = build_pdf({"certificate.json": b"{}"}, stream_keys=b" /DecodeParms << /Predictor 2 >>")
    assert "predictor is not supported" in _refusal(tiff)
