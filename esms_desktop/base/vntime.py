"""Vietnam time, the clock eSMS dates (``SendDate``, ``From``/``To``) are written in.

Vietnam has no daylight saving time; a fixed offset avoids needing tzdata on
Windows.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import time

VIETNAM = dt.timezone(dt.timedelta(hours=7), "ICT")
ESMS_FORMAT = "%Y-%m-%d %H:%M:%S"
#: Seconds added to the system clock by the app's own clock. Only for tests that run
#: the real command line at another hour (a campaign resumed across midnight).
CLOCK_OFFSET_ENV = "ESMS_DESKTOP_TEST_CLOCK_OFFSET"


def now() -> float:
    """The app's clock: the system time, moved by :data:`CLOCK_OFFSET_ENV` in tests."""
    offset = os.environ.get(CLOCK_OFFSET_ENV)
    if not offset:
        return time.time()
    try:
        return time.time() + float(offset)
    except ValueError:
        return time.time()


def to_esms(ts: float) -> str:
    """A Unix time as eSMS writes dates: ``yyyy-mm-dd hh:MM:ss`` in Vietnam time."""
    return dt.datetime.fromtimestamp(ts, VIETNAM).strftime(ESMS_FORMAT)


def from_esms(text: str) -> float:
    """An eSMS date (Vietnam time) as a Unix time; ValueError when malformed."""
    return dt.datetime.strptime(text.strip(), ESMS_FORMAT).replace(tzinfo=VIETNAM).timestamp()


_DOTNET_DATE = re.compile(r"/Date\((-?\d+)([+-]\d{4})?\)/")


def parse_dotnet_date(text: str) -> float | None:
    """``/Date(1705484048995+0700)/`` (milliseconds since 1970 UTC) as a Unix time.

    The offset only says which zone the sender displayed; the number is UTC.
    Also takes eSMS's plain ``yyyy-mm-dd hh:MM:ss`` (Vietnam time). None when unreadable.
    """
    match = _DOTNET_DATE.fullmatch(text.strip())
    if match:
        return int(match.group(1)) / 1000
    try:
        return from_esms(text)
    except ValueError:
        return None


def to_dotnet_date(ts: float) -> str:
    """A Unix time as eSMS writes ``SentTime``: ``/Date(<ms>+0700)/``."""
    return f"/Date({round(ts * 1000)}+0700)/"


def vietnam_time(ts: float) -> dt.datetime:
    """A Unix time as a clock in Vietnam shows it, whatever this computer's time zone:
    every time the user reads is Vietnam time (eSMS's, the reports', the schedules')."""
    return dt.datetime.fromtimestamp(ts, VIETNAM)


def vietnam_day(ts: float) -> dt.date:
    """The Vietnam calendar day of a Unix time."""
    return dt.datetime.fromtimestamp(ts, VIETNAM).date()


def end_of_vietnam_day(ts: float) -> float:
    """The Unix time of the next Vietnam midnight after ``ts``."""
    day = vietnam_day(ts) + dt.timedelta(days=1)
    return dt.datetime.combine(day, dt.time(0), VIETNAM).timestamp()
