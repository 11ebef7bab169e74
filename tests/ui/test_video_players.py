"""Both real backends play the fixture clip, report positions and the end, fail clearly, and fall back."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.conftest_video import BACKENDS, CLIP, CLIP_SECONDS, TRUNCATED, WAIT_MS, record
from trainer_app.ui.media.factory import create_player
from trainer_app.ui.media.player import MediaPlayer
from trainer_app.ui.media.qt_backend import QtPlayer
from trainer_app.ui.media.vlc_backend import VlcPlayer
from trainer_app.ui.media.vlc_support import vlc_available


def make_backend(name: str) -> MediaPlayer:
    return QtPlayer() if name == "qt" else VlcPlayer()


@pytest.fixture
def players() -> Iterator[list[MediaPlayer]]:
    made: list[MediaPlayer] = []
    yield made
    for player in made:
        player.close()
        player.deleteLater()


@pytest.mark.vlc
def test_libvlc_is_installed_here() -> None:
    assert vlc_available()


@pytest.mark.parametrize("backend", BACKENDS)
def test_frames_arrive_position_advances_and_the_end_is_detected(
    qtbot: QtBot, players: list[MediaPlayer], backend: str
) -> None:
    player = make_backend(backend)
    players.append(player)
    signals = record(player)
    player.set_rate(4.0)
    player.load(str(CLIP))
    with qtbot.waitSignal(player.ended, timeout=WAIT_MS):
        player.play()
    assert signals.failures == []
    assert signals.frames
    assert signals.frames[0].width() == 320
    assert signals.frames[0].height() == 180
    assert signals.durations[-1] == pytest.approx(CLIP_SECONDS, abs=0.1)
    assert max(signals.positions) > CLIP_SECONDS / 2
    assert signals.positions == sorted(signals.positions)
    assert signals.playing[0] is True
    assert signals.playing[-1] is False
    assert player.duration() == pytest.approx(CLIP_SECONDS, abs=0.1)


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_seek_before_play_starts_there(qtbot: QtBot, players: list[MediaPlayer], backend: str) -> None:
    player = make_backend(backend)
    players.append(player)
    signals = record(player)
    player.set_rate(2.0)
    player.load(str(CLIP))
    player.seek(2.5)
    with qtbot.waitSignal(player.ended, timeout=WAIT_MS):
        player.play()
    assert min(signals.positions) >= 2.4
    assert signals.failures == []


@pytest.mark.parametrize("backend", BACKENDS)
def test_pause_stops_playback(qtbot: QtBot, players: list[MediaPlayer], backend: str) -> None:
    player = make_backend(backend)
    players.append(player)
    player.load(str(CLIP))
    with qtbot.waitSignal(player.playingChanged, timeout=WAIT_MS, check_params_cb=lambda on: on):
        player.play()
    with qtbot.waitSignal(player.playingChanged, timeout=WAIT_MS, check_params_cb=lambda on: not on):
        player.pause()
    assert not player.is_playing()


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize(
    "path", [TRUNCATED, TRUNCATED.with_name("missing.mp4")], ids=["truncated", "missing"]
)
def test_a_file_that_cannot_be_opened_fails_naming_it(
    qtbot: QtBot, players: list[MediaPlayer], backend: str, path: os.PathLike[str]
) -> None:
    player = make_backend(backend)
    players.append(player)
    with qtbot.waitSignal(player.failed, timeout=WAIT_MS) as blocker:
        player.load(str(path))
        player.play()
    assert os.path.basename(path) in blocker.args[0]


@pytest.mark.parametrize("backend", BACKENDS)
def test_when_neither_backend_can_open_a_file_the_reason_names_both(
    qtbot: QtBot, players: list[MediaPlayer], backend: str
) -> None:
    player = create_player(backend)
    players.append(player)
    with qtbot.waitSignal(player.failed, timeout=WAIT_MS) as blocker:
        player.load(str(TRUNCATED))
        player.play()
    reason = blocker.args[0]
    assert reason.startswith("truncated.mp4: ")
    assert "Qt Multimedia: " in reason
    assert "VLC: " in reason


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_chosen_backend_plays_when_it_can(qtbot: QtBot, players: list[MediaPlayer], backend: str) -> None:
    player = create_player(backend)
    players.append(player)
    player.set_rate(4.0)
    player.load(str(CLIP))
    with qtbot.waitSignal(player.ended, timeout=WAIT_MS):
        player.play()
    assert player.backend_name == backend


# Each fallback runs in its own process: it breaks one backend for real (no libvlc; no Qt media plugin).
_FALLBACK_SCRIPT = """
import json, sys
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
if sys.argv[1] == "qt":
    QCoreApplication.setLibraryPaths(["/nonexistent"])   # the FFmpeg media plugin cannot be found
