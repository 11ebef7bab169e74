"""Page, text and table drawing with QPainter on a QPdfWriter, for the PDFs drawn page by page (the item
analysis). A subclass draws its own pages and footer; tables continue on new pages with their header row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPdfWriter, QPen

from trainer_app.pdf.fonts import certificate_families, make_font
from trainer_app.pdf.report_charts import GRID, INK

RESOLUTION = 150
PAGE_W_MM, PAGE_H_MM, MARGIN_MM = 210.0, 297.0, 15.0
ROW_MM = 5.2
Column = tuple[str, float, Callable[[Any], str], bool]  # header, width (mm), text, right-aligned


class PaintedDocument:
    def __init__(self, painter: QPainter, writer: QPdfWriter, report: Any) -> None:
        self.p, self.writer, self.report = painter, writer, report
        self.u = RESOLUTION / 25.4
        self.font = make_font(certificate_families(False), 9)
        self.page = 1
        self.y = MARGIN_MM

    def mm(self, left: float, top: float, width: float, height: float) -> QRectF:
        return QRectF(left * self.u, top * self.u, width * self.u, height * self.u)

    def text(
        self,
        left: float,
        top: float,
        width: float,
        height: float,
        text: str,
        *,
        size: float = 9,
        bold: bool = False,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    ) -> None:
        font = QFont(self.font)
        font.setPointSizeF(size)
        font.setBold(bold)
        self.p.setFont(font)
        self.p.setPen(INK)
        rect = self.mm(left, top, width, height)
        elided = self.p.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width()))
        self.p.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), elided)

    def new_page(self) -> None:
        self._footer()
        self.writer.newPage()
        self.page += 1
        self.y = MARGIN_MM

    def _footer(self) -> None:
        """Each document draws its own footer."""

    def _table(self, title: str, columns: Sequence[Column], rows: Sequence[Any]) -> None:
        if self.y + 4 * ROW_MM > PAGE_H_MM - 20:
            self.new_page()
        self.text(MARGIN_MM, self.y, 120, 7, title, size=11, bold=True)
        self.y += 8
        self._header(columns)
        for index, row in enumerate(rows):
            if self.y + ROW_MM > PAGE_H_MM - 20:
                self.new_page()
                self._header(columns)
            if index % 2:
                self.p.fillRect(
                    self.mm(MARGIN_MM, self.y, PAGE_W_MM - 2 * MARGIN_MM, ROW_MM), QColor("#f4f6f8")
                )
            self._cells(columns, [c[2](row) for c in columns], 7.5, False)
        self.y += 5

    def _header(self, columns: Sequence[Column]) -> None:
        self.p.fillRect(self.mm(MARGIN_MM, self.y, PAGE_W_MM - 2 * MARGIN_MM, ROW_MM), QColor("#dde5ec"))
        self._cells(columns, [c[0] for c in columns], 7.5, True)
        self.p.setPen(QPen(GRID, 1))

    def _cells(self, columns: Sequence[Column], texts: Sequence[str], size: float, bold: bool) -> None:
        left = MARGIN_MM
        for (_, width, _, right), text in zip(columns, texts, strict=True):
            align = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
            self.text(left + 1, self.y, width - 2, ROW_MM, text, size=size, bold=bold, align=align)
            left += width
        self.y += ROW_MM
