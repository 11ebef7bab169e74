"""Video: time from opening the fixture clip to its first frame, per backend (Qt Multimedia and VLC), and the
cost of the coverage rules over a long viewing session.
"""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path

RUNS = 7
CLIP = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "media" / "clip.mp4"


def _first_frame_ms(backend: str) -> float:
    """Milliseconds from load()+play() to the first frame_ready on the GUI thread; -1 if none in 10 s."""
    from PySide6.QtCore import QEventLoop, QTimer

    from trainer_app.ui.media.qt_backend import QtPlayer
    from trainer_app.ui.media.vlc_backend import VlcPlayer

    player = QtPlayer() if backend == "qt" else VlcPlayer()
    loop = QEventLoop()
    arrived: list[float] = []
    player.frame_ready.connect(lambda _image: arrived.append(time.perf_counter()) or loop.quit())
    player.failed.connect(lambda _reason: loop.quit())
    QTimer.singleShot(10_000, loop.quit)
    started = time.perf_counter()
    player.load(str(CLIP))
    player.play()
    if not arrived:
        loop.exec()
    player.close()
    player.deleteLater()
    return (arrived[0] - started) * 1000 if arrived else -1.0


def _recorder_ms() -> float:
    """One hour of 4 Hz position reports with a seek every minute, then the completion check."""
    from trainer_app.core.rules.video import WatchRecorder, is_video_complete

    started = time.perf_counter()
    recorder = WatchRecorder()
    for minute in range(60):
        recorder = recorder.break_continuity()
        for quarter in range(240):
            recorder = recorder.observe(minute * 60 + quarter / 4)
    is_video_complete(recorder.intervals(), 3600.0)
    return (time.perf_counter() - started) * 1000


def run() -> list[tuple[str, float, str, str]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")
    from PySide6.QtWidgets import QApplication

    from trainer_app.ui.media.vlc_support import vlc_available

    _app = QApplication.instance() or QApplication([])
    rows: list[tuple[str, float, str, str]] = []
    for backend in ("qt", "vlc"):
        if backend == "vlc" and not vlc_available():
            continue
        cold = _first_frame_ms(backend)
        warm = [_first_frame_ms(backend) for _ in range(RUNS)]
        rows.append((f"{backend}: open to first frame, first time", cold, "ms", "≤ 300"))
        rows.append((f"{backend}: open to first frame, median", statistics.median(warm), "ms", "≤ 300"))
        rows.append((f"{backend}: open to first frame, slowest", max(warm), "ms", "≤ 300"))
    rows.append(("coverage of a 1 h session (14,400 reports, 60 seeks)", _recorder_ms(), "ms", "≤ 100"))
    return rows
