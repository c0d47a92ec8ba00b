"""Segments: the rows of a list whose own columns match some conditions.

A condition is written ``COLUMN OP VALUE`` (``Nhóm=VIP``, ``Ngày mua cuối<-90d``);
several are combined with AND. Operators: ``=`` ``!=`` ``~`` (contains, ignoring
case and diacritics) ``<`` ``<=`` ``>`` ``>=``. A value that reads as a date
(dd/mm/yyyy, yyyy-mm-dd, or ``-90d`` = 90 days before today, Vietnam time)
compares the cells as dates (an Excel date, or a number Excel shows for one); a
value that reads as a number compares them as numbers; anything else as text.

The same code serves the command line (``--where``) and the window's filter
row. Rows outside the segment are not errors: the checks count them as "not in
this segment" (:mod:`esms_desktop.checks.audience_rules`).
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from esms_desktop.base.texts import Words, words
from esms_desktop.base.typed_words import DAYS, DONG
from esms_desktop.base.vntime import VIETNAM
from esms_desktop.base.vntime import now as app_now
from esms_desktop.importing.columns import normalize_header
from esms_desktop.importing.dates import CellDate, read_date
from esms_desktop.importing.reader import cell_text
from esms_desktop.recipients.recipient_list import Recipient, RecipientList
from esms_desktop.telecom.sms_text import remove_diacritics

__all__ = [
    "OPERATORS",
    "Condition",
    "SegmentError",
    "matching_rows",
    "parse_condition",
    "parse_conditions",
]

#: The operators, two-character ones first so that ``<=`` is not read as ``<``.
OPERATORS = ("<=", ">=", "!=", "=", "~", "<", ">")
_EXPRESSION = re.compile(r"^\s*(?P<column>.+?)\s*(?P<op><=|>=|!=|==|=|~|<|>)\s*(?P<value>.*?)\s*$")
_RELATIVE = re.compile(
    r"^(?P<sign>[+-])\s*(?P<n>\d{1,5})\s*(?P<unit>" + "|".join(DAYS) + ")$", re.IGNORECASE
)
#: Excel counts days from 30/12/1899; numbers in this range read as dates when the
#: value compared with is a date (a CSV export writes a date column that way).
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_EXCEL_DAYS = range(1, 2958466)  # up to 31/12/9999


class SegmentError(ValueError):
    """A condition that cannot be used: ``reason`` says why and how to write it
    (``str(error)`` speaks it in the current language)."""

    def __init__(self, reason: Words) -> None:
        super().__init__(reason)
        self.reason = reason

    def __str__(self) -> str:
        return str(self.reason)


@dataclass(frozen=True)
class Condition:
    """One ``COLUMN OP VALUE``, as the user wrote it, with its column found."""

    column: str
    op: str
    value: str
    #: Where the column is in the list's header.
    index: int

    @property
    def text(self) -> str:
        return f"{self.column}{self.op}{self.value}"


def fold(text: str) -> str:
    """Lowercase, NFC, no diacritics, single spaces: how ``~`` compares text."""
    text = unicodedata.normalize("NFC", text)
    return " ".join(remove_diacritics(text).casefold().split())


def parse_condition(text: str, columns: Sequence[str]) -> Condition:
    """``COLUMN OP VALUE`` against the list's ``columns``; :class:`SegmentError` if unusable."""
    found = _EXPRESSION.match(text or "")
    if found is None or not found["column"].strip():
        raise SegmentError(words("recipients.filter_unreadable", text=text))
    column, op, value = found["column"].strip(), found["op"], _unquoted(found["value"])
    op = "=" if op == "==" else op
    index = column_index(column, columns)
    if op in ("<", "<=", ">", ">=") and _operand(value) is None:
        raise SegmentError(words("recipients.filter_not_comparable", text=text, op=op, value=value))
    if op == "~" and not value:
        raise SegmentError(words("recipients.filter_contains_nothing", text=text))
    return Condition(column, op, value, index)


def _unquoted(value: str) -> str:
    """``"VIP"`` or ``'VIP'`` as VIP: quotes a user typed around the value."""
    value = value.strip()
    for mark in ('"', "'", "\u201c\u201d"):
        first, last = (mark, mark) if len(mark) == 1 else (mark[0], mark[1])
        if len(value) >= 2 and value[0] == first and value[-1] == last:
            return value[1:-1].strip()
    return value


def parse_conditions(texts: Sequence[str], columns: Sequence[str]) -> list[Condition]:
    return [parse_condition(t, columns) for t in texts if t.strip()]


def column_index(column: str, columns: Sequence[str]) -> int:
    """The position of ``column`` in the header (exactly, then loosely); else a plain error
    that names the closest headers."""
    for i, name in enumerate(columns):
        if name == column:
            return i
    key = normalize_header(column)
    for i, name in enumerate(columns):
        if key and normalize_header(name) == key:
            return i
    keys = {normalize_header(c): c for c in columns if c}
    close = [keys[k] for k in difflib.get_close_matches(key, list(keys), n=3, cutoff=0.5)]
    close += [c for c in columns if c and key and key in normalize_header(c) and c not in close]
    hint = words("recipients.did_you_mean", names=", ".join(close[:3])) if close else ""
    shown = ", ".join(c for c in columns if c)
    raise SegmentError(words("recipients.no_such_column", column=column, hint=hint, columns=shown))


