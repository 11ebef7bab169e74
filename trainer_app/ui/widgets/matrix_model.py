"""The completion matrix: learners × modules, one coloured cell per module with a mark that does not rely on
colour alone. A plain table model over the report's MatrixRow values and a delegate that paints the cells.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from trainer_app.core.common.numbers import format_percent
from trainer_app.core.domain.report import CellStatus, MatrixCell, MatrixRow, ModuleColumn

Index = QModelIndex | QPersistentModelIndex
CELL_ROLE = Qt.ItemDataRole.UserRole + 2
FIXED = 3  # name, role, agency before the module columns
COLOURS = {
    CellStatus.COMPLETED: ("#2e7d32", "#ffffff", "✓"),
    CellStatus.IN_PROGRESS: ("#f9d56e", "#3b2f00", "…"),
    CellStatus.NOT_STARTED: ("#eceff1", "#55606b", ""),
    CellStatus.LOCKED: ("#b0bec5", "#263238", "×"),
    CellStatus.NOT_IN_TRACK: ("#ffffff", "#b0bec5", "·"),
}


def cell_text(cell: MatrixCell) -> str:
    return {
        CellStatus.COMPLETED: QCoreApplication.translate("MatrixModel", "Completed"),
        CellStatus.IN_PROGRESS: QCoreApplication.translate("MatrixModel", "In progress"),
        CellStatus.NOT_STARTED: QCoreApplication.translate("MatrixModel", "Not started"),
        CellStatus.LOCKED: QCoreApplication.translate("MatrixModel", "Locked"),
        CellStatus.NOT_IN_TRACK: QCoreApplication.translate("MatrixModel", "Not in this learner's track"),
    }[cell.status]


class MatrixModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[MatrixRow] = []
        self.modules: tuple[ModuleColumn, ...] = ()

    def set_rows(self, modules: tuple[ModuleColumn, ...], rows: Sequence[MatrixRow]) -> None:
        self.beginResetModel()
        self.modules = modules
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIXED + len(self.modules)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if column < FIXED:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return (row.name, row.role, row.agency)[column]
            return None
        cell = row.cells[column - FIXED]
        if role == CELL_ROLE:
            return cell
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            module = self.modules[column - FIXED]
            return f"{row.name} — {module.title}: {cell_text(cell)} ({format_percent(cell.percent)})"
        if role == Qt.ItemDataRole.DisplayRole:
            return COLOURS[cell.status][2]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if section < FIXED:
            if role == Qt.ItemDataRole.DisplayRole:
                return (
                    QCoreApplication.translate("MatrixModel", "Name"),
                    QCoreApplication.translate("MatrixModel", "Role"),
                    QCoreApplication.translate("MatrixModel", "Agency"),
                )[section]
            return None
        module = self.modules[section - FIXED]
        if role == Qt.ItemDataRole.DisplayRole:
            return module.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return module.title
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        def key(row: MatrixRow) -> tuple[int, float, str]:
            if column < FIXED:
                return (0, 0.0, (row.name, row.role, row.agency)[column].casefold())
            cell = row.cells[column - FIXED]
            return (list(COLOURS).index(cell.status), -cell.percent, "")

        self.layoutAboutToBeChanged.emit()
        self.rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()


class MatrixDelegate(QStyledItemDelegate):
    """Paints a module cell as a coloured block with a mark (✓ done, … started, × locked) and the percent."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        cell = index.data(CELL_ROLE)
        if not isinstance(cell, MatrixCell):
            super().paint(painter, option, index)
            return
        background, foreground, mark = COLOURS[cell.status]
        rect: QRect = option.rect.adjusted(1, 1, -1, -1)
        painter.save()
        painter.fillRect(rect, QColor(background))
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(QColor("#1f5f8b"))
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.setPen(QColor(foreground))
        text = f"{mark} {format_percent(cell.percent)}" if cell.status is CellStatus.IN_PROGRESS else mark
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()


class MatrixFilter(QSortFilterProxyModel):
    """Shows the learners the learners table shows (same filters); sorting is handed to the source model."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] | None = None

    def set_ids(self, ids: set[str] | None) -> None:
        self.beginFilterChange()
        self.ids = ids
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, _source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, MatrixModel)
        return self.ids is None or model.rows[source_row].learner_id in self.ids

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)
