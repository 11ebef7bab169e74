"""Certificates in the learner's language: the credential's name and criteria in French, Spanish or Arabic with
the achievement's language tagged, dates and scores as that language writes them, and the signatory and logo
the installation sets in trainer mode."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from tests.core.test_open_badges_schema import SCHEMA_FILE
from tests.core.test_rollout_in_order import Deployment, deployment  # noqa: F401  (the fixture)
from trainer_app.core.common.errors import ValidationError
from trainer_app.core.credentials.openbadge import verify_credential_json
from trainer_app.core.services.certificate_text import local_date, local_percent

PNG = bytes.fromhex(  # a 16 x 16 blue square
    "89504e470d0a1a0a0000000d4948445200000010000000100802000000909168360000001649444154789c63908fef2609318c"
    "6a18d5307c35000076cb09101944f4d30000000049454e44ae426082"
)


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("fr", "Formation des utilisateurs CPIMS+ : travailleur social"),
        ("es", "Formación de usuarios de CPIMS+: trabajador de casos"),
        ("ar", "تدريب مستخدمي CPIMS+: العامل الاجتماعي"),
    ],
)
def test_a_learner_gets_the_certificate_in_their_language(
    deployment: Deployment,  # noqa: F811
    language: str,
    title: str,
) -> None:
    app = deployment.app
    learner, _ = app.learners.create(
        "Nadia Test", "case_worker", "Riverside Child Services", language=language
    )
    deployment.earn(learner, "cw-end-user")
    [certificate] = [c for c in app.certificates.list(learner.id) if c.certificate_key == "cw-end-user"]
    signed = app.certificates.credential_json(certificate.id)
    document = json.loads(signed)
    achievement = document["credentialSubject"]["achievement"]
    assert document["name"] == achievement["name"] == title
    assert achievement["inLanguage"] == language
    assert "80" in achievement["criteria"]["narrative"]
    assert achievement["criteria"]["narrative"].isascii() is False
    assert verify_credential_json(signed, app.trust.trusted_keys()).valid
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert list(jsonschema.Draft201909Validator(schema).iter_errors(document)) == []
    pdf = app.certificate_files.document(certificate.id)
    assert pdf.title == title
    assert local_date(certificate.issued_at.date(), language) in [value for _label, value in pdf.details]


def test_dates_and_scores_as_each_language_writes_them() -> None:
    from datetime import date

    day = date(2026, 1, 5)
    assert local_date(day, "en") == "5 January 2026"
    assert local_date(day, "fr") == "5 janvier 2026"
    assert local_date(day, "es") == "5 de enero de 2026"
    assert local_date(day, "ar") == "5 يناير 2026"
    assert local_percent(0.855, "en") == "85.5 %"
    assert local_percent(0.855, "fr") == "85,5 %"
    assert local_percent(1.0, "es") == "100 %"


def test_the_signatory_and_logo_appear_on_certificates_issued_here(
    deployment: Deployment,  # noqa: F811
    tmp_path: Path,
) -> None:
    app = deployment.app
    branding = app.branding
    assert branding is not None
    branding.set_text(organisation="Riverside Training Centre", signatory="Amal Haddad, CPIMS+ coordinator")
    logo = tmp_path / "logo.png"
    logo.write_bytes(PNG)
    branding.set_logo(logo)
    learner, _ = app.learners.create("Grace Test", "case_worker", "Riverside Child Services")
    deployment.earn(learner, "cw-end-user")
    [certificate] = [c for c in app.certificates.list(learner.id) if c.certificate_key == "cw-end-user"]
    document = json.loads(app.certificates.credential_json(certificate.id))
    assert document["issuer"]["official"] == "Amal Haddad, CPIMS+ coordinator"
    assert document["issuer"]["name"] == "Riverside Training Centre"
    pdf = app.certificate_files.document(certificate.id)
    assert pdf.signed_by == "Signed for the organisation by Amal Haddad, CPIMS+ coordinator"
    assert pdf.logo == PNG
    not_an_image = tmp_path / "logo.png.exe"
    not_an_image.write_bytes(b"MZ" + bytes(100))
    with pytest.raises(ValidationError, match="PNG or JPEG"):
        branding.set_logo(not_an_image)
    huge = tmp_path / "huge.png"
    huge.write_bytes(PNG[:8] + bytes(300 * 1024))
    with pytest.raises(ValidationError, match="at most 256 KiB"):
        branding.set_logo(huge)
    assert branding.logo() == PNG  # a refused file changes nothing


def test_role_titles_of_the_kit_read_in_the_certificate_language() -> None:
    from trainer_app.core.services.certificate_text import local_role

    assert local_role("Case worker", "fr") == "Travailleur social"
    assert local_role("Case manager", "ar") == "مدير الحالات"
    assert local_role("Field monitor", "es") == "Field monitor"  # a pack's own role keeps its title
