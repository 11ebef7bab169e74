"""A batch of records-bundle rows decoded column by column: the same checks as record_format.decode_row, one
column at a time, which is several times faster than walking each row's values in Python.

It only ever answers for a batch where every value passes; on the first doubt it returns None and the reader
decodes that batch row by row with decode_row, which names the first bad value exactly as before.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import datetime
from itertools import repeat
from typing import Any

from trainer_app.core.exchange import record_values as rv
from trainer_app.core.exchange.record_format import MAX_TEXT_CHARS, Member

Column = Sequence[Any]
_fromisoformat = datetime.fromisoformat


class _Doubt(Exception):  # noqa: N818 (a signal to decode row by row, not an error)
    """Some value needs the row-by-row decoder (to be refused with its line and field, or converted)."""


def decode_rows(member: Member, rows: list[Any], times_as_text: bool = False) -> list[tuple[Any, ...]] | None:
    """The decoded rows, each as decode_row would give it, or None when any row needs decode_row.

    With `times_as_text`, a time column whose values are all in the form the app writes comes back as SQLite's
    stored text (records_repo.stored_time) instead of datetimes: checked just the same, without making a
    datetime and turning it back into text for each value of a large import."""
    width = len(member.columns)
    if not rows or set(map(type, rows)) != {list} or set(map(len, rows)) != {width}:
        return None
    columns = list(zip(*rows, strict=True))
    try:
        decoded = [_column(kind, column) for (_, kind), column in zip(member.columns, columns, strict=True)]
        _check_rules(member, decoded)
    except (_Doubt, ValueError, TypeError):
        return None
    if times_as_text:
        for index, (_, kind) in enumerate(member.columns):
            if kind.rstrip("?") == "dt":
                decoded[index] = _stored_texts(columns[index], decoded[index])
    return list(zip(*decoded, strict=True))


# The two forms the app writes (record_format.iso): YYYY-MM-DDTHH:MM:SS+00:00 and YYYY-MM-DDTHH:MM:SS.ffffff+00:00.
# A value fromisoformat took (every field ASCII digits, a real date), 25 or 32 characters long and ending in +00:00
# (as _column checked), with its digits and separators in these places is one of them. A column is checked and
# converted as one text (its values joined by newlines): C loops over one string instead of calls per value.
_DIGITS_TO_NINE = str.maketrans("0123456789", "9999999999")
_WHOLE = "9999-99-99T99:99:99+99:99\n"  # the shape of each form, digits as 9, with the newline after it
_FRACTION = "9999-99-99T99:99:99.999999+99:99\n"
_ZONE_LINE = "+00:00\n"
_ZERO_FRACTION = ".000000"
STORED_LENGTH = 26  # YYYY-MM-DD HH:MM:SS.ffffff


def _stored_texts(texts: Column, times: Column) -> Column:
    """SQLAlchemy's SQLite text for each time (YYYY-MM-DD HH:MM:SS.ffffff, UTC), cut from the bundle's own text
    when every value has a form the app writes (`times`: the same values, parsed already); else `times`."""
    present = [t for t in texts if t is not None] if None in texts else texts
    if not present:
        return times
    joined = "\n".join(present) + "\n"
    shape = joined.translate(_DIGITS_TO_NINE)
    whole, fraction = shape.count(_WHOLE), shape.count(_FRACTION)
    # every line one of the two shapes: as many as there are values, and nothing outside them
    if whole + fraction != len(present) or whole * len(_WHOLE) + fraction * len(_FRACTION) != len(shape):
        return times
    # the zone goes; whole seconds get a zero fraction (all at once when no value has one of its own)
    cut = _ZERO_FRACTION + "\n" if not fraction else "\n"
    lines = joined.replace("T", " ").replace(_ZONE_LINE, cut).split("\n")
    lines.pop()  # after the last newline
    if whole and fraction:  # both forms in one column: the whole seconds get theirs one by one
        lines = [line if len(line) == STORED_LENGTH else line + _ZERO_FRACTION for line in lines]
    if present is texts:
        return lines
    values = iter(lines)
    return [None if t is None else next(values) for t in texts]


_NONE = type(None)
# Each check walks a whole column through map() and set(): C loops, no Python call per value.
_TYPES: dict[str, frozenset[type]] = {
    "str": frozenset({str}),
    "bool": frozenset({bool}),
    "int": frozenset({int}),
    "float": frozenset({float, int}),
    "dt": frozenset({str}),
    "list": frozenset({list}),
}
_UTC_LENGTHS = frozenset({25, 32})  # the forms decode_row parses without any zone conversion
_UTC = "+00:00"


def _column(kind: str, column: Column) -> Column:
    base = kind.rstrip("?")
    types = set(map(type, column))
    has_none = _NONE in types
    if kind.endswith("?"):
        types.discard(_NONE)
    if not types <= _TYPES[base]:  # a None in a required column fails here too: NoneType is in no set
        raise _Doubt
    values = [v for v in column if v is not None] if has_none else column
    if base == "str":
        if max(map(len, values), default=0) > MAX_TEXT_CHARS:
            raise _Doubt
        return column
    if base == "float":
        if not all(map(math.isfinite, values)):
            raise _Doubt
        return column if types == {float} else tuple(None if v is None else float(v) for v in column)
    if base == "dt":
        if not set(map(len, values)) <= _UTC_LENGTHS or not all(map(str.endswith, values, repeat(_UTC))):
            raise _Doubt
        if not has_none:
            return tuple(map(_fromisoformat, column))
        return [None if v is None else _fromisoformat(v) for v in column]
    if base == "list":
        if not all(type(v) is str for value in values for v in value):
            raise _Doubt
        return tuple(tuple(v) for v in column)
    return column  # bool, int: the type is all there is to check


def _check_rules(member: Member, columns: list[Column]) -> None:
    """record_values.check_values, a column at a time: any value it would refuse raises _Doubt."""
    names = member.names
    for index, name, kind in rv.rules_of(member.columns):
        values = [v for v in columns[index] if v is not None]
        if not values:
            continue
        if kind == "range":
            low, high = rv._LIMITS[name]
            ok = min(values) >= low and max(values) <= high
        elif kind == "dt":
            ok = min(values) >= rv.EARLIEST and max(values) <= rv.LATEST
        else:
            ok = not any(map(rv.BIDI_CONTROLS_RE.search, values))
        if not ok:
            raise _Doubt
    if "points_earned" in names:
        earned, possible = columns[names.index("points_earned")], columns[names.index("points_possible")]
        if any(e is not None and p is not None and e > p for e, p in zip(earned, possible, strict=True)):
            raise _Doubt
