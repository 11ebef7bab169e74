"""The widget that paints video frames (aspect ratio kept) and the current subtitle over their bottom."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QTextOption
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

_RTL_CLASSES = {"R", "AL"}
_LTR_CLASSES = {"L"}


def text_direction(text: str) -> Qt.LayoutDirection:
    """The direction of the first strong character (Unicode bidi rules P2–P3); left-to-right when none."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in _RTL_CLASSES:
            return Qt.LayoutDirection.RightToLeft
        if kind in _LTR_CLASSES:
            return Qt.LayoutDirection.LeftToRight
    return Qt.LayoutDirection.LeftToRight


class VideoSurface(QWidget):
    """Black background, the latest frame scaled to fit, the subtitle in a dark box near the bottom."""

    clicked = Signal()
    doubleClicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._frame = QImage()
        self._subtitle = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 90)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.setStyleSheet("color: white; padding: 12px;")
        self.message_label.hide()
        centre = QVBoxLayout(self)
        centre.setContentsMargins(24, 24, 24, 24)
        centre.addStretch(1)
        centre.addWidget(self.message_label)
        centre.addStretch(1)

    def sizeHint(self) -> QSize:
        return QSize(640, 360)

    def show_message(self, title: str, detail: str) -> None:
        """A message in the middle of the (black) video area, e.g. why the file cannot be played."""
        font = self.message_label.font()
        font.setPointSizeF(self.font().pointSizeF() * 1.15)
        self.message_label.setFont(font)
        self.message_label.setText(f"{title}\n\n{detail}" if detail else title)
        self.message_label.show()

    def hide_message(self) -> None:
        self.message_label.hide()

    def set_frame(self, image: QImage) -> None:
        self._frame = image
        self.update()

    def clear_frame(self) -> None:
        self._frame = QImage()
        self.update()

    def has_frame(self) -> bool:
        return not self._frame.isNull()

    def set_subtitle(self, text: str) -> None:
        if text != self._subtitle:
            self._subtitle = text
            self.setAccessibleDescription(text)
            self.update()

    def subtitle(self) -> str:
        return self._subtitle

    def video_rect(self) -> QRectF:
        """Where the frame is drawn: centred, as large as fits, aspect ratio kept."""
        if self._frame.isNull():
            return QRectF(self.rect())
        size = self._frame.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        left = (self.width() - size.width()) / 2
        top = (self.height() - size.height()) / 2
        return QRectF(left, top, size.width(), size.height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.black)
        if not self._frame.isNull():
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(self.video_rect(), self._frame)
        if self._subtitle:
            self._draw_subtitle(painter)
        painter.end()

    def _draw_subtitle(self, painter: QPainter) -> None:
        area = self.video_rect()
        font = painter.font()
        font.setPixelSize(max(14, round(area.height() / 14)))
        painter.setFont(font)
        margin = font.pixelSize() * 0.6
        option = QTextOption(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        option.setTextDirection(text_direction(self._subtitle))
        available = area.adjusted(margin * 2, margin, -margin * 2, -margin)
        bounds = painter.boundingRect(available, self._subtitle, option)
        box = bounds.adjusted(-margin / 2, -margin / 4, margin / 2, margin / 4)
        painter.fillRect(box, QColor(0, 0, 0, 170))
        painter.setPen(Qt.GlobalColor.white)
        painter.drawText(bounds, self._subtitle, option)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.doubleClicked.emit()
        super().mouseDoubleClickEvent(event)
