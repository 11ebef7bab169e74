"""The Trainer's "Item analysis" tab: pick a quiz, see each question's attempts, facility, discrimination and
flags, and how often each option of the selected question was chosen. Numbers come from the item analysis
service; this view only shows them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from trainer_app.core.common.errors import TrainerError
from trainer_app.core.common.numbers import format_percent
from trainer_app.core.domain.item_report import FlagKind, ItemFlag, ItemReport, ItemStats
from trainer_app.ui.context import Context
from trainer_app.ui.errors_text import error_text
from trainer_app.ui.tasks import run_in_background

if TYPE_CHECKING:
    from trainer_app.ui.view_services import ItemAnalysisServices

FLAGS_COLUMN = 5  # the last column: its tooltip says what is wrong, or that nothing is
NUMBER_COLUMNS = (2, 3, 4)  # attempts, facility, discrimination: right-aligned
FLAGGED = QColor("#fff3cd")  # a pale amber; the Flags column says why in words as well


def _number(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def _table(name: str, headers: list[str]) -> tuple[QTableView, QStandardItemModel]:
    model = QStandardItemModel(0, len(headers))
    model.setHorizontalHeaderLabels(headers)
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move between rows
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    table.setMinimumHeight(150)
    return table, model


class ItemAnalysisPanel(QScrollArea):
    def __init__(self, context: Context, services: ItemAnalysisServices) -> None:
        super().__init__()
        self.context = context
        self.services = services
        self.report: ItemReport | None = None
        self.loaded_quizzes = False
        self.setWidgetResizable(True)
        self.setAccessibleName(self.tr("Item analysis"))
        body = QWidget()
        layout = QVBoxLayout(body)
        self.quiz = QComboBox()
        self.quiz.setAccessibleName(self.tr("Quiz"))
        self.quiz.setMinimumContentsLength(24)
        self.quiz.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.quiz.currentIndexChanged.connect(self._quiz_chosen)
        form = QFormLayout()
        form.addRow(self.tr("&Quiz:"), self.quiz)
        layout.addLayout(form)
        self.status = QLabel(
            self.tr(
                "Facility: the mean score on a question (0 to 1). Discrimination: how well the question's score "
                "follows the rest of the test (−1 to 1; negative means strong learners miss it)."
            )
        )
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        headers = [
            self.tr("Question"),
            self.tr("Prompt"),
            self.tr("Attempts"),
            self.tr("Facility"),
            self.tr("Discrimination"),
            self.tr("Flags"),
        ]
        self.questions, self.question_model = _table(self.tr("Questions"), headers)
        for column, width in enumerate((150, 260, 70, 70, 100)):
            self.questions.setColumnWidth(column, width)
        self.questions.selectionModel().selectionChanged.connect(self._question_selected)
        layout.addWidget(self.questions, 3)
        self.options_title = QLabel(self.tr("Options chosen: select a question above."))
        self.options_title.setWordWrap(True)
        layout.addWidget(self.options_title)
        option_headers = [self.tr("Option"), self.tr("Correct"), self.tr("Chosen"), self.tr("Share")]
        self.options, self.option_model = _table(self.tr("Options chosen"), option_headers)
        self.options.setColumnWidth(0, 380)
        layout.addWidget(self.options, 2)
        self.setWidget(body)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.loaded_quizzes:
            self.load_quizzes()

    def load_quizzes(self) -> None:
        """Fill the quiz list from the pack (cheap: no statistics until a quiz is chosen)."""
        self.loaded_quizzes = True
        try:
            quizzes = self.services.items.quizzes()
        except TrainerError as error:
            self.status.setText(error_text(error))
            return
        self.quiz.blockSignals(True)
        self.quiz.clear()
        self.quiz.addItem(self.tr("Choose a quiz…"), "")
        for activity_id, title in quizzes:
            self.quiz.addItem(title, activity_id)
            self.quiz.setItemData(self.quiz.count() - 1, activity_id, Qt.ItemDataRole.ToolTipRole)
        self.quiz.blockSignals(False)

    def _quiz_chosen(self, _index: int) -> None:
        activity_id = self.quiz.currentData()
        self.question_model.removeRows(0, self.question_model.rowCount())
        self.option_model.removeRows(0, self.option_model.rowCount())
        if not activity_id:
            return
        self.status.setText(self.tr("Computing…"))
        items = self.services.items
        run_in_background(lambda: items.build(activity_id), self._loaded, self._failed)

    def _loaded(self, report: ItemReport) -> None:
        self.report = report
        if not report.quizzes or report.quizzes[0].activity_id != self.quiz.currentData():
            return  # another quiz was chosen meanwhile; its own result follows
        quiz = report.quizzes[0]
        self.status.setText(
            self.tr(
                "%n submitted attempt(s). Flagged questions are marked in the Flags column.",
                "",
                quiz.attempts,
            )
        )
        for item in quiz.items:
            self.question_model.appendRow(self._row(item))
        if quiz.items:
            self.questions.selectRow(0)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, TrainerError):
            raise error
        self.status.setText(error_text(error))

    def _row(self, item: ItemStats) -> list[QStandardItem]:
        flags = "; ".join(self.flag_text(flag) for flag in item.flags)
        texts = [
            item.question_id,
            item.prompt,
            str(item.attempts),
            _number(item.facility),
            _number(item.discrimination),
            (self.tr("⚠ ") + flags) if flags else self.tr("OK"),
        ]
        row = []
        for column, text in enumerate(texts):
            cell = QStandardItem(text)
            cell.setToolTip(text if column != FLAGS_COLUMN else flags or self.tr("Nothing looks wrong"))
            if column in NUMBER_COLUMNS:
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if flags:
                cell.setBackground(QBrush(FLAGGED))
                cell.setForeground(QBrush(QColor("#000000")))
            row.append(cell)
        return row

    def flag_text(self, flag: ItemFlag) -> str:
        texts = {
            FlagKind.TOO_FEW_ATTEMPTS: self.tr("too few attempts"),
            FlagKind.TOO_HARD: self.tr("too hard"),
            FlagKind.TOO_EASY: self.tr("too easy"),
            FlagKind.NEGATIVE_DISCRIMINATION: self.tr("negative discrimination"),
            FlagKind.UNUSED_DISTRACTOR: self.tr("nobody picks “%1”"),
        }
        return texts[flag.kind].replace("%1", flag.option)

    def _question_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        self.show_options(indexes[0] if indexes else QModelIndex())

    def show_options(self, index: QModelIndex) -> None:
        self.option_model.removeRows(0, self.option_model.rowCount())
        if not index.isValid() or self.report is None or not self.report.quizzes:
            return
        item = self.report.quizzes[0].items[index.row()]
        if not item.options:
            self.options_title.setText(
                self.tr("%1: no options to count for this kind of question.").replace("%1", item.question_id)
            )
            return
        self.options_title.setText(self.tr("Options chosen for %1").replace("%1", item.question_id))
        for option in item.options:
            share = format_percent(100 * option.chosen / item.attempts) if item.attempts else "—"
            texts = [
                option.option,
                self.tr("correct") if option.is_correct else "",
                str(option.chosen),
                share,
            ]
            row = [QStandardItem(text) for text in texts]
            row[0].setToolTip(option.option)
            for cell in row[2:]:
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.option_model.appendRow(row)
