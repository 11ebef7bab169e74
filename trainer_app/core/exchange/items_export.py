"""Item analysis as CSV (one row per question, UTF-8 with a BOM) and XLSX (a sheet of questions and a sheet of
option counts), written through the completion reports' cell and sheet writers so both read the same way.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from trainer_app.core.domain.item_report import ItemReport, ItemStats, OptionCount
from trainer_app.core.exchange.report_views import Column, Table
from trainer_app.core.exchange.reports_csv import csv_cell
from trainer_app.core.exchange.reports_xlsx import discard_unsaved, naive_utc, write_sheet


@dataclass(frozen=True)
class ItemRow:
    activity_id: str
    quiz_title: str
    item: ItemStats


@dataclass(frozen=True)
class OptionRow:
    activity_id: str
    question_id: str
    option: OptionCount
    attempts: int


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def _options_text(item: ItemStats) -> str:
    return "; ".join(f"{o.option}{' (correct)' if o.is_correct else ''}: {o.chosen}" for o in item.options)


ITEM_COLUMNS = (
    Column("activity_id", "text", lambda r: r.activity_id),
    Column("quiz", "text", lambda r: r.quiz_title),
    Column("question_id", "text", lambda r: r.item.question_id),
    Column("prompt", "text", lambda r: r.item.prompt),
    Column("attempts", "int", lambda r: r.item.attempts),
    Column("facility", "text", lambda r: _rounded(r.item.facility)),
    Column("discrimination", "text", lambda r: _rounded(r.item.discrimination)),
    Column("flags", "text", lambda r: r.item.describe_flags()),
    Column("options", "text", lambda r: _options_text(r.item)),
)
OPTION_COLUMNS = (
    Column("activity_id", "text", lambda r: r.activity_id),
    Column("question_id", "text", lambda r: r.question_id),
    Column("option", "text", lambda r: r.option.option),
    Column("correct", "text", lambda r: r.option.is_correct),
    Column("chosen", "int", lambda r: r.option.chosen),
    Column("attempts", "int", lambda r: r.attempts),
)


def item_table(report: ItemReport) -> Table:
    rows = [ItemRow(q.activity_id, q.title, item) for q in report.quizzes for item in q.items]
    return Table("items", "Items", ITEM_COLUMNS, rows)


def option_table(report: ItemReport) -> Table:
    rows = [
        OptionRow(q.activity_id, item.question_id, option, item.attempts)
        for q in report.quizzes
        for item in q.items
        for option in item.options
    ]
    return Table("options", "Options", OPTION_COLUMNS, rows)


def write_items_csv(report: ItemReport, path: Path) -> None:
    data = item_table(report)
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(data.headers)
        for row in data.rows:
            writer.writerow([csv_cell(value) for value in data.values(row)])


def write_items_xlsx(report: ItemReport, path: Path) -> None:
    book = Workbook(write_only=True)
    about = book.create_sheet("About")
    about.column_dimensions["A"].width = 24
    about.column_dimensions["B"].width = 60
    for label, value in (
        ("Report", "Item analysis"),
        ("Pack", f"{report.pack_title} ({report.pack_id} {report.pack_version})"),
        ("Generated (UTC)", naive_utc(report.generated_at)),
        ("Facility", "mean score on the question, 0-1"),
        ("Discrimination", "correlation of the question score with the rest of the test, -1 to 1"),
    ):
        cell = WriteOnlyCell(about, label)
        cell.font = Font(bold=True)
        about.append([cell, value])
    write_sheet(book, item_table(report))
    write_sheet(book, option_table(report))
    try:
        book.save(path)
    except BaseException:
        discard_unsaved(book)
        raise
