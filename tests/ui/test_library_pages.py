"""The Library's search shows every result, a page of thirty at a time, grouped by the guide, quiz or walkthrough
it is in; headings open nothing, and the learner pages with buttons found by their text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from tests.conftest import REPO_ROOT
from trainer_app.core.app import open_app


def test_many_results_come_in_pages_grouped_by_guide(qtbot: Any, tmp_path: Path) -> None:
    from trainer_app.ui.context import Context
    from trainer_app.ui.views.library_view import PAGE_SIZE, TARGET, LibraryView

    app = open_app(data_dir=str(tmp_path / "data"), bundled_root=REPO_ROOT)
    try:
        context = Context(app, window=None)
        context.learner, _ = app.learners.create("Grace Okello", "case_worker", "Riverside agency")
        view = LibraryView(context, context.app)
        qtbot.addWidget(view)
        view.resize(1024, 600)
        view.show()
        qtbot.keyClicks(view.search_edit, "case")
        qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
        assert len(view.hits) > PAGE_SIZE  # the bundled kit mentions cases far more than thirty times
        rows = [view.results.item(r) for r in range(view.results.count())]
        hits = [row for row in rows if row.data(TARGET) is not None]
        headings = [row for row in rows if row.data(TARGET) is None]
        assert len(hits) == PAGE_SIZE
        assert headings
        assert not headings[0].flags() & Qt.ItemFlag.ItemIsSelectable
        keys = [(h.data(TARGET).pack_id, h.data(TARGET).activity_id) for h in hits]
        assert len(keys) == len(set(keys)) or keys == sorted(
            keys, key=keys.index
        )  # each guide's hits together
        for heading in headings:  # every hit under a heading belongs to that heading's guide
            index = rows.index(heading)
            following = []
            for row in rows[index + 1 :]:
                if row.data(TARGET) is None:
                    break
                following.append(row.data(TARGET).title)
            assert following
            assert len(set(following)) == 1
            assert heading.text().startswith(following[0])
        assert view.results_label.text().startswith(f"Results 1–{PAGE_SIZE} of {len(view.hits)}")
        view.grab().save(str(tmp_path / "library-pages.png"))
        more = next(b for b in view.findChildren(QPushButton) if b.text() == "More results")
        qtbot.mouseClick(more, Qt.MouseButton.LeftButton)
        assert view.results_label.text().startswith(f"Results {PAGE_SIZE + 1}–")
        back = next(b for b in view.findChildren(QPushButton) if b.text() == "Previous results")
        assert back.isEnabled()
        qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
        assert view.results_label.text().startswith("Results 1–")
        assert not back.isEnabled()
    finally:
        app.close()
