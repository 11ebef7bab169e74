"""One answering widget per question type. Each shows a drawn question exactly as drawn and emits `answered`
(question id, response) whenever the learner changes the answer; nothing is graded or stored here.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from trainer_app.core.domain.quiz import QuestionType
from trainer_app.core.rules.quiz import Response, ShownQuestion
from trainer_app.ui.i18n import isolate, show_pack_text

_MNEMONIC_ROWS = 9  # rows 1–9 get an Alt+digit shortcut

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def text_label(text: str, bold: bool = False) -> QLabel:
    """A label for pack text: plain (never rich text), wrapping, selectable."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


def pack_label(text: str, bold: bool = False) -> QLabel:
    """A text_label for text from the pack: isolated and aligned by its own direction, not the window's."""
    label = text_label("", bold)
    show_pack_text(label, text)
    return label


class _ClickLabel(QLabel):
    """The wrapped text of a choice: a click on it clicks its button.

    The text is aligned towards its button (right in a right-to-left window) whatever its own direction, so an
    English option in an Arabic quiz wraps beside its radio instead of drifting to the far side of the row.
    """

    def __init__(self, text: str, button: QAbstractButton) -> None:
        super().__init__(isolate(text))
        self._button = button
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        policy = self.sizePolicy()  # keep the height-for-width flag that word wrap set
        policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)
        self.setSizePolicy(policy)
        self._align_to_button()

    def _align_to_button(self) -> None:
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        self.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignTop)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._align_to_button()
        super().changeEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()  # the release comes here, and goes no further up to the row (one click, one toggle)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._button.isEnabled():
            self._button.click()
        event.accept()


