"""Slide decks: open a generated 40-page deck and show its first slide, turn a page, render thumbnails and the
presenter slide, count pages without Qt, record the slides seen.
"""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

PAGES = 40
RUNS = 7


def _make_deck(path: Path, pages: int) -> None:
    from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
    from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

    writer = QPdfWriter(str(path))
    widescreen = QPageSize(QSizeF(338.67, 190.5), QPageSize.Unit.Millimeter, "PowerPoint 16:9")
    writer.setPageLayout(QPageLayout(widescreen, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    writer.setResolution(150)
    painter = QPainter(writer)
    width, height = writer.width(), writer.height()
    for page in range(pages):
        if page:
            writer.newPage()
        painter.fillRect(QRectF(0, 0, width, height * 0.18), QColor("#1f4e79"))
        painter.setPen(QColor("white"))
        painter.setFont(QFont("DejaVu Sans", 28, QFont.Weight.Bold))
        painter.drawText(
            QRectF(40, 0, width - 80, height * 0.18), Qt.AlignmentFlag.AlignVCenter, f"Slide {page + 1}"
        )
        painter.setPen(QColor("black"))
        painter.setFont(QFont("DejaVu Sans", 16))
        for line in range(5):
            painter.drawText(
                QRectF(60, height * (0.28 + line * 0.12), width - 120, height * 0.1),
                Qt.AlignmentFlag.AlignVCenter,
                f"• Point {line + 1} of slide {page + 1}: configure the demo site",
            )
    painter.end()


def _pack_with_deck(root: Path) -> Path:
    from tests.conftest import MINI_PACK

    pack = root / "pack"
    shutil.copytree(MINI_PACK, pack)
    _make_deck(pack / "resources/slides/deck.pdf", PAGES)
    return pack


def _until_ink(app, view, before=None):  # type: ignore[no-untyped-def]
    """Pump events until the viewport shows a slide's title bar (and differs from `before`); the image shown."""
    deadline = time.perf_counter() + 5
    while time.perf_counter() < deadline:
        app.processEvents()
        image = view.pdf_view.viewport().grab().toImage()
        if _has_title_bar(image) and image != before:
            return image
        time.sleep(0.001)
    raise RuntimeError("the slide never appeared")


TITLE_BLUE_OVER, TITLE_RED_UNDER = 100, 60  # the generated slides' dark blue title bar


def _has_title_bar(image) -> bool:  # type: ignore[no-untyped-def]
    """The generated slides start with a dark blue title bar: ink is on screen once it shows."""
    for y in range(0, image.height(), 4):
        colour = image.pixelColor(image.width() // 2, y)
        if colour.blue() > TITLE_BLUE_OVER and colour.red() < TITLE_RED_UNDER:
            return True
    return False


def run() -> list[tuple[str, float, str, str]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtWidgets import QApplication

    from trainer_app.core.app import open_app
    from trainer_app.core.services.slides import pdf_page_count
    from trainer_app.ui.context import Context
    from trainer_app.ui.views.presenter import render_on_white
    from trainer_app.ui.views.slide_thumbnails import THUMB_WIDTH
    from trainer_app.ui.views.slides_view import SlidesView

    qt = QApplication.instance() or QApplication([])
    rows: list[tuple[str, float, str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        pack = _pack_with_deck(Path(tmp))
        pdf = pack / "resources/slides/deck.pdf"
        app = open_app(data_dir=str(Path(tmp) / "data"), bundled_root=pack)
        context = Context(app, window=None)
        activity = app.packs.activity("mini-pack", "setup-slides")
        view = SlidesView(context, context.app)
        view.resize(1280, 800)
        view.show()
        qt.processEvents()
        opened, turned = [], []
        for run_number in range(RUNS):
            context.learner, _ = app.learners.create(f"Bench Trainer {run_number}", "system_administrator")
            started = time.perf_counter()
            view.open("mini-pack", activity, "")
            first = _until_ink(qt, view)
            opened.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            view.next()
            _until_ink(qt, view, first)
            turned.append((time.perf_counter() - started) * 1000)
            view.close_activity()
        rows.append(
            (
                f"open a {PAGES}-page deck and show slide 1 (median of {RUNS})",
                statistics.median(opened),
                "ms",
                "≤ 150",
            )
        )
        rows.append(("open a deck, slowest run", max(opened), "ms", "≤ 150"))
        rows.append(("next slide until it is on screen, median", statistics.median(turned), "ms", "≤ 50"))
        rows += _render_rows(
            pdf, QPdfDocument, QSize, render_on_white, QSize(THUMB_WIDTH, THUMB_WIDTH * 9 // 16)
        )
        started = time.perf_counter()
        count = pdf_page_count(pdf)
        rows.append(
            (f"page count without Qt ({count} pages)", (time.perf_counter() - started) * 1000, "ms", "≤ 20")
        )
        started = time.perf_counter()
        app.progress.record_share(
            context.learner.id,
            "mini-pack",
            "setup-slides",
            _slides_kind(),
            range(PAGES),
            PAGES,
            seconds=1.0,
            position="39",
        )
        rows.append(
            ("record the slides seen (one transaction)", (time.perf_counter() - started) * 1000, "ms", "≤ 50")
        )
        view.close()
        app.close()
    return rows


def _render_rows(pdf, document_type, size_type, render_on_white, thumb):  # type: ignore[no-untyped-def]
    document = document_type()
    document.load(str(pdf))
    started = time.perf_counter()
    for page in range(document.pageCount()):
        render_on_white(document, page, thumb)
    per_thumb = (time.perf_counter() - started) * 1000 / document.pageCount()
    started = time.perf_counter()
    render_on_white(document, 0, size_type(1280, 720))
    presenter = (time.perf_counter() - started) * 1000
    document.close()
    return [
        ("render one thumbnail on white (mean of all pages)", per_thumb, "ms", "≤ 10"),
        ("render a presenter slide 1280×720 on white", presenter, "ms", "≤ 50"),
    ]


def _slides_kind():  # type: ignore[no-untyped-def]
    from trainer_app.core.domain.pack import ActivityKind

    return ActivityKind.SLIDES
