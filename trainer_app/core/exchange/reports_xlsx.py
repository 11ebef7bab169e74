"""XLSX reports (openpyxl, write-only for speed): one sheet per view, typed cells (numbers, UTC dates), a frozen
bold header row, auto filters, and the module matrix coloured by status.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from trainer_app.core.domain.report import CellStatus, ReportData
from trainer_app.core.exchange.cells import starts_formula
from trainer_app.core.exchange.report_views import Table, table

SHEETS = ("learners", "matrix", "roles", "agencies", "quizzes", "questions")
STATUS_FILLS = {
    CellStatus.COMPLETED: "C6EFCE",
    CellStatus.IN_PROGRESS: "FFEB9C",
    CellStatus.NOT_STARTED: "F2F2F2",
    CellStatus.LOCKED: "D9D9D9",
}
WIDTHS = {"text": 18, "int": 10, "number": 12, "datetime": 19, "date": 12}
_MATRIX_DETAILS = 5  # the matrix sheet's first columns (A–E) are about the learner; statuses start at F
FORMATS = {"datetime": "yyyy-mm-dd hh:mm", "date": "yyyy-mm-dd", "number": "0.0", "int": "0"}


def write_xlsx(report: ReportData, path: Path) -> None:
    book = Workbook(write_only=True)
    _about(book, report)
    for key in SHEETS:
        data = table(report, key)
        if key == "matrix":
            data = _matrix_without_gaps(data)
        write_sheet(book, data)
    try:
        book.save(path)
    except BaseException:
        discard_unsaved(book)
        raise


def discard_unsaved(book: Workbook) -> None:
    """After a failed save (a full disk): finish each sheet's stream and remove its temp file, quietly."""
    for sheet in book.worksheets:
        with contextlib.suppress(Exception):
            if not sheet.closed:
                sheet.close()
        with contextlib.suppress(Exception):
            sheet._writer.cleanup()


def _about(book: Workbook, report: ReportData) -> None:
    sheet = book.create_sheet("About")
    sheet.column_dimensions["A"].width = 24
    sheet.column_dimensions["B"].width = 60
    for label, value in (
        ("Report", "Training completion"),
        ("Pack", f"{report.pack_title} ({report.pack_id} {report.pack_version})"),
        ("Learners", report.filter.describe()),
        ("Generated (UTC)", naive_utc(report.generated_at)),
        ("Records awaiting trust (not counted)", report.pending_records),
    ):
        cell = WriteOnlyCell(sheet, label)
        cell.font = Font(bold=True)
        kind = _kind_of(value)
        sheet.append([cell, _text(sheet, value) if isinstance(value, str) else _typed(sheet, value, kind)])


def write_sheet(book: Workbook, data: Table) -> None:
    sheet = book.create_sheet(data.title[:31])
    sheet.freeze_panes = "A2"
    for index, column in enumerate(data.columns, 1):
        width = 34 if column.header in ("name", "title", "prompt") else WIDTHS[column.kind]
        sheet.column_dimensions[get_column_letter(index)].width = width
    last = get_column_letter(max(1, len(data.columns)))
    sheet.auto_filter.ref = f"A1:{last}{len(data.rows) + 1}"
    if data.key == "matrix" and len(data.columns) > _MATRIX_DETAILS:
        _colour_statuses(sheet, f"F2:{last}{len(data.rows) + 1}")
    header = []
    for column in data.columns:
        cell = _text(sheet, column.header)
        cell.font = Font(bold=True)
        header.append(cell)
    sheet.append(header)
    formats = [FORMATS.get(c.kind) for c in data.columns]
    for row in data.rows:
        values = data.values(row)
        sheet.append(
            [
                _plain(sheet, v) if f is None else _typed(sheet, v, f)
                for v, f in zip(values, formats, strict=True)
            ]
        )


def _plain(sheet: Any, value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    return _text(sheet, value) if isinstance(value, str) and starts_formula(value) else value


def _text(sheet: Any, value: str) -> WriteOnlyCell:
    """A string cell, never a formula: openpyxl turns any text starting with '=' into one by itself."""
    cell = WriteOnlyCell(sheet, value)
    if starts_formula(value):
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell


def _kind_of(value: Any) -> str:
    if isinstance(value, datetime):
        return "datetime"
    if isinstance(value, int) and not isinstance(value, bool):
        return "int"
    return "number" if isinstance(value, float) else "text"


def _typed(sheet: Any, value: Any, kind: str) -> Any:
    """A cell formatted by its type: only a number or date gets a number format, and only a real one (a
    format named after the kind, such as "text", would show as literal letters around the number)."""
    if value is None:
        return None
    cell = WriteOnlyCell(sheet, naive_utc(value) if isinstance(value, datetime) else value)
    if isinstance(value, datetime | date | float | int) and not isinstance(value, bool) and kind in FORMATS:
        cell.number_format = FORMATS[kind]
    return cell


def naive_utc(value: Any) -> Any:
    """Excel has no time zones: UTC times are written as they are, without the zone."""
    return value.replace(tzinfo=None) if isinstance(value, datetime) else value


def _colour_statuses(sheet: Any, cells: str) -> None:
    for status, colour in STATUS_FILLS.items():
        fill = PatternFill("solid", start_color=colour, end_color=colour)
        sheet.conditional_formatting.add(
            cells, CellIsRule(operator="equal", formula=[f'"{status.value}"'], fill=fill)
        )


def _matrix_without_gaps(data: Table) -> Table:
    """Cells of modules outside a learner's track are left empty (not written at all)."""
    from dataclasses import replace

    from trainer_app.core.exchange.report_views import Column

    columns = tuple(
        c if i < _MATRIX_DETAILS else Column(c.header, c.kind, _blanked(c.value))
        for i, c in enumerate(data.columns)
    )
    return replace(data, columns=columns)


def _blanked(value: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda row: _blank(value(row))


def _blank(value: Any) -> Any:
    return None if value == CellStatus.NOT_IN_TRACK.value else value
