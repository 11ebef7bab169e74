"""The slide-deck screen: a PDF page with thumbnails, zoom, keyboard navigation, the PPTX original and
presenter mode. Reports the slides seen to ProgressService (debounced, and on close); resumes at the last page.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from trainer_app.core.common.errors import TrainerError
from trainer_app.core.domain.pack import Activity, ActivityKind
from trainer_app.core.services.slides import Deck
from trainer_app.ui.certificate_hook import announce_issued
from trainer_app.ui.context import Context
from trainer_app.ui.errors_text import error_text
from trainer_app.ui.views.presenter import PresenterWindow
from trainer_app.ui.views.slide_thumbnails import SlideThumbnails

if TYPE_CHECKING:
    from trainer_app.ui.view_services import SlidesServices

REPORT_AFTER_MS = 1500
MAX_REPORT_SECONDS = 1800.0
ZOOM_STEP, ZOOM_MIN, ZOOM_MAX = 1.25, 0.1, 8.0
_NEXT = {Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space}
_PREVIOUS = {Qt.Key.Key_Left, Qt.Key.Key_PageUp}


class SlidesView(QWidget):
    """Keys: Left/Right, PgUp/PgDn, Space, Home/End move; Ctrl+= / Ctrl+- zoom, Ctrl+0 fits the page; F5 presents."""

    def __init__(self, context: Context, services: SlidesServices) -> None:
        super().__init__()
        self.context = context
        self.services = services
        self.document = QPdfDocument(self)
        self.deck: Deck | None = None
        self.presenter: PresenterWindow | None = None
        self._pack_id = ""
        self._seen: set[int] = set()
        self._completed = False
        self._dirty = False
        self._last_tick = time.monotonic()
        self._report_timer = QTimer(self)
        self._report_timer.setSingleShot(True)
        self._report_timer.setInterval(REPORT_AFTER_MS)
        self._report_timer.timeout.connect(self.report)
        self._build()
        self._shortcuts()

    def _build(self) -> None:
        self.pdf_view = QPdfView()
        self.pdf_view.setDocument(self.document)
        self.pdf_view.setPageMode(QPdfView.PageMode.SinglePage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.pdf_view.setAccessibleName(self.tr("Slide"))
        self.pdf_view.pageNavigator().currentPageChanged.connect(self._on_page)
        self.thumbnails = SlideThumbnails(self.document)
        self.thumbnails.page_selected.connect(self.go_to)
        for widget in (self.pdf_view, self.thumbnails):
            widget.installEventFilter(self)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAccessibleName(self.tr("Slide deck message"))
        splitter = QSplitter()
        splitter.addWidget(self.thumbnails)
        splitter.addWidget(self.pdf_view)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([200, 800])
        self.pages = QStackedWidget()
        self.pages.addWidget(splitter)
        self.pages.addWidget(self.message)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Slides status"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._toolbar())
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.status)

    def _toolbar(self) -> QHBoxLayout:
        def button(text: str, name: str, action: Callable[[], None]) -> QPushButton:
            widget = QPushButton(text)
            widget.setAccessibleName(name)
            widget.clicked.connect(lambda _checked=False: action())
            return widget

        self.previous_button = button(self.tr("◀ Previous"), self.tr("Previous slide"), self.previous)
        self.next_button = button(self.tr("Next ▶"), self.tr("Next slide"), self.next)
        self.page_label = QLabel()
        self.fit_width_button = button(
            self.tr("Fit width"), self.tr("Fit the slide to the width"), self.fit_width
        )
        self.fit_page_button = button(self.tr("Fit page"), self.tr("Fit the whole slide"), self.fit_page)
        self.zoom_out_button = button(self.tr("−"), self.tr("Zoom out"), self.zoom_out)
        self.zoom_in_button = button(self.tr("+"), self.tr("Zoom in"), self.zoom_in)
        for narrow in (self.zoom_out_button, self.zoom_in_button):
            # a one-character button needs no standard button width: the row must fit 1024 px in French
            narrow.setFixedWidth(narrow.fontMetrics().horizontalAdvance("MM") + 16)
        self.original_button = button(
            self.tr("Open original"), self.tr("Open the original PowerPoint file"), self.open_original
        )
        self.present_button = button(self.tr("Present"), self.tr("Full-screen presenter mode"), self.present)
        self.toolbar_buttons = [
            self.previous_button,
            self.next_button,
            self.fit_width_button,
            self.fit_page_button,
        ]
        self.toolbar_buttons += [
            self.zoom_out_button,
            self.zoom_in_button,
            self.original_button,
            self.present_button,
        ]
        row = QHBoxLayout()
        for widget in (self.previous_button, self.page_label, self.next_button):
            row.addWidget(widget)
        row.addStretch(1)
        for widget in self.toolbar_buttons[2:]:
            row.addWidget(widget)
        return row

    def _shortcuts(self) -> None:
        keys: list[tuple[QKeySequence.StandardKey | str, Callable[[], None]]] = [
            ("Ctrl+=", self.zoom_in),
            ("Ctrl++", self.zoom_in),
            ("Ctrl+-", self.zoom_out),
            ("Ctrl+0", self.fit_page),
            ("F5", self.present),
        ]
        for sequence, action in keys:
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(action)

    # ---- opening and closing -------------------------------------------------------------------------

    def open(self, pack_id: str, activity: Activity, anchor: str = "") -> None:  # noqa: ARG002 (every kind view shares this signature)
        self.close_activity()
        self._pack_id = pack_id
        try:
            self.deck = self.services.slides.deck(pack_id, activity.id)
        except TrainerError as error:
            self._show_problem(error_text(error))
            return
        load_error = self.document.load(str(self.deck.pdf_path))
        if load_error != QPdfDocument.Error.None_ or self.document.pageCount() == 0:
            self._show_problem(
                self.tr("The slide deck {file} cannot be opened: {reason}").format(
                    file=self.deck.activity.file, reason=self._reason(load_error)
                )
            )
            self.deck = None
            return
        page = self._resume()
        self.pages.setCurrentIndex(0)
        self._set_controls_enabled(True)
        self.original_button.setVisible(self.deck.source_path is not None)
        self.thumbnails.fill(self._seen)
        self._last_tick = time.monotonic()
        self.go_to(page, force=True)
        self._on_page(self.current_page())
        self.pdf_view.setFocus()

    def _resume(self) -> int:
        learner = self.context.learner
        if learner is None or self.deck is None:
            return 0
        resume = self.services.slides.resume(learner.id, self._pack_id, self.deck.activity.id)
        self._seen = set(resume.seen)
        self._completed = resume.completed
        return min(max(0, resume.page), self.document.pageCount() - 1)

    def _reason(self, error: QPdfDocument.Error) -> str:
        reasons = {
            QPdfDocument.Error.FileNotFound: self.tr("the file was not found."),
            QPdfDocument.Error.InvalidFileFormat: self.tr("it is not a valid PDF file."),
            QPdfDocument.Error.IncorrectPassword: self.tr("it is protected by a password."),
            QPdfDocument.Error.UnsupportedSecurityScheme: self.tr("its security scheme is not supported."),
        }
        return reasons.get(error, self.tr("it has no pages or could not be read."))

    def _show_problem(self, text: str) -> None:
        self.message.setText(text)
        self.pages.setCurrentWidget(self.message)
        self.page_label.setText("")
        self.status.setText("")
        self._set_controls_enabled(False)

    def _set_controls_enabled(self, enabled: bool) -> None:
        for widget in self.toolbar_buttons:
            widget.setEnabled(enabled)

    def close_activity(self) -> None:
        """Report what was seen, leave presenter mode and release the file."""
        self.report()
        self._report_timer.stop()
        if self.presenter is not None:
            self.presenter.close()
        self.deck = None
        self._seen = set()
        self._completed = False
        self._dirty = False
        self.thumbnails.clear_pages()
        self.document.close()

    # ---- navigation ----------------------------------------------------------------------------------

    def page_count(self) -> int:
        return self.document.pageCount() if self.deck is not None else 0

    def current_page(self) -> int:
        return self.pdf_view.pageNavigator().currentPage()

    def go_to(self, page: int, force: bool = False) -> None:
        if self.page_count() == 0:
            return
        page = min(max(0, page), self.page_count() - 1)
        navigator = self.pdf_view.pageNavigator()
        if force or page != navigator.currentPage():
            navigator.jump(page, QPointF(), navigator.currentZoom())

    def next(self) -> None:
        self.go_to(self.current_page() + 1)

    def previous(self) -> None:
        self.go_to(self.current_page() - 1)

    def _on_page(self, page: int) -> None:
        if self.deck is None or not 0 <= page < self.page_count():
            return
        self._seen.add(page)
        self._dirty = True
        self.thumbnails.show_page(page)
        self.page_label.setText(
            self.tr("Slide {number} of {count}").format(number=page + 1, count=self.page_count())
        )
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < self.page_count() - 1)
        if self.presenter is not None:
            self.presenter.show_page(page)
        self._update_status()
        self._report_timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and self._navigate(event):
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._navigate(event):
            super().keyPressEvent(event)

    def _navigate(self, event: QKeyEvent) -> bool:
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier or self.deck is None:
            return False
        key = Qt.Key(event.key())
        moves = {
            Qt.Key.Key_Home: lambda: self.go_to(0),
            Qt.Key.Key_End: lambda: self.go_to(self.page_count() - 1),
        }
        if key in _NEXT:
            self.next()
        elif key in _PREVIOUS:
            self.previous()
        elif key in moves:
            moves[key]()
        else:
            return False
        return True

    # ---- zoom, original, presenter -------------------------------------------------------------------

    def fit_width(self) -> None:
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def fit_page(self) -> None:
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitInView)

    def zoom_in(self) -> None:
        self._zoom_to(self.effective_zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom_to(self.effective_zoom() / ZOOM_STEP)

    def _zoom_to(self, factor: float) -> None:
        if self.deck is None:
            return
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.pdf_view.setZoomFactor(min(ZOOM_MAX, max(ZOOM_MIN, factor)))

    def effective_zoom(self) -> float:
        """The zoom on screen; in the fit modes QPdfView keeps 1.0 as its factor, so work it out."""
        mode = self.pdf_view.zoomMode()
        points = self.document.pagePointSize(max(0, self.current_page()))
        if mode == QPdfView.ZoomMode.Custom or points.width() <= 0 or points.height() <= 0:
            return self.pdf_view.zoomFactor()
        margins = self.pdf_view.documentMargins()
        area = self.pdf_view.viewport().size()
        scale = self.pdf_view.logicalDpiX() / 72
        by_width = (area.width() - margins.left() - margins.right()) / (points.width() * scale)
        by_height = (area.height() - margins.top() - margins.bottom()) / (points.height() * scale)
        return by_width if mode == QPdfView.ZoomMode.FitToWidth else min(by_width, by_height)

    def open_original(self) -> None:
        if self.deck is not None and self.deck.source_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.deck.source_path)))

    def present(self) -> None:
        if self.deck is None or self.presenter is not None:
            return
        deck = self.deck
        self.presenter = PresenterWindow(
            self.document,
            deck.notes,
            deck.activity.title,
            self,
            error_text(deck.notes_problem) if deck.notes_problem else "",
        )
        self.presenter.pageRequested.connect(self.go_to)
        self.presenter.closed.connect(self._presenter_closed)
        self.presenter.start(self.current_page())

    def _presenter_closed(self) -> None:
        presenter, self.presenter = self.presenter, None
        if presenter is not None:
            presenter.deleteLater()
        self.pdf_view.setFocus()

    # ---- progress ------------------------------------------------------------------------------------

    def report(self) -> None:
        """Send the pages seen, the time since the last report and the current page."""
        now = time.monotonic()
        seconds, self._last_tick = min(now - self._last_tick, MAX_REPORT_SECONDS), now
        learner = self.context.learner
        if self.deck is None or learner is None or not self._dirty:
            return
        try:
            seen, count, position = sorted(self._seen), self.page_count(), str(self.current_page())
            result = self.services.progress.record_share(
                learner.id,
                self._pack_id,
                self.deck.activity.id,
                ActivityKind.SLIDES,
                seen,
                count,
                seconds=seconds,
                position=position,
            )
        except TrainerError as error:  # kept dirty: the next report sends the same pages again
            self.status.setText(self.tr("Progress was not saved: {reason}").format(reason=error_text(error)))
            return
        self._dirty = False
        announce_issued(self.context, result.certificates, result.certificate_pending)
        self._completed = result.progress.is_complete
        self._update_status()

    def _update_status(self) -> None:
        if self._completed:
            self.status.setText(self.tr("✓ Every slide seen"))
        else:
            self.status.setText(
                self.tr("{seen} of {count} slides seen. See every slide to complete the deck.").format(
                    seen=len(self._seen), count=self.page_count()
                )
            )
