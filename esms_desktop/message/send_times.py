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
from typing import TYPE_CHECKING

from esms_desktop.base.texts import Words, words
from esms_desktop.base.vntime import VIETNAM

if TYPE_CHECKING:
    from esms_desktop.importing.dates import CellDate

#: How far ahead a message may be scheduled unless the settings say otherwise
#: (``max_schedule_days``). eSMS's pages give no limit; a conservative one stops a
#: mistyped year (2062 for 2026, 9999-12-31) from being scheduled.
MAX_SCHEDULE_DAYS = 60


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
            raise ValueError(words("message.days_or_yearly"))
        if self.days_before is not None and not 0 <= self.days_before <= 365:
            raise ValueError(words("message.days_before_range"))

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

    def describe(self) -> Words:
        """The rule as the report says it ("2 days before 'Appointment', at 09:00")."""
        at = self.at.strftime("%H:%M")
        if self.yearly:
            return words("message.remind_yearly", column=self.column, at=at)
        if self.days_before == 1:
            return words("message.remind_day_before", column=self.column, at=at)
        return words("message.remind_days_before", days=self.days_before, column=self.column, at=at)


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
        raise ValueError(words("message.not_a_time", text=text))
    return dt.time(int(found[1]), int(found[2]))
