"""CSV reports: UTF-8 with a BOM (so spreadsheet programs read accents and Arabic right), ISO 8601 dates in UTC,
numbers as plain numbers (no thousands separators, no percent signs), one view per file.
"""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path
from typing import Any

from trainer_app.core.common.errors import ValidationError
from trainer_app.core.domain.report import ReportData
from trainer_app.core.exchange.cells import neutralise
from trainer_app.core.exchange.report_views import VIEWS, table


def write_csv(report: ReportData, path: Path, view: str = "learners") -> None:
    if view not in VIEWS:
        raise ValidationError("report.unknown_view", view=view, items=", ".join(VIEWS))
    data = table(report, view)
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow([neutralise(header) for header in data.headers])  # module titles come from packs
        for row in data.rows:
            writer.writerow([csv_cell(value) for value in data.values(row)])


def csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        return neutralise(value)
    return value
