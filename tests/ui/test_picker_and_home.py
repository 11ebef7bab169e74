"""The first thing a user does: pick or create a profile, then see their track and continue."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from trainer_app.core.domain.progress import Status


@pytest.mark.usefixtures("qtbot")
def test_first_start_shows_an_empty_picker_with_the_form_focused(main_window) -> None:  # type: ignore[no-untyped-def]
    picker = main_window.picker
    assert picker.list.count() == 0
    assert picker.empty.isVisible()
    assert not picker.continue_button.isEnabled()


def test_creating_a_profile_from_the_keyboard_signs_in_and_shows_the_track(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    picker = main_window.picker
    picker.name_edit.setFocus()
    picker.name_edit.setText("أمل حداد")  # QTest cannot type non-Latin keys; the rest is keyboard
    picker.role_combo.setCurrentIndex(picker.role_combo.findData("case_worker"))
    qtbot.keyClick(picker.name_edit, Qt.Key.Key_Return)
    assert main_window.shell is not None
    home = main_window.shell.sections[0].widget
    assert home.title.text() == "Worker track"
    assert home.tree.topLevelItemCount() == 2
    assert "Locked" in home.tree.topLevelItem(1).text(2)
    assert home.continue_button.isEnabled()
    assert "Logging in" in home.next_label.text()


@pytest.mark.usefixtures("qtbot")
def test_a_pin_protected_profile_needs_its_pin(main_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    app = main_window.context.app
    app.learners.create("Samir Haddad", "case_worker", pin="4821")
    main_window.picker.refresh()
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **_k: warnings.append(a[2]))
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("1111", True))
    main_window.picker.choose()
    assert main_window.shell is None
    assert warnings
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("4821", True))
    main_window.picker.choose()
    assert main_window.shell is not None


def test_continue_opens_the_next_activity_in_the_reader(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    app = main_window.context.app
    learner, _ = app.learners.create("Grace Okello", "case_worker")
    main_window.enter(learner)
    home = main_window.shell.sections[0].widget
    qtbot.mouseClick(home.continue_button, Qt.MouseButton.LeftButton)
    activity_view = main_window.shell.section("activity")
    assert activity_view.title.text() == "Logging in"
    assert activity_view.reader.chapter is not None
    assert app.progress.activity(learner.id, "mini-pack", "basics-guide").status is Status.IN_PROGRESS


@pytest.mark.usefixtures("qtbot")
def test_archiving_hides_a_profile_but_keeps_it(main_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialog, QMessageBox

    app = main_window.context.app
    learner, _ = app.learners.create("Grace Okello", "case_worker")
    main_window.picker.refresh()
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    # archiving needs the profile's PIN or the trainer passphrase (set up beforehand, never on the way)
    app.trainer_mode.set_passphrase("river stone lantern")
    monkeypatch.setattr(
        "trainer_app.ui.dialogs.unlock_dialog.SecretDialog.exec", lambda _self: QDialog.DialogCode.Accepted
    )
    main_window.picker.archive()
    assert main_window.picker.list.count() == 0
    assert [x.id for x in app.learners.list(include_archived=True)] == [learner.id]


def test_many_profiles_can_be_found_by_typing_a_name(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    app = main_window.context.app
    for i in range(12):
        app.learners.create(f"Learner {i:02d}", "case_worker")
    app.learners.create("Samir Haddad", "case_worker")
    main_window.picker.refresh()
    picker = main_window.picker
    assert picker.find_edit.isVisibleTo(picker)
    qtbot.keyClicks(picker.find_edit, "haddad")
    visible = [picker.list.item(i) for i in range(picker.list.count()) if not picker.list.item(i).isHidden()]
    assert len(visible) == 1
    assert picker.selected().display_name == "Samir Haddad"
    qtbot.keyClick(picker.find_edit, Qt.Key.Key_Return)
    assert main_window.shell is not None


def test_the_picker_lists_profiles_before_the_records_open_and_continue_waits_for_them(
    qtbot, data_dir
) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import MINI_PACK
    from trainer_app.core.app import open_app
    from trainer_app.core.common.paths import DataPaths
    from trainer_app.ui.main_window import MainWindow

    app = open_app(data_dir=str(data_dir), bundled_root=MINI_PACK)
    learner, _ = app.learners.create("Grace Okello", "case_worker")
    app.close()
    window = MainWindow(DataPaths(data_dir))
    qtbot.addWidget(window)
    window._show_preview_picker()  # what start-up shows before the database layer has loaded
    picker = window.picker
    assert picker.services is None
    assert picker.list.count() == 1
    picker.choose()  # chosen before the records are open: remembered, and a message says why nothing yet
    assert picker.waiting.isVisibleTo(picker)
    assert window.shell is None
    window.context = __import__("trainer_app.ui.context", fromlist=["Context"]).Context(
        open_app(data_dir=str(data_dir), bundled_root=MINI_PACK), window
    )
    window.show_picker()
    assert window.shell is not None
    assert window.context.learner.id == learner.id
    assert window.pages.currentWidget() is window.shell
    window.close()
