"""Records-bundle rows in and out of the database, member by member (the format is core/exchange/record_format).

Reads stream with yield_per; lookups and writes go in chunks, never one query per row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, DateTime, Table, bindparam, or_, select, union

from trainer_app.core.common.clock import as_utc
from trainer_app.core.exchange import record_format as fmt
from trainer_app.core.storage.tables import learner, progress, session_log
from trainer_app.core.storage.tables_credentials import certificate
from trainer_app.core.storage.tables_quiz import quiz_answer, quiz_attempt
from trainer_app.core.storage.tables_sessions import practical_check, session_attendance, training_session
from trainer_app.core.storage.tables_walkthrough import walkthrough_check

TABLES: dict[str, Table] = {
    fmt.LEARNERS.name: learner,
    fmt.PROGRESS.name: progress,
    fmt.SESSION_LOG.name: session_log,
    fmt.QUIZ_ATTEMPTS.name: quiz_attempt,
    fmt.QUIZ_ANSWERS.name: quiz_answer,
    fmt.WALKTHROUGH_CHECKS.name: walkthrough_check,
    fmt.CERTIFICATES.name: certificate,
    fmt.TRAINING_SESSIONS.name: training_session,
    fmt.SESSION_ATTENDANCE.name: session_attendance,
    fmt.PRACTICAL_CHECKS.name: practical_check,
}
CHUNK = 500
Conn = Connection  # for services, which do not import SQLAlchemy themselves
Row = dict[str, Any]


def _table(member: fmt.Member) -> Table:
    return TABLES[member.name]


def _dt_indexes(member: fmt.Member) -> tuple[int, ...]:
    return tuple(i for i, (_, kind) in enumerate(member.columns) if kind.startswith("dt"))


def _from_db(member: fmt.Member, row: Sequence[Any], dts: tuple[int, ...]) -> tuple[Any, ...]:
    values = list(row)
    for index in dts:
        if values[index] is not None:
            values[index] = as_utc(values[index])
    if member is fmt.LEARNERS:
        values[2] = tuple(r for r in values[2].split(",") if r)
    return tuple(values)


def with_times(member: fmt.Member, row: Sequence[Any]) -> tuple[Any, ...]:
    """A row whose times may be SQLite's stored text (decode_rows with times_as_text) with every time a UTC
    datetime again, as the merge rules compare them."""
    values = list(row)
    for index in _dt_indexes(member):
        value = values[index]
        if type(value) is str:
            values[index] = datetime.fromisoformat(value).replace(tzinfo=UTC)
    return tuple(values)


# ---- export ---------------------------------------------------------------------------------------------


def export_rows(conn: Connection, member: fmt.Member, since: datetime | None) -> Iterator[Sequence[Any]]:
    """Every row of a member in key order (or those changed since `since`, and what they need).

    Values as the database gives them, for speed: a time without a zone is UTC (see record_format.iso)."""
    table = _table(member)
    query = select(*(table.c[name] for name in member.names))
    if since is not None:
        query = query.where(export_filter(member, since))
    query = query.order_by(*(table.c[k] for k in member.key))
    learners = member is fmt.LEARNERS
    for row in conn.execution_options(yield_per=5000).execute(query):
        if learners:
            values = list(row)
            values[2] = tuple(r for r in values[2].split(",") if r)
            yield values
        else:
            yield row


def _attempts_since(since: datetime) -> Any:
    return or_(
        quiz_attempt.c.started_at >= since,
        quiz_attempt.c.submitted_at >= since,
        quiz_attempt.c.id.in_(select(quiz_answer.c.attempt_id).where(quiz_answer.c.saved_at >= since)),
    )


def export_filter(member: fmt.Member, since: datetime) -> Any:
    """The rows of a member an export --since takes: changed since then, or needed by rows that were."""
    if member is fmt.LEARNERS:
        referenced = union(
            select(progress.c.learner_id).where(progress.c.updated_at >= since),
            select(session_log.c.learner_id).where(session_log.c.observed_at >= since),
            select(quiz_attempt.c.learner_id).where(_attempts_since(since)),
            select(walkthrough_check.c.learner_id).where(walkthrough_check.c.updated_at >= since),
            select(session_attendance.c.learner_id).where(
                session_attendance.c.recorded_at >= since, session_attendance.c.learner_id.is_not(None)
            ),
            select(practical_check.c.learner_id).where(practical_check.c.recorded_at >= since),
        )
        return or_(learner.c.updated_at >= since, learner.c.id.in_(referenced.scalar_subquery()))
    if member is fmt.QUIZ_ATTEMPTS:
        return _attempts_since(since)
    if member is fmt.CERTIFICATES:
        return or_(
            certificate.c.issued_at >= since,
            certificate.c.stored_at >= since,
            certificate.c.revoked_at >= since,
        )
    if (
        member is fmt.TRAINING_SESSIONS
    ):  # a session someone attended since, so their attendance can refer to it
        attended = select(session_attendance.c.session_id).where(session_attendance.c.recorded_at >= since)
        return or_(training_session.c.recorded_at >= since, training_session.c.id.in_(attended))
    return _table(member).c[member.stamp] >= since


# ---- import ---------------------------------------------------------------------------------------------


def existing(
    conn: Connection, member: fmt.Member, keys: Iterable[tuple[Any, ...]]
) -> dict[tuple[Any, ...], Row]:
    """Stored rows (as dicts of the member's columns) for the given keys, looked up in chunks."""
    table = _table(member)
    wanted = set(keys)
    firsts = sorted(set(map(itemgetter(0), wanted)))
    found: dict[tuple[Any, ...], Row] = {}
    dts = _dt_indexes(member)
    names = member.names  # a property: taken once, not per row
    where = [names.index(k) for k in member.key]
    columns = [table.c[name] for name in names]
    for start in range(0, len(firsts), CHUNK):
        chunk = firsts[start : start + CHUNK]
        for row in conn.execute(select(*columns).where(table.c[member.key[0]].in_(chunk))):
            values = _from_db(member, row, dts)
            key = tuple([values[i] for i in where])
            if key in wanted:
                found[key] = dict(zip(names, values, strict=True))
    return found


def stored_as_written(
    conn: Connection, member: fmt.Member, keys: Iterable[tuple[Any, ...]]
) -> dict[tuple[Any, ...], tuple[Any, ...]]:
    """SQLite only: stored rows for the given keys exactly as the driver returns them (times as their stored
    text, booleans as 0/1), to compare with incoming rows in stored form without converting either."""
    table = _table(member)
    quote = conn.dialect.identifier_preparer.quote
    wanted = set(keys)
    firsts = sorted(set(map(itemgetter(0), wanted)))
    names = member.names
    where = itemgetter(*[names.index(k) for k in member.key])
    select_sql = (
        f"SELECT {', '.join(map(quote, names))} FROM {quote(table.name)} WHERE {quote(member.key[0])} IN "
    )
    found: dict[tuple[Any, ...], tuple[Any, ...]] = {}
    for start in range(0, len(firsts), CHUNK):
        chunk = firsts[start : start + CHUNK]
        sql = select_sql + "(" + ", ".join("?" * len(chunk)) + ")"
        for row in conn.exec_driver_sql(sql, tuple(chunk)):
            key = where(row)
            key = key if len(member.key) > 1 else (key,)
            if key in wanted:
                found[key] = tuple(row)
    return found


def stored_ids(conn: Connection, member: fmt.Member, ids: Iterable[Any]) -> set[Any]:
    """Which of these first-key values are stored already (the key column only, looked up in chunks)."""
    column = _table(member).c[member.key[0]]
    wanted = sorted(set(ids))
    found: set[Any] = set()
    for start in range(0, len(wanted), CHUNK):
        found.update(conn.execute(select(column).where(column.in_(wanted[start : start + CHUNK]))).scalars())
    return found


def _to_db(member: fmt.Member, row: Row) -> Row:
    if member is fmt.LEARNERS:
        return {**row, "roles": ",".join(row["roles"]), "pin_hash": None}
    return row


def insert(conn: Connection, member: fmt.Member, rows: list[Row]) -> None:
    if rows:
        rows = [_to_db(member, r) for r in rows]
        bulk_insert(conn, _table(member), list(rows[0]), rows)


def _sqlite_time(value: datetime | None) -> str | None:
    """SQLAlchemy's SQLite DateTime text (YYYY-MM-DD HH:MM:SS.ffffff, UTC), made by one C call."""
    if value is None:
        return None
    if value.tzinfo is UTC:  # what a bundle's times parse to: one C call, the "+00:00" cut off
        return value.isoformat(" ", "microseconds")[:-6]
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.isoformat(" ", "microseconds")


def _sqlite_times(column: list[Any]) -> list[str | None]:
    """_sqlite_time over a column, its usual case (a UTC time, as a bundle's times parse) written in line:
    a function call per value costs as much as the conversion itself."""
    return [
        v
        if v is None or type(v) is str  # None, or stored text already (decode_rows with times_as_text)
        else v.isoformat(" ", "microseconds")[:-6]
        if v.tzinfo is UTC
        else _sqlite_time(v)
        for v in column
    ]


def _processor(kind: Any, dialect: Any) -> Callable[[Any], Any] | None:
    if dialect.name == "sqlite" and isinstance(kind, DateTime):
        return _sqlite_time
    processor: Callable[[Any], Any] | None = kind.dialect_impl(dialect).bind_processor(dialect)
    return processor


def insert_new(conn: Connection, member: fmt.Member, rows: list[Row]) -> int:
    """Insert the rows whose key is not stored yet (append-only members); returns how many went in."""
    if not rows:
        return 0
    return bulk_insert(conn, _table(member), list(rows[0]), rows, skip_existing=True)


def insert_values(
    conn: Connection, member: fmt.Member, rows: Sequence[Sequence[Any]], skip_existing: bool = False
) -> int:
    """Rows as value tuples in the member's column order (not the learners: their roles need _to_db), without
    a dict per row; with `skip_existing`, rows whose key is stored already are left out. Returns how many went in.
    """
    if not rows:
        return 0
    names = list(member.names)
    if conn.dialect.name == "sqlite" and _stored_form(member, rows):  # as they are: no conversion to make
        return int(
            conn.exec_driver_sql(_insert_sql(conn, _table(member), names, skip_existing), rows).rowcount
        )
    columns = [list(column) for column in zip(*rows, strict=True)]
    return _insert_columns(conn, _table(member), names, columns, skip_existing)


# Value types SQLite stores exactly as the column types' bind processors would make them (a float column has
# REAL affinity, and the driver binds True as 1), so rows holding only these need no conversion.
_STORED_TYPES = {
    "dt": frozenset({str, type(None)}),  # SQLite's own text of a time (decode_rows with times_as_text)
    "float": frozenset({float, int, type(None)}),
    "bool": frozenset({bool, type(None)}),
}


def _stored_form(member: fmt.Member, rows: Sequence[Sequence[Any]]) -> bool:
    """True when every converted column of these rows already holds its stored form (a C loop per column)."""
    for index, (_, kind) in enumerate(member.columns):
        if kind.startswith("list"):  # stored as text by _to_db
            return False
        allowed = _STORED_TYPES.get(kind.rstrip("?"))
        if allowed is not None and not set(map(type, map(itemgetter(index), rows))) <= allowed:
            return False
    return True


def bulk_insert(
    conn: Connection, table: Table, names: list[str], rows: list[Row], skip_existing: bool = False
) -> int:
    """One executemany straight to the driver, values converted by the column types' own bind processors:
    the same stored form as table.insert(), without SQLAlchemy's per-row compile work (large bundles)."""
    # built a column at a time (each processor mapped over its column), then zipped into rows: the same
    # values as converting row by row, without a Python step per value
    columns = [[row[name] for row in rows] for name in names]
    return _insert_columns(conn, table, names, columns, skip_existing)


def _insert_columns(
    conn: Connection, table: Table, names: list[str], columns: list[list[Any]], skip_existing: bool
) -> int:
    dialect = conn.dialect
    sql = _insert_sql(conn, table, names, skip_existing)
    for index, name in enumerate(names):
        processor = _processor(table.c[name].type, dialect)
        if processor is _sqlite_time:
            columns[index] = _sqlite_times(columns[index])
        elif processor is not None:
            columns[index] = list(map(processor, columns[index]))
    params = list(zip(*columns, strict=True))
    return int(conn.exec_driver_sql(sql, params).rowcount)


def _insert_sql(conn: Connection, table: Table, names: list[str], skip_existing: bool) -> str:
    dialect = conn.dialect
    marker = "?" if dialect.paramstyle == "qmark" else "%s"
    quote = dialect.identifier_preparer.quote
    sql = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in names)}) "
        f"VALUES ({', '.join([marker] * len(names))})"
    )
    if not skip_existing:
        return sql
    return (
        sql.replace("INSERT", "INSERT OR IGNORE", 1)
        if dialect.name == "sqlite"
        else sql + " ON CONFLICT DO NOTHING"
    )


