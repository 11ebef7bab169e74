"""`report items --format csv|xlsx|pdf --out FILE [--quiz ACTIVITY_ID]` over a demo deployment."""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from trainer_app.__main__ import main

QUIZ = "cw-getting-started-quiz"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> str:
    home = str(tmp_path_factory.mktemp("items") / "data")
    assert main(["--data-dir", home, "demo", "seed", "--learners", "30", "--format", "json"]) == 0
    return home


def _prompts(home: str) -> dict[str, str]:
    from tests.conftest import REPO_ROOT
    from trainer_app.core.app import open_app

    app = open_app(data_dir=home, bundled_root=REPO_ROOT)
    try:
        return {q.id: q.prompt for q in app.quizzes.bank(app.packs.default().id, QUIZ).leaf_questions()}
    finally:
        app.close()


def test_csv_has_every_question_of_the_quiz_with_its_pack_prompt(capsys, home, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    capsys.readouterr()
    out_file = tmp_path / "items.csv"
    code, out, _ = run(
        capsys,
        "--data-dir",
        home,
        "report",
        "items",
        "--format",
        "csv",
        "--quiz",
        QUIZ,
        "--out",
        str(out_file),
    )
    assert code == 0
    assert "1 quizzes" in out
    raw = out_file.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with a BOM for spreadsheet programs"
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    prompts = _prompts(home)
    assert [r["question_id"] for r in rows] == list(prompts)
    assert all(r["prompt"] == prompts[r["question_id"]] for r in rows)
    answered = [r for r in rows if int(r["attempts"]) > 0]
    assert answered
    assert all(0 <= float(r["facility"]) <= 1 for r in answered)
    assert all(r["flags"] for r in rows if int(r["attempts"]) < 10)


def test_xlsx_has_items_and_option_sheets(capsys, home, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out_file = tmp_path / "items.xlsx"
    code, _, _ = run(
        capsys, "--data-dir", home, "report", "items", "--format", "xlsx", "--out", str(out_file)
    )
    book = load_workbook(out_file)
    assert code == 0
    assert {"About", "Items", "Options"} <= set(book.sheetnames)
    items = list(book["Items"].iter_rows(values_only=True))
    assert items[0][:5] == ("activity_id", "quiz", "question_id", "prompt", "attempts")
    assert any(row[0] == QUIZ for row in items[1:])
    options = list(book["Options"].iter_rows(values_only=True))
    assert options[0] == ("activity_id", "question_id", "option", "correct", "chosen", "attempts")
    assert sum(int(row[4]) for row in options[1:]) > 0


def _qt_loads() -> bool:
    try:
        import PySide6.QtGui  # noqa: F401
    except ImportError:
        return False
    return True


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
@pytest.mark.skipif(not _qt_loads(), reason="PDFs are drawn with Qt")
def test_pdf_opens_and_shows_prompts(capsys, home, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out_file = tmp_path / "items.pdf"
    code, _, _ = run(
        capsys,
        "--data-dir",
        home,
        "report",
        "items",
        "--format",
        "pdf",
        "--quiz",
        QUIZ,
        "--out",
        str(out_file),
    )
    assert code == 0
    assert out_file.read_bytes().startswith(b"%PDF")
    text = subprocess.run(
        ["pdftotext", str(out_file), "-"], capture_output=True, text=True, check=True
    ).stdout
    first = next(iter(_prompts(home).values()))
    assert "Item analysis" in text
    assert first[:30] in " ".join(text.split())


def test_unknown_quiz_is_a_clear_error(capsys, home, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(
        capsys,
        "--data-dir",
        home,
        "report",
        "items",
        "--format",
        "csv",
        "--quiz",
        "nope",
        "--out",
        str(tmp_path / "x.csv"),
    )
    assert code != 0
    assert "No quiz with id 'nope'" in err
    assert not (tmp_path / "x.csv").exists()
