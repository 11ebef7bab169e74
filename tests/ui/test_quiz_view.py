"""The quiz screen driven from the keyboard in both layouts: start, answer every type, check, submit, result,
review of a past attempt; mnemonics, Enter for Next, the unanswered list, and a look at the result page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QListWidget, QWidget
from pytestqt.qtbot import QtBot

from tests.core.test_quiz_service import _copy_pack, right_answer
from trainer_app.core.app import open_app
from trainer_app.core.domain.progress import Status
from trainer_app.core.domain.quiz import QuestionType
from trainer_app.ui.context import Context
from trainer_app.ui.views.quiz_view import QuizView
from trainer_app.ui.widgets.question_widgets import (
    ChoiceWidget,
    MatchingWidget,
    OrderingWidget,
    QuestionWidget,
    TrueFalseWidget,
)

PACK = "mini-pack"
QUIZ = "basics-quiz"
Key = Qt.Key


@pytest.fixture
def open_quiz(qtbot: QtBot, tmp_path: Path, data_dir: Path, clock: Any) -> Iterator[Callable[..., QuizView]]:
    apps: list[Any] = []

    def make(**params: Any) -> QuizView:
        app = open_app(data_dir=str(data_dir), clock=clock, bundled_root=_copy_pack(tmp_path, **params))
        apps.append(app)
        context = Context(app, window=None)
        context.learner, _ = app.learners.create("Test Learner", "case_worker")
        view = QuizView(context, context.app)
        qtbot.addWidget(view)
        view.resize(820, 640)
        with qtbot.waitActive(view):
            view.show()
            view.activateWindow()
        view.open(PACK, app.packs.activity(PACK, QUIZ))
        return view

    yield make
    for app in apps:
        app.close()


def press(qtbot: QtBot, key: Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key press where the keyboard focus is, as a user's key would go."""
    qtbot.waitUntil(
        lambda: QApplication.focusWidget() is not None
    )  # the window is active again after a dialog
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key, modifier)


def tab_into(qtbot: QtBot, widget: QWidget, limit: int = 40) -> None:
    """Press Tab until the focus is inside `widget`: proves the question is reachable from the keyboard."""
    for _ in range(limit):
        focused = QApplication.focusWidget()
        if focused is not None and (focused is widget or widget.isAncestorOf(focused)):
            return
        press(qtbot, Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget.accessibleName()!r}")


def answer_by_keyboard(qtbot: QtBot, widget: QuestionWidget) -> None:
    """Give the right answer with keys only; the focus must already be inside the widget."""
    question = widget.shown.question
    if isinstance(widget, ChoiceWidget) and not widget.multiple:
        press(qtbot, Key.Key_Space)  # Tab lands on one radio button; arrows move the choice
        while widget.response() != question.correct[0]:
            press(qtbot, Key.Key_Down)
    elif isinstance(widget, ChoiceWidget):
        for index, box in enumerate(widget.buttons):
            tab_into(qtbot, box)
            if (widget.shown.shown[index] in question.correct) != box.isChecked():
                press(qtbot, Key.Key_Space)
    elif isinstance(widget, TrueFalseWidget):
        press(qtbot, Key.Key_Space)  # focus starts on True
        if question.answer is False:
            press(qtbot, Key.Key_Right)
    elif isinstance(widget, MatchingWidget):
        for left, right in question.pairs:
            combo = widget.combos[widget.lefts.index(left)]
            tab_into(qtbot, combo)
            for _ in range(combo.findData(right)):
                press(qtbot, Key.Key_Down)
    elif isinstance(widget, OrderingWidget):
        _order_by_keyboard(qtbot, widget, list(question.items))
    assert widget.response() == right_answer(question) or sorted(widget.response()) == sorted(
        right_answer(question)
    )


def _order_by_keyboard(qtbot: QtBot, widget: OrderingWidget, items: list[str]) -> None:
    tab_into(qtbot, widget.list)
    for target, text in enumerate(items):
        while widget.list.currentItem().text() != text:
            press(
                qtbot,
                Key.Key_Down if widget.list.currentRow() < widget.response().index(text) else Key.Key_Up,
            )
        while widget.list.currentRow() > target:
            press(qtbot, Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    tab_into(qtbot, widget.keep_button)  # the order may have been right as shown: say it is the answer
    press(qtbot, Key.Key_Space)
    tab_into(qtbot, widget.list)  # back in the list, where Enter means Next


def reactivate(qtbot: QtBot, view: QWidget) -> None:
    """The offscreen platform leaves a closed dialog as the active window; a desktop gives the focus back."""
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)


