"""Cancelling long work from the progress callback: a report or a folder of certificates is left unwritten,
and a folder of certificates written in full holds each PDF, its signed JSON and the status list."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.core.test_reports import people
from trainer_app.core.common.errors import ExchangeError
from trainer_app.core.services.certificate_zip import write_certificates_folder


def test_a_cancelled_report_leaves_no_file(mini_app: Any, tmp_path: Path) -> None:
    people(mini_app)
    out = tmp_path / "usb"
    out.mkdir()
    seen: list[str] = []

    def cancel_when_writing(_fraction: float, what: str) -> bool:
        seen.append(what)
        return what != "writing"

    with pytest.raises(ExchangeError, match="Cancelled"):
        mini_app.reports.export(out / "r.csv", "csv", progress=cancel_when_writing)
    assert seen == ["gathering", "writing"]
    assert list(out.iterdir()) == []
    assert mini_app.reports.export(out / "r.csv", "csv", progress=lambda *_: True).stat().st_size > 0


def test_certificates_go_to_a_folder_whole_or_not_at_all(mini_app: Any, tmp_path: Path) -> None:
    pytest.importorskip("PySide6", exc_type=ImportError, reason="certificate PDFs are drawn with Qt")
    ids = people(mini_app)
    folder = tmp_path / "session"
    folder.mkdir()
    (folder / "notes.txt").write_text("kept", encoding="utf-8")
    with pytest.raises(ExchangeError, match="Cancelled"):
        write_certificates_folder(
            mini_app.certificate_files, folder, {ids["grace"]}, progress=lambda *_: False
        )
    assert [p.name for p in folder.iterdir()] == ["notes.txt"]  # as it was: no staging folder, no file
    result = write_certificates_folder(mini_app.certificate_files, folder, {ids["grace"]})
    assert result.certificates == 1
    assert sorted(p.suffix for p in folder.iterdir()) == [".json", ".json", ".pdf", ".txt"]
