"""Column-wise decoding of bundle rows gives exactly what row-by-row decoding gives, or steps aside."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from trainer_app.core.common.errors import ExchangeError
from trainer_app.core.exchange import record_format as fmt
from trainer_app.core.exchange.record_columns import decode_rows

VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**64), 2**64),
    st.floats(),
    st.text(max_size=8),
    st.sampled_from(
        [
            "2026-01-05T09:00:00+00:00",
            "2026-01-05T09:00:00.250000+00:00",
            "1815-01-05T09:00:00+00:00",
            "2026-01-05T09:00:00+01:00",
            "2026-13-05T09:00:00+00:00",
            "2026-01-05T09:00:00Z",
            "Ana\u202e",
            "0.5",
            "",
        ]
    ),
    st.lists(st.text(max_size=3), max_size=2),
    st.floats(0, 1),
    st.integers(0, 100),
)
GOOD = {
    "str": st.text(max_size=8),
    "str?": st.none() | st.text(max_size=8),
    "float": st.floats(0, 1),
    "float?": st.none() | st.floats(0, 1),
    "int": st.integers(0, 1000),
    "bool": st.booleans(),
    "bool?": st.none() | st.booleans(),
    "dt": st.just("2026-01-05T09:00:00+00:00"),
    "dt?": st.none() | st.just("2026-01-05T09:00:00.125000+00:00"),
    "list": st.lists(st.text(max_size=3)),
}

# Values one step away from what each kind accepts.
NEAR_MISS_VALUES: dict[str, list[Any]] = {
    "str": [None, 1, True, ["a"], "Ana\u202e", "\u2066x", "ok"],
    "float": [None, True, -0.5, 1.5, 3, "0.5", float("inf"), float("nan"), 0, 1, 1e12],
    "int": [None, True, False, 1.0, "1", 2**63, -(2**63) - 1, 2**63 - 1],
    "bool": [None, 0, 1, "true"],
    "dt": [
        None,
        "1999-12-31T23:59:59+00:00",
        "2100-01-01T00:00:01+00:00",
        "2000-01-01T00:00:00+00:00",
        "2026-02-30T09:00:00+00:00",
        "2026-01-05T09:00:00",
        "2026-01-05 09:00:00+00:00",
        "2026-01-05T09:00:00.5+00:00",
        20260105,
    ],
    "list": [None, "a", [1], ["a", None], []],
}
NEAR_MISSES = {kind: st.sampled_from(values) for kind, values in NEAR_MISS_VALUES.items()}


def _row_by_row(member: fmt.Member, rows: list[Any]) -> list[tuple[Any, ...]] | None:
    try:
        return [fmt.decode_row(member, list(row) if isinstance(row, list) else row) for row in rows]
    except ExchangeError:
        return None


@st.composite
def batches(draw: st.DrawFn) -> tuple[fmt.Member, list[Any]]:
    member = draw(st.sampled_from(fmt.MEMBERS))
    good = st.tuples(*(GOOD[kind] for _, kind in member.columns)).map(list)
    rows = draw(st.lists(good, min_size=1, max_size=6))
    for _ in range(draw(st.integers(0, 2))):  # a value or two replaced by anything JSON could hold
        row = draw(st.sampled_from(rows))
        index = draw(st.integers(0, len(row) - 1))
        kind = member.columns[index][1].rstrip("?")
        row[index] = draw(NEAR_MISSES[kind] if draw(st.integers(0, 3)) else VALUES)
    return member, rows


@settings(max_examples=500, deadline=None)
@given(batches())
def test_column_decoding_equals_row_decoding_or_steps_aside(batch: tuple[fmt.Member, list[Any]]) -> None:
    member, rows = batch
    expected = _row_by_row(member, rows)
    fast = decode_rows(member, [list(row) for row in rows])
    assert fast is None or fast == expected
    if fast is not None:
        for got, want in zip(fast, expected or [], strict=True):  # same types too (floats, tuples, zones)
            assert [type(v) for v in got] == [type(v) for v in want]


def test_ordinary_rows_take_the_column_path() -> None:
    row = [
        "7",
        "kit",
        "a1",
        "completed",
        1,
        30.5,
        "2026-01-05T09:00:00+00:00",
        None,
        "",
        "1.0",
        "{}",
        "2026-01-05T09:00:00+00:00",
    ]
    rows = [list(row), list(row)]
    fast = decode_rows(fmt.PROGRESS, rows)
    assert fast is not None
    assert fast == [fmt.decode_row(fmt.PROGRESS, list(row)) for _ in range(2)]


def _good_row(member: fmt.Member) -> list[Any]:
    sample = {
        "str": "ok",
        "str?": None,
        "float": 0.5,
        "float?": 0.5,
        "int": 7,
        "bool": True,
        "bool?": None,
        "dt": "2026-01-05T09:00:00+00:00",
        "dt?": "2026-01-05T09:00:00.125000+00:00",
        "list": ["a"],
    }
    return [sample[kind] for _, kind in member.columns]


def test_every_near_miss_in_every_column_is_refused_or_decoded_as_row_by_row() -> None:
    checked = 0
    for member in fmt.MEMBERS:
        for index, (_, kind) in enumerate(member.columns):
            for value in NEAR_MISS_VALUES[kind.rstrip("?")]:
                rows = [_good_row(member), _good_row(member)]
                rows[1][index] = value
                fast = decode_rows(member, [list(row) for row in rows])
                expected = _row_by_row(member, rows)
                assert fast is None or fast == expected, (member.name, index, value)
                checked += 1
    assert checked > 500
