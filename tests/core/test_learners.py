"""Learner profiles and PINs."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from trainer_app.core.common.errors import PermissionDeniedError, ValidationError


def test_create_list_and_archive(mini_app) -> None:  # type: ignore[no-untyped-def]
    a, _ = mini_app.learners.create("  Grace   Okello ", "case_worker", "Riverside agency")
    b, _ = mini_app.learners.create("أمل حداد", "system_administrator")
    assert a.display_name == "Grace Okello"
    assert {x.id for x in mini_app.learners.list()} == {a.id, b.id}
    mini_app.learners.archive(a.id)
    assert [x.id for x in mini_app.learners.list()] == [b.id]
    assert {x.id for x in mini_app.learners.list(include_archived=True)} == {a.id, b.id}


def test_bad_input_is_refused_with_every_reason(mini_app) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        mini_app.learners.create("", "pilot", pin="12")
    assert len(caught.value.problems) == 3


def test_a_pin_protects_a_profile_and_is_never_stored_in_clear(mini_app) -> None:  # type: ignore[no-untyped-def]
    learner, _ = mini_app.learners.create("Grace Okello", "case_worker", pin="4821")
    assert learner.has_pin
    with pytest.raises(PermissionDeniedError):
        mini_app.learners.unlock(learner.id, "0000")
    assert mini_app.learners.unlock(learner.id, "4821").id == learner.id
    stored = mini_app.db.scalar("SELECT pin_hash FROM learner")
    assert "4821" not in stored
    assert stored.startswith("scrypt$")


def test_learners_imported_from_other_laptops_stay_out_of_the_picker_list(mini_app) -> None:  # type: ignore[no-untyped-def]
    mine, _ = mini_app.learners.create("Grace Okello", "case_worker")
    theirs, _ = mini_app.learners.create("Samir Haddad", "case_worker")
    with mini_app.db.transaction() as conn:
        conn.execute(
            text("UPDATE learner SET origin = 'bundle:field-laptop-2' WHERE id = :id"), {"id": theirs.id}
        )
    assert [x.id for x in mini_app.learners.list(include_imported=False)] == [mine.id]
    assert {x.id for x in mini_app.learners.list()} == {mine.id, theirs.id}
