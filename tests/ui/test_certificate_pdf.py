"""The certificate PDF: opens, is A4 landscape, shows the facts in any script, carries the signed credential
as an attachment and a QR code that decodes to a token that verifies; one changed byte breaks either."""

from __future__ import annotations

import json
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from tests.conftest import MINI_PACK, earned_certificate
from tests.core.test_certificate_service import complete_worker_track
from trainer_app.core.app import App, open_app
from trainer_app.core.common.clock import FakeClock
from trainer_app.core.credentials.pdfattach import embedded_files
from trainer_app.core.credentials.pdfxref import PdfFile
from trainer_app.pdf.writers import pdf_writers

TOOLS = ("pdfinfo", "pdftotext", "pdfdetach", "pdftoppm", "zbarimg")
LONG_NAME = "Jean-Baptiste Émile Ørsted-Łukasiewicz de la Fontaine-Montmorency y Villanueva-Castellanos " * 2
ARABIC_NAME = "أمل عبد الرحمن الحداد"
BIDI_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u200e\u200f"))


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} (poppler-utils / zbar-tools) is not installed")
    return path


def _run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True, timeout=60).stdout


def _text(pdf: Path) -> str:
    """pdftotext output with Arabic presentation forms folded back to letters and bidi marks removed."""
    return unicodedata.normalize("NFKC", _run(_tool("pdftotext"), str(pdf), "-")).translate(BIDI_CONTROLS)


@pytest.fixture
def app(tmp_path: Path, clock: FakeClock, qapp: object) -> App:  # noqa: ARG001 (qapp: requested for the QApplication)
    pack_root = tmp_path / "pack"
    shutil.copytree(MINI_PACK, pack_root)
    track_file = pack_root / "content" / "tracks" / "worker.toml"
    arabic = '[track.certificate.translations.ar]\ntitle = "اكتمل تدريب عامل الحالات"\ncriteria = "أكمل الوحدتين."\n'
    text = track_file.read_text(encoding="utf-8")
    track_file.write_text(text.replace("\n[[modules]]", "\n" + arabic + "\n[[modules]]", 1), encoding="utf-8")
    app = open_app(data_dir=str(tmp_path / "data"), clock=clock, bundled_root=pack_root, pdf=pdf_writers())
    yield app  # type: ignore[misc]
    app.close()


def _certificate_pdf(
    app: App, tmp_path: Path, name: str, language: str = "en", agency: str = "Riverside agency"
) -> Path:
    learner, _ = app.learners.create(name, "case_worker", agency, language=language)
    complete_worker_track(app, learner.id)
    certificate = earned_certificate(app, learner.id)
    assert certificate is not None
    return app.certificate_files.write_pdf(certificate.id, tmp_path / f"{certificate.id}.pdf")


def test_the_pdf_opens_in_a4_landscape_with_its_attachments(app: App, tmp_path: Path) -> None:
    pdf = _certificate_pdf(app, tmp_path, "Grace Okello")
    info = _run(_tool("pdfinfo"), str(pdf))
    assert "Pages:           1" in info
    assert "842 x 595 pts (A4)" in info
    listing = _run(_tool("pdfdetach"), "-list", str(pdf))
    assert "certificate.json" in listing
    assert "certificate-token.txt" in listing
    text = _text(pdf)
    for expected in (
        "CERTIFICATE OF COMPLETION",
        "Worker training completed",
        "Grace Okello",
        "Case worker",
        "Worker track",
        "CPIMS+ Trainer tests",
        "5 January 2026",
        "90 %",
        app.certificates.list()[0].id,
        app.trust.device_key().fingerprint,
    ):
        assert expected in text, expected
    files = embedded_files(pdf.read_bytes())
    assert json.loads(files["certificate.json"]) == json.loads(
        app.certificates.credential_json(app.certificates.list()[0].id)
    )
    [report] = app.certificate_checks.verify_paths([pdf])
    assert report.valid
    assert report.kind == "pdf"


def test_the_qr_code_decodes_to_a_token_that_verifies(app: App, tmp_path: Path) -> None:
    pdf = _certificate_pdf(app, tmp_path, "Grace Okello")
    _run(_tool("pdftoppm"), "-r", "150", "-png", "-singlefile", str(pdf), str(tmp_path / "raster"))
    token = _run(_tool("zbarimg"), "-q", "--raw", str(tmp_path / "raster.png")).strip()
    assert token.startswith("TC1.")
    assert token == embedded_files(pdf.read_bytes())["certificate-token.txt"].decode()
    report = app.certificate_checks.verify_token(token)
    assert report.valid
    assert report.learner_name == "Grace Okello"
    assert report.track_title == "Worker track"
    changed = token[:30] + ("A" if token[30] != "A" else "B") + token[31:]
    assert not app.certificate_checks.verify_token(changed).valid


