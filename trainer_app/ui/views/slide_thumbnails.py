"""The deck viewer's thumbnail strip: one small picture per slide (rendered on white, only when scrolled into
view), numbered, with a tick on slides already seen. Selecting a row asks the viewer for that slide.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QResizeEvent, QShowEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QWidget

from trainer_app.ui.views.presenter import render_on_white

THUMB_WIDTH = 160
FRAME_COLOUR = "#9e9e9e"


class SlideThumbnails(QListWidget):
    page_selected = Signal(int)  # a row chosen by the user (mouse or keys), never by show_page

    def __init__(self, document: QPdfDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._seen: set[int] = set()
        self.rendered: set[int] = set()
        self.setViewMode(QListView.ViewMode.IconMode)  # the number under each slide, in one column
        self.setFlow(QListView.Flow.TopToBottom)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSpacing(4)
        self.setUniformItemSizes(True)
        self.setIconSize(QSize(THUMB_WIDTH, THUMB_WIDTH * 3 // 4))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(THUMB_WIDTH + 40)
        self.setAccessibleName(self.tr("Slides in this deck"))
        self.currentRowChanged.connect(lambda row: self.page_selected.emit(row) if row >= 0 else None)
        self.verticalScrollBar().valueChanged.connect(lambda _value: self.render_visible())

    def fill(self, seen: set[int]) -> None:
        """One placeholder per page, shaped like the first page; pictures follow as rows come into view."""
        points = self._document.pagePointSize(0)
        ratio = points.height() / points.width() if points.width() > 0 else 0.75
        self.setIconSize(QSize(THUMB_WIDTH, min(THUMB_WIDTH, max(40, round(THUMB_WIDTH * ratio)))))
        blank = QPixmap(self.iconSize())
        blank.fill(QColor("white"))
        self._seen = set(seen)
        self.rendered.clear()
        self.blockSignals(True)
        self.clear()
        for page in range(self._document.pageCount()):
            item = QListWidgetItem(QIcon(blank), self._text(page))
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole, self.tr("Slide {number}").format(number=page + 1)
            )
            self.addItem(item)
        self.blockSignals(False)
        QTimer.singleShot(0, self, self.render_visible)

    def clear_pages(self) -> None:
        self.blockSignals(True)
        self.clear()
        self.blockSignals(False)
        self._seen.clear()
        self.rendered.clear()

    def show_page(self, page: int) -> None:
        """Select the page's row and tick it as seen, without asking for the page again."""
        self._seen.add(page)
        item = self.item(page)
        if item is not None:
            item.setText(self._text(page))
        self.blockSignals(True)
        self.setCurrentRow(page)
        self.blockSignals(False)

    def _text(self, page: int) -> str:
        return f"{page + 1} ✓" if page in self._seen else str(page + 1)

    def render_visible(self) -> None:
        area = self.viewport().rect()
        for page in range(self.count()):
            item = self.item(page)
            if page not in self.rendered and self.visualItemRect(item).intersects(area):
                item.setIcon(QIcon(self._picture(page)))
                self.rendered.add(page)

    def _picture(self, page: int) -> QPixmap:
        image = render_on_white(self._document, page, self.iconSize(), self.devicePixelRatioF())
        pixmap = QPixmap.fromImage(image)
        size = image.deviceIndependentSize().toSize()
        painter = QPainter(pixmap)
        painter.setPen(QColor(FRAME_COLOUR))  # a frame, so a white slide stands out on a white list
        painter.drawRect(0, 0, size.width() - 1, size.height() - 1)
        painter.end()
        return pixmap

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, self.render_visible)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self.render_visible)
