"""`demo seed --learners 10000` beside a raw baseline doing the same work: inserting the very rows the seed wrote
(sqlite3 executemany, one transaction, same schema and indexes) and signing as many certificates with the same
signing functions (the Open Badges credential and the QR token). Goal: the seed within 4× of that.
BENCH_SEED_LEARNERS shrinks the run while developing (default 10,000).

The comparison is in CPU seconds of this process (time.process_time): on a shared machine the wall clock mostly
measures the neighbours (a seed of 1,000 learners took 140 s of wall time for 37 s of CPU under a load of 8 on
2 cores). The wall-clock figures are printed beside it."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from benchmarks import shared
from benchmarks.compare import Comparison

LEARNERS = int(os.environ.get("BENCH_SEED_LEARNERS", "10000"))
GOAL = 4.0


def _counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def _seeded_tables(db: Path, before: dict[str, int]) -> list[str]:
    """The tables the seed filled (empty before it ran, rows after it)."""
    after = _counts(db)
    return sorted(n for n, count in after.items() if count and not before.get(n))


def _schema(db: Path, tables: list[str]) -> list[str]:
    with sqlite3.connect(db) as conn:
        marks = ",".join("?" * len(tables))
        query = f"SELECT sql FROM sqlite_master WHERE tbl_name IN ({marks}) AND sql IS NOT NULL ORDER BY type DESC"
        return [r[0] for r in conn.execute(query, tables)]  # tables first, then their indexes


def _rows(db: Path, tables: list[str]) -> dict[str, list[tuple[Any, ...]]]:
    with sqlite3.connect(db) as conn:
        return {t: conn.execute(f'SELECT * FROM "{t}"').fetchall() for t in tables}


def _timed(operation: Callable[[], Any]) -> tuple[Any, float, float]:
    """(result, CPU seconds, wall seconds)."""
    cpu, wall = time.process_time(), time.perf_counter()
    result = operation()
    return result, time.process_time() - cpu, time.perf_counter() - wall


def _raw_insert(db: Path, schema: list[str], rows: dict[str, list[tuple[Any, ...]]]) -> tuple[float, float]:
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        for statement in schema:
            conn.execute(statement)

        def insert() -> None:
            conn.execute("BEGIN")
            for table, values in rows.items():
                if values:
                    marks = ",".join("?" * len(values[0]))
                    conn.executemany(f'INSERT INTO "{table}" VALUES ({marks})', values)
            conn.execute("COMMIT")

        _result, cpu, wall = _timed(insert)
        return cpu, wall
    finally:
        conn.close()


def _credentials(db: Path) -> Iterator[dict[str, Any]]:
    with sqlite3.connect(db) as conn:
        for (text,) in conn.execute("SELECT credential_json FROM certificate"):
            yield json.loads(text)


def _raw_signing(db: Path, key: Any) -> tuple[float, float, int]:
    """Sign the seeded certificates again, each with the same functions the app signs with."""
    from trainer_app.core.credentials.encoding import canonical_json
    from trainer_app.core.credentials.obfacts import read_facts
    from trainer_app.core.credentials.openbadge import issue
    from trainer_app.core.credentials.statuslist import StatusEntry
    from trainer_app.core.credentials.token import TokenClaims, make_token

    work = []
    for index, document in enumerate(_credentials(db)):
        status = document.get("credentialStatus", {})
        entry = StatusEntry(
            str(status.get("statusListCredential", "")), int(status.get("statusListIndex", index))
        )
        work.append((read_facts(document), entry))

    def sign() -> None:
        for facts, entry in work:
            make_token(TokenClaims.from_facts(facts, key.did), key)
            canonical_json(issue(facts, key, status=entry))

    _result, cpu, wall = _timed(sign)
    return cpu, wall, len(work)


def run() -> Iterator[Comparison | tuple[str, float, str, str]]:
    from trainer_app.core.app import open_app

    root = Path(tempfile.mkdtemp(prefix="bench-seed-"))
    try:
        app = open_app(data_dir=str(root / "app"))
        try:
            db = root / "app" / "trainer.db"
            before = _counts(db)
            summary, seed_cpu, seed_wall = _timed(lambda: app.demo.seed(LEARNERS, 1))
            key = app.trust.device_key()
        finally:
            app.close()
        tables = _seeded_tables(db, before)
        rows = _rows(db, tables)
        insert_cpu, insert_wall = _raw_insert(root / "raw.db", _schema(db, tables), rows)
        sign_cpu, sign_wall, signed = _raw_signing(db, key)
        total = sum(len(v) for v in rows.values())
        kept = Path(tempfile.mkdtemp(prefix="bench-demo-")) / "app"
        shutil.move(root / "app", kept)
        shared.offer(LEARNERS, kept)  # bench_records imports and reports on the same deployment
        what = f"{total:,} rows, {summary.xapi_statements:,} xAPI statements, {summary.certificates:,} certificates"
        yield (f"demo seed --learners {LEARNERS:,}, wall clock ({what})", seed_wall, "s", "-")
        yield ("raw baseline of the same work, wall clock", insert_wall + sign_wall, "s", "-")
        yield Comparison(
            f"demo seed --learners {LEARNERS:,}, CPU ({what})",
            seed_cpu,
            insert_cpu + sign_cpu,
            "s",
            f"sqlite3 executemany of the same rows in one transaction ({insert_cpu:.1f} s) + signing "
            f"{signed:,} certificates ({sign_cpu:.1f} s)",
            GOAL,
        )
    finally:
        shutil.rmtree(root, ignore_errors=True)
