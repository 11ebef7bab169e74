"""The deck viewer: keyboard navigation, every slide seen completes, resume, presenter mode, broken PDFs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QApplication

from tests.conftest import MINI_PACK
from trainer_app.core.domain.pack import ActivityKind
from trainer_app.ui.context import Context
from trainer_app.ui.views.slides_view import SlidesView

PACK, DECK = "mini-pack", "setup-slides"


def _view(qtbot, context) -> SlidesView:  # type: ignore[no-untyped-def]
    view = SlidesView(context, context.app)
    qtbot.addWidget(view)
    view.resize(1000, 650)
    view.show()
    qtbot.waitExposed(view)
    view.open(PACK, context.app.packs.activity(PACK, DECK), "")
    return view


def _progress(context):  # type: ignore[no-untyped-def]
    return context.app.progress.activity(context.learner.id, PACK, DECK)


def test_end_goes_to_the_last_slide_and_home_to_the_first(qtbot, ui_context) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, ui_context)
    assert view.current_page() == 0
    assert view.page_count() == 3
    qtbot.keyClick(view.pdf_view, Qt.Key.Key_End)
    assert view.current_page() == 2
    assert view.page_label.text() == "Slide 3 of 3"
    qtbot.keyClick(view.pdf_view, Qt.Key.Key_Home)
    assert view.current_page() == 0
    for key, page in (
        (Qt.Key.Key_Right, 1),
        (Qt.Key.Key_Space, 2),
        (Qt.Key.Key_PageUp, 1),
        (Qt.Key.Key_Left, 0),
        (Qt.Key.Key_PageDown, 1),
    ):
        qtbot.keyClick(view.pdf_view, key)
        assert view.current_page() == page
    qtbot.keyClick(view.thumbnails, Qt.Key.Key_End)
    assert view.current_page() == 2
    assert view.thumbnails.currentRow() == 2


def test_seeing_every_slide_completes_and_the_status_says_so(qtbot, ui_context) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, ui_context)
    qtbot.keyClick(view.pdf_view, Qt.Key.Key_End)
    qtbot.keyClick(view.pdf_view, Qt.Key.Key_Home)
    view.report()
    assert not _progress(ui_context).is_complete  # page 0 twice and page 2: two of three
    qtbot.keyClick(view.pdf_view, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: _progress(ui_context).is_complete, timeout=5000)  # the debounced report
    assert "Every slide seen" in view.status.text()
    detail = ui_context.app.progress.detail(ui_context.learner.id, PACK, DECK)
    assert detail["done"] == [0, 1, 2]


def test_the_deck_resumes_at_the_last_page(qtbot, ui_context) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, ui_context)
    qtbot.keyClick(view.pdf_view, Qt.Key.Key_Right)
    view.close_activity()
    assert _progress(ui_context).last_position == "1"
    view.open(PACK, ui_context.app.packs.activity(PACK, DECK), "")
    assert view.current_page() == 1
    assert view.thumbnails.item(0).text() == "1 ✓"
    assert view.thumbnails.item(2).text() == "3"


def test_presenter_mode_shows_notes_follows_arrows_and_closes_with_escape(qtbot, ui_context) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, ui_context)
    view.present()
    presenter = view.presenter
    assert presenter is not None
    assert presenter.isVisible()
    assert presenter.isFullScreen()
    assert presenter.notes.toPlainText().startswith("Welcome the group")
    qtbot.keyClick(presenter, Qt.Key.Key_Right)
    assert view.current_page() == 1
    assert presenter.page() == 1
    assert presenter.notes.toPlainText().startswith("Show where the configuration")
    assert presenter.counter.text() == "Slide 2 of 3"
    qtbot.keyClick(presenter, Qt.Key.Key_End)
    assert presenter.next_slide.text() == "End of the deck"
    qtbot.keyClick(presenter, Qt.Key.Key_Escape)
    assert view.presenter is None
    assert not presenter.isVisible()
    assert view.current_page() == 2


def test_zoom_keys_and_fit_modes(qtbot, ui_context) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, ui_context)
    fitted = view.effective_zoom()
    view.windowHandle().requestActivate()  # shortcuts work only in the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view, timeout=5000)
    view.pdf_view.setFocus()
    qtbot.keyClick(view.pdf_view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.pdf_view.zoomMode() == QPdfView.ZoomMode.Custom
    assert view.pdf_view.zoomFactor() > fitted
    qtbot.keyClick(view.pdf_view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.pdf_view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.pdf_view.zoomFactor() < fitted
    qtbot.keyClick(view.pdf_view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.pdf_view.zoomMode() == QPdfView.ZoomMode.FitInView
    view.fit_width_button.click()
    assert view.pdf_view.zoomMode() == QPdfView.ZoomMode.FitToWidth


def test_thumbnails_are_rendered_on_white(qtbot, ui_context) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, ui_context)
    qtbot.waitUntil(lambda: len(view.thumbnails.rendered) == 3, timeout=5000)
    image = view.thumbnails.item(0).icon().pixmap(view.thumbnails.iconSize()).toImage()
    corner = image.pixelColor(2, image.height() // 2)
    assert corner.alpha() == 255
    assert corner.lightness() > 240


def test_open_original_opens_the_pptx_source(qtbot, ui_context, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    view = _view(qtbot, ui_context)
    assert view.original_button.isVisibleTo(view)
    view.original_button.click()
    assert opened == [str(MINI_PACK / "resources/slides/deck.pptx")]


def test_a_broken_pdf_shows_a_message_and_keeps_progress(qtbot, tmp_path: Path, clock) -> None:  # type: ignore[no-untyped-def]
    from trainer_app.core.app import open_app

    pack = tmp_path / "pack"
    shutil.copytree(MINI_PACK, pack)
    app = open_app(data_dir=str(tmp_path / "data"), clock=clock, bundled_root=pack)
    try:
        context = Context(app, window=None)
        context.learner, _ = app.learners.create("Test Trainer", "system_administrator")
        app.progress.record_share(
            context.learner.id, PACK, DECK, ActivityKind.SLIDES, [0, 1], 3, seconds=5, position="1"
        )
        (pack / "resources/slides/deck.pdf").write_bytes(b"%PDF-1.4 this file was cut short")
        view = _view(qtbot, context)
        assert view.pages.currentWidget() is view.message
        assert "deck.pdf" in view.message.text()
        assert "not a valid PDF" in view.message.text()
        assert not view.next_button.isEnabled()
        view.close_activity()
        stored = _progress(context)
        assert stored.progress == 2 / 3
        assert stored.last_position == "1"
        assert app.progress.detail(context.learner.id, PACK, DECK)["done"] == [0, 1]
    finally:
        app.close()


@pytest.mark.usefixtures("qtbot", "ui_context")
def test_the_white_background_helper_fills_transparent_pages() -> None:
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    from trainer_app.ui.views.presenter import render_on_white

    document = QPdfDocument()
    document.load(str(MINI_PACK / "resources/slides/deck.pdf"))
    image = render_on_white(document, 0, QSize(200, 150))
    assert image.width() == 200
    assert image.pixelColor(1, 1) == QColor("white")
