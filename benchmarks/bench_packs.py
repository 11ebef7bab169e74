"""Content-pack benchmarks: validating the bundled pack, rendering a guide chapter, refusing a deep page, and
validation staying linear (30,000 activities against 3,000)."""

from __future__ import annotations

import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.compare import Comparison
from trainer_app.core.common.errors import TrainerError
from trainer_app.core.common.paths import bundled_pack_root
from trainer_app.core.packs.markdown import render_guide
from trainer_app.core.packs.search_docs import iter_search_documents
from trainer_app.core.packs.validate import validate_pack

Row = tuple[str, float, str, str] | Comparison


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


VALID_FIXTURE = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "packs" / "valid"
PER_MODULE = 10


def _generated_pack(root: Path, activities: int) -> Path:
    """The valid fixture pack with `activities` more guide activities, ten to a module, in its first track."""
    shutil.copytree(VALID_FIXTURE, root)
    track = root / "content" / "tracks" / "alpha.toml"
    modules = [f"gen-{number}" for number in range(activities // PER_MODULE)]
    listed = ", ".join(f'"{m}"' for m in modules)
    text = track.read_text().replace(
        'modules = ["m-one", "m-two"]', f'modules = ["m-one", "m-two", {listed}]'
    )
    parts = [text]
    for module in modules:
        parts.append(f'\n[[modules]]\nid = "{module}"\ntitle = "Module {module}"\nsummary = "Made up."\n')
        parts.extend(
            f'\n[[modules.activities]]\nid = "{module}-{n}"\nkind = "guide"\ntitle = "Part {n}"\n'
            'file = "content/guides/one.md"\nbook = "handbook"\nmin_seconds = 5\n'
            for n in range(PER_MODULE)
        )
    track.write_text("".join(parts))
    return root


def _validation_scales(runs: int = 3) -> list[Row]:
    """`pack validate`'s own function on 3,000 and on 30,000 activities, alternated, median of `runs` each:
    linear work takes ten times as long (a little less, for the fixed part), quadratic work a hundred times."""
    times: dict[int, list[float]] = {3_000: [], 30_000: []}
    with tempfile.TemporaryDirectory() as tmp:
        roots = {n: _generated_pack(Path(tmp) / str(n), n) for n in times}
        for _ in range(runs):
            for n, root in roots.items():
                started = time.perf_counter()
                report = validate_pack(root)
                times[n].append(time.perf_counter() - started)
                if not report.valid:
                    raise AssertionError(f"the generated pack is not valid: {report.problems[:3]}")
    small, large = statistics.median(times[3_000]), statistics.median(times[30_000])
    return [
        ("validate 3,000 activities, median", small, "s", ""),
        Comparison(
            "pack validate, 30,000 activities (linear: about 10× the 3,000 run)",
            large,
            small,
            "s",
            "the same validation of 3,000 activities",
            12,
        ),
    ]


def run() -> list[Row]:
    root = bundled_pack_root()
    rows: list[Row] = []
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
    rows += _validation_scales()
    return rows


if __name__ == "__main__":
    for row in run():
        print(row)
