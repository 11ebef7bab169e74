"""`report completion --format csv|xlsx|pdf --out FILE [--role R] [--agency A]`."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook

from trainer_app.__main__ import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def home(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    home = str(tmp_path / "data")
    for name, role, agency in (
        ("Grace Okello", "case_worker", "Riverside"),
        ("Samir Haddad", "case_worker", "Hill"),
        ("Amal Haddad", "system_administrator", "Riverside"),
    ):
        assert (
            run(
                capsys,
                "--data-dir",
                home,
                "learner",
                "add",
                "--name",
                name,
                "--role",
                role,
                "--agency",
                agency,
            )[0]
            == 0
        )
    return home


def test_csv_filtered_by_role_and_agency(capsys, home, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out_file = tmp_path / "report.csv"
    code, out, _ = run(
        capsys,
        "--data-dir",
        home,
        "report",
        "completion",
        "--format",
        "csv",
        "--out",
        str(out_file),
        "--role",
        "case_worker",
        "--agency",
        "Hill",
    )
    assert code == 0
    assert "role: case_worker, agency: Hill" in out
    rows = list(csv.DictReader(out_file.read_text(encoding="utf-8-sig").splitlines()))
    assert [r["name"] for r in rows] == ["Samir Haddad"]
    assert rows[0]["percent"] == "0"


def test_csv_views_and_xlsx(capsys, home, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, _, _ = run(
        capsys,
        "--data-dir",
        home,
        "report",
        "completion",
        "--format",
        "csv",
        "--view",
        "roles",
        "--out",
        str(tmp_path / "roles.csv"),
    )
    rows = list(csv.DictReader((tmp_path / "roles.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert code == 0
    assert {r["key"]: r["learners"] for r in rows} == {
        "case_worker": "2",
        "system_administrator": "1",
    }
    code, _, _ = run(
        capsys,
        "--data-dir",
        home,
        "report",
        "completion",
        "--format",
        "xlsx",
        "--out",
        str(tmp_path / "r.xlsx"),
    )
    assert code == 0
    assert load_workbook(tmp_path / "r.xlsx")["Learners"].max_row == 4


def test_usage_errors(capsys, home, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert run(capsys, "--data-dir", home, "report", "completion", "--out", str(tmp_path / "x"))[0] == 2
    assert run(capsys, "--data-dir", home, "report", "completion", "--format", "doc", "--out", "x")[0] == 2


def _qt_loads() -> bool:
    try:
        import PySide6.QtGui  # noqa: F401
    except ImportError:
        return False
    return True


@pytest.mark.skipif(_qt_loads(), reason="only where Qt cannot be loaded")
def test_a_pdf_without_qt_is_a_clear_error(capsys, home, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(
        capsys,
        "--data-dir",
        home,
        "report",
        "completion",
        "--format",
        "pdf",
        "--out",
        str(tmp_path / "r.pdf"),
    )
    assert code == 1
    assert "needs Qt" in err
    assert not (tmp_path / "r.pdf").exists()
