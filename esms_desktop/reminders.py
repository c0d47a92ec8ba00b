"""Each customer's own send time, from a date column of the file: reminders and birthdays.

Two rules: "N days before the date, at HH:MM" (appointments) and "on the day,
every year, at HH:MM" (birthdays: the next occurrence; 29 February falls on 28
February in other years). Dates are read the Vietnamese way (day first) however
they were typed or stored; a cell that cannot be read for certain is refused
with the reason, never guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import Enum

from esms_desktop.vntime import VIETNAM

#: How far ahead a message may be scheduled unless the settings say otherwise
#: (``max_schedule_days``). eSMS's pages give no limit; a conservative one stops a
#: mistyped year (2062 for 2026, 9999-12-31) from being scheduled.
MAX_SCHEDULE_DAYS = 60


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


#: The reasons, in plain words (Vietnamese, English), with what to do.
DATE_REASONS: dict[DateProblem, tuple[str, str]] = {
    DateProblem.EMPTY: ("ô ngày trống", "the date cell is empty"),
    DateProblem.UNREADABLE: (
        "không đọc được ngày: gõ theo dạng ngày/tháng/năm, ví dụ 28/11/2026",
        "the date cannot be read: type it as day/month/year, for example 28/11/2026",
    ),
    DateProblem.IMPOSSIBLE: (
        "ngày không có thật (ví dụ 31/02): kiểm tra lại ngày đã gõ",
        "the date does not exist (31/02, say): check the date typed",
    ),
    DateProblem.NUMBER: (
        "ô chứa một con số, không phải ngày: định dạng cột là Ngày (Date) rồi gõ lại",
        "the cell holds a number, not a date: format the column as Date and type it again",
    ),
    DateProblem.NO_YEAR: (
        "ngày thiếu năm: lịch hẹn cần đủ ngày/tháng/năm",
        "the date has no year: an appointment needs day/month/year",
    ),
    DateProblem.AMBIGUOUS: (
        "ngày có vẻ được gõ tháng trước (11/28/2026): gõ theo dạng ngày/tháng/năm (28/11/2026)",
        "the date looks written month first (11/28/2026): type day/month/year (28/11/2026)",
    ),
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
    if value is None:
        return DateProblem.EMPTY
    if isinstance(value, dt.datetime):
        shown = value.time() if value.time() != dt.time(0) else None
        return CellDate(value.year, value.month, value.day, shown)
    if isinstance(value, dt.date):
        return CellDate(value.year, value.month, value.day)
    if isinstance(value, bool):
        return DateProblem.UNREADABLE
    if isinstance(value, int | float):
        return DateProblem.NUMBER
    text = str(value).strip()
    if not text:
        return DateProblem.EMPTY
    found = _YEAR_FIRST.match(text) or _DAY_FIRST.match(text)
    if found is None:
        return DateProblem.NUMBER if text.replace(".", "", 1).isdigit() else DateProblem.UNREADABLE
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


@dataclass(frozen=True)
class ReminderRule:
    """How a row's date becomes its send time."""

    column: str
    #: Send this many days before the date (appointments); None with ``yearly``.
    days_before: int | None = None
    #: Send on the date's day and month, the next time it comes (birthdays).
    yearly: bool = False
    at: dt.time = dt.time(9, 0)

    def __post_init__(self) -> None:
        if self.yearly == (self.days_before is not None):
            raise ValueError("choose either days before the date or every year")
        if self.days_before is not None and not 0 <= self.days_before <= 365:
            raise ValueError("days before must be between 0 and 365")

    def send_time(self, date: CellDate, now: dt.datetime) -> dt.datetime:
        """The send time for ``date`` (Vietnam time), by this rule."""
        if self.days_before is not None:
            day = dt.date(date.year, date.month, date.day) - dt.timedelta(days=self.days_before)
            return dt.datetime.combine(day, self.at, VIETNAM)
        today = now.astimezone(VIETNAM)
        for year in (today.year, today.year + 1):
            when = dt.datetime.combine(_on(year, date.month, date.day), self.at, VIETNAM)
            if when > today:
                return when
        raise AssertionError("a date comes round within two years")

    def describe(self, lang: str) -> str:
        at = self.at.strftime("%H:%M")
        if self.yearly:
            return (
                f"on the day of '{self.column}', every year, at {at}"
                if lang == "en"
                else f"đúng ngày trong cột '{self.column}' hằng năm, lúc {at}"
            )
        days = "1 day" if self.days_before == 1 else f"{self.days_before} days"
        return (
            f"{days} before '{self.column}', at {at}"
            if lang == "en"
            else f"{self.days_before} ngày trước ngày trong cột '{self.column}', lúc {at}"
        )


def _on(year: int, month: int, day: int) -> dt.date:
    """The day in ``year``; 29 February is 28 February in a year without it."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return dt.date(year, 2, 28)


def parse_at(text: str) -> dt.time:
    """``HH:MM`` (24-hour) as a time; ValueError with a plain message otherwise."""
    found = re.fullmatch(r"\s*(\d{1,2})[:h](\d{2})\s*", text)
    if found is None or int(found[1]) > 23 or int(found[2]) > 59:
        raise ValueError(f"not a time of day: {text!r} (use HH:MM, for example 09:00)")
    return dt.time(int(found[1]), int(found[2]))
