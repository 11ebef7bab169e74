"""The reader: contents, anchors, in-pack links, no file access outside the pack, reading completes by itself."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument

from trainer_app.ui.widgets.reader import ReaderWidget


def _reader(qtbot, ui_context) -> ReaderWidget:  # type: ignore[no-untyped-def]
    reader = ReaderWidget(ui_context, ui_context.app)
    qtbot.addWidget(reader)
    reader.resize(900, 600)
    reader.show()
    qtbot.waitExposed(reader)
    return reader


def test_the_chapter_shows_its_table_of_contents_and_tables(qtbot, ui_context) -> None:  # type: ignore[no-untyped-def]
    reader = _reader(qtbot, ui_context)
    reader.open("mini-pack", "basics-guide")
    titles = [reader.toc.topLevelItem(i).text(0) for i in range(reader.toc.topLevelItemCount())]
    assert titles == ["Password rules", "Idle log-out", "Summary"]
    html = reader.browser.toHtml()
    assert "Failed attempts before lock-out" in html


def test_an_internal_link_opens_the_other_chapter_at_its_section(qtbot, ui_context) -> None:  # type: ignore[no-untyped-def]
    reader = _reader(qtbot, ui_context)
    reader.open("mini-pack", "basics-guide")
    with qtbot.waitSignal(reader.chapterRequested) as signal:
        reader.browser.anchorClicked.emit(QUrl("02-following-up.md#next-steps"))
    assert signal.args == ["follow-up-guide", "next-steps"]


def test_links_and_images_outside_the_pack_are_never_loaded(qtbot, ui_context, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    reader = _reader(qtbot, ui_context)
    reader.open("mini-pack", "basics-guide")
    image = QTextDocument.ResourceType.ImageResource.value
    assert reader.browser.loadResource(image, QUrl("file:///etc/passwd")) is None
    assert reader.browser.loadResource(image, QUrl("../../../../etc/hostname")) is None
    reader.browser.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert opened == []
    assert "outside" in reader.status.text()
    reader.browser.anchorClicked.emit(QUrl("https://example.org/guide"))
    assert opened == ["https://example.org/guide"]


def test_reaching_the_end_after_the_minimum_time_marks_the_chapter_read(qtbot, ui_context) -> None:  # type: ignore[no-untyped-def]
    reader = _reader(qtbot, ui_context)
    app, learner = ui_context.app, ui_context.learner
    reader.open("mini-pack", "basics-guide")
    bar = reader.browser.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert reader._reached_end
    assert app.progress.activity(learner.id, "mini-pack", "basics-guide").completed_at is None
    for _ in range(2):  # two report ticks, 12 s of reading each
        reader._last_tick -= 12
        reader.report()
    progress = app.progress.activity(learner.id, "mini-pack", "basics-guide")
    assert progress.completed_at is not None
    assert "Read" in reader.status.text()


def test_the_reader_says_how_much_reading_time_is_left(qtbot, ui_context) -> None:  # type: ignore[no-untyped-def]
    reader = _reader(qtbot, ui_context)
    reader.resize(900, 150)  # short enough that the chapter scrolls
    reader.open("mini-pack", "basics-guide")  # a minimum of 20 s
    assert reader.status.text().endswith("(reading time left: 20 s).")
    reader._last_tick -= 12  # twelve seconds on the page
    reader.report()
    assert reader.status.text().endswith("(reading time left: 8 s).")
    bar = reader.browser.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert reader.status.text() == "You reached the end; it counts as read after 8 s more reading time."
