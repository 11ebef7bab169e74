"""The Rollout screen: the Phase 3 steps as a vertical stepper with status chips; for the chosen step each
requirement met or not with its explanation and the people behind each number, evidence ticks, sign-off and
not-applicable, the planned-staff editor and the readiness report. Work runs off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from trainer_app.core.domain.gates import GateStatus, PlannedStaff, RequirementKind
from trainer_app.core.rules.gate_actions import (
    actor_refusal,
    closed_refusal,
    not_applicable_refusal,
    sign_off_refusal,
)
from trainer_app.ui.context import Context
from trainer_app.ui.errors_text import error_text
from trainer_app.ui.i18n import format_date, role_title
from trainer_app.ui.tasks import run_in_background
from trainer_app.ui.views.rollout_panels import ClosePanel, EvidencePanel, PlannedStaffPanel
from trainer_app.ui.views.rollout_text import (
    STATE_COLOURS,
    refusal_text,
    state_icon,
    state_label,
)
from trainer_app.ui.views.rollout_tree import RequirementTree

if TYPE_CHECKING:
    from trainer_app.ui.view_services import RolloutServices


class RolloutView(QWidget):
    def __init__(self, context: Context, services: RolloutServices) -> None:
        super().__init__()
        self.context = context
        self.services = services
        self.statuses: list[GateStatus] = []
        self.planned: list[PlannedStaff] = []
        self.roles: list[tuple[str, str]] = []
        self.loading = False
        self._reload = False  # a change landed while loading: load again
        self._notice = ""  # shown once the fresh status is in
        self._build()

    # ---- layout --------------------------------------------------------------------------------------

    def _build(self) -> None:
        title = QLabel(self.tr("Rollout"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Refresh the rollout steps"))
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button = QPushButton(self.tr("&Export readiness report (PDF)…"))
        self.export_button.setAccessibleName(self.tr("Export the readiness report as a PDF file"))
        self.export_button.clicked.connect(self._choose_report_file)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.refresh_button)
        header.addWidget(self.export_button)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.steps = QListWidget()
        self.steps.setAccessibleName(self.tr("Rollout steps"))
        self.steps.setWordWrap(True)
        self.steps.currentRowChanged.connect(lambda _row: self._show_step())
        self.tabs = QTabWidget()
        self.tabs.addTab(self._steps_page(), self.tr("Steps"))
        self.planned_panel = PlannedStaffPanel()
        self.planned_panel.save_requested.connect(self._save_planned)
        self.planned_panel.remove_requested.connect(self._remove_planned)
        self.tabs.addTab(self.planned_panel, self.tr("Planned staff"))
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)

    def _steps_page(self) -> QWidget:
        self.step_title = QLabel()
        font = self.step_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.step_title.setFont(font)
        self.step_title.setWordWrap(True)
        self.chip = QLabel()
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.closed = QLabel()
        self.closed.setWordWrap(True)
        self.requirements = RequirementTree()
        self.requirements.currentItemChanged.connect(lambda *_: self._show_evidence())
        self.evidence = EvidencePanel()
        self.evidence.save_requested.connect(self._save_evidence)
        self.close_panel = ClosePanel()
        self.close_panel.sign_off_requested.connect(self._sign_off)
        self.close_panel.not_applicable_requested.connect(self._mark_not_applicable)
        detail = QWidget()
        column = QVBoxLayout(detail)
        top = QHBoxLayout()
        top.addWidget(self.step_title, 1)
        top.addWidget(self.chip, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(top)
        for widget in (self.outcome, self.closed):
            column.addWidget(widget)
        column.addWidget(self.requirements, 1)
        column.addWidget(self.evidence)
        column.addWidget(self.close_panel)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(detail)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.steps)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        return splitter

    # ---- loading -------------------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.loading:
            self._reload = True
            return
        self.loading = True
        self._show_message(self._notice or self.tr("Checking the rollout steps…"))
        gates = self.services.gates

        def load() -> tuple[list[GateStatus], list[PlannedStaff], list[tuple[str, str]]]:
            roles = [(role.id, role.title) for role in gates.pack().roles]
            return gates.status(), gates.planned(), roles

        run_in_background(load, self._loaded, self._failed)

    def _loaded(self, result: tuple[list[GateStatus], list[PlannedStaff], list[tuple[str, str]]]) -> None:
        self.loading = False
        if self._reload:
            self._reload = False
            self.refresh()
            return
        self.statuses, self.planned, roles = result
        self.roles = [(role_id, role_title(role_id, title)) for role_id, title in roles]
        self._show_message(self._notice)
        self._notice = ""
        row = max(0, self.steps.currentRow())
        if not self.statuses:
            row = -1
        elif self.steps.count() == 0:
            row = next(
                (i for i, s in enumerate(self.statuses) if s.state.value in ("in_progress", "ready")), 0
            )
        self.steps.blockSignals(True)
        self.steps.clear()
        for status in self.statuses:
            item = QListWidgetItem(
                state_icon(status.state),
                self.tr("Step {step}: {title}\n{state}").format(
                    step=status.gate.step, title=status.gate.title, state=state_label(status.state)
                ),
            )
            self.steps.addItem(item)
        self.steps.setCurrentRow(min(row, len(self.statuses) - 1))
        self.steps.blockSignals(False)
        self._show_step()
        self.planned_panel.show_planned(self.planned, self.roles, self._actor_blocked())

    def _failed(self, error: BaseException) -> None:
        self.loading = False
        self._show_message(error_text(error), error=True)

    def _show_message(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("QLabel { color: #b3261e; }" if error else "")

    # ---- the chosen step -----------------------------------------------------------------------------

    def current(self) -> GateStatus | None:
        row = self.steps.currentRow()
        return self.statuses[row] if 0 <= row < len(self.statuses) else None

    def _show_step(self) -> None:
        status = self.current()
        self.requirements.show_status(status)
        if status is None:
            return
        gate = status.gate
        self.step_title.setText(self.tr("Step {step}: {title}").format(step=gate.step, title=gate.title))
        colour = STATE_COLOURS[status.state]
        self.chip.setText(state_label(status.state))
        self.chip.setAccessibleName(self.tr("Status: {state}").format(state=state_label(status.state)))
        self.chip.setStyleSheet(
            f"QLabel {{ color: white; background: {colour}; border-radius: 8px; padding: 2px 8px; }}"
        )
        self.outcome.setText(self.tr("Outcome: {outcome}").format(outcome=gate.outcome))
        self.closed.setText(self._closed_text(status))
        self.closed.setVisible(bool(self.closed.text()))
        learner = self.context.learner
        sign = sign_off_refusal(status, learner)
        na = not_applicable_refusal(status, learner) if gate.may_be_not_applicable else None
        self.close_panel.show_state(
            refusal_text(sign) if sign else "", gate.may_be_not_applicable, refusal_text(na) if na else ""
        )
        self._show_evidence()

    def _closed_text(self, status: GateStatus) -> str:
        if status.signoff is not None:
            s = status.signoff
            text = self.tr("Signed off by {name} on {date}.").format(
                name=s.signed_by_name, date=format_date(s.signed_at)
            )
            return text + (" " + self.tr("Note: {note}").format(note=s.note) if s.note else "")
        if status.not_applicable is not None:
            m = status.not_applicable
            return self.tr("Marked not applicable by {name} on {date}. Reason: {reason}").format(
                name=m.by_name, date=format_date(m.at), reason=m.reason
            )
        return ""

    def _show_evidence(self) -> None:
        status = self.current()
        requirement_id = self.requirements.current_requirement_id()
        result = (
            next((r for r in status.requirements if r.requirement.id == requirement_id), None)
            if status
            else None
        )
        self.evidence.setVisible(
            status is not None and any(r.kind is RequirementKind.EVIDENCE for r in status.gate.requirements)
        )
        if status is None or result is None or result.requirement.kind is not RequirementKind.EVIDENCE:
            self.evidence.show_item(None, None, "")
            return
        refusal = actor_refusal(self.context.learner) or closed_refusal(status)
        self.evidence.show_item(result.requirement, result.evidence, refusal_text(refusal) if refusal else "")

    def _actor_blocked(self) -> str:
        refusal = actor_refusal(self.context.learner)
        return refusal_text(refusal) if refusal else ""

    # ---- actions (each one service call off the GUI thread, then a fresh status) ----------------------

    def _run(self, action: Callable[[], object], done: str) -> None:
        self._show_message(self.tr("Saving…"))

        def finished(_result: object) -> None:
            self._notice = done
            self.refresh()

        run_in_background(action, finished, lambda error: self._show_message(error_text(error), error=True))

    def _learner_id(self) -> str:
        return self.context.learner.id if self.context.learner else ""

    def _save_evidence(self, requirement_id: str, ticked: bool, note: str, value: int, total: int) -> None:
        status = self.current()
        if status is not None:
            gate_id, learner_id = status.gate.id, self._learner_id()
            gates = self.services.gates
            measured = (value, total) if value >= 0 and total >= 0 else None
            self._run(
                lambda: gates.tick_evidence(gate_id, requirement_id, note, learner_id, ticked, measured),
                self.tr("Evidence saved."),
            )

    def _sign_off(self, note: str) -> None:
        status = self.current()
        if status is not None:
            gate_id, learner_id = status.gate.id, self._learner_id()
            gates = self.services.gates
            self._run(lambda: gates.sign_off(gate_id, learner_id, note), self.tr("The step is signed off."))

    def _mark_not_applicable(self, reason: str) -> None:
        status = self.current()
        if status is not None:
            gate_id, learner_id = status.gate.id, self._learner_id()
            gates = self.services.gates
            self._run(
                lambda: gates.mark_not_applicable(gate_id, reason, learner_id),
                self.tr("The step is marked not applicable."),
            )

    def _save_planned(self, role: str, agency: str, count: int) -> None:
        gates = self.services.gates
        self._run(lambda: gates.set_planned(role, agency, count), self.tr("Planned number saved."))

    def _remove_planned(self, role: str, agency: str) -> None:
        gates = self.services.gates
        self._run(lambda: gates.remove_planned(role, agency), self.tr("Planned number removed."))

    def _choose_report_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export readiness report"), "readiness-report.pdf", self.tr("PDF files (*.pdf)")
        )
        if name:
            self.export_to(Path(name if name.lower().endswith(".pdf") else f"{name}.pdf"))

    def export_to(self, path: Path) -> None:
        """Write the report off the GUI thread; the message says where it went (or why not)."""
        self.export_button.setEnabled(False)
        self._show_message(self.tr("Writing the readiness report…"))
        gates = self.services.gates

        def done(written: object) -> None:
            self.export_button.setEnabled(True)
            self._show_message(self.tr("The readiness report is saved as {path}.").format(path=str(written)))

        def failed(error: BaseException) -> None:
            self.export_button.setEnabled(True)
            self._show_message(error_text(error), error=True)

        run_in_background(lambda: gates.write_report(path), done, failed)
