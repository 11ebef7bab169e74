"""Run every benchmark module (or those named on the command line) and print the results as a table."""

from __future__ import annotations

import importlib
import pkgutil
import sys
import time
import traceback
from pathlib import Path

from benchmarks.compare import Comparison

Row = tuple[str, float, str, str]


def main(names: list[str]) -> int:
    here = Path(__file__).parent
    modules = sorted(m.name for m in pkgutil.iter_modules([str(here)]) if m.name.startswith("bench_"))
    if names:
        modules = [m for m in modules if any(n in m for n in names)]
    modules.sort(key=lambda m: m != "bench_seed")  # first: later modules reuse the deployment it seeds
    rows: list[tuple[str, str, str, str, str]] = []
    compared: list[tuple[str, ...]] = []
    failures = 0
    missed = 0
    for name in modules:
        started = time.perf_counter()
        print(f"running {name}…", file=sys.stderr, flush=True)
        try:
            module = importlib.import_module(f"benchmarks.{name}")
            for item in module.run():
                if isinstance(item, Comparison):
                    missed += 0 if item.within_goal else 1
                    compared.append(_compared_row(item))
                    continue
                metric, value, unit, target = item
                rows.append((name.removeprefix("bench_"), metric, _fmt(value), unit, target))
        except Exception:
            failures += 1
            traceback.print_exc()
            rows.append((name.removeprefix("bench_"), "FAILED", "-", "-", "-"))
        print(f"  {name} took {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
    _print_table(("area", "benchmark", "value", "unit", "target"), rows, numeric=(2,))
    if compared:
        print()
        headers = ("benchmark", "app", "raw baseline", "baseline does", "ratio", "goal", "")
        _print_table(headers, compared, numeric=(1, 2, 4))
    if missed:
        print(f"\n{missed} benchmark(s) outside their goal", file=sys.stderr)
    return 1 if failures or missed else 0


def _compared_row(item: Comparison) -> tuple[str, ...]:
    return (
        item.name,
        f"{_fmt(item.app)} {item.unit}",
        f"{_fmt(item.baseline)} {item.unit}",
        item.baseline_label,
        f"{item.ratio:.2f}×",
        f"≤ {item.goal:g}×",
        "within goal" if item.within_goal else "OUTSIDE GOAL",
    )


WHOLE_FROM = 100  # from here on decimals are noise in the table


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= WHOLE_FROM else f"{value:.2f}"


def _print_table(headers: tuple[str, ...], rows: list[tuple[str, ...]], numeric: tuple[int, ...]) -> None:
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]
    print("| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in rows:
        cells = [
            c.rjust(w) if i in numeric else c.ljust(w)
            for i, (c, w) in enumerate(zip(row, widths, strict=True))
        ]
        print("| " + " | ".join(cells) + " |")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
