"""The Trainer's Item analysis tab, used as a trainer would: click the tab, choose a quiz, click a question and
read how often each option was chosen; flagged questions say why in words; it fits 1024×600."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QScrollArea, QTabBar, QTableView

from tests.conftest import REPO_ROOT
from trainer_app.core.app import open_app
from trainer_app.core.common.clock import FakeClock
from trainer_app.ui.context import Context
from trainer_app.ui.views.trainer_view import TrainerView


@pytest.fixture
def demo_context(qtbot: Any, tmp_path: Path) -> Iterator[Context]:  # noqa: ARG001 (qtbot: requested for the QApplication it makes)
    app = open_app(data_dir=str(tmp_path / "data"), clock=FakeClock(), bundled_root=REPO_ROOT)
    app.demo.seed(30, 1)
    yield Context(app, window=None)
    app.close()


def named(view: Any, kind: type, name: str) -> Any:
    found = [w for w in view.findChildren(kind) if w.accessibleName() == name]
    assert len(found) == 1, name
    return found[0]


def click_tab(qtbot: Any, view: TrainerView, text: str) -> None:
    bar = view.tabs.findChild(QTabBar)
    index = next(i for i in range(bar.count()) if bar.tabText(i).replace("&", "") == text)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert bar.currentIndex() == index


def test_choose_a_quiz_and_a_question_to_see_its_options(qtbot: Any, demo_context: Context) -> None:
    view = TrainerView(demo_context, demo_context.app)
    qtbot.addWidget(view)
    view.resize(1024, 600)
    view.show()
    click_tab(qtbot, view, "Item analysis")

    quiz = named(view, QComboBox, "Quiz")
    assert quiz.isVisible()
    assert quiz.count() > 1
    quiz.setFocus()
    qtbot.keyClick(quiz, Qt.Key.Key_Down)  # the first quiz, chosen from the keyboard
    assert quiz.currentText() == "Check: getting started"
    questions = named(view, QTableView, "Questions")
    qtbot.waitUntil(lambda: questions.model().rowCount() > 0, timeout=20000)
    model = questions.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Question", "Prompt", "Attempts", "Facility", "Discrimination", "Flags"]
    prompt = model.index(1, 1)
    assert prompt.data() == "How many wrong passwords in a row lock your account?"
    assert prompt.data(Qt.ItemDataRole.ToolTipRole) == prompt.data(), "long prompts are in the tooltip"
    flags = [model.index(r, 5).data() for r in range(model.rowCount())]
    assert all(f == "OK" or f.startswith("⚠ ") for f in flags), "flags are words, not only a colour"
    assert any(f.startswith("⚠ ") for f in flags)

    rect = questions.visualRect(model.index(1, 0))
    qtbot.mouseClick(questions.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    options = named(view, QTableView, "Options chosen").model()
    shown = {options.index(r, 0).data(): options.index(r, 1).data() for r in range(options.rowCount())}
    assert shown == {"3": "", "5": "", "6": "correct", "10": ""}
    chosen = sum(int(options.index(r, 2).data()) for r in range(options.rowCount()))
    assert chosen == int(model.index(1, 2).data()), "every attempt chose one option"

    panel = named(view, QScrollArea, "Item analysis")
    assert panel.minimumSizeHint().height() < 200, "the tab scrolls rather than pushing the window taller"
    if os.environ.get("ITEMS_SHOTS"):  # screenshots to look at, on request only
        shots = Path(os.environ["ITEMS_SHOTS"])
        view.grab().save(str(shots / "items-trainer-view.png"))
        panel.setParent(None)
        panel.resize(1024, 600)
        panel.show()
        panel.grab().save(str(shots / "items-analysis-1024x600.png"))


@pytest.mark.usefixtures("qtbot")
def test_chart_axes_and_legends_show_whole_titles_not_ids(demo_context: Context) -> None:
    from PySide6.QtCharts import QBarCategoryAxis

    from trainer_app.ui.widgets.charts import missed_chart, over_time_chart, status_chart

    app = demo_context.app
    report = app.reports.build()
    roles = {r.id: r.title for r in app.packs.default().roles}
    chart = status_chart(report.per_role, "Completion per role")
    (axis,) = [a for a in chart.axes() if isinstance(a, QBarCategoryAxis)]
    shown = {label.replace("<br>", " ") for label in axis.categories()}
    assert shown, shown
    assert shown <= set(roles.values()), shown
    assert not shown & set(roles), shown
    assert not axis.truncateLabels()
    assert not any("…" in label for label in axis.categories())
    over_time = over_time_chart(report.over_time_role, "over time")  # kept: its series die with it
    names = {s.name() for s in over_time.series()}
    assert names
    assert names <= set(roles.values())
    missed = missed_chart(report.questions)
    (axis,) = [a for a in missed.axes() if isinstance(a, QBarCategoryAxis)]
    prompts = {q.prompt for q in report.questions}
    assert all(
        label.replace("<br>", " ").replace("&#x27;", "'").replace("&quot;", '"') in prompts
        for label in axis.categories()
    )


@pytest.mark.usefixtures("qtbot")
def test_long_learner_names_and_agencies_are_whole_on_hover(demo_context: Context) -> None:
    from trainer_app.ui.widgets.learners_model import LearnersModel

    report = demo_context.app.reports.build()
    model = LearnersModel()
    model.set_rows(report.learners)
    first = report.learners[0]
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == first.name
    assert model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole) == first.agency
