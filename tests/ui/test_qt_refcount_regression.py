"""PySide6 6.12.0 on Python 3.11 aborts after a few thousand void calls or emits (tech-notes §0). Guard it."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = r"""
import sys
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QPainterPath
from PySide6.QtWidgets import QApplication, QLabel, QProgressBar

class Emitter(QObject):
    ping = Signal(int)

app = QApplication([])
label, bar, path, emitter = QLabel(), QProgressBar(), QPainterPath(), Emitter()
received = []
emitter.ping.connect(received.append)
for i in range(30000):
    label.setText(str(i))           # void call
    bar.setValue(i % 100)           # void call
    path.addRect(0, 0, 1, 1)        # void call
    emitter.ping.emit(i)            # Python-declared signal
    bar.valueChanged.emit(i % 100)  # C++ signal emitted from Python
    if i % 1000 == 0:
        app.processEvents()
assert len(received) == 30000
print("ok", sys.version_info[:2])
"""


def test_tens_of_thousands_of_void_calls_and_emits_exit_cleanly() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("ok")
