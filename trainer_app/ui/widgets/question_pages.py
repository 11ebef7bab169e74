"""The quiz pages around the questions: the start page (facts, past attempts) and the check before submitting
(unanswered questions). They show what they are given and emit what the learner asks for.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer_app.core.services.quizzes import AttemptSummary, QuizInfo
from trainer_app.ui.widgets.question_review import percent
from trainer_app.ui.widgets.question_widgets import text_label

DATA = Qt.ItemDataRole.UserRole


def local_time(value: datetime) -> str:
    moment = QDateTime.fromSecsSinceEpoch(int(value.timestamp())).toLocalTime()
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def heading_label(text: str = "", scale: float = 1.3) -> QLabel:
    label = text_label(text, bold=True)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


class StartPage(QWidget):
    """Title, number of questions, pass mark, attempts used, why a new attempt must wait, past attempts."""

    startRequested = Signal()
    reviewRequested = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.title = heading_label()
        self.facts = text_label("")
        self.facts.setAccessibleName(self.tr("About this quiz"))
        self.message = text_label("")
        self.message.setAccessibleName(self.tr("Quiz message"))
        self.start_button = QPushButton(self.tr("&Start the quiz"))
        self.start_button.clicked.connect(self.startRequested)
        self.attempts_label = text_label(self.tr("Past attempts"), bold=True)
        self.attempts = QTreeWidget()
        self.attempts.setRootIsDecorated(False)
        self.attempts.setAccessibleName(self.tr("Past attempts"))
        self.attempts.setHeaderLabels(
            [self.tr("Attempt"), self.tr("Date"), self.tr("Score"), self.tr("Result")]
        )
        self.attempts.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.attempts.itemActivated.connect(lambda item, _column: self._review(item))
        self.attempts.currentItemChanged.connect(lambda item, _old: self._update_review_button(item))
        self.attempts_label.setBuddy(self.attempts)
        self.review_button = QPushButton(self.tr("&Review the selected attempt"))
        self.review_button.setAccessibleName(self.tr("Review the selected attempt"))
        self.review_button.clicked.connect(lambda: self._review(self.attempts.currentItem()))
        for button in (self.start_button, self.review_button):
            button.setAutoDefault(True)  # Enter presses the focused button
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        for widget in (self.title, self.facts, self.message):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addWidget(self.attempts_label)
        layout.addWidget(self.attempts, 1)
        row = QHBoxLayout()
        row.addWidget(self.review_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(0)

    def show_info(self, info: QuizInfo) -> None:
        self.title.setText(info.title)
        facts = [
            self._question_count(info),
            self.tr("Pass mark: {mark}").format(mark=percent(info.pass_mark)),
            self.tr("Attempts used: {used} of {allowed}").format(
                used=info.attempts_used, allowed=info.max_attempts
            )
            if info.max_attempts
            else self.tr("Attempts used: {used} (no limit)").format(used=info.attempts_used),
        ]
        self.facts.setText(" · ".join(facts))
        resume = info.open_attempt_id is not None
        self.message.setText("" if resume else self._refusal(info))
        self.message.setVisible(bool(self.message.text()))
        self.start_button.setText(self._start_text(info))
        self.start_button.setAccessibleName(self.start_button.text().replace("&", ""))
        self.start_button.setEnabled(resume or info.decision.allowed)
        self._fill_attempts(info.attempts)

    def _question_count(self, info: QuizInfo) -> str:
        """Questions as the quiz pages count them: each part of a case study is one."""
        low, high = info.fewest_questions or info.item_count, info.most_questions or info.item_count
        if low != high:
            return self.tr("{low} to {high} questions").format(low=low, high=high)
        return self.tr("1 question") if high == 1 else self.tr("{count} questions").format(count=high)

    def _refusal(self, info: QuizInfo) -> str:
        """Why no new attempt can start yet, in the learner's language and local time."""
        decision = info.decision
        if decision.allowed:
            return ""
        if decision.next_allowed_at is not None:
            return self.tr("You can try this quiz again from {time}.").format(
                time=local_time(decision.next_allowed_at)
            )
        return self.tr("You have used all {count} attempts allowed for this quiz.").format(
            count=info.max_attempts
        )

    def _start_text(self, info: QuizInfo) -> str:
        if info.open_attempt_id is not None:
            return self.tr("&Resume the quiz")
        return self.tr("&Start the quiz") if not info.attempts else self.tr("&Start a new attempt")

    def show_error(self, text: str) -> None:
        self.title.setText(self.tr("This quiz cannot be opened"))
        self.facts.setText("")
        self.message.setText(text)
        self.message.setVisible(True)
        self.start_button.setEnabled(False)
        self._fill_attempts(())

    def _fill_attempts(self, attempts: tuple[AttemptSummary, ...]) -> None:
        self.attempts.clear()
        for attempt in reversed(attempts):
            if attempt.submitted_at is None:
                score, result = "", self.tr("In progress")
            else:
                score = percent(attempt.score or 0.0)
                result = self.tr("Passed") if attempt.passed else self.tr("Not passed")
            item = QTreeWidgetItem([str(attempt.number), local_time(attempt.started_at), score, result])
            item.setData(0, DATA, attempt.attempt_id if attempt.submitted_at else "")
            self.attempts.addTopLevelItem(item)
        self.attempts_label.setVisible(bool(attempts))
        self.attempts.setVisible(bool(attempts))
        self.review_button.setVisible(bool(attempts))
        first = self.attempts.topLevelItem(0)
        if first is not None:
            self.attempts.setCurrentItem(first)
        self._update_review_button(self.attempts.currentItem())

    def _update_review_button(self, item: QTreeWidgetItem | None) -> None:
        self.review_button.setEnabled(bool(item and item.data(0, DATA)))

    def _review(self, item: QTreeWidgetItem | None) -> None:
        if item is not None and item.data(0, DATA):
            self.reviewRequested.emit(str(item.data(0, DATA)))


