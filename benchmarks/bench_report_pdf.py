"""The tagged completion report PDF (Typst) at scale: 10,000 learners, timed and with its peak memory, each run in
a fresh process so one run's memory does not hide in another's.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

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

SIZES = (1_000, 10_000)
STATUSES = (LearnerStatus.COMPLETED, LearnerStatus.IN_PROGRESS, LearnerStatus.NOT_STARTED)


def synthetic_report(learners: int) -> ReportData:
    """A report of invented learners, a few of them with Arabic names, in twelve agencies."""
    rows = tuple(
        LearnerRow(
            f"id{i}",
            f"Learner {i} Haddad" if i % 5 else f"متدرب {i} يوسف",
            "case_worker",
            "Case worker",
            f"Agency {i % 12}",
            f"Site {i % 7}",
            "en",
            "cw",
            STATUSES[i % 3],
            (i * 7.3) % 100,
            3,
            10,
            1,
            4,
            60.0,
            None,
            None,
            datetime(2026, 1, 5, tzinfo=UTC) if i % 3 == 0 else None,
            i % 2,
            False,
            "issued",
        )
        for i in range(learners)
    )
    groups = tuple(GroupRow(f"a{i}", f"Agency {i}", 100, 40, 30, 30, 40.0, 55.5, 20) for i in range(12))
    points = tuple(TimePoint(f"Agency {i}", date(2026, 1, d), d) for i in range(12) for d in range(1, 28))
    return ReportData(
        generated_at=datetime(2026, 1, 6, 9, 30, tzinfo=UTC),
        pack_id="kit",
        pack_title="Training kit",
        pack_version="1.0",
        filter=ReportFilter(),
        modules=(),
        learners=rows,
        matrix=(),
        per_role=groups[:1],
        per_agency=groups,
        quizzes=tuple(QuizRow(f"q{i}", f"Quiz {i}", 9, 5, 4, 80.0, 71.25) for i in range(20)),
        questions=tuple(
            QuestionRow("q1", f"q1-{i}", "Which form records consent?", 9, 3, 33.3) for i in range(20)
        ),
        over_time_role=points[:27],
        over_time_agency=points,
        pending_records=0,
    )


def _child(learners: int, out: str) -> None:
    import time

    from trainer_app.pdf.report import write_completion_report

    report = synthetic_report(learners)
    started = time.perf_counter()
    write_completion_report(report, Path(out))
    seconds = time.perf_counter() - started
    from benchmarks.memory import peak_rss_mib

    peak = peak_rss_mib()  # VmHWM: the parent's size does not leak in, as it does into ru_maxrss
    print(json.dumps({"seconds": seconds, "peak_mib": peak, "kib": Path(out).stat().st_size / 1024}))


def run() -> Iterator[tuple[str, float, str, str]]:
    for learners in SIZES:
        with tempfile.TemporaryDirectory() as folder:
            code = f"from benchmarks.bench_report_pdf import _child; _child({learners}, {str(Path(folder) / 'r.pdf')!r})"
            done = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True, text=True)
        figures = json.loads(done.stdout.strip().splitlines()[-1])
        yield f"tagged report PDF, {learners:,} learners", figures["seconds"], "s", "< 30 s"
        yield (
            f"tagged report PDF, {learners:,} learners: peak memory",
            figures["peak_mib"],
            "MiB",
            "< 500 MiB",
        )