class OptionRow(QWidget):
    """One choice: a compact button (indicator and mnemonic letter) with its wrapping text right beside it.

    A click anywhere on the row clicks the button; the button keeps the keyboard focus and is named by the text.
    """

    def __init__(self, button: QAbstractButton, text: str) -> None:
        super().__init__()
        self.button = button
        self.label = _ClickLabel(text, button)
        button.setAccessibleName(text)
        button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(0)  # the button's own label spacing already separates the letter from the text
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        # the first line of text on the same baseline as the button's letter
        self.label.setContentsMargins(
            0, max(0, (button.sizeHint().height() - self.label.fontMetrics().height()) // 2), 0, 0
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.button.isEnabled():
            self.button.click()
        event.accept()


class QuestionWidget(QWidget):
    """The prompt of one leaf question above its answer controls. `heading` is e.g. "Question 3" or "Part 1"."""

    answered = Signal(str, object)  # question id, response

    def __init__(self, shown: ShownQuestion, heading: str) -> None:
        super().__init__()
        self.shown = shown
        self._loading = False
        self.heading = text_label(heading)
        self.prompt = pack_label(shown.question.prompt, bold=True)
        self.prompt.setAccessibleName(shown.question.prompt)
        self.body = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.prompt)
        layout.addLayout(self.body)
        self.setAccessibleName(f"{heading}: {shown.question.prompt}")

    @property
    def question_id(self) -> str:
        return self.shown.id

    def response(self) -> Response:
        raise NotImplementedError

    def set_response(self, response: Response) -> None:
        """Show a saved answer without emitting `answered`."""
        self._loading = True
        try:
            self._apply(response)
        finally:
            self._loading = False

    def _apply(self, response: Response) -> None:
        raise NotImplementedError

    def _changed(self, *_args: object) -> None:
        if not self._loading:
            self.answered.emit(self.question_id, self.response())

    def _toggled(self, _button: QAbstractButton, checked: bool) -> None:
        """Radio groups toggle twice per change (one off, one on): report the change once."""
        if checked:
            self._changed()

    def first_focus(self) -> QWidget | None:
        return None


class ChoiceWidget(QuestionWidget):
    """Single (radio buttons) or multiple (check boxes). Each button's text is its letter, a mnemonic: Alt+A.

    Radio buttons share a group (one Tab stop, arrows move the choice); check boxes are each a Tab stop.
    """

    def __init__(self, shown: ShownQuestion, heading: str) -> None:
        super().__init__(shown, heading)
        self.multiple = shown.question.type is QuestionType.MULTIPLE
        self.group = QButtonGroup(self)
        self.buttons: list[QAbstractButton] = []
        self.rows: list[OptionRow] = []
        if self.multiple:
            self.body.addWidget(text_label(self.tr("Choose all that apply.")))
        for index, option in enumerate(shown.shown):
            letter = LETTERS[index % len(LETTERS)]
            button: QAbstractButton = QCheckBox(f"&{letter}") if self.multiple else QRadioButton(f"&{letter}")
            if self.multiple:
                button.toggled.connect(self._changed)
            else:
                self.group.addButton(button, index)
            self.buttons.append(button)
            self.rows.append(OptionRow(button, option))
            self.body.addWidget(self.rows[-1])
        self.group.buttonToggled.connect(self._toggled)

    def response(self) -> Response:
        chosen = [self.shown.shown[i] for i, button in enumerate(self.buttons) if button.isChecked()]
        if self.multiple:
            return chosen or None
        return chosen[0] if chosen else None

    def _apply(self, response: Response) -> None:
        wanted = set(response) if isinstance(response, list) else {response}
        for option, button in zip(self.shown.shown, self.buttons, strict=True):
            button.setChecked(option in wanted)

    def first_focus(self) -> QWidget | None:
        checked = None if self.multiple else self.group.checkedButton()
        return checked or (self.buttons[0] if self.buttons else None)


class TrueFalseWidget(QuestionWidget):
    def __init__(self, shown: ShownQuestion, heading: str) -> None:
        super().__init__(shown, heading)
        self.true_button = QRadioButton(self.tr("&True"))
        self.false_button = QRadioButton(self.tr("&False"))
        self.true_button.setAccessibleName(self.tr("True"))
        self.false_button.setAccessibleName(self.tr("False"))
        self.group = QButtonGroup(self)
        row = QHBoxLayout()
        for button in (self.true_button, self.false_button):
            self.group.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.group.buttonToggled.connect(self._toggled)

    def response(self) -> Response:
        if self.true_button.isChecked():
            return True
        return False if self.false_button.isChecked() else None

    def _apply(self, response: Response) -> None:
        self.true_button.setChecked(response is True)
        self.false_button.setChecked(response is False)

    def first_focus(self) -> QWidget | None:
        return self.false_button if self.false_button.isChecked() else self.true_button


class MatchingWidget(QuestionWidget):
    """One combo box per left-hand item, offering the right-hand sides in their drawn order; Alt+1, Alt+2…"""

    def __init__(self, shown: ShownQuestion, heading: str) -> None:
        super().__init__(shown, heading)
        self.lefts = [left for left, _right in shown.question.pairs]
        self.combos: list[QComboBox] = []
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        for row, left in enumerate(self.lefts):
            label = QLabel(f"&{row + 1}. {left.replace('&', '&&')}" if row < _MNEMONIC_ROWS else left)
            label.setWordWrap(True)
            combo = QComboBox()
            combo.addItem(self.tr("Choose a match…"), "")
            for right in shown.shown:
                combo.addItem(right, right)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
            combo.setAccessibleName(self.tr("Match for: {left}").format(left=left))
            combo.currentIndexChanged.connect(self._changed)
            label.setBuddy(combo)
            grid.addWidget(label, row, 0)
            grid.addWidget(combo, row, 1)
            self.combos.append(combo)
        self.body.addLayout(grid)

    def response(self) -> Response:
        chosen = {left: str(combo.currentData()) for left, combo in zip(self.lefts, self.combos, strict=True)}
        chosen = {left: right for left, right in chosen.items() if right}
        return chosen or None

    def _apply(self, response: Response) -> None:
        given = response if isinstance(response, dict) else {}
        for left, combo in zip(self.lefts, self.combos, strict=True):
            combo.setCurrentIndex(max(0, combo.findData(given.get(left, ""))))

    def first_focus(self) -> QWidget | None:
        return self.combos[0] if self.combos else None


class _OrderList(QListWidget):
    """The items to order; Alt+Up and Alt+Down move the current item."""

    moveRequested = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.AltModifier and event.key() in (
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
        ):
            self.moveRequested.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        super().keyPressEvent(event)


class OrderingWidget(QuestionWidget):
    def __init__(self, shown: ShownQuestion, heading: str) -> None:
        super().__init__(shown, heading)
        self.body.addWidget(
            text_label(
                self.tr("Put the items in order: select one, then Move up or Move down (Alt+Up, Alt+Down).")
            )
        )
        self.list = _OrderList()
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAccessibleName(self.tr("Items to put in order"))
        self.list.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        self.list.moveRequested.connect(self.move_item)
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move &down"))
        self.up_button.setAccessibleName(self.tr("Move the selected item up"))
        self.down_button.setAccessibleName(self.tr("Move the selected item down"))
        for button in (self.up_button, self.down_button):
            button.setAutoDefault(True)  # Enter presses the focused button
        self.up_button.clicked.connect(lambda: self.move_item(-1))
        self.down_button.clicked.connect(lambda: self.move_item(1))
        # The list always shows some order, so seeing it is no answer: moving an item answers, and so does
        # saying that the order shown is the learner's own.
        self.keep_button = QPushButton(self.tr("&Keep this order"))
        self.keep_button.setAccessibleName(self.tr("Keep this order as my answer"))
        self.keep_button.setAutoDefault(True)
        self.keep_button.clicked.connect(self._changed)
        buttons = QVBoxLayout()
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addWidget(self.keep_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        self.body.addLayout(row)
        self._fill(list(shown.shown))

    def _fill(self, order: list[str]) -> None:
        self.list.clear()
        for text in order:
            self.list.addItem(QListWidgetItem(text))
        self.list.setCurrentRow(0)

    def move_item(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self._changed()

    def response(self) -> Response:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _apply(self, response: Response) -> None:
        if isinstance(response, list) and sorted(response) == sorted(self.shown.shown):
            self._fill(response)

    def first_focus(self) -> QWidget | None:
        return self.list


def make_question_widget(shown: ShownQuestion, heading: str) -> QuestionWidget:
    kind = shown.question.type
    if kind in (QuestionType.SINGLE, QuestionType.MULTIPLE):
        return ChoiceWidget(shown, heading)
    if kind is QuestionType.TRUE_FALSE:
        return TrueFalseWidget(shown, heading)
    if kind is QuestionType.MATCHING:
        return MatchingWidget(shown, heading)
    return OrderingWidget(shown, heading)
