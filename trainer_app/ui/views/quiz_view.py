"""The quiz screen: start page, questions (one item per page or all on one page), a check before submitting,
and the result. Answers go to QuizService as they are given; grading and completion happen there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from trainer_app.core.common.errors import TrainerError
from trainer_app.core.domain.pack import Activity
from trainer_app.core.rules.quiz import Response, is_answered
from trainer_app.core.services.quizzes import AttemptView
from trainer_app.ui.context import Context
from trainer_app.ui.errors_text import error_text
from trainer_app.ui.widgets.question_pages import CheckPage, StartPage, heading_label
from trainer_app.ui.widgets.question_review import review_html
from trainer_app.ui.widgets.question_widgets import (
    QuestionWidget,
    make_question_widget,
    pack_label,
    text_label,
)

if TYPE_CHECKING:
    from trainer_app.ui.view_services import QuizServices

ALL_ON_ONE_PAGE = "all_on_one_page"


class QuizView(QWidget):
    def __init__(self, context: Context, services: QuizServices) -> None:
        super().__init__()
        self.context = context
        self.services = services
        self.pack_id = ""
        self.activity: Activity | None = None
        self.attempt: AttemptView | None = None
        self.widgets: dict[str, QuestionWidget] = {}
        self.panels: list[QWidget] = []
        self.page_of: dict[str, int] = {}
        self.number_of: dict[
            str, int
        ] = {}  # question id -> its number in the quiz (case-study parts counted)
        self.answers: dict[str, Response] = {}
        self.index = 0
        self._clock = QElapsedTimer()
        self.error = text_label("")
        self.error.setStyleSheet("color: #c62828")
        self.error.setAccessibleName(self.tr("Quiz error"))
        self.error.hide()
        self.start_page = StartPage()
        self.start_page.startRequested.connect(self.start)
        self.start_page.reviewRequested.connect(self.show_review)
        self.check_page = CheckPage()
        self.check_page.backRequested.connect(lambda: self.go_to(self.index))
        self.check_page.submitRequested.connect(self.submit)
        self.check_page.questionRequested.connect(lambda qid: self.go_to(self.page_of.get(qid, 0), qid))
        self.pages = QStackedWidget()
        for page in (
            self.start_page,
            self._build_question_page(),
            self.check_page,
            self._build_result_page(),
        ):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.error)
        layout.addWidget(self.pages, 1)

    def _build_question_page(self) -> QWidget:
        self.question_page = QWidget()
        self.position = heading_label(scale=1.1)
        self.position.setAccessibleName(self.tr("Position in the quiz"))
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(self.tr("Progress through the quiz"))
        self.container = QWidget()
        self.container_layout = QVBoxLayout(self.container)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(self.container)
        self.previous_button = QPushButton(self.tr("&Previous"))
        self.next_button = QPushButton(self.tr("&Next"))
        self.previous_button.setAccessibleName(self.tr("Previous question"))
        for button in (self.previous_button, self.next_button):
            button.setAutoDefault(True)  # Enter presses the focused button
        self.previous_button.clicked.connect(lambda: self.go_to(self.index - 1))
        self.next_button.clicked.connect(self.next)
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        layout = QVBoxLayout(self.question_page)
        layout.addWidget(self.position)
        layout.addWidget(self.bar)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(nav)
        return self.question_page

    def _build_result_page(self) -> QWidget:
        self.result_page = QWidget()
        self.result = QTextBrowser()
        self.result.setOpenLinks(False)
        self.result.setTabChangesFocus(True)  # keyboard users scroll with the arrows and Tab on to the button
        self.result.setAccessibleName(self.tr("Quiz result"))
        self.back_to_start = QPushButton(self.tr("&Back to the quiz"))
        self.back_to_start.setAccessibleName(self.tr("Back to the quiz start page"))
        self.back_to_start.setAutoDefault(True)
        self.back_to_start.clicked.connect(self.show_start)
        row = QHBoxLayout()
        row.addWidget(self.back_to_start)
        row.addStretch(1)
        layout = QVBoxLayout(self.result_page)
        layout.addWidget(self.result, 1)
        layout.addLayout(row)
        return self.result_page

    # ---- kind view protocol --------------------------------------------------------------------------

    def open(self, pack_id: str, activity: Activity, anchor: str = "") -> None:  # noqa: ARG002 (every kind view shares this signature)
        self.pack_id = pack_id
        self.activity = activity
        self.attempt = None
        self.show_start()

    def close_activity(self) -> None:
        """Every answer is already saved; an open attempt resumes next time."""
        self.attempt = None

    @property
    def one_per_page(self) -> bool:
        return self.attempt is None or self.attempt.layout != ALL_ON_ONE_PAGE

    # ---- start -------------------------------------------------------------------------------------------

    def show_start(self) -> None:
        self._hide_error()
        learner = self.context.learner
        if learner is None or self.activity is None:
            return
        try:
            info = self.services.quizzes.info(learner.id, self.pack_id, self.activity.id)
        except TrainerError as error:
            self.start_page.show_error(error_text(error))
        else:
            self.start_page.show_info(info)
        self.pages.setCurrentWidget(self.start_page)
        focus = self.start_page.start_button
        (focus if focus.isEnabled() else self.start_page.attempts).setFocus()

    def start(self) -> None:
        learner = self.context.learner
        if learner is None or self.activity is None:
            return
        try:
            self.attempt = self.services.quizzes.start(learner.id, self.pack_id, self.activity.id)
        except TrainerError as error:
            self._show_error(error_text(error))
            return
        self._hide_error()
        self.answers = dict(self.attempt.answers)
        self._build_questions(self.attempt)
        self._clock.start()
        self.go_to(0)

    def _build_questions(self, attempt: AttemptView) -> None:
        while self.container_layout.count():
            taken = self.container_layout.takeAt(0)
            old = taken.widget() if taken is not None else None
            if old is not None:
                old.deleteLater()
        self.panels, self.widgets, self.page_of, self.number_of = [], {}, {}, {}
        number = 0  # questions are numbered across the quiz, each part of a case study with its own number
        for item in attempt.items:
            panel = QWidget()
            column = QVBoxLayout(panel)
            column.setContentsMargins(0, 0, 0, 12)
            column.setSpacing(14)
            heading = "" if self.one_per_page else self.tr("Question {number}").format(number=number + 1)
            if item.is_scenario or heading:
                column.addWidget(
                    heading_label(self.tr("Case study") if item.is_scenario else heading, scale=1.0)
                )
            if item.is_scenario:
                vignette = pack_label(item.vignette)
                vignette.setFrameShape(QFrame.Shape.StyledPanel)
                vignette.setMargin(8)
                vignette.setAccessibleName(self.tr("Case study"))
                column.addWidget(vignette)
            for shown in item.questions:
                number += 1
                self.number_of[shown.id] = number
                label = self.tr("Question {number}").format(number=number) if item.is_scenario else ""
                widget = make_question_widget(shown, label)
                widget.heading.setVisible(bool(label))
                widget.set_response(self.answers.get(shown.id))
                widget.answered.connect(self._answered)
                column.addWidget(widget)
                self.widgets[shown.id] = widget
                self.page_of[shown.id] = len(self.panels)
            self.container_layout.addWidget(panel)
            self.panels.append(panel)
        self.container_layout.addStretch(1)

    # ---- moving through the questions ----------------------------------------------------------------

    def go_to(self, index: int, question_id: str = "") -> None:
        if self.attempt is None or not self.panels:
            return
        self.index = max(0, min(index, len(self.panels) - 1))
        for number, panel in enumerate(self.panels):
            panel.setVisible(not self.one_per_page or number == self.index)
        self.pages.setCurrentWidget(self.question_page)
        self._update_position()
        self.previous_button.setVisible(self.one_per_page)
        self.previous_button.setEnabled(self.index > 0)
        last = not self.one_per_page or self.index == len(self.panels) - 1
        self.next_button.setText(self.tr("&Review answers") if last else self.tr("&Next"))
        self.next_button.setAccessibleName(self.next_button.text().replace("&", ""))
        target = self.widgets.get(question_id) or self._first_widget(self.index)
        self.scroll_area.ensureWidgetVisible(target if target else self.container, 0, 0)
        if not question_id and self.one_per_page:
            self.scroll_area.verticalScrollBar().setValue(0)
        focus = target.first_focus() if target else None
        (focus or self.next_button).setFocus(Qt.FocusReason.OtherFocusReason)

    def next(self) -> None:
        if self.one_per_page and self.index < len(self.panels) - 1:
            self.go_to(self.index + 1)
        else:
            self.show_check()

    def _first_widget(self, index: int) -> QuestionWidget | None:
        return next((w for qid, w in self.widgets.items() if self.page_of[qid] == index), None)

    def _update_position(self) -> None:
        if self.one_per_page:
            total = len(self.widgets)
            here = [n for qid, n in self.number_of.items() if self.page_of[qid] == self.index]
            first, last = min(here, default=0), max(here, default=0)
            self.position.setText(
                self.tr("Question {number} of {total}").format(number=first, total=total)
                if first == last
                else self.tr("Questions {first}–{last} of {total}").format(
                    first=first, last=last, total=total
                )
            )
            self.bar.setRange(0, total)
            self.bar.setValue(last)
        else:
            answered, total = self._answered_count(), len(self.widgets)
            self.position.setText(
                self.tr("Answered {answered} of {total} questions").format(answered=answered, total=total)
            )
            self.bar.setRange(0, total)
            self.bar.setValue(answered)

    def _answered_count(self) -> int:
        return sum(
            1 for qid, w in self.widgets.items() if is_answered(w.shown.question, self.answers.get(qid))
        )

    # ---- answers, check, submit ----------------------------------------------------------------------

    def _answered(self, question_id: str, response: Response) -> None:
        if self.attempt is None:
            return
        self.answers[question_id] = response
        try:
            self.services.quizzes.save_answer(self.attempt.attempt_id, question_id, response, self._seconds())
        except TrainerError as error:
            self._show_error(error_text(error))
        if not self.one_per_page:
            self._update_position()

    def _seconds(self) -> float:
        seconds = self._clock.restart() / 1000 if self._clock.isValid() else 0.0
        return float(seconds)

    def show_check(self) -> None:
        missing = []
        for qid, widget in self.widgets.items():
            if not is_answered(widget.shown.question, self.answers.get(qid)):
                label = self.tr("Question {number}: {prompt}").format(
                    number=self.number_of[qid], prompt=widget.shown.question.prompt
                )
                missing.append((qid, label))
        self.check_page.show_missing(len(self.widgets) - len(missing), len(self.widgets), missing)
        self.pages.setCurrentWidget(self.check_page)
        (self.check_page.unanswered if missing else self.check_page.submit_button).setFocus()

    def submit(self) -> None:
        if self.attempt is None or not self._confirm_submit():
            return
        attempt_id = self.attempt.attempt_id
        try:
            self.services.quizzes.submit(attempt_id, self._seconds())
        except TrainerError as error:
            self._show_error(error_text(error))
            return
        self.attempt = None
        self.show_review(attempt_id)
        # Issued inside the submit itself (so the later certificate check finds nothing new), or owed and why.
        from trainer_app.ui.certificate_hook import announce_issued

        quizzes = self.services.quizzes
        announce_issued(self.context, quizzes.last_certificates, quizzes.last_certificate_pending)

    def _confirm_submit(self) -> bool:
        missing = len(self.widgets) - self._answered_count()
        text = self.tr("Submit your answers? You cannot change them afterwards.")
        if missing:
            text += " " + self.tr("{count} question(s) are not answered yet.").format(count=missing)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Submit answers"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        confirmed = box.exec() == QMessageBox.StandardButton.Yes
        box.deleteLater()
        return confirmed

    def show_review(self, attempt_id: str) -> None:
        try:
            review = self.services.quizzes.review(attempt_id)
        except TrainerError as error:
            self._show_error(error_text(error))
            return
        self._hide_error()
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self.result.setHtml(review_html(review, rtl))
        self.pages.setCurrentWidget(self.result_page)
        self.result.setFocus()

    # ---- keyboard and messages -----------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """On a question page Enter means Next (buttons take their own Enter, combo pop-ups theirs)."""
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.pages.currentWidget() is self.question_page
        ):
            self.next()
            return
        super().keyPressEvent(event)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _hide_error(self) -> None:
        self.error.hide()

    def current_page(self) -> QWidget | None:
        return self.pages.currentWidget()

    def position_text(self) -> str:
        return self.position.text()
