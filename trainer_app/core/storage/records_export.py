"""Records-bundle rows read for export, already in the bundle's JSON form (record_format.encode_row's values).

On SQLite the rows come straight from the driver's cursor and each stored time (SQLAlchemy's text,
'YYYY-MM-DD HH:MM:SS.ffffff') is cut into the bundle's ISO text: a 10,000-learner export has half a million
rows and nearly a million times, and a SQLAlchemy row plus a datetime object per value were most of its time.
A time stored in any other form goes through SQLAlchemy's own type, as before. Other databases: encode_row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from itertools import islice
from typing import Any

from sqlalchemy import Connection, Table, select

from trainer_app.core.exchange import record_format as fmt
from trainer_app.core.storage import records_repo

# Rows read from the cursor at a time: small, so that they are still in the CPU's cache when they are encoded
# (with 500 at a time, finishing and encoding took nearly twice as long); about 1 MB of quiz attempts (11 KB each).
EXPORT_BATCH_ROWS = 100
_STORED_CHARS = 26  # len("2026-01-02 03:04:05.000000")
_FRACTION = 19  # where ".ffffff" starts

Batch = Sequence[Sequence[Any]]


def export_batches(conn: Connection, member: fmt.Member, since: datetime | None) -> Iterator[Batch]:
    """records_repo.export_rows's rows in the same order, as JSON values (times as ISO text, booleans as
    booleans, roles as a list), in lists of up to EXPORT_BATCH_ROWS rows."""
    if conn.dialect.name != "sqlite":
        stored = records_repo.export_rows(conn, member, since)
        while batch := [fmt.encode_row(member, row) for row in islice(stored, EXPORT_BATCH_ROWS)]:
            yield batch
        return
    table = records_repo.TABLES[member.name]
    query = select(*(table.c[name] for name in member.names))
    if since is not None:
        query = query.where(records_repo.export_filter(member, since))
    query = query.order_by(*(table.c[k] for k in member.key))
    # The driver's cursor, not a SQLAlchemy result: its result types would parse every time into a datetime,
    # and a connection that once streamed (yield_per) buffers rows ahead. `since` is rendered by SQLAlchemy's
    # own DateTime type, as it would be bound.
    sql = str(query.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True}))
    finish = _finisher(member, table, conn.dialect)
    cursor = conn.connection.cursor()
    try:
        cursor.execute(sql)
        while rows := cursor.fetchmany(EXPORT_BATCH_ROWS):
            yield finish(rows)
    finally:
        cursor.close()


def _slow_time(column: Any, dialect: Any) -> Callable[[Any], str]:
    """A stored time in another form than SQLAlchemy writes, read by the column's own type (as export_rows
    reads it) and written as record_format.iso."""
    parse = column.type.dialect_impl(dialect).result_processor(dialect, None)

    def iso(value: Any) -> str:
        return fmt.iso(parse(value) if parse is not None else value)

    return iso


def _finisher(member: fmt.Member, table: Table, dialect: Any) -> Callable[[Sequence[Any]], Batch]:
    """Rows from the cursor in JSON values, a column at a time (a Python step per row and per value was most
    of the cost): each time as record_format.iso of it ('…T…+00:00', the fraction left out when zero, as
    datetime.isoformat does); SQLite's 0 and 1 as booleans (SQLAlchemy's Boolean reads them with bool());
    a learner's roles as a list."""
    times = tuple(
        (i, _slow_time(table.c[name], dialect))
        for i, (name, kind) in enumerate(member.columns)
        if kind.startswith("dt")
    )
    bools = tuple(i for i, (_, kind) in enumerate(member.columns) if kind.rstrip("?") == "bool")
    lists = tuple(i for i, (_, kind) in enumerate(member.columns) if kind == "list")

    def finish(rows: Sequence[Any]) -> Batch:
        columns: list[Any] = list(zip(*rows, strict=True))
        for index, slow in times:
            columns[index] = [
                None
                if t is None
                else (
                    f"{t[:10]}T{t[11:_FRACTION]}+00:00"
                    if t.endswith("000000")
                    else f"{t[:10]}T{t[11:]}+00:00"
                )
                if type(t) is str and len(t) == _STORED_CHARS and t[_FRACTION] == "."
                else slow(t)
                for t in columns[index]
            ]
        for index in bools:
            columns[index] = [v if v is None else bool(v) for v in columns[index]]
        for index in lists:
            columns[index] = [[part for part in v.split(",") if part] for v in columns[index]]
        return list(zip(*columns, strict=True))

    return finish
