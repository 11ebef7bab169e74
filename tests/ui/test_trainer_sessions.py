"""The Trainer screen's Sessions tab: a trainer records a session by typing and clicking in the dialog, then
a practical check, and sees both listed; the tab fits a 1024×600 screen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QListWidget, QPushButton, QTabBar, QWidget

from tests.core.classroom_fixtures import PACK, classroom_laptop
from trainer_app.core.common.clock import FakeClock
from trainer_app.ui.context import Context
from trainer_app.ui.views.trainer_view import TrainerView

SHOTS = os.environ.get("CPIMS_SHOTS_DIR", "")  # set to save a screenshot of the tab for review


@pytest.fixture
def context(qtbot: Any, tmp_path: Path, clock: FakeClock) -> Iterator[Context]:  # noqa: ARG001 (qtbot: requested for the QApplication it makes)
    app = classroom_laptop(tmp_path, "trainer", clock)
    app.trainer_mode.unlocked = True
    context = Context(app, window=None)
    context.learner, _ = app.learners.create("Amina Yusuf", "case_worker", "Training centre")
    app.learners.create("Grace Okello", "case_worker", "Riverside agency")
    yield context
    app.close()


def named(root: QWidget, kind: type, name: str) -> Any:
    found = [w for w in root.findChildren(kind) if w.accessibleName() == name]
    assert len(found) == 1, f"{name}: {len(found)} widgets"
    return found[0]


def tick(qtbot: Any, checklist: QListWidget, text: str) -> None:
    """Click the row, then press Space: how a keyboard or mouse user ticks a checklist row."""
    item = checklist.findItems(text, Qt.MatchFlag.MatchExactly)[0]
    checklist.scrollToItem(item)
    qtbot.mouseClick(
        checklist.viewport(), Qt.MouseButton.LeftButton, pos=checklist.visualItemRect(item).center()
    )
    qtbot.keyClick(checklist, Qt.Key.Key_Space)
    assert item.checkState() is Qt.CheckState.Checked


def open_sessions_tab(qtbot: Any, context: Context) -> TrainerView:
    view = TrainerView(context, context.app)
    qtbot.addWidget(view)
    view.resize(1024, 600)
    view.show()
    qtbot.waitExposed(view)
    bar = view.tabs.findChild(QTabBar)
    index = next(i for i in range(bar.count()) if bar.tabText(i) == "&Sessions")
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert view.tabs.currentWidget().isAncestorOf(view.sessions)  # the page scrolls inside its tab
    return view


def test_a_trainer_records_a_session_and_a_practical_check_and_sees_them(
    qtbot: Any, context: Context
) -> None:
    view = open_sessions_tab(qtbot, context)
    panel = view.sessions
    qtbot.mouseClick(named(panel, QPushButton, "New session"), Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert dialog is not None
    assert dialog.isVisible()
    qtbot.keyClicks(named(dialog, QLineEdit, "Session title"), "Day 2: follow-up in class")
    tick(qtbot, named(dialog, QListWidget, "Modules covered"), "Follow-up")
    attendees = named(dialog, QListWidget, "Attendees")
    tick(qtbot, attendees, "Grace Okello")
    qtbot.keyClicks(named(dialog, QLineEdit, "Planned staff name"), "Joseph Banda")
    qtbot.mouseClick(named(dialog, QPushButton, "Add person"), Qt.MouseButton.LeftButton)
    assert attendees.findItems("Joseph Banda (no profile here)", Qt.MatchFlag.MatchExactly)
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "trainer-new-session-dialog.png"))
    qtbot.mouseClick(named(dialog, QPushButton, "Record session"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert panel.outcome.text() == "Recorded “Day 2: follow-up in class”. Attendees: 2."  # after the refresh

    tree = panel.sessions
    assert tree.topLevelItemCount() == 1
    row = tree.topLevelItem(0)
    assert (row.text(0), row.text(2), row.text(3)) == ("Day 2: follow-up in class", "Amina Yusuf", "2")
    assert sorted(row.child(i).text(0) for i in range(row.childCount())) == [
        "Grace Okello",
        "Joseph Banda (no profile here)",
    ]
    grace = next(x for x in context.app.learners.list() if x.display_name == "Grace Okello")
    assert context.app.progress.for_learner(grace.id, PACK)["follow-up-guide"].completed_at is not None

    qtbot.mouseClick(named(panel, QPushButton, "Record practical check"), Qt.MouseButton.LeftButton)
    check = panel.dialog
    assert check is not None
    assert check.isVisible()
    learner = check.learner
    learner.setFocus()
    while learner.currentText() != "Grace Okello":
        qtbot.keyClick(learner, Qt.Key.Key_Down)
    assert check.check.currentText() == "Register a case on the demo site"
    qtbot.keyClicks(check.note, "Registered an invented child and recorded consent")
    qtbot.mouseClick(named(check, QPushButton, "Record check"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not check.isVisible())
    checks = panel.checks
    assert checks.topLevelItemCount() == 1
    line = checks.topLevelItem(0)
    assert [line.text(i) for i in range(4)] == [
        "Grace Okello",
        "Register a case on the demo site",
        "Passed",
        "Amina Yusuf",
    ]
    for widget in panel.findChildren(QWidget):  # every interactive widget of ours has an accessible name
        if widget.objectName().startswith("qt_"):  # Qt's own parts (the line edit inside a date edit)
            continue
        if isinstance(widget, QPushButton | QLineEdit | QListWidget) or widget in (
            panel.sessions,
            panel.checks,
        ):
            assert widget.accessibleName()
    if SHOTS:
        panel.sessions.topLevelItem(0).setExpanded(True)
        QApplication.processEvents()
        view.grab().save(str(Path(SHOTS) / "trainer-sessions-tab.png"))
    assert view.sessions.minimumSizeHint().height() <= 300  # the tab scrolls instead of growing the window


def test_the_dialog_says_what_is_missing_and_records_nothing(qtbot: Any, context: Context) -> None:
    view = open_sessions_tab(qtbot, context)
    qtbot.mouseClick(named(view.sessions, QPushButton, "New session"), Qt.MouseButton.LeftButton)
    dialog = view.sessions.dialog
    qtbot.mouseClick(named(dialog, QPushButton, "Record session"), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "title" in dialog.message.text()
    qtbot.keyClicks(named(dialog, QLineEdit, "Session title"), "Day 3")
    qtbot.mouseClick(named(dialog, QPushButton, "Record session"), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "module" in dialog.message.text()
    qtbot.mouseClick(named(dialog, QPushButton, "Cancel"), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert context.app.classroom.sessions() == []


def test_home_tells_the_learner_which_practical_check_is_still_needed(qtbot: Any, context: Context) -> None:
    from trainer_app.ui.views.home_view import HomeView

    app = context.app
    grace = next(x for x in app.learners.list() if x.display_name == "Grace Okello")
    context.learner = grace
    home = HomeView(context, context.app)
    qtbot.addWidget(home)
    label = named(home, QLabel, "Classroom sessions and practical checks")
    assert "still needed for your certificate: Register a case on the demo site" in label.text()
    session = app.classroom.start_session("Follow-up in class", ["follow-up"], trainer_name="Amina Yusuf")
    app.classroom.attend(session.id, learner_id=grace.id)
    app.classroom.record_check(grace.id, "register-case", True, "Amina Yusuf")
    home.refresh()
    assert "Classroom sessions attended: 1" in label.text()
    assert "Practical check passed: Register a case on the demo site, observed by Amina Yusuf" in label.text()


def test_a_check_whose_certificate_cannot_be_issued_yet_is_kept_and_the_trainer_is_told(
    qtbot: Any, context: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.core.classroom_fixtures import basics_done
    from trainer_app.core.credentials import statuslist

    app = context.app
    grace = next(x for x in app.learners.list() if x.display_name == "Grace Okello")
    basics_done(app, grace.id)
    session = app.classroom.start_session("Follow-up in class", ["follow-up"], trainer_name="Amina Yusuf")
    app.classroom.attend(session.id, learner_id=grace.id)
    monkeypatch.setattr(statuslist, "LIST_SIZE", 0)  # the revocation list has no free place
    view = open_sessions_tab(qtbot, context)
    panel = view.sessions
    qtbot.mouseClick(named(panel, QPushButton, "Record practical check"), Qt.MouseButton.LeftButton)
    check = panel.dialog
    assert check is not None
    check.learner.setFocus()
    while check.learner.currentText() != "Grace Okello":
        qtbot.keyClick(check.learner, Qt.Key.Key_Down)
    qtbot.mouseClick(named(check, QPushButton, "Record check"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not check.isVisible())
    assert panel.checks.topLevelItemCount() == 1  # the check is kept
    told = panel.outcome.text()
    assert "could not be issued yet" in told
    assert "status list is full" in told
    assert app.certificates.list(grace.id) == []