class CheckPage(QWidget):
    """Before submitting: how many questions are answered, and the unanswered ones (activate one to go there)."""

    backRequested = Signal()
    submitRequested = Signal()
    questionRequested = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.title = heading_label(self.tr("Check your answers"))
        self.summary = text_label("")
        self.summary.setAccessibleName(self.tr("Answer summary"))
        self.list_label = text_label(self.tr("Not answered or not finished (press Enter to go to one):"))
        self.unanswered = QListWidget()
        self.unanswered.setWordWrap(True)
        self.unanswered.setAccessibleName(self.tr("Questions not answered yet"))
        self.unanswered.itemActivated.connect(lambda item: self.questionRequested.emit(str(item.data(DATA))))
        self.back_button = QPushButton(self.tr("&Back to the questions"))
        self.back_button.setAccessibleName(self.tr("Back to the questions"))
        self.back_button.clicked.connect(self.backRequested)
        self.submit_button = QPushButton(self.tr("S&ubmit answers"))
        self.submit_button.setAccessibleName(self.tr("Submit answers"))
        self.submit_button.clicked.connect(self.submitRequested)
        for button in (self.back_button, self.submit_button):
            button.setAutoDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.list_label)
        layout.addWidget(self.unanswered, 1)
        layout.addStretch(0)
        layout.addLayout(buttons)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter on the list has opened a question already: it must not reach the quiz view as well."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def show_missing(self, answered: int, total: int, missing: list[tuple[str, str]]) -> None:
        """`missing` is (question id, label) for every question not answered yet."""
        self.summary.setText(
            self.tr("You answered {answered} of {total} questions.").format(answered=answered, total=total)
        )
        self.unanswered.clear()
        for question_id, label in missing:
            item = QListWidgetItem(label)
            item.setData(DATA, question_id)
            self.unanswered.addItem(item)
        self.list_label.setVisible(bool(missing))
        self.unanswered.setVisible(bool(missing))
        if missing:
            self.unanswered.setCurrentRow(0)
