"""Home keeps long module and activity titles readable: the column stretches and each row's tooltip holds the
whole title (and, for a locked module, what opens it)."""

from __future__ import annotations

from typing import Any


def test_every_module_and_activity_row_has_its_whole_title_as_tooltip(qtbot: Any, ui_context: Any) -> None:
    from trainer_app.ui.views.home_view import HomeView

    home = HomeView(ui_context, ui_context.app)
    qtbot.addWidget(home)
    home.resize(420, 500)  # a narrow window, where titles are cut
    home.refresh()
    tree = home.tree
    assert tree.topLevelItemCount() > 0
    for index in range(tree.topLevelItemCount()):
        module = tree.topLevelItem(index)
        assert module.toolTip(0).startswith(module.text(0))
        if module.text(2).startswith("Locked"):
            assert "Locked: complete" in module.toolTip(0)
        for child in range(module.childCount()):
            activity = module.child(child)
            assert activity.toolTip(0) == activity.text(0)
