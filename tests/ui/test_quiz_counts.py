"""The quiz says how many questions it asks and asks that many: every part of a case study is a question with
its own number, and an ordering question counts as answered only once the learner has given an order."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from trainer_app.ui.views.quiz_view import QuizView
from trainer_app.ui.widgets.question_widgets import OrderingWidget

PACK, QUIZ = "mini-pack", "basics-quiz"  # six items, one a case study in two parts: seven questions


def by_text(view: Any, text: str) -> QPushButton:
    return next(
        b for b in view.findChildren(QPushButton) if b.text().replace("&", "") == text and b.isVisible()
    )


def started(qtbot: Any, ui_context: Any) -> QuizView:
    view = QuizView(ui_context, ui_context.app)
    qtbot.addWidget(view)
    view.resize(820, 640)
    view.show()
    view.open(PACK, ui_context.app.packs.activity(PACK, QUIZ))
    facts = next(w for w in view.findChildren(QLabel) if w.accessibleName() == "About this quiz")
    assert facts.text().startswith("7 questions")
    qtbot.mouseClick(by_text(view, "Start the quiz"), Qt.MouseButton.LeftButton)
    return view


def test_pages_count_questions_and_each_part_of_a_case_study_has_its_number(qtbot, ui_context) -> None:  # type: ignore[no-untyped-def]
    view = started(qtbot, ui_context)
    positions, part_headings = [], []
    while True:
        positions.append(view.position.text())
        visible = [
            w for w in view.widgets.values() if w.isVisibleTo(view.container) and w.heading.isVisible()
        ]
        part_headings += [w.heading.text() for w in visible]
        if "Review" in view.next_button.text():
            break
        qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    # The draw order is random per attempt: the case study (two numbered parts) may come first.
    assert positions[0] in {"Question 1 of 7", "Questions 1–2 of 7"}
    assert all(p.endswith("of 7") for p in positions)
    assert len(positions) == 6
    numbers = [int(n) for p in positions for n in re.findall(r"\d+", p)[:-1]]
    assert sorted(set(numbers)) == [1, 2, 3, 4, 5, 6, 7]
    assert any(re.fullmatch(r"Questions \d–\d of 7", p) for p in positions)
    assert len(part_headings) == 2
    assert len(set(part_headings)) == 2


def test_an_ordering_question_is_unanswered_until_the_learner_orders_or_keeps_the_order(
    qtbot, ui_context
) -> None:  # type: ignore[no-untyped-def]
    view = started(qtbot, ui_context)
    ordering = next(w for w in view.widgets.values() if isinstance(w, OrderingWidget))
    view.go_to(view.page_of[ordering.shown.question.id])
    assert "Answered" not in view.position.text()
    assert ordering.shown.question.id not in view.answers  # seeing the list is not answering it
    view.show_check()
    assert "Put the steps of an idle log-out in order" in "\n".join(
        view.check_page.unanswered.item(i).text() for i in range(view.check_page.unanswered.count())
    )
    view.go_to(view.page_of[ordering.shown.question.id])
    qtbot.mouseClick(by_text(ordering, "Keep this order"), Qt.MouseButton.LeftButton)
    assert view.answers[ordering.shown.question.id] == ordering.response()
