"""CSV and XLSX exports write exactly the rows the screen shows: BOM, ISO dates, typed numbers, sheets."""

from __future__ import annotations

import csv
import errno
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from tests.core.test_reports import people
from trainer_app.core.common.errors import ExchangeError, ValidationError
from trainer_app.core.domain.report import ReportFilter
from trainer_app.core.exchange.report_views import VIEWS, table


def test_csv_is_utf8_with_a_bom_iso_dates_and_plain_numbers(mini_app: Any, tmp_path: Path) -> None:
    people(mini_app)
    mini_app.learners.create("أمل حداد", "case_worker", "Riverside agency")
    path = mini_app.reports.export(tmp_path / "learners.csv", "csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert "أمل حداد".encode() in raw
    rows = list(csv.DictReader(path.read_text(encoding="utf-8-sig").splitlines()))
    report = mini_app.reports.build()
    assert [r["learner_id"] for r in rows] == [r.learner_id for r in report.learners]
    grace = next(r for r in rows if r["name"] == "Grace Okello")
    assert grace["percent"] == "100"
    assert grace["certificates"] == "1"
    assert grace["status"] == "completed"
    assert datetime.fromisoformat(grace["completed_at"]) == mini_app.clock.now
    samir = next(r for r in rows if r["name"] == "Samir Haddad")
    expected = next(r for r in report.learners if r.name == "Samir Haddad")
    assert float(samir["percent"]) == expected.percent
    assert samir["completed_at"] == ""


@pytest.mark.parametrize("view", VIEWS)
def test_every_csv_view_has_the_rows_of_the_report(mini_app: Any, tmp_path: Path, view: str) -> None:
    people(mini_app)
    path = mini_app.reports.export(tmp_path / f"{view}.csv", "csv", view=view)
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
    expected = table(mini_app.reports.build(), view)
    assert rows[0] == expected.headers
    assert len(rows) - 1 == len(expected.rows)


def test_xlsx_has_a_sheet_per_view_typed_cells_frozen_header_and_filters(
    mini_app: Any, tmp_path: Path
) -> None:
    people(mini_app)
    path = mini_app.reports.export(tmp_path / "report.xlsx", "xlsx", ReportFilter(role="case_worker"))
    book = load_workbook(path)
    assert book.sheetnames == [
        "About",
        "Learners",
        "Modules",
        "Per role",
        "Per agency",
        "Quizzes",
        "Quiz questions",
    ]
    sheet = book["Learners"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:V4"
    header = [c.value for c in sheet[1]]
    report = mini_app.reports.build(ReportFilter(role="case_worker"))
    by_name = {r.name: r for r in report.learners}
    for row in sheet.iter_rows(min_row=2, values_only=True):
        values = dict(zip(header, row, strict=True))
        expected = by_name[values["name"]]
        assert values["percent"] == expected.percent
        assert isinstance(values["activities_done"], int)
        if expected.completed_at:
            assert values["completed_at"] == expected.completed_at.replace(tzinfo=None)
    matrix = book["Modules"]
    assert [c.value for c in matrix[1]][5:] == ["basics", "follow-up"]
    assert matrix.conditional_formatting  # coloured by status
    assert book["Quiz questions"]["F2"].value == report.questions[0].miss_rate


def test_every_xlsx_number_format_is_a_real_format(mini_app: Any, tmp_path: Path) -> None:
    # A format named "text" on a number showed "t660xt" in LibreOffice: letters t, x, t around the value.
    people(mini_app)
    path = mini_app.reports.export(tmp_path / "report.xlsx", "xlsx")
    book = load_workbook(path)
    about = {row[0].value: row[1] for row in book["About"].iter_rows()}
    pending = about["Records awaiting trust (not counted)"]
    assert isinstance(pending.value, int)
    assert pending.number_format in ("0", "General")
    allowed = {"General", "0", "0.0", "yyyy-mm-dd", "yyyy-mm-dd hh:mm", "yyyy-mm-dd h:mm:ss"}
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.number_format in allowed, (sheet.title, cell.coordinate, cell.number_format)


def test_an_unknown_format_or_view_is_a_clear_error(mini_app: Any, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ValidationError, match="Unknown report format"):
        mini_app.reports.export(out / "x.doc", "doc")
    with pytest.raises(ValidationError, match="Unknown report view"):
        mini_app.reports.export(out / "x.csv", "csv", view="everything")
    assert list(out.iterdir()) == []


def test_a_full_disk_leaves_no_partial_report_and_keeps_the_old_one(
    mini_app: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    people(mini_app)
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "report.xlsx"
    target.write_bytes(b"the previous report")

    def full(*_args: Any, **_kwargs: Any) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("openpyxl.workbook.workbook.Workbook.save", full)
    with pytest.raises(ExchangeError, match="disk is full"):
        mini_app.reports.export(target, "xlsx")
    assert target.read_bytes() == b"the previous report"
    assert [p.name for p in target.parent.iterdir()] == ["report.xlsx"]
