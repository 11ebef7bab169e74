"""A locked module stays closed from every way in: the Library's search and book tree, links, Home, Continue.

Acted as a user would: typing into the search box, pressing Enter, double-clicking; the learner sees the lock
and which module opens it, never the chapter's text.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QListWidget, QTreeWidget, QTreeWidgetItem

LOCKED_TEXT = "Follow-up visits keep the case plan on track"  # only in the locked chapter
LOCK_MESSAGE = "Locked — finish ‘Basics’ first"


def signed_in(main_window: Any) -> Any:
    app = main_window.context.app
    learner, _ = app.learners.create("Amina Sesay", "case_worker")
    main_window.enter(learner)
    return main_window.shell


def library(shell: Any, qtbot: Any) -> Any:
    sidebar = shell.sidebar
    row = next(i for i in range(sidebar.count()) if sidebar.item(i).text() == "Library")
    qtbot.mouseClick(
        sidebar.viewport(), Qt.MouseButton.LeftButton, pos=sidebar.visualItemRect(sidebar.item(row)).center()
    )
    view = shell.stack.currentWidget()
    qtbot.waitExposed(view)
    return view


def search_box(view: Any) -> Any:
    from PySide6.QtWidgets import QLineEdit

    return next(w for w in view.findChildren(QLineEdit) if w.accessibleName() == "Search")


def results_list(view: Any) -> QListWidget:
    return next(w for w in view.findChildren(QListWidget) if w.accessibleName() == "Search results")


def book_tree(view: Any) -> QTreeWidget:
    return next(w for w in view.findChildren(QTreeWidget) if w.accessibleName() == "Books and chapters")


def double_click(qtbot: Any, view: Any, rect: Any) -> None:
    """As the system delivers a double-click: a press and release, then the double-click itself."""
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def shown_text(view: Any) -> str:
    from PySide6.QtWidgets import QLabel, QTextBrowser

    browsers = " ".join(b.toPlainText() for b in view.findChildren(QTextBrowser) if b.isVisible())
    labels = " ".join(label.text() for label in view.findChildren(QLabel) if label.isVisible())
    return browsers + " " + labels


def test_a_locked_chapter_found_by_search_shows_the_lock_not_the_text(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = library(signed_in(main_window), qtbot)
    box = search_box(view)
    box.setFocus()
    qtbot.keyClicks(box, "visits keep")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    results = results_list(view)
    qtbot.waitUntil(lambda: results.count() > 0, timeout=5000)
    assert LOCKED_TEXT not in shown_text(view)  # Enter searched, it did not open the first hit by itself
    assert QApplication.focusWidget() is results
    hit = next(
        results.item(r)
        for r in range(results.count())
        if results.item(r).flags() & Qt.ItemFlag.ItemIsSelectable
    )
    assert "Following up" in hit.text()
    assert LOCK_MESSAGE in hit.text()
    assert "case plan" not in hit.text()
    qtbot.keyClick(results, Qt.Key.Key_Return)
    assert LOCKED_TEXT not in shown_text(view)
    assert LOCK_MESSAGE in shown_text(view)
    double_click(qtbot, results, results.visualItemRect(hit))
    assert LOCKED_TEXT not in shown_text(view)
    assert LOCK_MESSAGE in shown_text(view)


def test_a_locked_chapter_in_the_book_tree_shows_the_lock(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = library(signed_in(main_window), qtbot)
    tree = book_tree(view)
    items: list[QTreeWidgetItem] = []
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        items += [top.child(j) for j in range(top.childCount())]
    chapter = next(item for item in items if item.text(0).startswith("Following up"))
    assert "Basics" in chapter.toolTip(0)
    tree.setFocus()
    tree.setCurrentItem(chapter)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert LOCKED_TEXT not in shown_text(view)
    assert LOCK_MESSAGE in shown_text(view)
    opened = next(item for item in items if item.text(0).startswith("Logging in"))
    double_click(qtbot, tree, tree.visualItemRect(opened))
    assert "Password rules" in shown_text(view)
    assert LOCK_MESSAGE not in shown_text(view)


def test_deep_links_and_home_show_the_lock(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    shell = signed_in(main_window)
    main_window.context.open_activity("mini-pack", "follow-up-guide", "next-steps")
    activity = shell.section("activity")
    assert LOCKED_TEXT not in shown_text(activity)
    assert LOCK_MESSAGE in shown_text(activity)
    home = shell.section("home")
    locked = home.tree.topLevelItem(1).child(0)
    home.tree.setFocus()
    home.tree.setCurrentItem(locked)
    qtbot.keyClick(home.tree, Qt.Key.Key_Return)
    assert shell.stack.currentWidget() is activity
    assert LOCK_MESSAGE in shown_text(activity)


@pytest.mark.usefixtures("qtbot")
def test_a_trainer_in_trainer_mode_previews_a_locked_chapter_and_is_told_so(main_window) -> None:  # type: ignore[no-untyped-def]
    shell = signed_in(main_window)
    main_window.context.app.trainer_mode.unlocked = True
    main_window.context.open_activity("mini-pack", "follow-up-guide")
    activity = shell.section("activity")
    text = shown_text(activity)
    assert LOCKED_TEXT in text
    assert "Trainer preview" in text


def test_enter_activates_the_focused_button(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    shell = signed_in(main_window)
    home = shell.section("home")
    home.continue_button.setFocus()
    qtbot.keyClick(home.continue_button, Qt.Key.Key_Return)
    assert shell.section("activity").title.text() == "Logging in"
