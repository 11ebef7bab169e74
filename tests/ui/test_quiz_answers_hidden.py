"""No explanation or key shows before an attempt is submitted: not while answering, not on the start page of an
open attempt (its review stays closed until it is submitted)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QTextBrowser, QTreeWidget

from trainer_app.core.packs.quizbank import load_bank
from trainer_app.ui.views.quiz_view import QuizView

PACK, QUIZ = "mini-pack", "basics-quiz"


def visible_text(view: Any) -> str:
    labels = [w.text() for w in view.findChildren(QLabel) if w.isVisible()]
    browsers = [w.toPlainText() for w in view.findChildren(QTextBrowser) if w.isVisible()]
    return "\n".join(labels + browsers)


def by_text(view: Any, text: str) -> QPushButton:
    return next(
        b for b in view.findChildren(QPushButton) if b.text().replace("&", "") == text and b.isVisible()
    )


def test_explanations_stay_hidden_until_the_attempt_is_submitted(qtbot, ui_context) -> None:  # type: ignore[no-untyped-def]
    app = ui_context.app
    activity = app.packs.activity(PACK, QUIZ)
    pack = app.packs.get(PACK)
    explanations = [
        leaf.explanation
        for q in load_bank(pack.path(activity.file), pack.root).questions
        for leaf in q.leaves
        if leaf.explanation
    ]
    view = QuizView(ui_context, ui_context.app)
    qtbot.addWidget(view)
    view.resize(820, 640)
    view.show()
    view.open(PACK, activity)
    qtbot.mouseClick(by_text(view, "Start the quiz"), Qt.MouseButton.LeftButton)
    seen = [visible_text(view)]
    for _ in range(20):  # every question page, as Next walks them
        button = view.next_button
        if not button.isVisible() or "Review" in button.text():
            break
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        seen.append(visible_text(view))
    view.open(PACK, activity)  # back on the quiz later: the attempt is still open
    seen.append(visible_text(view))
    assert len(seen) >= 6  # the start, the questions, the return
    shown = "\n".join(seen)
    assert not [e for e in explanations if e in shown]
    attempts = next(t for t in view.findChildren(QTreeWidget) if t.accessibleName() == "Past attempts")
    assert attempts.topLevelItem(0).text(3) == "In progress"
    review = next(
        b for b in view.findChildren(QPushButton) if b.accessibleName() == "Review the selected attempt"
    )
    assert not review.isEnabled()
    qtbot.keyClick(attempts, Qt.Key.Key_Return)  # activating the open attempt does not review it either
    assert not [e for e in explanations if e in visible_text(view)]