def confirm_when_asked(qtbot: QtBot, answers: list[str]) -> None:
    """Answer the next modal question box with Enter (its default button)."""

    def accept() -> None:
        box = QApplication.activeModalWidget()
        assert box is not None
        answers.append(box.findChild(QWidget, "qt_msgbox_label").text())  # type: ignore[union-attr]
        qtbot.keyClick(box, Key.Key_Return)

    QTimer.singleShot(0, accept)


@pytest.mark.parametrize("layout", ["one_per_page", "all_on_one_page"])
def test_a_whole_quiz_from_the_keyboard(open_quiz, qtbot: QtBot, layout: str) -> None:  # type: ignore[no-untyped-def]
    view = open_quiz(layout=layout)
    start = view.start_page
    assert start.start_button.hasFocus()
    assert "7 questions" in start.facts.text()
    assert "50%" in start.facts.text()
    press(qtbot, Key.Key_Return)
    assert view.current_page() is view.question_page
    items = view.attempt.items
    seen_positions, expected, asked_so_far = [], [], 0
    for item in items:  # each part of a case study is a question with its own number
        first, asked_so_far = asked_so_far + 1, asked_so_far + len(item.questions)
        expected.append(
            f"Question {first} of 7" if first == asked_so_far else f"Questions {first}–{asked_so_far} of 7"
        )
        if layout == "one_per_page":
            seen_positions.append(view.position_text())
            assert view.bar.value() == asked_so_far
        for shown in item.questions:
            widget = view.widgets[shown.id]
            tab_into(qtbot, widget)
            answer_by_keyboard(qtbot, widget)
        if layout == "one_per_page":
            press(qtbot, Key.Key_Return)  # Enter is Next
    if layout == "one_per_page":
        assert seen_positions == expected
    else:
        assert view.position_text() == "Answered 7 of 7 questions"
        press(qtbot, Key.Key_Return)
    assert view.current_page() is view.check_page
    assert view.check_page.summary.text() == "You answered 7 of 7 questions."
    assert view.check_page.submit_button.hasFocus()
    asked: list[str] = []
    confirm_when_asked(qtbot, asked)
    press(qtbot, Key.Key_Return)
    assert asked
    assert "cannot change them afterwards" in asked[0]
    reactivate(qtbot, view)
    assert view.current_page() is view.result_page
    result_text = view.result.toPlainText()
    assert "100% — Passed" in result_text
    app, learner = view.context.app, view.context.learner
    assert app.progress.activity(learner.id, PACK, QUIZ).status is Status.COMPLETED

    # Back to the start page and review the attempt just made, keys only.
    tab_into(qtbot, view.back_to_start)
    press(qtbot, Key.Key_Return)
    assert view.current_page() is view.start_page
    assert start.attempts.topLevelItemCount() == 1
    tab_into(qtbot, start.attempts)
    press(qtbot, Key.Key_Return)
    assert view.current_page() is view.result_page
    assert view.result.toPlainText() == result_text


