"""Collection happens on the GUI thread only, while the window runs; Python gets it back afterwards."""

from __future__ import annotations

import gc

from trainer_app.core.common import collection
from trainer_app.ui.gc_guard import GuiThreadCollector


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_the_collector_switches_automatic_collection_off_and_collects_cycles_itself(qtbot) -> None:  # type: ignore[no-untyped-def]
    gc.enable()
    collector = GuiThreadCollector(interval_ms=10)
    try:
        assert not gc.isenabled()
        gc.collect()
        threshold = gc.get_threshold()[0]
        for _ in range(threshold + 50):  # past generation 0's threshold: a collection is due
            _Cycle()
        assert gc.get_count()[0] > threshold
        qtbot.waitUntil(lambda: gc.get_count()[0] < threshold, timeout=5000)
    finally:
        collector.stop()
    assert gc.isenabled()
    gc.disable()  # the UI tests' own guard expects it off until their teardown


def test_the_collector_waits_while_a_bulk_import_holds_collection_off() -> None:
    # its timer never fires here: the check is called directly
    collector = GuiThreadCollector(interval_ms=60_000)
    try:
        gc.collect()
        threshold = gc.get_threshold()[0]
        cycles = [_Cycle() for _ in range(threshold + 50)]
        del cycles
        with collection.collection_paused():
            assert collector.collect_if_due() == 0
            assert gc.get_count()[0] > threshold
        assert collector.collect_if_due() > 0  # due, and nothing holds it off any more
    finally:
        collector.stop()
    gc.disable()
