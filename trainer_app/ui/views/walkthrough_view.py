"""The walkthrough screen: the intro, then each step with its instruction, expected result, role, picture,
tick box, note and recorded value. Ticks and texts go to WalkthroughService; the view decides nothing.
Keys: Tab moves through the steps' fields, Space ticks the focused box.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from trainer_app.core.common.errors import TrainerError
from trainer_app.core.domain.pack import Activity
from trainer_app.core.domain.walkthrough import StepState
from trainer_app.core.packs.markdown import RenderedGuide, page_html
from trainer_app.core.services.walkthroughs import RenderedStep, RenderedWalkthrough
from trainer_app.ui.certificate_hook import announce_issued
from trainer_app.ui.context import Context
from trainer_app.ui.errors_text import error_text

if TYPE_CHECKING:
    from trainer_app.ui.view_services import WalkthroughServices

MAX_IMAGE_WIDTH = 560
MAX_REPORT_SECONDS = 1800.0
EXPECTED_STYLE = (
    "QFrame#expected { background-color: #e7f6ea; border: 1px solid #8cc79a; border-radius: 4px; }"
)


def _rich(html_fragment: str) -> QLabel:
    label = QLabel(page_html(RenderedGuide(html_fragment, (), "")))
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class StepWidget(QFrame):
    """One step. Emits `changed(step_id)` when the box is toggled or a text field is left after editing."""

    changed = Signal(str)

    def __init__(self, step: RenderedStep, image: bytes | None) -> None:
        super().__init__()
        self.step = step
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        header = QLabel(self.tr("Step {number}").format(number=step.number))
        font = header.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        header.setFont(font)
        top = QHBoxLayout()
        top.addWidget(header)
        top.addStretch(1)
        if step.role:
            top.addWidget(QLabel(self.tr("Performed by: {role}").format(role=step.role)))
        layout.addLayout(top)
        layout.addWidget(_rich(step.instruction_html))
        layout.addWidget(self._expected_box())
        if image:
            layout.addWidget(self._picture(image))
        self._fields(layout)

    def _expected_box(self) -> QFrame:
        box = QFrame()
        box.setObjectName("expected")
        box.setStyleSheet(EXPECTED_STYLE)
        inner = QVBoxLayout(box)
        title = QLabel(self.tr("Expected result"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        inner.addWidget(title)
        inner.addWidget(_rich(self.step.expected_html))
        return box

    def _picture(self, data: bytes) -> QLabel:
        pixmap = QPixmap()
        label = QLabel()
        if pixmap.loadFromData(data):
            if pixmap.width() > MAX_IMAGE_WIDTH:
                pixmap = pixmap.scaledToWidth(MAX_IMAGE_WIDTH, Qt.TransformationMode.SmoothTransformation)
            label.setPixmap(pixmap)
        label.setAccessibleName(self.tr("Picture for step {number}").format(number=self.step.number))
        return label

    def _fields(self, layout: QVBoxLayout) -> None:
        number = self.step.number
        self.checkbox = QCheckBox(self.tr("Done: I see the expected result"))
        self.checkbox.setAccessibleName(self.tr("Step {number} done").format(number=number))
        self.checkbox.toggled.connect(lambda _on: self.changed.emit(self.step.step_id))
        layout.addWidget(self.checkbox)
        self.value: QLineEdit | None = None
        if self.step.record:
            self.value = QLineEdit()
            self.value.setAccessibleName(self.step.record)
            self.value.setPlaceholderText(self.tr("Record the value here"))
            self.value.editingFinished.connect(lambda: self.changed.emit(self.step.step_id))
            row = QHBoxLayout()
            row.addWidget(QLabel(self.step.record))
            row.addWidget(self.value, 1)
            layout.addLayout(row)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("What you saw, any difference"))
        self.note.setAccessibleName(self.tr("Note for step {number}").format(number=number))
        self.note.editingFinished.connect(lambda: self.changed.emit(self.step.step_id))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Note (optional)")))
        row.addWidget(self.note, 1)
        layout.addLayout(row)

    def set_state(self, state: StepState) -> None:
        self.checkbox.blockSignals(True)
        self.checkbox.setChecked(state.ticked)
        self.checkbox.blockSignals(False)
        self.note.setText(state.note)
        if self.value is not None:
            self.value.setText(state.value)

    def texts(self) -> tuple[str, str | None]:
        return self.note.text(), (self.value.text() if self.value is not None else None)

    def focusable(self) -> list[QWidget]:
        return [w for w in (self.checkbox, self.value, self.note) if w is not None]


class WalkthroughView(QWidget):
    def __init__(self, context: Context, services: WalkthroughServices) -> None:
        super().__init__()
        self.context = context
        self.services = services
        self.rendered: RenderedWalkthrough | None = None
        self.steps: list[StepWidget] = []
        self._saved: dict[str, StepState] = {}
        self._completed = False
        self._last_tick = time.monotonic()
        self.site = QLabel()
        self.site.setWordWrap(True)
        self.counter = QLabel()
        self.counter.setAccessibleName(self.tr("Steps done"))
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(self.tr("Walkthrough progress"))
        self.export_button = QPushButton(self.tr("Export checklist (PDF)…"))
        self.export_button.setAccessibleName(self.tr("Export the checklist as a PDF file"))
        self.export_button.clicked.connect(self._export_clicked)
        self.steps_scroll = QScrollArea()
        self.steps_scroll.setWidgetResizable(True)
        self.steps_scroll.setAccessibleName(self.tr("Walkthrough steps"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setAccessibleName(self.tr("Walkthrough message"))
        self.pages = QStackedWidget()
        self.pages.addWidget(self.steps_scroll)
        self.pages.addWidget(self.message)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Walkthrough status"))
        top = QHBoxLayout()
        top.addWidget(self.counter)
        top.addWidget(self.bar, 1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.site)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.status)

    # ---- opening and closing -------------------------------------------------------------------------

    def open(self, pack_id: str, activity: Activity, anchor: str = "") -> None:
        self.close_activity()
        service = self.services.walkthroughs
        try:
            self.rendered = service.rendered(pack_id, activity.id)
            learner = self.context.learner
            self._saved = service.state(learner.id, pack_id, activity.id) if learner else {}
            progress = self.services.progress.activity(learner.id, pack_id, activity.id) if learner else None
        except TrainerError as error:
            self._show_problem(error_text(error))
            return
        self._completed = bool(progress and progress.is_complete)
        self._build_steps(pack_id, activity.id)
        self.pages.setCurrentWidget(self.steps_scroll)
        self.export_button.setEnabled(learner is not None)
        self._last_tick = time.monotonic()
        self.status.setText("")
        self._update_counter()
        target = self.step_widget(anchor or (progress.last_position if progress else ""))
        if target is not None:
            self.steps_scroll.ensureWidgetVisible(target.checkbox)
            target.checkbox.setFocus()

    def _build_steps(self, pack_id: str, activity_id: str) -> None:
        assert self.rendered is not None
        walkthrough = self.rendered.walkthrough
        sites = {
            "demo": self.tr("Work on the demo site."),
            "production": self.tr("Work on the production site: changes there are real."),
        }
        self.site.setText(sites.get(walkthrough.site.value, ""))
        self.site.setVisible(walkthrough.site.value in sites)
        body = QWidget()
        column = QVBoxLayout(body)
        if self.rendered.intro_html:
            column.addWidget(_rich(self.rendered.intro_html))
        for step in self.rendered.steps:
            image = (
                self.services.walkthroughs.image(pack_id, activity_id, step.step_id) if step.image else None
            )
            widget = StepWidget(step, image)
            widget.set_state(self._saved.get(step.step_id, StepState(step.step_id)))
            widget.changed.connect(self._save)
            for field in widget.focusable():
                field.installEventFilter(self)
            column.addWidget(widget)
            self.steps.append(widget)
        column.addStretch(1)
        self.steps_scroll.setWidget(body)

    def _show_problem(self, text: str) -> None:
        self.message.setText(text)
        self.pages.setCurrentWidget(self.message)
        self.counter.setText("")
        self.status.setText("")
        self.site.hide()
        self.export_button.setEnabled(False)

    def close_activity(self) -> None:
        """Save any text still being edited, then forget the walkthrough."""
        for widget in self.steps:
            self._save(widget.step.step_id)
        self.rendered = None
        self.steps = []
        self._saved = {}
        old = self.steps_scroll.takeWidget()
        if old is not None:
            old.deleteLater()

    # ---- saving --------------------------------------------------------------------------------------

    def step_widget(self, step_id: str) -> StepWidget | None:
        return next((w for w in self.steps if w.step.step_id == step_id), None)

    def _save(self, step_id: str) -> None:
        widget, learner, rendered = self.step_widget(step_id), self.context.learner, self.rendered
        if widget is None or learner is None or rendered is None:
            return
        note, value = widget.texts()
        old = self._saved.get(step_id, StepState(step_id))
        ticked = widget.checkbox.isChecked()
        if (ticked, note, value if value is not None else old.value) == (old.ticked, old.note, old.value):
            return
        now = time.monotonic()
        seconds, self._last_tick = min(now - self._last_tick, MAX_REPORT_SECONDS), now
        try:
            result = self.services.walkthroughs.tick(
                learner.id,
                rendered.pack_id,
                rendered.activity.id,
                step_id,
                ticked,
                note=note,
                value=value,
                seconds=seconds,
            )
        except TrainerError as error:
            self.status.setText(self.tr("Not saved: {reason}").format(reason=error_text(error)))
            return
        self._saved[step_id] = result.state
        announce_issued(self.context, result.certificates, result.certificate_pending)
        self._completed = result.progress.is_complete
        self._update_counter()

    def _update_counter(self) -> None:
        ticked = sum(1 for w in self.steps if w.checkbox.isChecked())
        total = len(self.steps)
        text = self.tr("{ticked} of {total} steps").format(ticked=ticked, total=total)
        if self._completed:
            text += " · " + self.tr("✓ Walkthrough complete")
        self.counter.setText(text)
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(ticked)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            self.steps_scroll.ensureWidgetVisible(watched, 40, 80)
        return super().eventFilter(watched, event)

    # ---- export --------------------------------------------------------------------------------------

    def export_checklist(self, path: Path) -> Path:
        """Write the learner's checklist as a PDF (saving pending edits first); raises TrainerError."""
        from trainer_app.pdf.checklist import write_checklist_pdf

        learner, rendered = self.context.learner, self.rendered
        if learner is None or rendered is None:
            raise TrainerError("walkthrough.open_first")
        for widget in self.steps:
            self._save(widget.step.step_id)
        checklist = self.services.walkthroughs.checklist(learner.id, rendered.pack_id, rendered.activity.id)
        return write_checklist_pdf(checklist, path)

    def _export_clicked(self) -> None:
        if self.rendered is None:
            return
        suggested = str(Path.home() / f"{self.rendered.walkthrough.id}-checklist.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export checklist"), suggested, self.tr("PDF files (*.pdf)")
        )
        if not path:
            return
        try:
            written = self.export_checklist(Path(path))
        except TrainerError as error:
            self.status.setText(
                self.tr("The checklist was not exported: {reason}").format(reason=error_text(error))
            )
            return
        self.status.setText(self.tr("Checklist saved to {path}").format(path=written))
