"""Search latency over the bundled pack, and over a generated 5,000-page pack beside raw FTS5 on the same index;\nopening a chapter."""

from __future__ import annotations

import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.compare import Comparison

Row = tuple[str, float, str, str] | Comparison
QUERIES = [
    "consent",
    "case plan",
    "approval",
    "offline",
    "locations import",
    "role scope",
    "referral service",
    "transfer",
    "password",
    "migration cleaning",
    "user groups",
    "demo",
    "risk level",
    "C++ -fire:",
    "xyzzy",
]


def _library_search(app, learner_id: str | None, text: str) -> None:  # type: ignore[no-untyped-def]
    """What the Library does for one search: the first page of hits with their count, and the lock decisions
    of the page (a locked chapter's hit shows its lock instead of its text)."""
    page = app.search.results(text, 200, 30)[0:30]
    app.progress.may_open_many(learner_id, [(hit.pack_id, hit.activity_id) for hit in page])


def _latencies(app, queries: list[str], rounds: int = 5) -> list[float]:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(rounds):
        for q in queries:
            started = time.perf_counter()
            _library_search(app, None, q)
            times.append((time.perf_counter() - started) * 1000)
    return times


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _generated_pack(root: Path, pages: int) -> None:
    rng = random.Random(7)
    words = (
        [f"w{i}" for i in range(30000)] + QUERIES[0].split() + ["consent", "referral", "offline", "approval"]
    )
    weights = [1 / (i + 1) for i in range(len(words))]
    (root / "content" / "tracks").mkdir(parents=True)
    (root / "content" / "guides").mkdir()
    (root / "quizzes").mkdir()
    (root / "videos").mkdir()
    (root / "resources").mkdir()
    activities = []
    for i in range(pages):
        body = "\n\n".join(
            f"## Section {s}\n\n" + " ".join(rng.choices(words, weights, k=120)) for s in range(4)
        )
        (root / "content" / "guides" / f"p{i}.md").write_text(
            f"# Page {i}\n\n{body}\n\n## Summary\n\nDone.\n"
        )
        activities.append(
            f'[[modules.activities]]\nid = "p{i}"\nkind = "guide"\ntitle = "Page {i}"\n'
            f'file = "content/guides/p{i}.md"\nbook = "b"\n'
        )
    (root / "content" / "tracks" / "t.toml").write_text(
        '[track]\nid = "t"\nrole = "r"\ntitle = "T"\ndescription = "D"\nmodules = ["m"]\n'
        '[track.certificate]\ntitle = "C"\ncriteria = "C"\n[[modules]]\nid = "m"\ntitle = "M"\nsummary = "S"\n'
        + "\n".join(activities)
    )
    (root / "content" / "pack.toml").write_text(
        'schema_version = 1\nid = "big"\nversion = "1"\nlanguage = "en"\ntitle = "Big"\npublisher = "Bench"\n'
        'track_files = ["content/tracks/t.toml"]\n[[roles]]\nid = "r"\ntitle = "R"\n[[books]]\nid = "b"\ntitle = "B"\n'
    )


RAW_FTS5 = "SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY bm25(search_fts) LIMIT 30"


def _against_raw_fts5(app, queries: list[str], rounds: int = 10) -> list[Row]:  # type: ignore[no-untyped-def]
    """The Library's search beside the engine's own limit: the same FTS5 table (same tokenizer) in the same
    database file, queried raw through sqlite3 for the page's rowids. Interleaved, so that a busy machine slows
    both alike; the MATCH expression is the app's own (raw FTS5 syntax would refuse 'C++ -fire:')."""
    from trainer_app.core.storage.search_repo import fts_query

    learner, _ = app.learners.create("Benchmark Learner", "r")
    raw = sqlite3.connect(str(app.paths.database))
    app_ms: list[float] = []
    raw_ms: list[float] = []

    def raw_search(text: str) -> None:
        if match := fts_query(text):
            raw.execute(RAW_FTS5, (match,)).fetchall()

    try:
        for round_number in range(rounds):
            for q in queries:
                if round_number % 2:
                    _timed(raw_ms, raw_search, q)
                _timed(app_ms, _library_search, app, learner.id, q)
                if not round_number % 2:
                    _timed(raw_ms, raw_search, q)
    finally:
        raw.close()
    return [
        ("5,000-page search p50 (app)", statistics.median(app_ms), "ms", ""),
        ("5,000-page raw FTS5 p50", statistics.median(raw_ms), "ms", ""),
        Comparison(
            "search p95, 5,000 generated pages (first page of 30, count to 200+, locks)",
            _percentile(app_ms, 0.95),
            _percentile(raw_ms, 0.95),
            "ms",
            "raw FTS5 MATCH … ORDER BY bm25 LIMIT 30",
            1.5,
        ),
    ]


def _timed(times: list[float], action: Callable[..., None], *args: object) -> None:
    started = time.perf_counter()
    action(*args)
    times.append((time.perf_counter() - started) * 1000)


def run() -> list[Row]:
    from trainer_app.core.app import open_app

    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        app = open_app(data_dir=str(Path(tmp) / "bundled"))
        times = _latencies(app, QUERIES)
        rows += [
            ("bundled pack search p50", statistics.median(times), "ms", ""),
            ("bundled pack search p95", _percentile(times, 0.95), "ms", "≤ 15"),
        ]
        pack = app.packs.default()
        guides = [a for a in pack.activities() if a.kind.value == "guide"]
        opened = []
        for activity in guides:
            app.guides._cache.clear()
            started = time.perf_counter()
            app.guides.chapter(pack.id, activity.id)
            opened.append((time.perf_counter() - started) * 1000)
        rows.append(("open a guide chapter (render), median / max", statistics.median(opened), "ms", "≤ 50"))
        rows.append(("open a guide chapter, slowest", max(opened), "ms", "≤ 50"))
        app.close()
        big = Path(tmp) / "bigpack"
        _generated_pack(big, 5000)
        started = time.perf_counter()
        app = open_app(data_dir=str(Path(tmp) / "big"), bundled_root=big)
        rows.append(("index a 5,000-page pack (load + FTS5 insert)", time.perf_counter() - started, "s", ""))
        rows += _against_raw_fts5(app, [*QUERIES, "w1", "w2 w3", "consent referral"])
        app.close()
    return rows
