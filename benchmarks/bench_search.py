"""Search latency p50/p95 over the bundled pack and over a generated 5,000-page pack; opening a chapter."""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from pathlib import Path

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


def _latencies(app, queries: list[str], rounds: int = 5) -> list[float]:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(rounds):
        for q in queries:
            started = time.perf_counter()
            app.search.search(q, 20)
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


def run() -> list[tuple[str, float, str, str]]:
    from trainer_app.core.app import open_app

    rows = []
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
        times = _latencies(app, [*QUERIES, "w1", "w2 w3", "consent referral"])
        rows += [
            ("5,000-page search p50", statistics.median(times), "ms", ""),
            ("5,000-page search p95", _percentile(times, 0.95), "ms", "≤ 15"),
        ]
        app.close()
    return rows
