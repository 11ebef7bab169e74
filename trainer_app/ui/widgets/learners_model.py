"""The learners table: a model over the report's LearnerRow values (the same rows every export writes) and a
proxy that filters by role, agency, site, status and name. Sorting is done once in Python on the source rows,
so a click on a header stays quick with 10,000 learners.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from trainer_app.core.common.numbers import format_percent
from trainer_app.core.domain.report import LearnerRow, LearnerStatus
from trainer_app.ui.i18n import QT_TRANSLATE_NOOP, format_date, role_title

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the LearnerRow itself
EARLIEST = datetime.min.replace(tzinfo=UTC)
LATEST = datetime.max.replace(tzinfo=UTC)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _tr(text: str) -> str:
    return QCoreApplication.translate("LearnersModel", text)


def status_text(status: LearnerStatus) -> str:
    return {
        LearnerStatus.COMPLETED: QCoreApplication.translate("LearnersModel", "Completed"),
        LearnerStatus.IN_PROGRESS: QCoreApplication.translate("LearnersModel", "In progress"),
        LearnerStatus.NOT_STARTED: QCoreApplication.translate("LearnersModel", "Not started"),
        LearnerStatus.NO_TRACK: QCoreApplication.translate("LearnersModel", "No track"),
    }[status]


def _when(value: datetime | None) -> str:
    return format_date(value) if value else ""


# (header, display text, sort key, right-aligned)
SortKey = str | float | datetime
COLUMNS: tuple[tuple[str, Callable[[LearnerRow], str], Callable[[LearnerRow], SortKey], bool], ...] = (
    (QT_TRANSLATE_NOOP("LearnersModel", "Name"), lambda r: r.name, lambda r: r.name.casefold(), False),
    (
        QT_TRANSLATE_NOOP("LearnersModel", "Role"),
        lambda r: role_title(r.role, r.role_title),
        lambda r: role_title(r.role, r.role_title).casefold(),
        False,
    ),
    (QT_TRANSLATE_NOOP("LearnersModel", "Agency"), lambda r: r.agency, lambda r: r.agency.casefold(), False),
    (QT_TRANSLATE_NOOP("LearnersModel", "Site"), lambda r: r.site, lambda r: r.site.casefold(), False),
    (
        QT_TRANSLATE_NOOP("LearnersModel", "Status"),
        lambda r: status_text(r.status),
        lambda r: r.status.value,
        False,
    ),
    (
        QT_TRANSLATE_NOOP("LearnersModel", "Progress"),
        lambda r: format_percent(r.percent),
        lambda r: r.percent,
        True,
    ),
    (
        QT_TRANSLATE_NOOP("LearnersModel", "Activities"),
        lambda r: f"{r.activities_done} / {r.activities_total}",
        lambda r: r.activities_done,
        True,
    ),
    (
        QT_TRANSLATE_NOOP("LearnersModel", "Certificates"),
        lambda r: str(r.certificates),
        lambda r: r.certificates,
        True,
    ),
    (
        QT_TRANSLATE_NOOP("LearnersModel", "Last activity"),
        lambda r: _when(r.last_activity_at),
        lambda r: r.last_activity_at or EARLIEST,
        False,
    ),
    (
        QT_TRANSLATE_NOOP("LearnersModel", "Completed"),
        lambda r: _when(r.completed_at),
        lambda r: r.completed_at or LATEST,
        False,
    ),
)


TEXT_COLUMNS = frozenset({0, 1, 2, 3})  # name, role, agency, site: long ones are elided, whole on hover


class LearnersModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[LearnerRow] = []

    def set_rows(self, rows: Sequence[LearnerRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        _, text, _, right = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if right else None
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, index.column(), text(row))
        return None

    @staticmethod
    def _tooltip(row: LearnerRow, column: int, shown: str) -> str | None:
        """The whole text of a name, role, agency or site the column is too narrow for (it is elided)."""
        if column == 0 and row.origin.startswith("bundle:"):
            imported = QCoreApplication.translate("LearnersModel", "Imported from another installation")
            return f"{shown}\n{imported}"
        return shown if column in TEXT_COLUMNS and shown else None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _tr(COLUMNS[section][0])
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        key = COLUMNS[column][2]
        self.layoutAboutToBeChanged.emit()
        self.rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()


class LearnersFilter(QSortFilterProxyModel):
    """Filters on the row values; sorting is handed to the source model (one Python sort, no per-pair calls)."""

    def __init__(self) -> None:
        super().__init__()
        self.role = ""
        self.agency: str | None = None
        self.site: str | None = None
        self.status: LearnerStatus | None = None
        self.text = ""

    def set_filters(
        self,
        role: str = "",
        agency: str | None = None,
        site: str | None = None,
        status: LearnerStatus | None = None,
        text: str = "",
    ) -> None:
        self.beginFilterChange()
        self.role, self.agency, self.site, self.status = role, agency, site, status
        self.text = text.casefold().strip()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, _source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, LearnersModel)
        return self.accepts(model.rows[source_row])

    def accepts(self, row: LearnerRow) -> bool:
        return (
            (not self.role or row.role == self.role)
            and (self.agency is None or row.agency == self.agency)
            and (self.site is None or row.site == self.site)
            and (self.status is None or row.status == self.status)
            and (not self.text or self.text in row.name.casefold())
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)

    def row_at(self, index: QModelIndex) -> LearnerRow | None:
        if not index.isValid():
            return None
        value = self.data(index, ROW_ROLE)
        return value if isinstance(value, LearnerRow) else None
