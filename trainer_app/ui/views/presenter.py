"""Full-screen presenter mode for trainers: the current slide large, the next one small, speaker notes, a timer.

Also holds `render_on_white`, shared with the deck viewer: QtPdf renders pages on a transparent background.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QElapsedTimer, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QColor, QImage, QKeyEvent, QPainter, QPixmap, QResizeEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QTextBrowser, QVBoxLayout, QWidget

TICK_MS = 1000


def render_on_white(document: QPdfDocument, page: int, box: QSize, ratio: float = 1.0) -> QImage:
    """The page scaled to fit `box` (logical pixels), composited onto white, at the screen's pixel ratio."""
    points = document.pagePointSize(page)
    if points.width() <= 0 or points.height() <= 0 or box.width() <= 0 or box.height() <= 0:
        return QImage()
    scale = min(box.width() / points.width(), box.height() / points.height()) * ratio
    size = QSize(max(1, round(points.width() * scale)), max(1, round(points.height() * scale)))
    page_image = document.render(page, size)
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawImage(0, 0, page_image)
    painter.end()
    image.setDevicePixelRatio(ratio)
    return image


class SlideImage(QLabel):
    """One page drawn to fit the label, re-rendered when the label changes size."""

    def __init__(self, document: QPdfDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._page = -1
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(80, 60)

    def set_page(self, page: int, empty_text: str = "") -> None:
        self._page = page
        if 0 <= page < self._document.pageCount():
            self._render()
        else:
            self.setPixmap(QPixmap())
            self.setText(empty_text)

    def page(self) -> int:
        return self._page

    def _render(self) -> None:
        image = render_on_white(
            self._document, self._page, self.contentsRect().size(), self.devicePixelRatioF()
        )
        self.setPixmap(QPixmap.fromImage(image))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if 0 <= self._page < self._document.pageCount():
            self._render()


class PresenterWindow(QWidget):
    """Keys: Right/Down/PgDn/Space/Enter next, Left/Up/PgUp/Backspace previous, Home/End, Esc leaves.

    It never moves pages itself: `pageRequested` asks the deck viewer, which answers with `show_page`.
    """

    pageRequested = Signal(int)
    closed = Signal()

    def __init__(
        self,
        document: QPdfDocument,
        notes: Sequence[str],
        title: str,
        parent: QWidget | None = None,
        notes_problem: str = "",
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._document = document
        self._notes = list(notes)
        self._notes_problem = notes_problem
        self._page = 0
        self.setWindowTitle(self.tr("Presenting: {title}").format(title=title))
        self.setAccessibleName(self.tr("Presenter view"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._elapsed = QElapsedTimer()
        self._clock = QTimer(self)
        self._clock.setInterval(TICK_MS)
        self._clock.timeout.connect(self._update_clock)
        self._build()

    def _build(self) -> None:
        self.current = SlideImage(self._document)
        self.current.setAccessibleName(self.tr("Current slide"))
        self.next_slide = SlideImage(self._document)
        self.next_slide.setAccessibleName(self.tr("Next slide"))
        self.notes = QTextBrowser()
        self.notes.setAccessibleName(self.tr("Speaker notes"))
        self.notes.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        font = self.notes.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.notes.setFont(font)
        self.counter = QLabel()
        self.elapsed = QLabel()
        self.elapsed.setAccessibleName(self.tr("Elapsed time"))
        hint = QLabel(self.tr("Esc leaves presenter mode · ← → move between slides"))
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Next slide")))
        side.addWidget(self.next_slide, 2)
        side.addWidget(QLabel(self.tr("Speaker notes")))
        side.addWidget(self.notes, 3)
        top = QHBoxLayout()
        top.addWidget(self.current, 3)
        top.addLayout(side, 1)
        bottom = QHBoxLayout()
        for label in (self.counter, self.elapsed):
            big = label.font()
            big.setPointSizeF(big.pointSizeF() * 1.3)
            big.setBold(True)
            label.setFont(big)
        bottom.addWidget(self.counter)
        bottom.addSpacing(24)
        bottom.addWidget(self.elapsed)
        bottom.addStretch(1)
        bottom.addWidget(hint)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addLayout(bottom)

    # ---- public --------------------------------------------------------------------------------------

    def start(self, page: int) -> None:
        """Show full screen on `page` and start the timer."""
        self.show_page(page)
        self._elapsed.start()
        self._update_clock()
        self._clock.start()
        self.showFullScreen()
        self.activateWindow()
        self.setFocus()

    def show_page(self, page: int) -> None:
        self._page = page
        count = self._document.pageCount()
        self.current.set_page(page)
        self.next_slide.set_page(page + 1, self.tr("End of the deck"))
        note = self._notes[page] if 0 <= page < len(self._notes) else ""
        self.notes.setPlainText(note or self._notes_problem or self.tr("No speaker notes for this slide."))
        self.counter.setText(self.tr("Slide {number} of {count}").format(number=page + 1, count=count))

    def page(self) -> int:
        return self._page

    def elapsed_seconds(self) -> float:
        return self._elapsed.elapsed() / 1000 if self._elapsed.isValid() else 0.0

    # ---- events --------------------------------------------------------------------------------------

    def _update_clock(self) -> None:
        total = int(self.elapsed_seconds())
        hours, rest = divmod(total, 3600)
        self.elapsed.setText(
            self.tr("Elapsed {time}").format(time=f"{hours:d}:{rest // 60:02d}:{rest % 60:02d}")
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        last = self._document.pageCount() - 1
        forward = {
            Qt.Key.Key_Right,
            Qt.Key.Key_Down,
            Qt.Key.Key_PageDown,
            Qt.Key.Key_Space,
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        }
        back = {Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace}
        if key == Qt.Key.Key_Escape:
            self.close()
        elif key in forward:
            self.pageRequested.emit(min(last, self._page + 1))
        elif key in back:
            self.pageRequested.emit(max(0, self._page - 1))
        elif key == Qt.Key.Key_Home:
            self.pageRequested.emit(0)
        elif key == Qt.Key.Key_End:
            self.pageRequested.emit(max(0, last))
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._clock.stop()
        super().closeEvent(event)
        self.closed.emit()
