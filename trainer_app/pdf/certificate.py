"""The certificate PDF: A4 landscape drawn with QPdfWriter/QPainter, the QR token as vector art, and the signed
credential JSON (plus the token) attached. Text is shaped by Qt (Arabic joined, right to left); long texts wrap,
then shrink, then are shortened with an ellipsis: nothing is ever drawn outside its box.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextOption,
)

from trainer_app.core.credentials.pdfaf import associate_files
from trainer_app.core.credentials.pdfattach import CREDENTIAL_ATTACHMENT, TOKEN_ATTACHMENT
from trainer_app.core.services.certificate_text import CertificateDocument
from trainer_app.pdf.fonts import certificate_families, ensure_gui, make_font
from trainer_app.pdf.qr import qr_path

RESOLUTION = 300
PAGE_MM = (297.0, 210.0)
INK = QColor("#1b2a3a")
ACCENT = QColor("#1f5f8b")
MUTED = QColor("#55606b")
ELLIPSIS = "…"
Emphasis = Literal["", "bold", "italic"]  # a line of the certificate is never both


def mm(value: float) -> float:
    return value * RESOLUTION / 25.4


def render_certificate_pdf(document: CertificateDocument) -> bytes:
    """The PDF as bytes (one page), with `certificate.json` and the QR token attached."""
    ensure_gui()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setResolution(RESOLUTION)
    writer.setTitle(document.pdf_title)
    writer.setCreator("CPIMS+ Trainer")
    writer.addFileAttachment(CREDENTIAL_ATTACHMENT, QByteArray(document.credential_json), "application/json")
    if document.token:
        writer.addFileAttachment(TOKEN_ATTACHMENT, QByteArray(document.token.encode("ascii")), "text/plain")
    painter = QPainter(writer)
    try:
        _Drawing(painter, document).draw()
    finally:
        painter.end()
    del writer
    buffer.close()
    # The credential becomes an associated file (/AF, /AFRelationship /Data, /UF, MIME type on its stream).
    return associate_files(bytes(buffer.data().data()), {CREDENTIAL_ATTACHMENT: "application/json"})


class _Drawing:
    def __init__(self, painter: QPainter, document: CertificateDocument) -> None:
        self.painter = painter
        self.document = document
        self.rtl = document.right_to_left
        self.families = certificate_families(document.right_to_left)

    def box(self, left_mm: float, top_mm: float, width_mm: float, height_mm: float) -> QRectF:
        """A box in millimetres, mirrored left to right on right-to-left certificates."""
        if self.rtl:
            left_mm = PAGE_MM[0] - left_mm - width_mm
        return QRectF(mm(left_mm), mm(top_mm), mm(width_mm), mm(height_mm))

    def draw(self) -> None:
        self._frame()
        d = self.document
        centre = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter
        self.text(self.box(25, 20, 247, 10), d.heading.upper(), 15, centre, colour=ACCENT, min_pt=8)
        self.text(self.box(25, 32, 247, 24), d.title, 24, centre, emphasis="bold", min_pt=10)
        self.text(self.box(25, 60, 247, 7), d.awarded_to, 12, centre, colour=MUTED, min_pt=8)
        self.text(self.box(25, 68, 247, 30), d.learner_name, 32, centre, emphasis="bold", min_pt=11)
        if d.agency:
            self.text(self.box(25, 99, 247, 7), d.agency, 12, centre, colour=MUTED, min_pt=7)
        if d.practice:  # the criteria make room for what was assessed in practice, and by whom
            self.text(self.box(35, 107, 227, 11), d.criteria, 11.5, centre, colour=MUTED, min_pt=7)
            practice = f"{d.practice_heading}: " + "; ".join(d.practice)
            self.text(self.box(35, 118.5, 227, 12.5), practice, 10, centre, colour=INK, min_pt=6)
        else:
            self.text(self.box(35, 108, 227, 20), d.criteria, 11.5, centre, colour=MUTED, min_pt=7)
        self._rule(132)
        self._details()
        self._qr()
        self._logo()
        if d.signed_by:
            self.text(
                self.box(25, 191, 180, 6), d.signed_by, 9.5, self._leading(), emphasis="italic", min_pt=6
            )

    def _logo(self) -> None:
        """The organisation's logo in the top corner, scaled into its box with its proportions kept."""
        if not self.document.logo:
            return
        image = QImage.fromData(self.document.logo)
        if image.isNull():
            return
        box = self.box(14, 13, 34, 20)
        scaled = image.size().scaled(int(box.width()), int(box.height()), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRectF(box.left(), box.top(), scaled.width(), scaled.height())
        if self.rtl:
            target.moveRight(box.right())
        self.painter.drawImage(target, image)

    def _frame(self) -> None:
        painter = self.painter
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(ACCENT, mm(1.2)))
        painter.drawRect(QRectF(mm(8), mm(8), mm(PAGE_MM[0] - 16), mm(PAGE_MM[1] - 16)))
        painter.setPen(QPen(ACCENT, mm(0.3)))
        painter.drawRect(QRectF(mm(11), mm(11), mm(PAGE_MM[0] - 22), mm(PAGE_MM[1] - 22)))

    def _rule(self, top_mm: float) -> None:
        self.painter.setPen(QPen(ACCENT, mm(0.3)))
        self.painter.drawLine(QPointF(mm(25), mm(top_mm)), QPointF(mm(272), mm(top_mm)))

    def _details(self) -> None:
        leading = self._leading()
        top = 137.0
        for label, value in self.document.details:
            self.text(self.box(25, top, 38, 7), label, 10.5, leading, colour=MUTED, min_pt=6)
            self.text(self.box(64, top, 150, 7), value, 11.5, leading, emphasis="bold", min_pt=6)
            top += 7.5
        top = max(top + 2, 178.0)
        for label, value in self.document.identifiers:
            self.text(self.box(25, top, 38, 5), label, 7.5, leading, colour=MUTED, min_pt=5)
            self.text(
                self.box(64, top, 150, 5), value, 7.5, leading, colour=MUTED, min_pt=5, direction_ltr=True
            )
            top += 5.5

    def _qr(self) -> None:
        area = self.box(222, 135, 50, 50)
        caption = self.box(212, 185, 70, 6)
        centre = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter
        if self.document.token:
            self.painter.setPen(Qt.PenStyle.NoPen)
            self.painter.setBrush(QColor("black"))
            self.painter.drawPath(qr_path(self.document.token, area))
            self.painter.setBrush(Qt.BrushStyle.NoBrush)
        self.text(caption, self.document.qr_caption, 8.5, centre, colour=MUTED, min_pt=5)

    def _leading(self) -> Qt.AlignmentFlag:
        side = Qt.AlignmentFlag.AlignRight if self.rtl else Qt.AlignmentFlag.AlignLeft
        return side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter

    def text(
        self,
        rect: QRectF,
        text: str,
        point_size: float,
        align: Qt.AlignmentFlag,
        *,
        emphasis: Emphasis = "",
        colour: QColor = INK,
        min_pt: float = 6.0,
        direction_ltr: bool = False,
    ) -> None:
        """Draw `text` inside `rect`: wrapped, shrunk down to `min_pt`, then shortened with an ellipsis."""
        painter = self.painter
        option = QTextOption(align)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        if direction_ltr or not self.rtl:
            option.setTextDirection(Qt.LayoutDirection.LeftToRight)
        else:
            option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        font = make_font(self.families, point_size, emphasis == "bold", emphasis == "italic")
        text = " ".join(text.split())
        size = point_size
        while not self._fits(font, rect, text, option) and size > min_pt:
            size = max(min_pt, size * 0.9)
            font.setPointSizeF(size)
        if not self._fits(font, rect, text, option):
            text = self._shortened(font, rect, text, option)
        painter.setFont(font)
        painter.setPen(colour)
        painter.save()
        painter.setClipRect(rect)
        painter.drawText(rect, text, option)
        painter.restore()

    def _fits(self, font: QFont, rect: QRectF, text: str, option: QTextOption) -> bool:
        self.painter.setFont(font)
        bound = self.painter.boundingRect(QRectF(rect.left(), rect.top(), rect.width(), 1e6), text, option)
        return bound.height() <= rect.height() + 0.5 and bound.width() <= rect.width() + 0.5

    def _shortened(self, font: QFont, rect: QRectF, text: str, option: QTextOption) -> str:
        """The longest prefix of `text` (plus an ellipsis) that fits, found by bisection."""
        low, high = 0, len(text)
        while low < high:
            middle = (low + high + 1) // 2
            if self._fits(font, rect, text[:middle].rstrip() + ELLIPSIS, option):
                low = middle
            else:
                high = middle - 1
        return text[:low].rstrip() + ELLIPSIS
