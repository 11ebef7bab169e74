"""The first window, in a fresh process: painted in the saved language's direction, maximised on a small screen,
and cheap to reach (issue 14) — no `Qt` enum built, no settings service or database layer imported before it.

A fresh process because this test session has long since built all of Qt's enums and imported everything.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

FIRST_PAINT = r"""
import json, sys
import PySide6.QtCore as QtCore
from PySide6.QtWidgets import QApplication
from trainer_app.core.common.paths import DataPaths
from trainer_app.ui.main_window import MainWindow
app = QApplication([])
window = MainWindow(DataPaths(__import__("pathlib").Path(sys.argv[1])))
window.show(); app.processEvents(); window.grab()
seen = {
    "qt_enums_built": "Qt" in vars(QtCore),
    "imported": sorted(m for m in sys.modules if m.startswith(("trainer_app", "sqlalchemy", "platformdirs"))),
}
seen["right_to_left"] = app.isRightToLeft()
seen["maximised"] = window.isMaximized()
seen["loading_text"] = window.loading_label.text()
print(json.dumps(seen))
"""


def first_paint(data: Path) -> dict[str, object]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="qt.*=false")
    done = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT, str(data)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        cwd=ROOT,
        timeout=120,
    )
    seen: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return seen


def test_the_first_frame_speaks_the_saved_language_right_to_left(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text(json.dumps({"schema_version": 1, "language": "ar"}), encoding="utf-8")
    seen = first_paint(data)
    assert seen["right_to_left"] is True
    assert seen["loading_text"] != "Opening your training records…"  # translated, not the English source


def test_the_first_window_is_maximised_on_a_screen_smaller_than_its_preferred_size(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text(json.dumps({"schema_version": 1, "language": "en"}), encoding="utf-8")
    seen = first_paint(data)  # the offscreen screen is 800×600, under the preferred 1180×760
    assert seen["maximised"] is True
    assert seen["right_to_left"] is False
    assert seen["loading_text"] == "Opening your training records…"


def test_the_first_paint_builds_no_qt_enum_and_imports_no_settings_service_or_database(
    tmp_path: Path,
) -> None:
    seen = first_paint(tmp_path / "data")
    assert seen["qt_enums_built"] is False  # the first Qt.* enum builds all ~94 of the namespace's: ~25 ms
    imported = seen["imported"]
    assert isinstance(imported, list)
    assert "trainer_app.core.services.settings" not in imported
    assert not [m for m in imported if m.startswith(("sqlalchemy", "platformdirs"))]


def test_a_launch_waits_for_the_loading_page_to_be_painted_and_then_starts_once(
    qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from trainer_app.core.common.paths import DataPaths
    from trainer_app.ui.main_window import FIRST_PAINT_WAIT_MS, MainWindow

    window = MainWindow(DataPaths(tmp_path / "data"))
    qtbot.addWidget(window)
    started: list[bool] = []
    window.after_first_paint(lambda: started.append(window.loading_page.isVisible()))
    assert started == []  # nothing is built before the window is on screen
    window.show()
    qtbot.waitUntil(lambda: bool(started), timeout=5000)
    assert window.loading_page.waiting == []  # started by the paint, not by the fallback
    qtbot.wait(FIRST_PAINT_WAIT_MS + 200)  # the fallback comes later and does not start it again
    assert started == [True]
    window.close()