# ---------------------------------------------------------------------- values


def _today() -> dt.date:
    return dt.datetime.fromtimestamp(app_now(), VIETNAM).date()


def _date_of(read: CellDate | object) -> dt.date | None:
    if isinstance(read, CellDate) and read.year:
        try:
            return dt.date(read.year, read.month, read.day)
        except ValueError:
            return None
    return None


def _number(text: str) -> Decimal | None:
    """A number as a shop owner types it: 500000, 500.000 or 500,000 (thousands), 4,5."""
    text = text.strip().replace(" ", "").replace("\u00a0", "")
    text = re.sub("(?i)(" + "|".join(DONG) + ")$", "", text)
    if not text or not re.fullmatch(r"[+-]?[\d.,]+", text):
        return None
    if re.fullmatch(r"[+-]?\d{1,3}([.,]\d{3})+", text):
        text = text.replace(".", "").replace(",", "")  # 500.000 or 500,000: thousands
    elif text.count(",") == 1 and "." not in text:
        text = text.replace(",", ".")  # 4,5: the Vietnamese decimal comma
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def _operand(value: str, today: dt.date | None = None) -> dt.date | Decimal | None:
    """What a value written after the operator is: a date, a number, or None (text)."""
    relative = _RELATIVE.match(value.strip())
    if relative:
        days = int(relative["n"]) * (-1 if relative["sign"] == "-" else 1)
        return (today or _today()) + dt.timedelta(days=days)
    date = _date_of(read_date(value))
    if date is not None:
        return date
    return _number(value)


def _cell_date(cell: object) -> dt.date | None:
    if isinstance(cell, bool):
        return None
    if isinstance(cell, int | float):
        if int(cell) in _EXCEL_DAYS:
            return _EXCEL_EPOCH + dt.timedelta(days=int(cell))
        return None
    date = _date_of(read_date(cell))
    if date is None and isinstance(cell, str) and cell.strip().isdigit():
        return _cell_date(int(cell.strip()))
    return date


def _cell_number(cell: object) -> Decimal | None:
    if isinstance(cell, bool):
        return None
    if isinstance(cell, int):
        return Decimal(cell)
    if isinstance(cell, float):
        return Decimal(repr(cell))
    if isinstance(cell, dt.date):
        return None
    return _number(cell_text(cell))


_ORDER = {
    "=": lambda a, b: a == b,
    "!=": lambda a, b: a != b,
    "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b,
    ">": lambda a, b: a > b,
    ">=": lambda a, b: a >= b,
}


def matcher(condition: Condition, today: dt.date | None = None) -> _Match:
    """A test of one row's cell for ``condition`` (the value read once, not per row)."""
    operand = _operand(condition.value, today)
    return _Match(condition, operand)


@dataclass(frozen=True)
class _Match:
    condition: Condition
    operand: dt.date | Decimal | None

    def __call__(self, cell: object) -> bool:
        c, operand = self.condition, self.operand
        if c.op == "~":
            return fold(c.value) in fold(cell_text(cell))
        compare = _ORDER[c.op]
        if isinstance(operand, dt.date):
            day = _cell_date(cell)
            if day is None:  # an empty or unreadable date is in no date range
                return c.op == "!="
            return bool(compare(day, operand))
        if isinstance(operand, Decimal):
            number = _cell_number(cell)
            if number is not None:
                return bool(compare(number, operand))
            if c.op in ("=", "!="):  # a code such as 001 that is also a number
                return bool(compare(_text_key(cell_text(cell)), _text_key(c.value)))
            return False
        return bool(compare(_text_key(cell_text(cell)), _text_key(c.value)))


def _text_key(text: str) -> str:
    """``=`` on text: case and spacing do not matter, diacritics do (Nam is not Nám)."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def matching_rows(
    recipients: RecipientList | Sequence[Recipient],
    conditions: Sequence[Condition],
    today: dt.date | None = None,
) -> set[int]:
    """The spreadsheet row numbers of the rows that meet every condition."""
    rows = recipients.rows if isinstance(recipients, RecipientList) else recipients
    if not conditions:
        return {r.row for r in rows}
    tests = [(c.index, _remembered(matcher(c, today))) for c in conditions]
    out: set[int] = set()
    for r in rows:
        cells = r.cells
        if all(test(cells[i] if i < len(cells) else None) for i, test in tests):
            out.add(r.row)
    return out


def _remembered(test: _Match) -> Callable[[object], bool]:
    """``test`` with each distinct cell worked out once: a list's groups, dates and
    amounts repeat, and reading a date costs a regular expression."""
    seen: dict[tuple[type, object], bool] = {}

    def remembered(cell: object) -> bool:
        key = (type(cell), cell)  # 1 and 1.0 and True are different cells
        try:
            return seen[key]
        except KeyError:
            result = seen[key] = test(cell)
            return result
        except TypeError:  # not hashable: worked out each time
            return test(cell)

    return remembered