# The page cache of one bulk import (KiB when negative): index pages stay in memory instead of being re-read.
BULK_CACHE_KIB = 65536


@contextmanager
def bulk_tuning(conn: Connection) -> Iterator[None]:
    """SQLite settings for one large import inside the caller's transaction: a larger page cache (temp_store
    cannot change inside a transaction). Journal and synchronous settings are left as they are (crash safety
    unchanged); the cache goes back to its size afterwards. Other databases: nothing to do."""
    if conn.dialect.name != "sqlite":
        yield
        return
    cache = int(conn.exec_driver_sql("PRAGMA cache_size").scalar() or 0)
    conn.exec_driver_sql(f"PRAGMA cache_size=-{BULK_CACHE_KIB}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size={cache}")


@contextmanager
def indexes_built_after(conn: Connection, member: fmt.Member) -> Iterator[None]:
    """SQLite, a member whose table is empty: its secondary indexes are dropped while its rows go in and built
    again after them, in this transaction (one sorted build instead of an index insert at a random place per
    row; a rollback brings them back as they were). Other databases, or a table with rows: nothing to do."""
    table = _table(member).name
    if conn.dialect.name != "sqlite" or conn.exec_driver_sql(f'SELECT 1 FROM "{table}" LIMIT 1').first():
        yield
        return
    indexes = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
        (table,),
    ).all()  # the primary key's and UNIQUE constraints' own indexes have no SQL, and stay
    for name, _ in indexes:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    try:
        yield
    finally:
        for _, sql in indexes:
            conn.exec_driver_sql(sql)


