"""Learner and agency names are shown as typed, never as rich text: a name that looks like HTML stays text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QInputDialog, QLabel

NAME = "<b>Bold</b> <img src=x>"


def shown(label: QLabel) -> str:
    """What a label draws: its text when plain, else what its markup renders to."""
    if label.textFormat() == Qt.TextFormat.PlainText:
        return label.text()
    document = QTextDocument()
    document.setHtml(label.text())
    return document.toPlainText()


def test_a_name_that_looks_like_html_is_shown_literally(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    picker = main_window.picker
    qtbot.keyClicks(picker.name_edit, NAME)
    qtbot.keyClicks(picker.agency_edit, "<i>Agency</i>")
    picker.role_combo.setCurrentIndex(picker.role_combo.findData("case_worker"))
    qtbot.keyClick(picker.name_edit, Qt.Key.Key_Return)
    assert main_window.shell is not None
    assert main_window.context.learner.display_name == NAME  # stored as typed
    who = main_window.findChild(QLabel, "learnerName")
    assert shown(who) == NAME
    labels = [shown(label) for label in main_window.findChildren(QLabel) if label.isVisible()]
    assert not [text for text in labels if "Bold" in text and text != NAME]


def test_the_pin_prompt_and_the_picker_list_show_the_name_literally(main_window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    app = main_window.context.app
    app.learners.create(NAME, "case_worker", "<i>Agency</i>", pin="4821")
    main_window.picker.refresh()
    item = main_window.picker.list.item(0)
    assert item.text().startswith(NAME)
    assert "<i>Agency</i>" in item.text()
    prompts = []

    def answer(*args, **_kwargs):  # type: ignore[no-untyped-def]
        prompts.append(args[2])
        return "4821", True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    main_window.picker.list.setCurrentRow(0)
    qtbot.mouseClick(main_window.picker.continue_button, Qt.MouseButton.LeftButton)
    document = QTextDocument()
    document.setHtml(prompts[0])
    assert document.toPlainText() == f"PIN for {NAME}:"
    assert main_window.shell is not None
