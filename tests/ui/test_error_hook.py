"""A bug behind a button shows a translated message with "Copy details", logs, and leaves the window open."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPushButton, QWidget

from tests.ui.marking import Marking
from trainer_app.core.common.errors import NotFoundError
from trainer_app.core.common.logs import log_path
from trainer_app.ui.error_hook import install_error_handling

NAME = "Zebulon Quartzfeld"


@pytest.fixture
def hooked(main_window: QWidget, data_dir: Path) -> Iterator[QWidget]:  # type: ignore[no-untyped-def]
    translator = Marking()
    QCoreApplication.installTranslator(translator)
    hook = install_error_handling(main_window, data_dir)
    yield main_window
    hook.uninstall()
    QCoreApplication.removeTranslator(translator)


def _button(window: QWidget, text: str) -> QPushButton:
    found = [b for b in window.findChildren(QPushButton) if b.text() == text and b.isVisible()]
    assert len(found) == 1, [b.text() for b in window.findChildren(QPushButton)]
    return found[0]


def _box(qtbot, window: QWidget) -> QMessageBox:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: any(b.isVisible() for b in window.findChildren(QMessageBox)), timeout=5000)
    return next(b for b in window.findChildren(QMessageBox) if b.isVisible())


@pytest.mark.qt_no_exception_capture
def test_an_unexpected_error_behind_a_button_is_shown_copied_logged_and_survived(
    qtbot, hooked: QWidget, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    picker = hooked.picker
    assert picker is not None
    assert picker.services is not None

    def broken(*_args: object, **_kwargs: object) -> object:
        raise RuntimeError(f"profile store exploded for {NAME}")

    monkeypatch.setattr(picker.services.learners, "create", broken)
    name = next(e for e in picker.findChildren(QLineEdit) if e.accessibleName() == "Full name")
    qtbot.keyClicks(name, NAME)
    qtbot.mouseClick(_button(picker, "Create profile"), Qt.MouseButton.LeftButton)

    box = _box(qtbot, hooked)
    assert box.text() == "«Something went wrong that the program did not expect. Nothing more was done.»"
    assert "Traceback" not in box.text() + box.informativeText()
    assert str(log_path(data_dir)) in box.informativeText()
    copy = next(b for b in box.buttons() if b.text() == "«Copy details»")
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    copied = QApplication.clipboard().text()
    assert copied.startswith("Code: RuntimeError\nMessage: profile store exploded")
    assert "Traceback (most recent call last)" in copied
    assert "in broken" in copied
    assert box.isVisible()  # copying keeps the message open
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not any(b.isVisible() for b in hooked.findChildren(QMessageBox)), timeout=5000)
    assert hooked.isVisible()

    logged = log_path(data_dir).read_text(encoding="utf-8")
    assert "unexpected error: RuntimeError" in logged
    assert "Traceback" in logged
    assert NAME not in logged


@pytest.mark.qt_no_exception_capture
def test_a_coded_error_from_a_worker_thread_is_shown_translated(qtbot, hooked: QWidget) -> None:  # type: ignore[no-untyped-def]
    def work() -> None:
        raise NotFoundError("learner.not_found", learner_id="L-404")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    box = _box(qtbot, hooked)
    assert box.text() == "«No learner with id L-404.»"
    assert box.informativeText() == ""
    box.button(QMessageBox.StandardButton.Ok).click()
