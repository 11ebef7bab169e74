"""The walkthrough view: ticked from the keyboard to completion, notes and values resume, checklist PDF export."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.conftest import MINI_PACK
from trainer_app.core.common.errors import TrainerError
from trainer_app.ui.context import Context
from trainer_app.ui.views.walkthrough_view import WalkthroughView

PACK, WALK = "mini-pack", "setup-walkthrough"


def _view(qtbot, context) -> WalkthroughView:  # type: ignore[no-untyped-def]
    view = WalkthroughView(context, context.app)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    view.open(PACK, context.app.packs.activity(PACK, WALK), "")
    return view


def _activate(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    view.windowHandle().requestActivate()  # keyboard focus moves only in the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view, timeout=5000)


def _progress(context):  # type: ignore[no-untyped-def]
    return context.app.progress.activity(context.learner.id, PACK, WALK)


def test_tab_and_space_tick_every_step_to_completion(qtbot, ui_context) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, ui_context)
    _activate(qtbot, view)
    assert view.counter.text() == "0 of 2 steps"
    first, second = view.steps
    first.checkbox.setFocus()
    qtbot.keyClick(first.checkbox, Qt.Key.Key_Space)
    assert first.checkbox.isChecked()
    assert view.counter.text() == "1 of 2 steps"
    for _ in range(6):
        if QApplication.focusWidget() is second.checkbox:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is second.checkbox
    qtbot.keyClick(second.checkbox, Qt.Key.Key_Space)
    assert _progress(ui_context).is_complete
    assert "2 of 2 steps" in view.counter.text()
    assert "complete" in view.counter.text()
    assert view.bar.value() == view.bar.maximum() == 2


def test_unticking_shows_the_step_unticked_and_keeps_completion(qtbot, ui_context) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, ui_context)
    for widget in view.steps:
        widget.checkbox.click()
    view.steps[1].checkbox.click()
    assert view.counter.text().startswith("1 of 2 steps")
    assert "complete" in view.counter.text()
    assert _progress(ui_context).progress == 1.0


def test_notes_and_values_are_saved_and_come_back(qtbot, ui_context) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, ui_context)
    second = view.steps[1]
    assert second.value is not None
    assert view.steps[0].value is None
    second.value.setText("locations-2026.csv")
    second.note.setText("Took a minute to upload.")
    second.checkbox.click()
    view.close_activity()
    state = ui_context.app.walkthroughs.state(ui_context.learner.id, PACK, WALK)["import"]
    assert (state.ticked, state.value, state.note) == (True, "locations-2026.csv", "Took a minute to upload.")
    view.open(PACK, ui_context.app.packs.activity(PACK, WALK), "")
    again = view.step_widget("import")
    assert again is not None
    assert again.checkbox.isChecked()
    assert again.value is not None
    assert again.value.text() == "locations-2026.csv"
    assert again.note.text() == "Took a minute to upload."
    assert QApplication.focusWidget() in (None, again.checkbox)  # resumes at the last step touched


def test_the_checklist_pdf_holds_every_step(qtbot, ui_context, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, ui_context)
    view.steps[0].checkbox.click()
    view.steps[1].value.setText("locs.csv")  # type: ignore[union-attr]
    view.steps[1].note.setText("Checked twice")
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "checklist.pdf"
    assert view.export_checklist(target) == target
    assert [p.name for p in target.parent.iterdir()] == ["checklist.pdf"]  # no temporary file left behind
    text = subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    for expected in (
        "Import locations",
        "Grace Okello",
        "Open Settings → Locations",
        "The Locations list is shown",
        "Import the HXL CSV file of your locations",
        "The locations appear in the list",
        "locs.csv",
        "Checked twice",
        "1 of 2 steps ticked",
    ):
        assert expected in text


def test_a_failed_export_leaves_no_file(qtbot, ui_context, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, ui_context)
    target = tmp_path / "missing-folder" / "checklist.pdf"
    with pytest.raises(TrainerError, match="checklist"):
        view.export_checklist(target)
    assert not target.parent.exists() or list(target.parent.iterdir()) == []


def test_a_broken_walkthrough_names_its_file(qtbot, tmp_path: Path, clock) -> None:  # type: ignore[no-untyped-def]
    from trainer_app.core.app import open_app

    pack = tmp_path / "pack"
    shutil.copytree(MINI_PACK, pack)
    app = open_app(data_dir=str(tmp_path / "data"), clock=clock, bundled_root=pack)
    try:
        context = Context(app, window=None)
        context.learner, _ = app.learners.create("Test Admin", "system_administrator")
        (pack / "content/walkthroughs/locations.toml").write_text('id = "locations"\nsteps = [\n')
        view = _view(qtbot, context)
        assert view.pages.currentWidget() is view.message
        assert "content/walkthroughs/locations.toml" in view.message.text()
        assert not view.export_button.isEnabled()
    finally:
        app.close()
