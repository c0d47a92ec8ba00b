"""The fast, column-wise paths give what the one-row paths give, on generated values."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from esms_desktop.content import parse_content
from esms_desktop.importing.columns import ColumnMapping
from esms_desktop.importing.reader import Table
from esms_desktop.recipients import build_recipients
from esms_desktop.sms_text import measure, parts_of_texts

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


@settings(max_examples=200)
@given(
    st.lists(st.tuples(_CELL, _CELL), min_size=1, max_size=20),
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
