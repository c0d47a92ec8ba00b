"""Vietnam time, the clock eSMS dates (``SendDate``, ``From``/``To``) are written in.

Vietnam has no daylight saving time; a fixed offset avoids needing tzdata on
Windows.
"""

from __future__ import annotations

import datetime as dt

VIETNAM = dt.timezone(dt.timedelta(hours=7), "ICT")
ESMS_FORMAT = "%Y-%m-%d %H:%M:%S"


def to_esms(ts: float) -> str:
    """A Unix time as eSMS writes dates: ``yyyy-mm-dd hh:MM:ss`` in Vietnam time."""
    return dt.datetime.fromtimestamp(ts, VIETNAM).strftime(ESMS_FORMAT)


def from_esms(text: str) -> float:
    """An eSMS date (Vietnam time) as a Unix time; ValueError when malformed."""
    return dt.datetime.strptime(text.strip(), ESMS_FORMAT).replace(tzinfo=VIETNAM).timestamp()
