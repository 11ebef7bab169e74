"""Cycle collection waits during a bulk import or export and comes back as it was afterwards."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.core.records_fixtures import laptop, train_worker
from trainer_app.core.common import collection
from trainer_app.core.common.errors import ExchangeCancelled


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def _fail_inside(states: list[bool]) -> None:
    with collection.collection_paused():
        states += [gc.isenabled(), collection.paused()]
        with collection.collection_paused():  # nested: still off when the inner one ends
            pass
        states.append(gc.isenabled())
        raise RuntimeError("the import failed")


@pytest.mark.usefixtures("collector_on")
def test_collection_waits_inside_and_comes_back_after_even_on_an_error() -> None:
    states: list[bool] = []
    with pytest.raises(RuntimeError):
        _fail_inside(states)
    assert states == [False, True, False]
    assert gc.isenabled()
    assert not collection.paused()


def test_a_collector_that_was_off_stays_off() -> None:
    was = gc.isenabled()
    gc.disable()
    try:
        with collection.collection_paused():
            pass
        assert not gc.isenabled()  # the window's own collector (gc_guard) keeps it off
    finally:
        if was:
            gc.enable()


@pytest.mark.usefixtures("collector_on")
def test_an_export_and_an_import_hold_collection_only_while_they_run(tmp_path: Path, clock: Any) -> None:
    field = laptop(tmp_path, "field", clock)
    learner, _ = field.learners.create("Grace Okello", "case_worker")
    train_worker(field, learner.id)
    seen: list[bool] = []

    def progress(_fraction: float, _what: str) -> bool:
        seen.append(collection.paused())
        return True

    bundle = tmp_path / "field.zip"
    field.records.export(bundle, progress=progress)
    centre = laptop(tmp_path, "centre", clock)
    centre.trust.trust_key(field.trust.device_key().public.public_key, "Field laptop")
    centre.records.import_bundle(bundle, progress=progress)
    assert True in seen
    assert gc.isenabled()

    def cancel(_fraction: float, what: str) -> bool:
        return what != "merging"

    with pytest.raises(ExchangeCancelled):
        centre.records.import_bundle(bundle, progress=cancel)
    assert gc.isenabled()  # a cancelled import gives collection back too
    field.close()
    centre.close()
