"""The fast, column-wise paths give what the one-row paths give, on generated values."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from esms_desktop.importing.columns import ColumnMapping
from esms_desktop.importing.reader import Table
from esms_desktop.message.content import parse_content
from esms_desktop.recipients.recipient_list import build_recipients
from esms_desktop.telecom.sms_text import measure, parts_of_texts

# "e" followed by a combining accent: NFC joins them, which the fast paths must respect.
_TEXT = st.lists(
    st.sampled_from([*"ab Z09{}[]~^|\\`\n\r\t€àé", "ế", "ạ", "e\u0301", "\u0301", "😀"]),
    max_size=120,
).map("".join)
_CELL = st.one_of(
    st.none(),
    _TEXT,
    st.floats(allow_nan=False, allow_infinity=False),
    st.integers(-(10**12), 10**12),
    st.booleans(),
    st.dates().map(lambda d: dt.datetime(d.year, d.month, d.day)),
)


@given(st.lists(_TEXT, max_size=30))
def test_parts_of_many_texts_equal_measure(texts: list[str]) -> None:
    assert parts_of_texts(texts) == [measure(t).parts for t in texts]


#: Texts the column-wise paths settle at once (all plain, all NFC without emoji), and
#: one of each kind they must leave to the one-by-one path.
_USUAL_TEXT = st.sampled_from(
    ["", "Chao ban", "x" * 160, "x" * 161, "Chào bạn", "ế" * 70, "ế" * 71, " Lan ", "\n"]
)
_ODD_TEXT = st.sampled_from(["a~b", "e\u0301", "😀", "\t"])


@given(st.lists(_USUAL_TEXT, max_size=30), st.lists(_ODD_TEXT, max_size=1), st.randoms())
def test_parts_of_usual_texts_equal_measure(
    usual: list[str], odd: list[str], shuffle: random.Random
) -> None:
    texts = usual + odd
    shuffle.shuffle(texts)
    assert parts_of_texts(texts) == [measure(t).parts for t in texts]


@settings(max_examples=200)
@given(
    st.one_of(
        st.lists(st.tuples(_CELL, _CELL), min_size=1, max_size=20),
        # Columns of text only, NFC or not: the path that asks NFC once per column.
        st.lists(st.tuples(_TEXT, _USUAL_TEXT | _ODD_TEXT), min_size=1, max_size=20),
    ),
    st.sampled_from(
        ["Chao {A}, don {B}.", "{A}{B}{A}", "x {A} {nope} {P1,20} {{B}}", "fixed text", ""]
    ),
)
def test_rendering_a_campaign_equals_rendering_each_row(
    cells: list[tuple[object, object]], text: str
) -> None:
    rows: list[list[object]] = [["0912345678", a, b] for a, b in cells]
    table = Table(path=None, sheet="s", sheets=["s"], rows=rows)  # type: ignore[arg-type]
    mapping = ColumnMapping(None, 1, ["Phone", "A", "B"], phone=0)
    recipients = build_recipients(table, mapping)
    content = parse_content(text, recipients)
    texts, gaps = content.render_all(recipients.rows)
    assert texts == [content.render(r) for r in recipients.rows]
    assert gaps == [r.row for r in recipients.rows if content.empty_values(r)]


def _one_row_at_a_time(rows: list[list[object]], phone: int, opt_out: frozenset[str]) -> list:  # type: ignore[type-arg]
    """The classification as it was written before it went column-wise: the reference."""
    from esms_desktop.recipients.recipient_list import RowState
    from esms_desktop.telecom.phones import normalize_phone

    out = []
    first_row_of: dict[str, int] = {}
    for index, cells in enumerate(rows):
        raw = cells[phone] if phone < len(cells) else None
        blank = all(c is None or (isinstance(c, str) and not c.strip()) for c in cells)
        if (raw is None or (isinstance(raw, str) and not raw.strip())) and blank:
            continue
        result = normalize_phone(raw)
        row = index + 1
        if result.number is None:
            out.append((row, RowState.REJECTED, None, result.problem, None))
        elif result.number in opt_out:
            out.append((row, RowState.BLOCKED, result.number, None, None))
        elif result.number in first_row_of:
            out.append((row, RowState.DUPLICATE, result.number, None, first_row_of[result.number]))
        else:
            first_row_of[result.number] = row
            out.append((row, RowState.READY, result.number, None, None))
    return out


_PHONE_CELL = st.one_of(
    st.none(),
    st.sampled_from(["", "  ", "0912345678", "0912 345 678", "+84912345678", "912345678",
                     "0987654321", "abc", "0212345678", "01623456789", "\u3000"]),
    st.sampled_from([912345678.0, 987654321, 9.12346e8]),
)  # fmt: skip


@settings(max_examples=200)
@given(
    st.lists(
        st.lists(st.one_of(_PHONE_CELL, st.none(), st.just(" ")), min_size=0, max_size=3),
        max_size=25,
    ),
    st.booleans(),
)
def test_classifying_column_wise_equals_one_row_at_a_time(
    rows: list[list[object]], block: bool
) -> None:
    opt_out = frozenset({"0912345678"}) if block else frozenset()
    table = Table(path=None, sheet="s", sheets=["s"], rows=rows)  # type: ignore[arg-type]
    mapping = ColumnMapping(None, 1, ["A", "B", "C"], phone=1)
    built = build_recipients(table, mapping, opt_out)
    got = [(r.row, r.state, r.phone, r.problem, r.duplicate_of) for r in built.rows]
    assert got == _one_row_at_a_time(rows, 1, opt_out)


def test_a_pause_that_made_many_objects_freezes_them_and_they_are_still_freed() -> None:
    import gc
    import weakref

    from esms_desktop.base import bulk

    class Row:
        pass

    gc.collect()
    gc.unfreeze()
    try:
        with bulk.collector_paused():
            small = [[i] for i in range(10)]
        assert gc.get_freeze_count() == 0  # a few objects: left to the collector
        with bulk.collector_paused():
            rows = [[i, Row()] for i in range(bulk.FREEZE_ABOVE)]
        assert gc.get_freeze_count() >= 2 * bulk.FREEZE_ABOVE  # the lists and the rows
        assert gc.isenabled()
        witness = weakref.ref(rows[-1][1])
        del rows
        assert witness() is None  # frozen, yet freed as soon as nothing uses it
        assert small
    finally:
        gc.unfreeze()


# --------------------------------------------------------------------------- slices
# Bulk loops run a slice of rows at a time so that the window's thread gets the GIL
# between slices; the answers must not depend on where the slices fall.


@given(st.lists(st.integers(0, 5)), st.integers(1, 4))
def test_the_slice_helpers_cut_the_work_and_give_the_unsliced_answer(
    keys: list[int], size: int
) -> None:
    import pytest

    from esms_desktop.base import bulk

    values = [f"v{i}" for i in range(len(keys))]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(bulk, "SLICE_ROWS", size)
        seen: list[int] = []

        def work(some_keys: list[int], some_values: list[str]) -> list[str]:
            seen.append(len(some_keys))
            return [f"{k}{v}" for k, v in zip(some_keys, some_values, strict=True)]

        assert bulk.in_slices(work, keys, values) == work(keys, values)
        if len(keys) > size:  # cut into slices, none longer than asked, nothing left out
            assert max(seen[:-1]) <= size and sum(seen[:-1]) == len(keys)
        assert bulk.map_in_slices(str, keys) == list(map(str, keys))
        target: dict[int, str] = {}
        bulk.update_in_slices(target, keys, values)
        assert target == dict(zip(keys, values, strict=True))
        first: dict[int, str] = {}
        for k, v in zip(keys, values, strict=True):
            first.setdefault(k, v)
        assert bulk.first_seen(keys, values) == first
        rows = [[k] * (k % 3) for k in keys]  # some rows too short for column 1
        assert bulk.column(rows, 1) == [r[1] if len(r) > 1 else None for r in rows]


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(_PHONE_CELL, _USUAL_TEXT | _ODD_TEXT, st.sampled_from(["", "DH1", 7, None])),
        min_size=1,
        max_size=30,
    ),
    st.integers(1, 5),
    st.sampled_from(["cskh", "qc", "fixed"]),
)
def test_a_check_in_small_slices_gives_the_same_report(
    cells: list[tuple[object, object, object]], size: int, channel: str
) -> None:
    """The whole import and check, with slices of a few rows, against one slice."""
    import pytest

    from esms_desktop.base import bulk
    from esms_desktop.checks import run_checks
    from esms_desktop.message.spec import CampaignSpec

    rows: list[list[object]] = [["Phone", "Name", "Code"], *map(list, cells)]
    table = Table(path=None, sheet="s", sheets=["s"], rows=rows)  # type: ignore[arg-type]
    spec = CampaignSpec(channel, content="Chào {Name}, đơn {Code} đã giao.", brandname="SHOP")

    def outcome() -> tuple[object, ...]:
        mapping = ColumnMapping(1, 2, ["Phone", "Name", "Code"], phone=0)
        recipients = build_recipients(table, mapping, frozenset({"0987654321"}))
        report = run_checks(recipients, spec)
        return (
            [(r.row, r.state, r.phone, r.problem, r.duplicate_of) for r in recipients.rows],
            {s: recipients.positions(s) for s in recipients.counts()},
            report.messages,
            report.parts,
            report.prices,
            report.cost,
            [(p.code, p.rows) for p in report.problems],
        )

    whole = outcome()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(bulk, "SLICE_ROWS", size)
        assert outcome() == whole


def test_a_command_without_a_window_works_on_whole_columns_and_gives_the_slices_back() -> None:
    from esms_desktop.base import bulk

    column = list(range(bulk.SLICE_ROWS * 2 + 1))
    assert len(list(bulk.slices(column))) == 3
    with pytest.raises(RuntimeError), bulk.whole_columns():
        assert list(bulk.slices(column)) == [column]
        assert bulk.first_seen([1, 2, 1] * 50_000, list(range(150_000))) == {1: 0, 2: 1}
        raise RuntimeError
    assert len(list(bulk.slices(column))) == 3  # the window's slices again
