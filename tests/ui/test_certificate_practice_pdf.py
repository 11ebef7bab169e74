"""A certificate that required a practical check shows, on the PDF, what was assessed in practice and by whom,
and the attached credential still verifies."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import earned_certificate
from tests.core.classroom_fixtures import basics_done, classroom_laptop
from trainer_app.core.common.clock import FakeClock
from trainer_app.core.credentials.openbadge import verify_credential_json
from trainer_app.core.credentials.pdfattach import embedded_files

SHOTS = os.environ.get("CPIMS_SHOTS_DIR", "")  # set to save a 50 dpi picture of the page for review


@pytest.mark.usefixtures("qapp")
def test_the_pdf_lists_the_practical_check_and_its_observer(tmp_path: Path, clock: FakeClock) -> None:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    app = classroom_laptop(tmp_path, "trainer", clock)
    try:
        grace, _ = app.learners.create("Grace Okello", "case_worker", "Riverside agency")
        basics_done(app, grace.id)
        session = app.classroom.start_session("Follow-up in class", ["follow-up"], trainer_name="Amina Yusuf")
        app.classroom.attend(session.id, learner_id=grace.id)
        app.classroom.record_check(
            grace.id, "register-case", True, "Amina Yusuf", "Invented child, consent noted"
        )
        certificate = earned_certificate(app, grace.id)
        assert certificate is not None
        pdf = app.certificate_files.write_pdf(certificate.id, tmp_path / "certificate.pdf")
        known = app.trust.trusted_keys()
    finally:
        app.close()
    text = " ".join(
        subprocess.run([tool, str(pdf), "-"], check=True, capture_output=True, text=True).stdout.split()
    )
    assert "Assessed in practice: Register a case on the demo site — observed by Amina Yusuf on" in text
    attached = embedded_files(pdf.read_bytes())
    credential = next(data for name, data in attached.items() if name.endswith(".json"))
    assert verify_credential_json(credential, known).valid
    assert json.loads(credential)["evidence"][0]["genre"] == "Practical check"
    if SHOTS and shutil.which("pdftoppm"):
        out = Path(SHOTS) / "certificate-practical-check"
        subprocess.run(["pdftoppm", "-png", "-r", "50", "-singlefile", str(pdf), str(out)], check=True)
