"""Checking certificate files in French: the reason a file is not valid is shown in French, chosen by its code,
with no English words appended (the core gives a code, the window translates it)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QListWidget,
    QTreeWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.ui.test_certificate_view import other_laptops_certificate
from tests.ui.test_language_everywhere import button
from trainer_app.ui import i18n

FSI = "\u2068"


@pytest.fixture
def english_system(monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> Iterator[None]:
    """The laptop speaks English; the learner chose French. English again afterwards for the next test."""
    monkeypatch.setattr(i18n, "system_locale_name", lambda: "en_GB")
    yield
    i18n.apply_language(qapp, "en")


def _certificate_files(folder: Path) -> tuple[Path, Path]:
    """A certificate issued on another laptop with one signed value changed, and a file that is no certificate."""
    _, changed = other_laptops_certificate(folder)
    note = folder / "note.txt"
    note.write_text("a shopping list, not a certificate")
    return changed, note


def _click_row(qtbot: QtBot, listing: QListWidget | QTreeWidget, text: str) -> None:
    if isinstance(listing, QListWidget):
        item = next(
            listing.item(i)
            for i in range(listing.count())
            if listing.item(i).text().lstrip(FSI).startswith(text)
        )
        rect = listing.visualItemRect(item)
    else:
        top = [listing.topLevelItem(i) for i in range(listing.topLevelItemCount())]
        rect = listing.visualItemRect(next(item for item in top if item.text(0) == text))
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _french(context: str, english: str) -> str:
    text = QCoreApplication.translate(context, english)
    assert text != english, f"no French for {english!r}"  # the window really is in French
    return text


@pytest.mark.usefixtures("english_system")
def test_a_changed_certificate_is_refused_in_french_without_english_words(
    request: pytest.FixtureRequest, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    changed, note = _certificate_files(tmp_path)
    window = request.getfixturevalue("main_window")
    window.context.app.learners.create("Zoé Martin", "case_worker", language="fr")
    window.picker.refresh()
    _click_row(qtbot, window.picker.list, "Zoé Martin")
    qtbot.mouseClick(button(window.picker, "Continue"), Qt.MouseButton.LeftButton)
    assert i18n.current_language() == "fr"

    keys = [section.key for section in window.shell.sections]
    sidebar = window.shell.sidebar
    row = sidebar.visualItemRect(sidebar.item(keys.index("certificates")))
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=row.center())
    screen = window.shell.stack.currentWidget()
    asked: list[str] = []

    def answer(_parent: QWidget, title: str, *_args: object) -> tuple[list[str], str]:
        asked.append(title)
        return [str(changed), str(note)], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", answer)
    qtbot.mouseClick(button(screen, _french("certificates", "Open files…")), Qt.MouseButton.LeftButton)
    assert asked == [_french("certificates", "Check certificates")]
    results = next(
        t
        for t in screen.findChildren(QTreeWidget)
        if t.accessibleName() == _french("certificates", "Checked certificates")
    )
    qtbot.waitUntil(lambda: results.topLevelItemCount() == 2, timeout=20000)
    details = next(
        label
        for label in screen.findChildren(QLabel)
        if label.accessibleName() == _french("certificates", "Result of the selected file")
    )
    not_valid = _french("certificates", "Not valid")

    _click_row(qtbot, results, "changed.json")
    signature = _french(
        "certificates", "the signature does not match: the certificate was changed after it was signed"
    )
    assert details.text().splitlines()[0] == f"changed.json: {not_valid}: {signature}"
    changed_row = next(
        results.topLevelItem(i) for i in range(2) if results.topLevelItem(i).text(0) == "changed.json"
    )
    assert changed_row.text(1) == not_valid
    assert changed_row.toolTip(1) == signature
    assert "bad signature" not in details.text()

    _click_row(qtbot, results, "note.txt")
    english = "malformed: not a certificate (expected a PDF, a JSON credential or a TC1 token)"
    assert details.text().splitlines()[0] == f"note.txt: {not_valid}: {_french('errors', english)}"
    assert english not in details.text()
    assert "malformed" not in details.text().replace(_french("errors", english), "")
