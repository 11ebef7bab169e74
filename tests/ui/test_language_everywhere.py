"""The learner's language everywhere: the picker speaks the system's language, a profile switches the screens to
its learner's language and direction at once, roles come translated, and Arabic quizzes keep each option beside
its button while English pack text stays isolated in its own direction.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.core.test_quiz_service import _copy_pack
from trainer_app.core.app import open_app
from trainer_app.ui import i18n
from trainer_app.ui.context import Context
from trainer_app.ui.views.quiz_view import QuizView
from trainer_app.ui.widgets.question_widgets import ChoiceWidget

FSI, PDI = "\u2068", "\u2069"
SMALL_SCREEN = (1024, 600)


@pytest.fixture
def system_language(monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """Stand in another operating-system language; English again afterwards for the next test."""

    def use(name: str) -> None:
        monkeypatch.setattr(i18n, "system_locale_name", lambda: name)

    yield use
    i18n.apply_language(qapp, "en")


def shot(widget: QWidget, name: str, tmp_path: Path) -> Path:
    """A screenshot for people to look at: into CPIMS_TRAINER_SHOTS when set, else the test's own folder."""
    folder = Path(os.environ.get("CPIMS_TRAINER_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    assert widget.grab().save(str(path))
    return path


def button(parent: QWidget, text: str) -> QPushButton:
    return next(
        b for b in parent.findChildren(QPushButton) if b.text().replace("&", "") == text and b.isVisible()
    )


def click_row(qtbot: QtBot, listing: QListWidget, starts_with: str) -> None:
    row = next(
        i for i in range(listing.count()) if listing.item(i).text().lstrip(FSI).startswith(starts_with)
    )
    rect = listing.visualItemRect(listing.item(row))
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_picker_speaks_the_system_language(system_language, request, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    system_language("fr_FR")
    window = request.getfixturevalue("main_window")
    window.resize(*SMALL_SCREEN)
    picker = window.picker
    texts = [label.text() for label in picker.findChildren(QLabel)]
    assert "Qui se forme aujourd’hui\u00a0?" in texts
    assert button(picker, "Créer le profil")
    assert picker.language_combo.currentData() == "fr"  # a new profile starts in the laptop's language
    roles = [picker.role_combo.itemText(i) for i in range(picker.role_combo.count())]
    assert "Travailleur social" in roles
    assert "Administrateur système" in roles
    assert not any("_" in role or role == "Case worker" for role in roles)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    qtbot.wait(10)
    shot(window, "lang-picker-fr.png", tmp_path)


def test_a_language_we_do_not_ship_falls_back_to_english(system_language, request) -> None:  # type: ignore[no-untyped-def]
    system_language("sw_KE")
    window = request.getfixturevalue("main_window")
    assert "Who is training today?" in [label.text() for label in window.picker.findChildren(QLabel)]
    assert window.picker.language_combo.currentData() == "en"


def test_choosing_an_arabic_profile_switches_to_arabic_at_once(
    system_language, request, qtbot, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    system_language("fr_FR")
    window = request.getfixturevalue("main_window")
    app = window.context.app
    app.learners.create("Amal Haddad", "case_worker", "Child protection agency", language="ar")
    app.learners.create("Zoé Martin", "system_administrator", language="fr")
    window.picker.refresh()
    assert any("Travailleur social" in window.picker.list.item(i).text() for i in range(2))
    click_row(qtbot, window.picker.list, "Amal Haddad")
    qtbot.mouseClick(button(window.picker, "Continuer"), Qt.MouseButton.LeftButton)

    assert window.shell is not None
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.shell.isRightToLeft()
    sections = [window.shell.sidebar.item(i).text() for i in range(window.shell.sidebar.count())]
    assert sections[0] == "الرئيسية"
    home = window.shell.sections[0].widget
    assert home.role_label.text() == f"دورك: {FSI}أخصائي الحالة{PDI}"
    on_screen = " ".join(label.text() for label in home.findChildren(QLabel) if label.isVisible())
    assert "case_worker" not in on_screen
    assert "Case worker" not in on_screen
    # the English pack title keeps its own direction and its left edge inside the Arabic window
    assert home.title.text() == f"{FSI}Worker track{PDI}"
    assert home.title.alignment() & Qt.AlignmentFlag.AlignAbsolute
    assert home.title.alignment() & Qt.AlignmentFlag.AlignLeft
    window.resize(*SMALL_SCREEN)
    shot(window, "lang-home-ar.png", tmp_path)

    qtbot.mouseClick(button(window.shell, "تبديل الملف الشخصي"), Qt.MouseButton.LeftButton)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight  # the picker: the laptop's French
    assert "Qui se forme aujourd’hui\u00a0?" in [label.text() for label in window.picker.findChildren(QLabel)]


def test_role_names_are_translated_on_home_and_settings(system_language, request, qtbot) -> None:  # type: ignore[no-untyped-def]
    system_language("en_GB")
    window = request.getfixturevalue("main_window")
    window.context.app.learners.create("Zoé Martin", "system_administrator", language="fr")
    window.picker.refresh()
    click_row(qtbot, window.picker.list, "Zoé Martin")
    qtbot.mouseClick(button(window.picker, "Continue"), Qt.MouseButton.LeftButton)
    home = window.shell.sections[0].widget
    assert home.role_label.text() == "Votre rôle\u00a0: Administrateur système"
    sidebar = window.shell.sidebar
    row = next(i for i in range(sidebar.count()) if sidebar.item(i).text() == "Paramètres")
    qtbot.mouseClick(
        sidebar.viewport(), Qt.MouseButton.LeftButton, pos=sidebar.visualItemRect(sidebar.item(row)).center()
    )
    from trainer_app.ui.views.settings_view import SettingsView

    page = window.shell.stack.currentWidget()  # Settings scrolls inside its page on a small screen
    settings = page if isinstance(page, SettingsView) else page.findChild(SettingsView)
    assert settings.role_label.text() == "Administrateur système"


@pytest.fixture
def arabic_quiz(
    qtbot: QtBot, tmp_path: Path, data_dir: Path, clock: Any, qapp: QApplication
) -> Iterator[QuizView]:
    """A quiz opened by an Arabic-speaking learner, at a field laptop's size, after Start was clicked."""
    i18n.apply_language(qapp, "ar")
    app = open_app(data_dir=str(data_dir), clock=clock, bundled_root=_copy_pack(tmp_path))
    context = Context(app, window=None)
    context.learner, _ = app.learners.create("Amal Haddad", "case_worker", language="ar")
    view = QuizView(context, context.app)
    qtbot.addWidget(view)
    view.resize(*SMALL_SCREEN)
    view.show()
    view.open("mini-pack", app.packs.activity("mini-pack", "basics-quiz"))
    qtbot.mouseClick(button(view, "بدء الاختبار"), Qt.MouseButton.LeftButton)
    yield view
    view.close()
    app.close()
    i18n.apply_language(qapp, "en")


def ink_columns(image: QImage) -> list[int]:
    """The x of every column of a grabbed label that holds a pixel unlike its background."""
    background = QColor(image.pixel(0, 0))
    return [
        x
        for x in range(image.width())
        if any(QColor(image.pixel(x, y)) != background for y in range(image.height()))
    ]


def test_arabic_options_sit_beside_their_buttons(arabic_quiz: QuizView, qtbot: QtBot) -> None:
    view = arabic_quiz
    checked = 0
    for _page in range(len(view.attempt.items)):
        for widget in view.findChildren(ChoiceWidget):
            if not widget.isVisible():
                continue
            for row in widget.rows:
                option = QStyleOptionButton()
                option.initFrom(row.button)
                element = (
                    QStyle.SubElement.SE_CheckBoxIndicator
                    if widget.multiple
                    else QStyle.SubElement.SE_RadioButtonIndicator
                )
                indicator = row.button.style().subElementRect(element, option, row.button)
                indicator_left = row.button.mapTo(view, indicator.topLeft()).x()
                ink = ink_columns(row.label.grab().toImage())
                text_right = row.label.mapTo(view, QPoint(max(ink), 0)).x()
                assert text_right < indicator_left, "the option text sits on the indicator's left in Arabic"
                assert indicator_left - text_right < 24, f"{row.label.text()!r} is far from its button"
                assert row.button.accessibleName() == row.label.text().strip(FSI + PDI)
                checked += 1
        if checked >= 3:
            break
        qtbot.mouseClick(button(view, "التالي"), Qt.MouseButton.LeftButton)
    assert checked >= 3


def test_a_click_on_an_option_row_chooses_it(arabic_quiz: QuizView, qtbot: QtBot, tmp_path: Path) -> None:
    widget = None
    for _page in range(len(arabic_quiz.attempt.items)):
        widget = next((w for w in arabic_quiz.findChildren(ChoiceWidget) if w.isVisible()), None)
        if widget is not None:
            break
        qtbot.mouseClick(button(arabic_quiz, "التالي"), Qt.MouseButton.LeftButton)
    assert widget is not None
    row = widget.rows[-1]
    qtbot.mouseClick(row.label, Qt.MouseButton.LeftButton)
    assert row.button.isChecked()
    prompt = widget.prompt
    assert prompt.text().startswith(FSI)
    assert prompt.text().endswith(PDI)
    shot(arabic_quiz, "lang-quiz-ar.png", tmp_path)
