"""Content-pack problems in the window speak the reader's language: the status bar and its tooltip render each
problem from its code (errors_text templates, problem_text subjects), keeping only "FILE:LINE: " as it is."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from tests.conftest import MINI_PACK
from trainer_app.core.common.error_catalog import CATALOG
from trainer_app.core.common.errors import NotFoundError, ValidationError, placeholders
from trainer_app.core.packs.problems import PACK_SUBJECTS, PackProblems, Problem, Reason, Subject
from trainer_app.ui import i18n
from trainer_app.ui.errors_text import error_text
from trainer_app.ui.problem_text import pack_problems_text, problem_text, subjects

KNOWN_KEYS = (
    "books, id, language, practical_checks, publisher, roles, schema_version, title, track_files, version"
)


@pytest.mark.usefixtures("qapp")
def test_every_subject_has_a_translation_entry_and_nothing_else() -> None:
    assert subjects() == PACK_SUBJECTS


@pytest.mark.usefixtures("marking")
def test_translated_subjects_keep_their_placeholders() -> None:
    for kind, text in subjects().items():
        assert text == f"«{PACK_SUBJECTS[kind]}»"
        assert placeholders(text) == placeholders(PACK_SUBJECTS[kind]), kind


@pytest.mark.usefixtures("marking")
def test_a_problem_is_translated_with_its_subject_and_reason() -> None:
    reason = Reason("pack.problem.file_not_found", {"path": "videos/a.mp4"})
    what = Subject("gate_requirement", "r1", "g1")
    problem = Problem(
        "content/gates.toml", 9, "pack.problem.subject_reason", {"what": what, "reason": reason}
    )
    assert (
        problem_text(problem)
        == "content/gates.toml:9: ««gate g1 requirement r1»: «file 'videos/a.mp4' not found»»"
    )
    found = PackProblems(Path("/packs/p"), (problem,) * 22)
    lines = pack_problems_text(found).splitlines()
    assert lines[0] == "«/packs/p: 22 problem(s)»"
    assert lines[1] == problem_text(problem)
    assert len(lines) == 1 + PackProblems.SHOWN + 1
    assert lines[-1] == "«… and 2 more»"


@pytest.mark.usefixtures("marking")
def test_a_pack_problem_inside_an_error_is_translated_too() -> None:
    what = Subject("question", "q1")
    problem = Problem("quizzes/a.toml", 4, "pack.problem.missing_key", {"what": what, "key": "type"})
    unusable = ValidationError("quiz.bank_unusable", [str(problem)], file="quizzes/a.toml", first=problem)
    assert str(unusable) == (
        "The question bank quizzes/a.toml cannot be used: quizzes/a.toml:4: question q1: missing required key 'type'"
    )
    assert error_text(unusable) == (
        "«The question bank quizzes/a.toml cannot be used: "
        "quizzes/a.toml:4: ««question q1»: missing required key 'type'»»"
    )
    reason = Reason("pack.problem.file_not_found", {"path": "slides/a.pdf"})
    missing = NotFoundError("slides.slide_deck_opened", file="slides/a.pdf", problem=reason)
    assert str(missing) == "The slide deck slides/a.pdf cannot be opened: file 'slides/a.pdf' not found."
    assert (
        error_text(missing)
        == "«The slide deck slides/a.pdf cannot be opened: «file 'slides/a.pdf' not found».»"
    )


@pytest.fixture
def broken_pack(tmp_path: Path) -> Path:
    """The mini pack with one problem: an unknown key at the top of content/pack.toml (it still loads)."""
    root = tmp_path / "broken-pack"
    shutil.copytree(MINI_PACK, root)
    manifest = root / "content" / "pack.toml"
    manifest.write_text('colour = "blue"\n' + manifest.read_text(encoding="utf-8"), encoding="utf-8")
    return root


@pytest.fixture
def french_window(
    qtbot, data_dir: Path, broken_pack: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
):  # type: ignore[no-untyped-def]
    """The real main window, the laptop in French, loading the broken pack through the real start-up path."""
    from trainer_app.core.common.paths import DataPaths
    from trainer_app.ui import loading
    from trainer_app.ui.main_window import MainWindow

    monkeypatch.setattr(i18n, "system_locale_name", lambda: "fr_FR")
    real_open = __import__("trainer_app.core.app", fromlist=["open_app"]).open_app
    monkeypatch.setattr(
        "trainer_app.core.app.open_app", lambda **kw: real_open(**{**kw, "bundled_root": broken_pack})
    )
    assert loading  # the loader imports open_app lazily, so the patch above applies
    window = MainWindow(DataPaths(data_dir))
    qtbot.addWidget(window)
    window.show()
    window.start_loading()
    qtbot.waitUntil(lambda: window.picker is not None and window.picker.services is not None, timeout=20000)
    yield window
    window.close()
    i18n.apply_language(qapp, "en")


@pytest.mark.usefixtures("marking")
def test_the_status_bar_shows_a_broken_pack_s_problem_in_french(french_window) -> None:  # type: ignore[no-untyped-def]
    english = f"content/pack.toml:1: pack: unknown key 'colour' (known keys: {KNOWN_KEYS})"
    template = QCoreApplication.translate("errors", CATALOG["pack.problem.unknown_key"])
    pack = QCoreApplication.translate("errors", "pack")
    message = template.format(what=pack, key="colour", known=KNOWN_KEYS)
    expected = QCoreApplication.translate("MainWindow", "Some content has problems: {first}").format(
        first=f"content/pack.toml:1: {message}"
    )
    shown = french_window.statusBar().currentMessage()
    assert shown == expected
    assert shown.startswith("Certains contenus présentent des problèmes")
    assert english not in shown  # the core's English sentence is not what the reader sees
    tooltip = french_window.statusBar().toolTip()
    assert f"content/pack.toml:1: {message}" in tooltip.splitlines()
    assert english not in tooltip