def test_mnemonics_answer_choices_and_enter_moves_on(open_quiz, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    view = open_quiz()
    view.start()
    answered = 0
    while view.current_page() is view.question_page:
        for shown in view.attempt.items[view.index].questions:
            widget = view.widgets[shown.id]
            if isinstance(widget, ChoiceWidget) and not widget.multiple:
                letter = "ABCDEFGH"[list(widget.shown.shown).index(shown.question.correct[0])]
                press(qtbot, getattr(Key, f"Key_{letter}"), Qt.KeyboardModifier.AltModifier)
                qtbot.waitUntil(
                    lambda w=widget, s=shown: w.response() == s.question.correct[0]
                )  # animated click
                answered += 1
            if isinstance(widget, TrueFalseWidget):
                press(
                    qtbot, Key.Key_T if shown.question.answer else Key.Key_F, Qt.KeyboardModifier.AltModifier
                )
                qtbot.waitUntil(lambda w=widget, s=shown: w.response() is s.question.answer)
                answered += 1
        press(qtbot, Key.Key_Return)
    assert answered == 4
    saved = view.context.app.quizzes.start(view.context.learner.id, PACK, QUIZ).answers
    assert {
        k: v for k, v in saved.items() if k in ("basics-01", "basics-02", "basics-06a", "basics-06b")
    } == {
        "basics-01": "6",
        "basics-02": False,
        "basics-06a": "6",
        "basics-06b": True,
    }


def test_the_check_page_lists_unanswered_questions_and_goes_to_them(open_quiz, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    view = open_quiz()
    view.start()
    view.next_button.setFocus()
    for _ in range(6):
        press(qtbot, Key.Key_Return)
    assert view.current_page() is view.check_page
    missing = view.check_page.unanswered
    # Seeing an ordering question is not answering it: all seven questions are still to answer.
    assert missing.count() == 7
    assert missing.hasFocus()
    assert all(missing.item(i).text().startswith("Question ") for i in range(missing.count()))
    target = missing.item(2).data(Qt.ItemDataRole.UserRole)
    press(qtbot, Key.Key_Down)
    press(qtbot, Key.Key_Down)
    press(qtbot, Key.Key_Return)
    assert view.current_page() is view.question_page
    assert view.widgets[target].isVisible()
    assert view.widgets[target].isAncestorOf(QApplication.focusWidget())


def test_ordering_moves_with_alt_arrows_and_buttons(open_quiz, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    view = open_quiz(layout="all_on_one_page")
    view.start()
    widget = view.widgets["basics-05"]
    assert isinstance(widget, OrderingWidget)
    assert isinstance(widget.list, QListWidget)
    before = widget.response()
    tab_into(qtbot, widget.list)
    press(qtbot, Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert widget.response() == [before[1], before[0], before[2]]
    assert widget.list.currentRow() == 1
    widget.up_button.click()
    assert widget.response() == before
    saved = view.context.app.quizzes.start(view.context.learner.id, PACK, QUIZ).answers["basics-05"]
    assert saved == before


@pytest.mark.usefixtures("clock")
def test_a_locked_quiz_says_when_it_opens_again(open_quiz, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    view = open_quiz(max_attempts=1)
    view.start()
    asked: list[str] = []
    confirm_when_asked(qtbot, asked)
    view.show_check()
    view.check_page.submit_button.click()
    assert "not answered yet" in asked[0]
    assert view.current_page() is view.result_page
    view.show_start()
    assert not view.start_page.start_button.isEnabled()
    assert "used all 1 attempts" in view.start_page.message.text()
    assert "1 of 1" in view.start_page.facts.text()


def test_a_cooldown_shows_when_the_next_attempt_opens(open_quiz, qtbot: QtBot, clock) -> None:  # type: ignore[no-untyped-def]
    view = open_quiz(cooldown_seconds=3600)
    view.start()
    confirm_when_asked(qtbot, [])
    view.submit()
    view.show_start()
    assert not view.start_page.start_button.isEnabled()
    assert view.start_page.message.text().startswith("You can try this quiz again from ")
    clock.advance(3600)
    view.show_start()
    assert view.start_page.start_button.isEnabled()
    assert view.start_page.message.isHidden()
    assert view.start_page.start_button.text() == "&Start a new attempt"


def test_matching_combos_have_accessible_names(open_quiz) -> None:  # type: ignore[no-untyped-def]
    view = open_quiz(layout="all_on_one_page")
    view.start()
    widget = view.widgets["basics-04"]
    assert isinstance(widget, MatchingWidget)
    names = [combo.accessibleName() for combo in widget.findChildren(QComboBox)]
    assert names == [f"Match for: {left}" for left, _right in widget.shown.question.pairs]
    for shown in view.attempt.questions:
        assert view.widgets[shown.id].accessibleName()


def test_the_result_page_renders(open_quiz, qtbot: QtBot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = open_quiz()
    view.start()
    for shown in view.attempt.questions:
        if shown.question.type is not QuestionType.MATCHING:
            view.widgets[shown.id].set_response(right_answer(shown.question))
            view._answered(shown.id, right_answer(shown.question))
    confirm_when_asked(qtbot, [])
    view.submit()
    image = view.grab().toImage()
    image.save(str(tmp_path / "quiz-result.png"))
    assert not image.isNull()
    assert image.width() >= 800
    text = view.result.toPlainText()
    assert "86% — Passed" in text
    assert "Right answer:" in text
    assert "Eight characters, six attempts" in text


def test_the_activity_view_opens_a_quiz_in_the_quiz_view(ui_context, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    from trainer_app.ui.views.activity_view import ActivityView

    activity_view = ActivityView(ui_context, ui_context.app)
    qtbot.addWidget(activity_view)
    activity_view.open(PACK, QUIZ)
    assert isinstance(activity_view.current, QuizView)
    assert activity_view.current.current_page() is activity_view.current.start_page
    assert activity_view.current.start_page.title.text() == "Check: logging in"
    activity_view.close_activity()
