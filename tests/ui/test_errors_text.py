"""The window translates every error code: one table entry per catalog code, same text, same placeholders."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


from trainer_app.core.common.error_catalog import CATALOG, FIELDS
from trainer_app.core.common.errors import (
    BundleError,
    DatabaseDamagedError,
    NotFoundError,
    ValidationError,
    placeholders,
)
from trainer_app.ui.errors_text import error_text, fields, templates


@pytest.mark.usefixtures("qapp")
def test_every_catalog_code_has_a_translation_entry_and_nothing_else() -> None:
    table = templates()
    assert set(table) == set(CATALOG)
    assert {code: text for code, text in table.items() if text != CATALOG[code]} == {}


@pytest.mark.usefixtures("marking")
def test_translated_templates_keep_their_placeholders() -> None:
    for code, text in templates().items():
        assert text == f"«{CATALOG[code]}»"
        assert placeholders(text) == placeholders(CATALOG[code]), code


@pytest.mark.usefixtures("marking")
def test_the_window_shows_the_translated_template_filled_with_the_parameters() -> None:
    assert error_text(NotFoundError("learner.not_found", learner_id="L-7")) == "«No learner with id L-7.»"
    inner = BundleError("bundle.value_wrong_type", name="learners.jsonl", name2="pin_hash")
    outer = BundleError("bundle.rejected_line", name="learners.jsonl", line=3, reason=inner)
    assert error_text(outer) == (
        "«Rejected: learners.jsonl line 3. «learners.jsonl: 'pin_hash' has a value of the wrong type.»»"
    )
    damaged = DatabaseDamagedError("storage.database_empty_bytes", "/d/trainer.db", "/d/backups/b1.db")
    assert error_text(damaged).endswith(
        "«The newest backup is /d/backups/b1.db; restore it with `cpims-trainer db restore`.»"
    )
    assert error_text(RuntimeError("x")).startswith("«Something went wrong")


@pytest.mark.usefixtures("qapp", "marking")
def test_a_named_field_is_said_in_the_reader_s_words() -> None:
    assert set(fields()) == set(FIELDS)
    error = ValidationError("classroom.give", field="session_title")
    assert str(error) == "Give the session's title."
    assert error_text(error) == "«Give the «session's title».»"
