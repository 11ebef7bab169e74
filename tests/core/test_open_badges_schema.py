"""Every credential the app issues validates against 1EdTech's own Open Badges 3.0 JSON Schema (pinned in
tests/fixtures/schemas, source in its README), offline; and the schema does catch what it should."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from tests.conftest import earned_certificate
from tests.core.test_certificate_service import complete_worker_track
from tests.core.test_credentials_openbadge import FACTS
from trainer_app.core.app import App
from trainer_app.core.credentials.keys import DeviceKey
from trainer_app.core.credentials.openbadge import issue, verify_credential
from trainer_app.core.credentials.statuslist import StatusEntry

SCHEMA_FILE = (
    Path(__file__).resolve().parents[1] / "fixtures" / "schemas" / "ob_v3p0_achievementcredential.json"
)
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "credentials"


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft201909Validator:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert schema["$id"].endswith("ob_v3p0_achievementcredential-jsonschema1.json")
    jsonschema.Draft201909Validator.check_schema(schema)
    return jsonschema.Draft201909Validator(schema)


def _errors(validator: jsonschema.Draft201909Validator, document: dict[str, Any]) -> list[str]:
    return [f"{list(error.absolute_path)}: {error.message}" for error in validator.iter_errors(document)]


@pytest.mark.sqlite_only
def test_certificates_issued_by_the_app_are_schema_valid(
    mini_app: App, validator: jsonschema.Draft201909Validator
) -> None:
    for name in ("Grace Okello", "نور الهدى", "Jean-Baptiste Nkurunziza-Mukamana " * 3):
        learner, _ = mini_app.learners.create(name.strip(), "case_worker", "Riverside agency")
        complete_worker_track(mini_app, learner.id)
        certificate = earned_certificate(mini_app, learner.id)
        assert certificate is not None
        document = json.loads(mini_app.certificates.credential_json(certificate.id))
        assert _errors(validator, document) == []
        assert "credentialStatus" in document


def test_golden_certificate_with_a_status_entry_is_schema_valid_and_verifies(
    validator: jsonschema.Draft201909Validator,
) -> None:
    key = DeviceKey.from_private_bytes(bytes(range(32)))
    credential = issue(FACTS, key, status=StatusEntry("https://example.org/status-list.json", 70001))
    assert _errors(validator, credential) == []
    assert verify_credential(credential, [key.public.public_key]).valid
    golden = json.loads((FIXTURES / "sample-certificate-v2.json").read_text(encoding="utf-8"))
    assert _errors(validator, golden) == []


def test_the_schema_refuses_what_we_fixed(validator: jsonschema.Draft201909Validator) -> None:
    # Certificates issued before carried `proof` as a bare object: the schema wants an array.
    legacy = json.loads((FIXTURES / "sample-certificate.json").read_text(encoding="utf-8"))
    assert any(error.startswith("['proof']") for error in _errors(validator, legacy))
    key = DeviceKey.from_private_bytes(bytes(range(32)))
    broken = issue(FACTS, key)
    del broken["credentialSubject"]
    assert _errors(validator, broken)
