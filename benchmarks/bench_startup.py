"""Start-up to the first painted window against a bare PySide6 window (the floor), picker ready, RSS at Home.

Each child reports its own CPU time (`time.process_time`, interpreter start included) at the first paint beside
the wall clock. The start-up comparison is judged in CPU time, as bench_seed's: on this shared 2-core machine the
wall clock mostly measures the neighbours (the same build gave 1.35–1.49× by wall time in one afternoon). App and
bare runs alternate, RUNS of each, and the medians are compared; the wall-clock ratio is printed too. A third
child starts the app as `cpims-trainer` does (launch: arguments, instance lock, the wait for the loading page's
first paint) and reports the CPU time at that paint, printed beside for the whole path.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.compare import Comparison

Row = tuple[str, float, str, str] | Comparison
RUNS = 9

FLOOR = r"""
import time, json
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([]); w = QMainWindow(); w.resize(800, 600); w.show(); app.processEvents()
w.grab()
print(json.dumps({"painted": time.time(), "painted_cpu": time.process_time()}))
"""

APP = r"""
import time, json, sys, resource
from PySide6.QtWidgets import QApplication
from trainer_app.core.common.paths import DataPaths
from trainer_app.ui.main_window import MainWindow
app = QApplication([])
window = MainWindow(DataPaths(__import__("pathlib").Path(sys.argv[1])))
window.show(); app.processEvents(); window.grab()
marks = {"painted": time.time(), "painted_cpu": time.process_time()}
window.start_loading()
while window.picker is None or (window.picker.list.count() == 0 and window.context is None):
    app.processEvents()
    time.sleep(0.001)
app.processEvents(); window.grab()
marks["picker"] = time.time()  # names listed and selectable (choosing completes once the records are open)
while window.context is None or window.picker.services is None:
    app.processEvents()
    time.sleep(0.001)
marks["records"] = time.time()
context = window.context
learners = context.app.learners.list()
learner = learners[0] if learners else context.app.learners.create("Benchmark Learner", "case_worker")[0]
window.enter(learner); app.processEvents(); window.grab()
marks["home"] = time.time()
from benchmarks.memory import peak_rss_mib
marks["rss_mib"] = peak_rss_mib()  # VmHWM: the parent's size does not leak in, as it does into ru_maxrss
print(json.dumps(marks))
"""

LAUNCH = r"""
import json, os, sys, time
from trainer_app.ui.main_window import MainWindow

def report(self, then):  # the launch's own wait for the first paint, reported instead of loading on
    def painted():
        print(json.dumps({"painted": time.time(), "painted_cpu": time.process_time()}), flush=True)
        os._exit(0)
    self.loading_page.waiting.append(painted)

MainWindow.after_first_paint = report
sys.argv = ["cpims-trainer", "--data-dir", sys.argv[1]]
from trainer_app.__main__ import main
main()
"""


def _run(script: str, *args: str) -> tuple[float, dict[str, float]]:
    import time

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="qt.*=false")
    started = time.time()
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    return started, json.loads(done.stdout.strip().splitlines()[-1])


def run() -> list[Row]:
    floor, painted, floor_cpu, painted_cpu, launch_cpu = [], [], [], [], []
    picker, records, home, rss = [], [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        _run(APP, tmp)  # warm-up; also indexes the bundled pack once
        for _ in range(RUNS):  # alternated, so that a busy machine slows both alike
            start, marks = _run(FLOOR)
            floor.append((marks["painted"] - start) * 1000)
            floor_cpu.append(marks["painted_cpu"] * 1000)
            start, marks = _run(APP, tmp)
            painted.append((marks["painted"] - start) * 1000)
            painted_cpu.append(marks["painted_cpu"] * 1000)
            picker.append((marks["picker"] - start) * 1000)
            records.append((marks["records"] - start) * 1000)
            home.append((marks["home"] - start) * 1000)
            rss.append(marks["rss_mib"])
            _start, marks = _run(LAUNCH, tmp)
            launch_cpu.append(marks["painted_cpu"] * 1000)
    median_floor = statistics.median(floor)
    return [
        ("profile picker usable, median", statistics.median(picker), "ms", "≤ 500"),
        ("records open (picker actions complete), median", statistics.median(records), "ms", ""),
        ("home view shown, median", statistics.median(home), "ms", ""),
        ("home view shown / bare window painted", statistics.median(home) / median_floor, "×", ""),
        (
            "first window painted, wall clock (informative: the busy machine's noise), median",
            statistics.median(painted),
            "ms",
            f"bare {median_floor:.0f} ms, {statistics.median(painted) / median_floor:.2f}×",
        ),
        (
            "`cpims-trainer` launched (argument parsing, instance lock): CPU time to the first paint, median",
            statistics.median(launch_cpu),
            "ms",
            f"{statistics.median(launch_cpu) / statistics.median(floor_cpu):.2f}× the bare window",
        ),
        Comparison(
            f"start-up: CPU time to the first window painted (judged), fresh process, median of {RUNS}",
            statistics.median(painted_cpu),
            statistics.median(floor_cpu),
            "ms",
            "a bare PySide6 QMainWindow painted, same method, alternated runs",
            1.3,
        ),
        Comparison(
            "peak RSS at the Home view (absolute goal, not a raw baseline)",
            max(rss),
            150.0,
            "MiB",
            "goal: 150 MiB",
            1.0,
        ),
    ]
