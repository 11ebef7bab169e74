"""Settings apply at once; the layout turns right-to-left for Arabic and survives large text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def _signed_in(main_window):  # type: ignore[no-untyped-def]
    learner, _ = main_window.context.app.learners.create("أمل حداد", "case_worker", "وكالة حماية الطفل")
    main_window.enter(learner)
    return main_window.shell.section("settings")


@pytest.mark.usefixtures("qtbot")
def test_choosing_arabic_turns_the_layout_right_to_left_and_is_remembered(main_window) -> None:  # type: ignore[no-untyped-def]
    settings = _signed_in(main_window)
    settings.language.setCurrentIndex(settings.language.findData("ar"))
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    learner_id = main_window.context.learner.id  # the language is the learner's own, kept with the profile
    assert main_window.context.app.learners.get(learner_id).language == "ar"
    assert main_window.shell.sidebar.count() >= 4  # the signed-in screens were rebuilt
    main_window.shell.section("settings").language.setCurrentIndex(
        main_window.shell.section("settings").language.findData("en")
    )
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


@pytest.mark.usefixtures("qtbot")
def test_larger_text_scales_the_application_font(main_window) -> None:  # type: ignore[no-untyped-def]
    settings = _signed_in(main_window)
    before = QApplication.font().pointSizeF()
    settings.text_size.setCurrentIndex(settings.text_size.findData(1.5))
    assert abs(QApplication.font().pointSizeF() - before * 1.5) < 0.6
    assert main_window.context.app.settings.current.text_scale == 1.5
    main_window.shell.section("settings").text_size.setCurrentIndex(
        main_window.shell.section("settings").text_size.findData(1.0)
    )


@pytest.mark.usefixtures("qtbot")
def test_every_interactive_widget_has_an_accessible_name(main_window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QListWidget, QTreeWidget

    _signed_in(main_window)
    missing = []
    for kind in (QAbstractButton, QComboBox, QLineEdit, QListWidget, QTreeWidget):
        for widget in main_window.findChildren(kind):
            if not widget.isVisibleTo(main_window):
                continue
            name = widget.accessibleName() or (widget.text() if isinstance(widget, QAbstractButton) else "")
            if not name and not isinstance(widget.parent(), QComboBox):
                missing.append(f"{type(widget).__name__} {widget.objectName()}")
    assert missing == []
