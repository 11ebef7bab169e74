"""Setting up trainer mode is an explicit step; the connection settings are for trainer mode only."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPushButton, QWidget

from trainer_app.core.services.trainer_mode import TrainerModeService
from trainer_app.ui.views.settings_view import SettingsView

FAST = 2**10
PASSPHRASE = "river stone lantern"
TRAINER_FIELDS = {"LRS endpoint", "LRS password (client secret)", "Database URL", "Database password"}


@pytest.fixture
def context(ui_context: Any) -> Any:
    app = ui_context.app
    app.trainer_mode = TrainerModeService(app.db, app.clock, work_factor=FAST)  # quicker hashes for tests
    return ui_context


def _names(widget: QWidget) -> set[str]:
    return {w.accessibleName() for w in widget.findChildren(QWidget) if w.isVisible() and w.accessibleName()}


def _button(widget: QWidget, text: str) -> QPushButton:
    return next(b for b in widget.findChildren(QPushButton) if b.text() == text and b.isVisible())


def _settings(qtbot: Any, context: Any) -> SettingsView:
    view = SettingsView(context, context.app)
    qtbot.addWidget(view)
    view.show()
    return view


def test_set_up_trainer_mode_explains_itself_and_asks_for_the_passphrase_twice(
    qtbot: Any, context: Any
) -> None:
    view = _settings(qtbot, context)
    qtbot.mouseClick(_button(view, "Set up trainer mode…"), Qt.MouseButton.LeftButton)
    dialog = view.trainer_settings.dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert "every learner's records" in dialog.intro.text()
    assert "twice" in dialog.intro.text()
    fields = [f for f in dialog.findChildren(QLineEdit) if f.isVisible()]
    assert len(fields) == 2
    qtbot.keyClicks(fields[0], PASSPHRASE)
    qtbot.keyClicks(fields[1], PASSPHRASE + "s")
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert "differ" in dialog.message.text()
    assert not context.app.trainer_mode.is_set()
    fields[1].clear()
    qtbot.keyClicks(fields[1], PASSPHRASE)
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    assert context.app.trainer_mode.is_set()
    assert context.app.trainer_mode.unlocked
    qtbot.waitUntil(lambda: _names(view) >= TRAINER_FIELDS, timeout=5000)  # the trainer now sees them


def test_a_learner_does_not_see_the_connection_settings_and_a_trainer_does(qtbot: Any, context: Any) -> None:
    context.app.trainer_mode.set_passphrase(PASSPHRASE)
    context.app.trainer_mode.lock()  # a learner signed in
    learner_view = _settings(qtbot, context)
    assert not TRAINER_FIELDS & _names(learner_view)
    assert "Include learners' names in statements" not in _names(learner_view)
    assert _button(learner_view, "Unlock trainer mode…")
    context.app.trainer_mode.unlock(PASSPHRASE)
    trainer_view = _settings(qtbot, context)
    assert _names(trainer_view) >= TRAINER_FIELDS
    assert "Include learners' names in statements" in _names(trainer_view)


def test_archiving_a_profile_never_sets_up_trainer_mode_on_the_way(
    main_window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **_k: said.append(a[2]))
    app = main_window.context.app
    app.learners.create("Samir Haddad", "case_worker")
    picker = main_window.picker
    picker.refresh()
    picker.list.setCurrentRow(0)
    qtbot.mouseClick(picker.archive_button, Qt.MouseButton.LeftButton)
    assert said
    assert "Set up trainer mode" in said[0]
    assert not app.trainer_mode.is_set()
    assert [x.display_name for x in app.learners.list()] == ["Samir Haddad"]
    assert QApplication.activeModalWidget() is None


def test_a_trainer_sets_what_certificates_issued_here_say(
    qtbot: Any, context: Any, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog, QLineEdit

    from tests.core.test_certificate_language import PNG

    context.app.trainer_mode.set_passphrase(PASSPHRASE)
    context.app.trainer_mode.lock()
    learner_view = _settings(qtbot, context)
    assert not {"Organisation", "Signatory", "This installation's key fingerprint"} & _names(learner_view)
    context.app.trainer_mode.unlock(PASSPHRASE)
    view = _settings(qtbot, context)
    assert {"Organisation", "Signatory", "This installation's key fingerprint"} <= _names(view)
    edits = {e.accessibleName(): e for e in view.findChildren(QLineEdit) if e.isVisible()}
    edits["Organisation"].clear()
    qtbot.keyClicks(edits["Organisation"], "Riverside Training Centre")
    qtbot.keyClicks(edits["Signatory"], "Amal Haddad, CPIMS+ coordinator")
    qtbot.mouseClick(_button(view, "Save"), Qt.MouseButton.LeftButton)
    branding = context.app.branding.current()
    assert (branding.organisation, branding.signatory) == (
        "Riverside Training Centre",
        "Amal Haddad, CPIMS+ coordinator",
    )
    logo = tmp_path / "logo.png"
    logo.write_bytes(PNG)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(logo), ""))
    qtbot.mouseClick(_button(view, "Choose logo…"), Qt.MouseButton.LeftButton)
    assert context.app.branding.logo() == PNG
    qtbot.mouseClick(_button(view, "Remove logo"), Qt.MouseButton.LeftButton)
    assert context.app.branding.logo() is None
