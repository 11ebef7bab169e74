"""Content-pack benchmarks: validating the bundled pack, rendering a guide chapter, refusing a deep page."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path

from trainer_app.core.common.errors import TrainerError
from trainer_app.core.common.paths import bundled_pack_root
from trainer_app.core.packs.markdown import render_guide
from trainer_app.core.packs.search_docs import iter_search_documents
from trainer_app.core.packs.validate import validate_pack


def _median_ms(action: Callable[[], object], repeat: int) -> float:
    action()  # warm-up: imports, caches
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def _largest_chapter(root: Path) -> Path | None:
    chapters = sorted((root / "content").rglob("*.md"), key=lambda p: p.stat().st_size)
    return chapters[-1] if chapters else None


def _refuse_deep_page() -> None:
    try:
        render_guide("# Deep\n\n" + "<div>" * 50_000, "content/guides/deep.md")
    except TrainerError:
        return
    raise AssertionError("a 50,000-deep page was rendered")


def run() -> list[tuple[str, float, str, str]]:
    root = bundled_pack_root()
    rows: list[tuple[str, float, str, str]] = []
    report = validate_pack(root)
    rows.append(
        (
            "load + validate the bundled pack",
            _median_ms(lambda: validate_pack(root), 5),
            "ms",
            "<= 300 ms",
        )
    )
    chapter = _largest_chapter(root)
    if chapter is not None:
        text = chapter.read_text(encoding="utf-8")
        rel = chapter.relative_to(root).as_posix()
        name = f"render the largest guide chapter ({len(text) // 1024} KiB)"
        rows.append((name, _median_ms(lambda: render_guide(text, rel), 20), "ms", "<= 50 ms"))
    rows.append(("refuse a 50,000-deep page", _median_ms(_refuse_deep_page, 20), "ms", "<= 10 ms"))
    if report.pack is not None:
        pack = report.pack
        docs = _median_ms(lambda: list(iter_search_documents(pack)), 3)
        rows.append(("build search documents of the bundled pack", docs, "ms", "<= 500 ms"))
    return rows


if __name__ == "__main__":
    for name, value, unit, target in run():
        print(f"{name:60s} {value:9.2f} {unit:3s} (target {target})")
