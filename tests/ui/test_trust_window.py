"""Trusting a key from the window: one click on "Trust this key…" in the Exchange tab releases what the key
kept aside, and the released records and certificates count at once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QPushButton

from tests.conftest import MINI_PACK
from tests.core.test_reports import people
from trainer_app.core.app import open_app
from trainer_app.core.common import numbers
from trainer_app.ui.views.trainer_view import TrainerView


@pytest.fixture
def field_bundle(tmp_path: Path, ui_context: Any) -> tuple[Path, str]:
    field = open_app(data_dir=str(tmp_path / "field"), clock=ui_context.app.clock, bundled_root=MINI_PACK)
    people(field)
    field.records.export(tmp_path / "field.zip")
    fingerprint = field.trust.device_key().fingerprint
    field.close()
    return tmp_path / "field.zip", fingerprint


def button(widget: Any, text: str) -> QPushButton:
    return next(b for b in widget.findChildren(QPushButton) if b.text() == text)


def test_trusting_a_key_from_the_window_counts_its_records(
    qtbot: Any, ui_context: Any, field_bundle: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, fingerprint = field_bundle
    app = ui_context.app
    app.records.import_bundle(path)
    assert app.certificates.countable() == []
    assert app.certificates.list() == []
    app.trainer_mode.unlocked = True
    view = TrainerView(ui_context, ui_context.app)
    qtbot.addWidget(view)
    view.resize(1200, 760)
    view.show()
    view.refresh()
    qtbot.waitUntil(lambda: view.report is not None and not view.loading, timeout=20000)
    assert len(view.report.learners) == 1  # only the learner of this laptop counts
    view.tabs.setCurrentWidget(view.exchange)
    tree = view.exchange.pending
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    item = next(i for i in items if i.text(0) == fingerprint)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center())
    assert tree.currentItem() is item
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Field laptop", True))
    qtbot.mouseClick(button(view.exchange, "Trust this key…"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.report is not None and len(view.report.learners) == 1 + 4, timeout=20000)
    assert tree.topLevelItemCount() == 0
    assert [c.learner_name for c in app.certificates.countable()] == ["Grace Okello"]


def test_discarding_a_keys_records_from_the_window_drops_them_for_good(
    qtbot: Any, ui_context: Any, field_bundle: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    path, fingerprint = field_bundle
    app = ui_context.app
    app.records.import_bundle(path)
    app.trainer_mode.unlocked = True
    view = TrainerView(ui_context, ui_context.app)
    qtbot.addWidget(view)
    view.resize(1200, 760)
    view.show()
    view.refresh()
    qtbot.waitUntil(lambda: view.report is not None and not view.loading, timeout=20000)
    view.tabs.setCurrentWidget(view.exchange)
    tree = view.exchange.pending
    item = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).text(0) == fingerprint
    )
    assert "learners" in item.text(2)
    size = next(p["bytes"] for p in app.records.pending_by_key() if p["fingerprint"] == fingerprint)
    assert item.text(4) == numbers.format_bytes(int(size))  # the one rule for sizes, as the CLI prints them
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center())
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Discard)
    qtbot.mouseClick(button(view.exchange, "Discard…"), Qt.MouseButton.LeftButton)
    assert tree.topLevelItemCount() == 0
    assert app.records.pending_by_key() == []
    field_key = next(k for k in app.trust.issuer_keys() if k.fingerprint == fingerprint)
    app.trust.trust_key(bytes.fromhex(field_key.public_key_hex), "Field laptop")
    assert app.certificates.countable() == []  # trusting the key later brings nothing back