def test_one_changed_byte_in_the_attached_json_fails(app: App, tmp_path: Path) -> None:
    pdf = _certificate_pdf(app, tmp_path, "Grace Okello")
    data = bytearray(pdf.read_bytes())
    reader = PdfFile(bytes(data))
    credential = embedded_files(bytes(data))["certificate.json"]
    streams = [reader.get(n) for n in reader.offsets]
    [target] = [
        s
        for s in streams
        if hasattr(s, "dictionary")
        and s.dictionary.get("Type") == "EmbeddedFile"
        and reader.stream_data(s, 1 << 20) == credential
    ]  # the credential's stream as the file's newest version defines it
    data[target.data_start + 20] ^= 0x01
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(bytes(data))
    [report] = app.certificate_checks.verify_paths([broken])
    assert not report.valid
    assert report.reason.startswith(("malformed", "bad signature", "QR token"))
    # The same PDF drawn around a credential with one byte changed (the score) fails on its signature.
    [certificate] = app.certificates.list()
    document = app.certificate_files.document(certificate.id)
    tampered = document.credential_json.replace(b'"value":"90"', b'"value":"91"')
    assert tampered != document.credential_json
    from dataclasses import replace

    from trainer_app.pdf.certificate import render_certificate_pdf

    forged = tmp_path / "forged.pdf"
    forged.write_bytes(render_certificate_pdf(replace(document, credential_json=tampered)))
    [report] = app.certificate_checks.verify_paths([forged])
    assert (report.valid, report.reason) == (False, "bad signature")


def test_arabic_and_very_long_names_are_shown_and_fit(app: App, tmp_path: Path) -> None:
    arabic = _certificate_pdf(app, tmp_path, ARABIC_NAME, language="ar", agency="وكالة النهر")
    text = _text(arabic)
    assert ARABIC_NAME in text
    assert "اكتمل تدريب عامل الحالات" in text
    assert "شهادة إتمام" in text
    raw = _run(_tool("pdftotext"), str(arabic), "-")
    assert any(0xFE70 <= ord(c) <= 0xFEFF for c in raw)  # joined (shaped) Arabic letter forms
    long = _certificate_pdf(app, tmp_path, LONG_NAME, language="fr", agency="Организация «Ёжик»")
    text = " ".join(_text(long).split())
    assert " ".join(LONG_NAME.split()) in text
    assert "Организация «Ёжик»" in text
    for pdf in (arabic, long):
        assert app.certificate_checks.verify_paths([pdf])[0].valid


def test_the_credential_is_an_associated_file_that_qpdf_accepts(app: App, tmp_path: Path) -> None:
    import pikepdf

    pdf = _certificate_pdf(app, tmp_path, "Grace Okello")
    with pikepdf.open(pdf) as document:
        assert document.check_pdf_syntax() == []  # qpdf finds no structural problem in the updated file
        [spec] = list(document.Root.AF)
        assert spec.AFRelationship == pikepdf.Name.Data
        assert str(spec.UF) == "certificate.json"
        assert str(spec.F) == "certificate.json"
        stream = spec.EF.F
        assert stream.Type == pikepdf.Name.EmbeddedFile
        assert stream.Subtype == pikepdf.Name("/application/json")
        assert json.loads(stream.read_bytes()) == json.loads(
            app.certificates.credential_json(app.certificates.list()[0].id)
        )
        attached = document.attachments
        assert set(attached) == {"certificate.json", "certificate-token.txt"}
    assert "certificate.json" in _run(_tool("pdfdetach"), "-list", str(pdf))
    assert app.certificate_checks.verify_paths([pdf])[0].valid


def test_the_signatory_and_logo_are_drawn(app: App, tmp_path: Path) -> None:
    from tests.core.test_certificate_language import PNG

    assert app.branding is not None
    app.branding.set_text(signatory="Amal Haddad, CPIMS+ coordinator")
    logo = tmp_path / "logo.png"
    logo.write_bytes(PNG)
    app.branding.set_logo(logo)
    pdf = _certificate_pdf(app, tmp_path, "Grace Okello")
    text = " ".join(_text(pdf).split())
    assert "Signed for the organisation by Amal Haddad, CPIMS+ coordinator" in text
    assert "5 January 2026" in text
    images = _run(_tool("pdftoppm").replace("pdftoppm", "pdfimages"), "-list", str(pdf))
    assert len(images.strip().splitlines()) >= 3  # a header, a rule, and the logo
    assert app.certificate_checks.verify_paths([pdf])[0].valid