def update(conn: Connection, member: fmt.Member, rows: list[Row]) -> None:
    """Write merged rows back (every non-key column of the member)."""
    if not rows:
        return
    table = _table(member)
    values: dict[str, Any] = {name: bindparam(f"v_{name}") for name in member.names if name not in member.key}
    statement = (
        table.update().where(*(table.c[k] == bindparam(f"k_{k}") for k in member.key)).values(**values)
    )
    params: list[Row] = []
    for row in rows:
        stored = _to_db(member, row)
        item = {f"v_{name}": stored[name] for name in values}
        item.update({f"k_{k}": row[k] for k in member.key})
        params.append(item)
    conn.execute(statement, params)


def learner_ids(conn: Connection, ids: Iterable[str]) -> set[str]:
    """Which of these learner ids are stored here."""
    wanted = sorted(set(ids))
    found: set[str] = set()
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        found.update(r[0] for r in conn.execute(select(learner.c.id).where(learner.c.id.in_(chunk))))
    return found


def insert_certificates(conn: Connection, rows: list[Row]) -> None:
    """Certificate rows in bulk (each built like certificate_store.record_certificate builds one)."""
    if rows:
        bulk_insert(conn, certificate, list(rows[0]), rows)


def certificate_groups(conn: Connection, learner_ids: Iterable[str]) -> set[tuple[str, str, str]]:
    """(learner, pack, pack certificate) of the certificates stored for these learners (older rows have no
    certificate id: theirs is the track id)."""
    wanted = sorted(set(learner_ids))
    found: set[tuple[str, str, str]] = set()
    columns = (
        certificate.c.learner_id,
        certificate.c.pack_id,
        certificate.c.achievement_id,
        certificate.c.track_id,
    )
    for start in range(0, len(wanted), CHUNK):
        query = select(*columns).where(certificate.c.learner_id.in_(wanted[start : start + CHUNK])).distinct()
        found.update((r[0], r[1], r[2] or r[3]) for r in conn.execute(query))
    return found
