"""QR codes as vector paths: segno with a fixed mask (any mask is valid; choosing one costs half the time of a
certificate, tech-notes §4), drawn as one QPainterPath with each row's dark runs merged into rectangles.
"""

from __future__ import annotations

import segno
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainterPath

QUIET_MODULES = 4


def qr_path(text: str, area: QRectF) -> QPainterPath:
    """The QR code of `text` filling the square `area`, quiet zone included."""
    code = segno.make(text, error="m", mask=0, micro=False)
    matrix = code.matrix
    count = len(matrix)
    module = min(area.width(), area.height()) / (count + 2 * QUIET_MODULES)
    left = area.left() + QUIET_MODULES * module
    top = area.top() + QUIET_MODULES * module
    path = QPainterPath()
    for row_index, row in enumerate(matrix):
        column = 0
        while column < count:
            if not row[column]:
                column += 1
                continue
            start = column
            while column < count and row[column]:
                column += 1
            path.addRect(
                QRectF(left + start * module, top + row_index * module, (column - start) * module, module)
            )
    return path