from trainer_app.ui.media.factory import create_player
player = create_player(sys.argv[1])
result = {"frames": 0, "ended": False, "failed": None}
player.frame_ready.connect(lambda _image: result.__setitem__("frames", result["frames"] + 1))
player.ended.connect(lambda: (result.__setitem__("ended", True), app.quit()))
player.failed.connect(lambda reason: (result.__setitem__("failed", reason), app.quit()))
QTimer.singleShot(60_000, app.quit)
player.set_rate(4.0)
player.load(sys.argv[2])
player.play()
app.exec()
result["backend"] = player.backend_name
player.close()
print("RESULT " + json.dumps(result))
"""


@pytest.mark.vlc
@pytest.mark.parametrize(
    ("chosen", "env", "expected"),
    [
        ("vlc", {"PYTHON_VLC_LIB_PATH": "/nonexistent/libvlc.so.5"}, "qt"),
        ("qt", {}, "vlc"),
    ],
    ids=["vlc-missing-falls-back-to-qt", "qt-without-media-plugin-falls-back-to-vlc"],
)
def test_fallback_to_the_other_backend(
    tmp_path: os.PathLike[str], chosen: str, env: dict[str, str], expected: str
) -> None:
    script = os.path.join(tmp_path, "fallback.py")
    with open(script, "w", encoding="utf-8") as handle:
        handle.write(_FALLBACK_SCRIPT)
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": root, **env}
    done = subprocess.run(
        [sys.executable, script, chosen, str(CLIP)],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=120,
        check=False,
    )
    line = next((row for row in done.stdout.splitlines() if row.startswith("RESULT ")), None)
    assert line is not None, done.stdout + done.stderr
    result = json.loads(line.removeprefix("RESULT "))
    assert result == {"frames": result["frames"], "ended": True, "failed": None, "backend": expected}
    assert result["frames"] > 0


_CYCLES_SCRIPT = """
import sys
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from trainer_app.ui.media.factory import create_player
def spin(ms):
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
for i in range(40):
    player = create_player(sys.argv[1])
    player.load(sys.argv[2])
    player.play()
    spin(40 + (i * 7) % 80)
    if i % 2:
        player.pause()
        spin((i * 3) % 20)
    player.close()
    player.deleteLater()
print("CYCLES DONE")
"""


@pytest.mark.parametrize("backend", BACKENDS)
def test_open_play_pause_close_cycles_never_deadlock(tmp_path: os.PathLike[str], backend: str) -> None:
    """QMediaPlayer.stop() used to deadlock on the GIL (see qt_backend._prime_override_cache); a hang here
    ends the child process at the timeout instead of hanging the suite."""
    script = os.path.join(tmp_path, "cycles.py")
    with open(script, "w", encoding="utf-8") as handle:
        handle.write(_CYCLES_SCRIPT)
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": root}
    done = subprocess.run(
        [sys.executable, script, backend, str(CLIP)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert "CYCLES DONE" in done.stdout, done.stderr[-2000:]
