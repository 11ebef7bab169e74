"""The Rollout screen: steps with status chips, explanations, people behind the numbers, evidence, sign-off
(enabled only for a coordinator when the step is ready), not applicable, planned staff, the report PDF."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.core.test_gates_service import earn_admin_certificate, make_gates_pack
from trainer_app.core.app import App, open_app
from trainer_app.core.common.clock import FakeClock
from trainer_app.core.domain.gates import GateState
from trainer_app.core.domain.learner import Learner
from trainer_app.pdf.writers import pdf_writers
from trainer_app.ui.context import Context
from trainer_app.ui.views.rollout_view import RolloutView


class Scene:
    def __init__(self, app: App, view: RolloutView, coordinator: Learner, admin: Learner) -> None:
        self.app = app
        self.view = view
        self.coordinator = coordinator
        self.admin = admin


@pytest.fixture
def scene(qtbot: Any, tmp_path: Path, clock: FakeClock) -> Iterator[Scene]:
    app = open_app(
        data_dir=str(tmp_path / "data"),
        clock=clock,
        bundled_root=make_gates_pack(tmp_path),
        pdf=pdf_writers(),
    )
    coordinator = app.learners.create("Amal Haddad", "coordinator", "Head office")[0]
    admin = app.learners.create("Jean Dupont", "system_administrator", "Head office")[0]
    context = Context(app, window=None)
    context.learner = coordinator
    view = RolloutView(context, context.app)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    yield Scene(app, view, coordinator, admin)
    app.close()


def load(qtbot: Any, view: RolloutView) -> None:
    view.refresh()
    qtbot.waitUntil(lambda: not view.loading and bool(view.statuses), timeout=10000)


def wait_for_message(qtbot: Any, view: RolloutView, text: str) -> None:
    qtbot.waitUntil(lambda: text in view.message.text() and not view.loading, timeout=10000)


def test_steps_show_as_a_sequence_with_status_chips(qtbot: Any, scene: Scene) -> None:
    load(qtbot, scene.view)
    texts = [scene.view.steps.item(i).text() for i in range(scene.view.steps.count())]
    assert texts == [
        "Step 1: Start\nIn progress",
        "Step 2: Configure\nLocked",
        "Step 3: Migrate\nLocked",
        "Step 4: Go live\nLocked",
    ]
    assert scene.view.steps.currentRow() == 0
    assert scene.view.chip.text() == "In progress"
    top = scene.view.requirements.topLevelItem(0)
    assert top.text(0) == "The system administrator is certified"
    assert top.child(0).text(0) == "Certified for “Admin core training”: 0 (need 1)."
    assert "Not met" in top.data(0, Qt.ItemDataRole.AccessibleTextRole)


def test_sign_off_is_disabled_with_the_reason_until_ready(qtbot: Any, scene: Scene) -> None:
    view = scene.view
    load(qtbot, view)
    panel = view.close_panel
    assert not panel.sign_button.isEnabled()
    assert "Not every requirement is met yet" in panel.sign_why.text()
    earn_admin_certificate(scene.app, scene.admin)
    scene.app.gates.tick_evidence("start", "credentials", "Email, binder 3", scene.coordinator.id)
    load(qtbot, view)
    assert panel.sign_button.isEnabled()
    assert panel.sign_why.text() == ""
    assert view.chip.text() == "Ready to sign off"
    panel.sign_note.setText("Kick-off meeting")
    qtbot.mouseClick(panel.sign_button, Qt.MouseButton.LeftButton)
    wait_for_message(qtbot, view, "The step is signed off.")
    status = scene.app.gates.gate_status("start")
    assert status.state is GateState.SIGNED_OFF
    assert status.signoff is not None
    assert status.signoff.signed_by == scene.coordinator.id
    assert status.signoff.note == "Kick-off meeting"
    assert view.chip.text() == "Signed off"
    assert view.closed.text() == "Signed off by Amal Haddad on 2026-01-05. Note: Kick-off meeting"
    assert not panel.sign_button.isEnabled()
    assert "already signed off" in panel.sign_why.text()


def test_a_learner_who_is_not_a_coordinator_sees_why_they_cannot_sign(qtbot: Any, scene: Scene) -> None:
    earn_admin_certificate(scene.app, scene.admin)
    scene.app.gates.tick_evidence("start", "credentials", "Email, binder 3", scene.coordinator.id)
    scene.view.context.learner = scene.admin
    load(qtbot, scene.view)
    assert scene.view.chip.text() == "Ready to sign off"
    assert not scene.view.close_panel.sign_button.isEnabled()
    assert scene.view.close_panel.sign_why.text() == "Only a learner with the coordinator role can do this."
    assert not scene.view.planned_panel.save.isEnabled()


def test_evidence_is_ticked_with_a_note(qtbot: Any, scene: Scene) -> None:
    view = scene.view
    load(qtbot, view)
    evidence_item = view.requirements.topLevelItem(1)
    view.requirements.setCurrentItem(evidence_item)
    assert view.evidence.item.text() == "The system administrator has credentials to the demo site"
    view.evidence.note.setText("Email of 5 January, binder 3")
    view.evidence.ticked.setChecked(True)
    qtbot.mouseClick(view.evidence.save, Qt.MouseButton.LeftButton)
    wait_for_message(qtbot, view, "Evidence saved.")
    result = scene.app.gates.gate_status("start").requirements[1]
    assert result.met
    assert result.evidence is not None
    assert result.evidence.by_name == "Amal Haddad"
    assert (
        view.requirements.topLevelItem(1).child(0).text(0).startswith("Ticked by Amal Haddad on 2026-01-05.")
    )


def test_a_measured_item_takes_a_number_of_a_total(qtbot: Any, scene: Scene) -> None:
    view = scene.view
    load(qtbot, view)
    view.steps.setCurrentRow(3)  # Go live
    qtbot.waitUntil(lambda: view.requirements.topLevelItemCount() == 4, timeout=10000)
    item = next(
        view.requirements.topLevelItem(i)
        for i in range(view.requirements.topLevelItemCount())
        if view.requirements.topLevelItem(i).text(0) == "Staff are actively using the system"
    )
    view.requirements.setCurrentItem(item)
    panel = view.evidence
    assert panel.measured_row.isVisible()
    assert panel.measure.text() == (
        "Enter accounts active in the first four weeks as a number of a total: met at 80 % or more."
    )
    for name, number in (("Number counted", "83"), ("Total", "95")):
        box = next(w for w in (panel.value, panel.total) if w.accessibleName() == name)
        box.selectAll()
        qtbot.keyClicks(box, number)
    qtbot.keyClicks(panel.note, "Usage report of week 4")
    panel.ticked.setChecked(True)
    qtbot.mouseClick(panel.save, Qt.MouseButton.LeftButton)
    wait_for_message(qtbot, view, "Evidence saved.")
    result = next(
        r for r in scene.app.gates.gate_status("live").requirements if r.requirement.id == "accounts-active"
    )
    assert result.met
    assert (result.evidence.value, result.evidence.total) == (83, 95)
    assert "83 of 95, at least 80 % (87.4 %)" in result.explanation


def test_people_behind_a_number_fill_in_when_opened(qtbot: Any, scene: Scene) -> None:
    load(qtbot, scene.view)
    group = scene.view.requirements.topLevelItem(0).child(2)
    assert group.text(0) == "System administrators without the certificate (1)"
    group.setExpanded(True)
    assert [group.child(i).text(0) for i in range(group.childCount())] == ["Jean Dupont — Head office"]


def test_not_applicable_is_offered_only_on_an_optional_step(qtbot: Any, scene: Scene) -> None:
    view = scene.view
    load(qtbot, view)
    assert view.close_panel.na_box.isHidden()
    view.steps.setCurrentRow(2)
    assert not view.close_panel.na_box.isHidden()
    assert not view.close_panel.na_button.isEnabled()
    assert view.close_panel.na_why.text() == "The step before this one is not closed yet."


def test_planned_staff_is_saved_from_the_form(qtbot: Any, scene: Scene) -> None:
    view = scene.view
    load(qtbot, view)
    panel = view.planned_panel
    panel.role.setCurrentIndex(panel.role.findData("case_worker"))
    panel.agency.setText("Riverside")
    panel.count.setValue(12)
    qtbot.mouseClick(panel.save, Qt.MouseButton.LeftButton)
    wait_for_message(qtbot, view, "Planned number saved.")
    assert [(p.role, p.agency, p.count) for p in scene.app.gates.planned()] == [
        ("case_worker", "Riverside", 12)
    ]
    assert panel.table.rowCount() == 1
    assert panel.table.item(0, 2).text() == "12"


def test_the_readiness_report_pdf_names_every_step(qtbot: Any, scene: Scene, tmp_path: Path) -> None:
    load(qtbot, scene.view)
    out = tmp_path / "readiness.pdf"
    scene.view.export_to(out)
    wait_for_message(qtbot, scene.view, "The readiness report is saved as")
    assert out.read_bytes().startswith(b"%PDF")
    assert not list(tmp_path.glob(".*.partial"))
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    for title in ("Step 1: Start", "Step 2: Configure", "Step 3: Migrate", "Step 4: Go live"):
        assert title in text
    assert "Rollout readiness report" in text
    assert "generated 2026-01-05 09:00 UTC" in text
    assert "Not ticked yet: The system administrator has credentials to the demo site" in text


def test_the_screen_works_right_to_left(qtbot: Any, scene: Scene) -> None:
    scene.view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    load(qtbot, scene.view)
    assert scene.view.steps.count() == 4
    assert scene.view.close_panel.sign_button.isVisible()


def test_the_rollout_section_is_in_the_sidebar_behind_trainer_mode(qtbot: Any, scene: Scene) -> None:
    from trainer_app.ui.views.registry import build_sections
    from trainer_app.ui.widgets.locked_section import LockedSection

    sections = {s.key: s for s in build_sections(scene.view.context)}
    assert sections["rollout"].title == "Rollout"
    assert isinstance(sections["rollout"].widget, LockedSection)
    for section in sections.values():
        qtbot.addWidget(section.widget)


def test_the_steps_are_reachable_with_the_keyboard(qtbot: Any, scene: Scene) -> None:
    load(qtbot, scene.view)
    scene.view.steps.setFocus()
    qtbot.keyClick(scene.view.steps, Qt.Key.Key_Down)
    assert scene.view.step_title.text() == "Step 2: Configure"
    assert scene.view.chip.accessibleName() == "Status: Locked"
    for widget in (scene.view.close_panel.sign_button, scene.view.export_button, scene.view.evidence.note):
        assert widget.accessibleName()
        assert widget.focusPolicy() != Qt.FocusPolicy.NoFocus
