"""The result of an attempt as one HTML page: score, pass or fail, then every question as it was shown with the
learner's answer, the right answer and the explanation. Pack text is always escaped.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from trainer_app.core.domain.quiz import Question, QuestionType
from trainer_app.core.rules.quiz import Response, ShownQuestion
from trainer_app.core.services.quizzes import AttemptReview, ReviewedQuestion

RIGHT_COLOUR = "#2e7d32"
WRONG_COLOUR = "#c62828"
PARTIAL_COLOUR = "#b26a00"
CSS = (
    "body{line-height:140%} h2{margin-bottom:2px} .verdict{font-size:x-large;font-weight:bold}"
    " .vignette{background:#f3f3f3;padding:6px} .label{color:#555} .explain{color:#333}"
    " .answer{margin-left:16px;margin-right:16px}"
)


def percent(value: float) -> str:
    return f"{round(value * 100)}%"


def answer_lines(shown: ShownQuestion, response: Response) -> list[str]:
    """The learner's answer as lines of plain text, options in the order they were shown."""
    kind = shown.question.type
    if response is None or response in ([], {}):
        return [QCoreApplication.translate("QuizReview", "No answer")]
    if kind is QuestionType.TRUE_FALSE:
        return [
            QCoreApplication.translate("QuizReview", "True")
            if response is True
            else QCoreApplication.translate("QuizReview", "False")
        ]
    if kind is QuestionType.MATCHING and isinstance(response, dict):
        lefts = [left for left, _right in shown.question.pairs]
        no_match = QCoreApplication.translate("QuizReview", "no match")
        return [f"{left} → {response.get(left) or no_match}" for left in lefts]
    if kind is QuestionType.ORDERING and isinstance(response, list):
        return [f"{number}. {text}" for number, text in enumerate(response, start=1)]
    if kind is QuestionType.MULTIPLE and isinstance(response, list):
        return [option for option in shown.shown if option in response]
    return [str(response)]


def right_answer_lines(question: Question, shown: tuple[str, ...]) -> list[str]:
    kind = question.type
    if kind is QuestionType.TRUE_FALSE:
        return [
            QCoreApplication.translate("QuizReview", "True")
            if question.answer
            else QCoreApplication.translate("QuizReview", "False")
        ]
    if kind is QuestionType.MATCHING:
        return [f"{left} → {right}" for left, right in question.pairs]
    if kind is QuestionType.ORDERING:
        return [f"{number}. {text}" for number, text in enumerate(question.items, start=1)]
    if kind is QuestionType.MULTIPLE:
        return [option for option in shown if option in question.correct]
    return list(question.correct)


def _mark(reviewed: ReviewedQuestion) -> str:
    result = reviewed.result
    if result.correct:
        label = QCoreApplication.translate("QuizReview", "Right")
        return f'<span style="color:{RIGHT_COLOUR}">✔ {escape(label)}</span>'
    if result.points_earned > 0:
        points = f"{round(result.points_earned, 2):g} / {round(result.points_possible, 2):g}"
        label = QCoreApplication.translate("QuizReview", "Partly right")
        return f'<span style="color:{PARTIAL_COLOUR}">◐ {escape(label)} ({points})</span>'
    label = QCoreApplication.translate("QuizReview", "Wrong")
    return f'<span style="color:{WRONG_COLOUR}">✘ {escape(label)}</span>'


def _question_html(heading: str, reviewed: ReviewedQuestion) -> str:
    shown = reviewed.shown
    question = shown.question
    rows = [(QCoreApplication.translate("QuizReview", "Your answer"), answer_lines(shown, reviewed.response))]
    if not reviewed.result.correct:
        rows.append(
            (
                QCoreApplication.translate("QuizReview", "Right answer"),
                right_answer_lines(question, shown.shown),
            )
        )
    answers = "".join(
        f'<p class="answer"><span class="label">{escape(label)}:</span><br/>{"<br/>".join(map(escape, lines))}</p>'
        for label, lines in rows
    )
    parts = [
        f"<p><b>{escape(heading)}</b> &nbsp; {_mark(reviewed)}<br/>{escape(question.prompt)}</p>",
        answers,
    ]
    if shown.shown and question.type in (QuestionType.SINGLE, QuestionType.MULTIPLE):
        options = "".join(f"<li>{escape(option)}</li>" for option in shown.shown)
        as_shown = QCoreApplication.translate("QuizReview", "Options as shown:")
        parts.insert(
            1,
            f'<p class="label">{escape(as_shown)}</p><ol type="A">{options}</ol>',
        )
    if question.explanation:
        parts.append(f'<p class="explain"><i>{escape(question.explanation)}</i></p>')
    return "".join(parts)


def review_html(review: AttemptReview, right_to_left: bool = False) -> str:
    result = review.result
    verdict = (
        QCoreApplication.translate("QuizReview", "Passed")
        if result.passed
        else QCoreApplication.translate("QuizReview", "Not passed")
    )
    colour = RIGHT_COLOUR if result.passed else WRONG_COLOUR
    summary = QCoreApplication.translate(
        "QuizReview", "Attempt {number}: {earned:g} of {possible:g} points. The pass mark is {mark}."
    ).format(
        number=review.summary.number,
        earned=round(result.points_earned, 2),
        possible=round(result.points_possible, 2),
        mark=percent(result.pass_mark),
    )
    body = [
        f"<h2>{escape(review.title)}</h2>",
        f'<p class="verdict"><span style="color:{colour}">{escape(percent(result.score))} — {escape(verdict)}</span></p>',
        f"<p>{escape(summary)}</p><hr/>",
    ]
    for number, item in enumerate(review.items, start=1):
        heading = QCoreApplication.translate("QuizReview", "Question {number}").format(number=number)
        if item.vignette:
            body.append(f'<p><b>{escape(heading)}</b></p><p class="vignette">{escape(item.vignette)}</p>')
            for part_number, reviewed in enumerate(item.questions, start=1):
                body.append(
                    _question_html(
                        QCoreApplication.translate("QuizReview", "Part {number}").format(number=part_number),
                        reviewed,
                    )
                )
        else:
            body.extend(_question_html(heading, reviewed) for reviewed in item.questions)
        body.append("<hr/>")
    direction = "rtl" if right_to_left else "ltr"
    return f'<html><head><style>{CSS}</style></head><body dir="{direction}">{"".join(body)}</body></html>'
