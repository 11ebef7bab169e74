"""The completion report PDF is tagged (PDF/UA-1): structure tree with headings and table header cells, the
report's language, its title shown; Arabic copies out as text; hostile names stay text; long names wrap."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pikepdf
import pytest

from trainer_app.core.domain.report import (
    GroupRow,
    LearnerRow,
    LearnerStatus,
    QuestionRow,
    QuizRow,
    ReportData,
    ReportFilter,
    TimePoint,
)
from trainer_app.pdf.report import write_completion_report

ARABIC_NAME = "أمينة يوسف"  # no lam-alef: pdftotext reverses that ligature's two letters (see the test below)
HOSTILE = '#import "x" $ * _ [ ] \\ < > @ref'
LONG = "Jean-Baptiste Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaft Dubois-Mbeki-Okonkwo"
BIDI_MARKS = dict.fromkeys(range(0x202A, 0x202F))
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")


def learner(index: int, name: str) -> LearnerRow:
    return LearnerRow(
        f"id{index}",
        name,
        "case_worker",
        "Case worker",
        "Riverside",
        "North",
        "en",
        "cw",
        LearnerStatus.IN_PROGRESS,
        42.25,
        3,
        10,
        1,
        4,
        60.0,
        None,
        None,
        None,
        0,
        False,
        "issued",
    )


def report(
    language: str = "en", names: tuple[str, ...] = ("Grace Okello", ARABIC_NAME, HOSTILE, LONG)
) -> ReportData:
    groups = (GroupRow("case_worker", "Case worker", len(names), 0, len(names), 0, 0.0, 42.25, 0),)
    return ReportData(
        generated_at=datetime(2026, 1, 6, 9, 30, tzinfo=UTC),
        pack_id="kit",
        pack_title="Training kit",
        pack_version="1.0",
        filter=ReportFilter(),
        modules=(),
        learners=tuple(learner(i, n) for i, n in enumerate(names)),
        matrix=(),
        per_role=groups,
        per_agency=groups,
        quizzes=(QuizRow("q1", "Registering a case", 4, 2, 1, 50.0, 66.666),),
        questions=(QuestionRow("q1", "q1-1", "Which form records consent?", 4, 2, 50.0),),
        over_time_role=(TimePoint("Case worker", date(2026, 1, 5), 1),),
        over_time_agency=(),
        pending_records=0,
        language=language,
    )


def structure_types(pdf: pikepdf.Pdf) -> dict[str, list[Any]]:
    found: dict[str, list[Any]] = {}
    stack = (
        list(pdf.Root.StructTreeRoot.K)
        if isinstance(pdf.Root.StructTreeRoot.K, pikepdf.Array)
        else [pdf.Root.StructTreeRoot.K]
    )
    while stack:
        node = stack.pop()
        if isinstance(node, pikepdf.Dictionary) and "/S" in node:
            found.setdefault(str(node.S), []).append(node)
            kids = node.get("/K")
            if isinstance(kids, pikepdf.Array):
                stack.extend(kids)
            elif isinstance(kids, pikepdf.Dictionary):
                stack.append(kids)
    return found


def text_of(path: Path) -> str:
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    return done.stdout.decode("utf-8").translate(BIDI_MARKS)


def test_the_pdf_is_tagged_with_headings_tables_language_and_title(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    write_completion_report(report(), path)
    with pikepdf.open(path) as pdf:
        assert pdf.check_pdf_syntax() == [] if hasattr(pdf, "check_pdf_syntax") else pdf.check() == []
        assert pdf.Root.MarkInfo.Marked is True
        assert str(pdf.Root.Lang) == "en"
        assert pdf.Root.ViewerPreferences.DisplayDocTitle is True
        assert str(pdf.open_metadata()["dc:title"]) == "Training completion — Training kit"
        kinds = structure_types(pdf)
        assert [str(h.T) for h in kinds["/H1"]] == ["Training completion report"]
        assert {"Per role", "Quizzes", "Learners"} <= {str(h.T) for h in kinds["/H2"]}
        assert {"/Table", "/TR", "/TH", "/TD"} <= set(kinds)
        scopes = {str(a.Scope) for th in kinds["/TH"] for a in th.A if "/Scope" in a}
        assert scopes == {"/Column"}


def test_an_arabic_report_says_so_and_its_labels_are_arabic(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    write_completion_report(report("ar"), path)
    with pikepdf.open(path) as pdf:
        assert str(pdf.Root.Lang) == "ar"
        assert [str(h.T) for h in structure_types(pdf)["/H1"]] == ["تقرير إتمام التدريب"]


@needs_poppler
def test_arabic_and_hostile_names_copy_out_as_the_same_text(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    write_completion_report(report(), path)
    text = text_of(path)
    lines = {line.strip() for line in text.splitlines()}
    assert ARABIC_NAME in lines  # logical order, the letters themselves
    assert HOSTILE in " ".join(text.split())  # shown as typed (wrapped in its cell): no Typst markup ran
    assert not any(0xFB50 <= ord(ch) <= 0xFEFF for ch in text)  # no presentation forms


def test_the_lam_alef_ligature_maps_back_to_its_two_letters_in_logical_order(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    write_completion_report(report(names=("منظمة الأمل",)), path)
    with pikepdf.open(path) as pdf:
        maps = b"".join(
            font.ToUnicode.read_bytes()
            for page in pdf.pages
            for font in page.Resources.Font.values()
            if "/ToUnicode" in font
        )
    assert b"<06440623>" in maps.upper()  # lam then alef with hamza above: what was typed


@needs_poppler
def test_a_long_name_wraps_inside_its_column(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    write_completion_report(report(names=(LONG,)), path)
    boxes = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, check=True)
    words = re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([^<]*)</word>',
        boxes.stdout.decode("utf-8"),
    )
    name_column_end = (15 + 38 * 180 / 182) / 25.4 * 72  # points: the margin plus the name column's share
    pieces = [(float(top), float(right)) for _, top, right, word in words if word and word in LONG]
    lines = {top for top, _ in pieces if top}
    assert len(lines) >= 3  # the name took several lines ...
    assert all(right <= name_column_end for _, right in pieces)  # ... inside its column
