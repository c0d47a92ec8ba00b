"""Dates in cells, read the Vietnamese way (day first) however they were typed or stored.

A cell that cannot be read for certain is refused with the reason, never
guessed. Used by per-row send times, segments and consent dates.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import Enum

from esms_desktop.base.texts import Words, words


class DateProblem(Enum):
    """Why a date cell gives no send time."""

    EMPTY = "empty"
    #: Text that is not a date in any form we read.
    UNREADABLE = "unreadable"
    #: A day or month that does not exist (31/02, 13/13...).
    IMPOSSIBLE = "impossible"
    #: A bare number (Excel shows a date as a number when the column is not a date).
    NUMBER = "number"
    #: Day and month without a year: fine for a birthday, not for an appointment.
    NO_YEAR = "no_year"
    #: Written month first (11/28/2026): which is the day is not guessed at.
    AMBIGUOUS = "ambiguous"


#: The reasons, in plain words, with what to do.
DATE_REASONS: dict[DateProblem, Words] = {
    DateProblem.EMPTY: words("importing.date_empty"),
    DateProblem.UNREADABLE: words("importing.date_unreadable"),
    DateProblem.IMPOSSIBLE: words("importing.date_impossible"),
    DateProblem.NUMBER: words("importing.date_number"),
    DateProblem.NO_YEAR: words("importing.date_no_year"),
    DateProblem.AMBIGUOUS: words("importing.date_ambiguous"),
}

_TIME = r"(?:[ T]+(?P<h>\d{1,2})[:hg](?P<mi>\d{2})?(?::(?P<s>\d{2}))?\s*(?P<ap>am|pm|sa|ch)?)?"
_DAY_FIRST = re.compile(
    r"^(?P<d>\d{1,2})[/.\-](?P<m>\d{1,2})(?:[/.\-](?P<y>\d{2}|\d{4}))?" + _TIME + r"$",
    re.IGNORECASE,
)
_YEAR_FIRST = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})" + _TIME + r"$")


@dataclass(frozen=True, slots=True)
class CellDate:
    """A date read from a cell; ``year`` 0 when the cell gave none (birthdays)."""

    year: int
    month: int
    day: int
    #: The time written in the cell, if any.
    time: dt.time | None = None


def read_date(value: object, *, year_needed: bool = True) -> CellDate | DateProblem:
    """One cell as a date, or the reason it is not one."""
    if value is None or isinstance(value, dt.date | int | float):
        return _stored_date(value)
    text = str(value).strip()
    if not text:
        return DateProblem.EMPTY
    found = _YEAR_FIRST.match(text) or _DAY_FIRST.match(text)
    if found is None:
        return DateProblem.NUMBER if text.replace(".", "", 1).isdigit() else DateProblem.UNREADABLE
    return _written_date(found, year_needed)


def _stored_date(value: dt.date | float | None) -> CellDate | DateProblem:
    """A cell the spreadsheet stored as a date, a number or nothing."""
    if value is None:
        return DateProblem.EMPTY
    if isinstance(value, dt.datetime):
        shown = value.time() if value.time() != dt.time(0) else None
        return CellDate(value.year, value.month, value.day, shown)
    if isinstance(value, dt.date):
        return CellDate(value.year, value.month, value.day)
    if isinstance(value, bool):
        return DateProblem.UNREADABLE
    return DateProblem.NUMBER


def _written_date(found: re.Match[str], year_needed: bool) -> CellDate | DateProblem:
    """A date written as text, as :data:`_DAY_FIRST` or :data:`_YEAR_FIRST` found it."""
    parts = found.groupdict()
    day, month = int(parts["d"]), int(parts["m"])
    year = int(parts["y"]) if parts["y"] else 0
    if day <= 12 < month <= 31:
        return DateProblem.AMBIGUOUS
    if parts["y"] and len(parts["y"]) == 2:
        year += 2000
    if not year and year_needed:
        return DateProblem.NO_YEAR
    clock = _time_of(parts)
    if isinstance(clock, DateProblem):
        return clock
    try:
        dt.date(year or 2000, month, day)  # 2000: a leap year, so 29/02 is a birthday
    except ValueError:
        return DateProblem.IMPOSSIBLE
    return CellDate(year, month, day, clock)


def _time_of(parts: dict[str, str | None]) -> dt.time | DateProblem | None:
    if parts["h"] is None:
        return None
    hour, minute = int(parts["h"]), int(parts["mi"] or 0)
    marker = (parts["ap"] or "").lower()
    if marker in ("pm", "ch") and hour < 12:
        hour += 12
    elif marker in ("am", "sa") and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return DateProblem.IMPOSSIBLE
    return dt.time(hour, minute)
