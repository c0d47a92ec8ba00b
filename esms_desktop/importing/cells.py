"""A cell's value as the text Excel shows the user: the one rule every reader and check uses."""

from __future__ import annotations

import datetime as dt
import math
import unicodedata
from collections.abc import Callable
from typing import Any


class ShownNumber(float):
    """A number cell of an .xlsx with the number format Excel shows it with
    (``importing.number_styles``): it is the number everywhere (phones, comparisons,
    sums), and :func:`cell_text` gives the text Excel shows ("10%", "1.500.000 đ"),
    worked out when first asked (a column no message uses costs nothing)."""

    __slots__ = ("_shows", "_text")

    def __new__(cls, value: float, shows: Callable[[float], str | None]) -> ShownNumber:
        number = super().__new__(cls, value)
        number._shows = shows
        number._text = None
        return number

    _shows: Callable[[float], str | None]
    _text: str | None

    def __reduce__(self) -> tuple[type[ShownNumber], tuple[float, Callable[[float], str | None]]]:
        """Copied or pickled with its format (float's own way would call ``__new__``
        without it)."""
        return ShownNumber, (float(self), self._shows)

    @property
    def shown(self) -> str:
        """The text Excel shows; the number as it always read where the format shows none."""
        text = self._text
        if text is None:
            value = float(self)
            text = self._text = self._shows(value) or cell_text(value)
        return text


def plain(value: object) -> object:
    """The cell's value as the reader gave it (a :class:`ShownNumber` as a plain float)."""
    return float(value) if type(value) is ShownNumber else value


def cell_text(value: Any) -> str:  # Any: a cast per call costs more than the work
    """A cell as text, the way Excel shows it to the user (NFC)."""
    kind = type(value)
    if kind is str:
        text: str = value
        if text.isascii():
            return text.strip()
        return unicodedata.normalize("NFC", text).strip()
    if value is None:
        return ""
    if kind is float:
        number: float = value
        return str(int(number)) if number.is_integer() and abs(number) < 1e15 else _number(number)
    if kind is ShownNumber:
        return value.shown
    return _other_text(value)


def _number(value: float) -> str:
    """A number with a fraction as Excel shows it: 15 significant digits at most, so
    that 1.1*165000, stored as 181500.00000000003, reaches the customer as 181500."""
    return format(value, ".15g") if math.isfinite(value) else repr(value)


def _duration(value: dt.timedelta) -> str:
    """A duration (a cell formatted [h]:mm) as Excel shows it: hours and minutes, not
    Python's "1 day, 2:00:00"."""
    seconds = round(value.total_seconds())
    sign, seconds = ("-" if seconds < 0 else ""), abs(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{sign}{hours}:{minutes:02d}" + (f":{seconds:02d}" if seconds else "")


def _other_text(value: object) -> str:
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else _number(value)
    if isinstance(value, dt.timedelta):
        return _duration(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.strftime("%d/%m/%Y")
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    return unicodedata.normalize("NFC", str(value)).strip()


def has_data(rows: list[list[object]]) -> bool:
    """True when some cell of ``rows`` shows something."""
    return any(cell_text(c) for row in rows for c in row)
