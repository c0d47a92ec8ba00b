"""eSMS's clock as this computer sees it, measured from the ``Date`` of its answers.

eSMS blocks a repeated RequestId within *its* day (see :func:`api.policy.retry_allowed`):
a computer whose clock is 10 minutes behind would retry just after eSMS's midnight,
and the repeat would be delivered and paid twice. Every HTTP answer carries the
server's time in its ``Date`` header (RFC 9110, 6.6.1: an origin server with a clock
must send it), to the second. An answer asked at ``sent`` and heard at ``heard`` (this
computer's clock) was dated by eSMS in between, so eSMS's clock minus ours lies in
``[date - heard, date + 1 - sent]``: :class:`ClockOffset`.

Only answers that read as eSMS's JSON are measured: a Wi-Fi sign-in page or a proxy's
error page carries the time of another machine. A measure holds only for the clock it was
taken against: when this computer's clock is changed (set by hand, or synced with a jump)
the kept measure is dropped, found by comparing the clock's steps with ``time.monotonic``,
which no setting of the clock moves. Qt-free, thread-safe.
"""

from __future__ import annotations

import email.utils
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from esms_desktop.base.vntime import now

#: An answer that took longer than this measures too loosely to be worth keeping.
LOOSE_SECONDS = 30.0
#: The latest answer replaces the kept measure unless it is looser by more than this
#: (a slow answer among quick ones).
LOOSER_BY = 1.0
#: A sample is believed this long; then the next answer's replaces it even if looser
#: (clocks drift, and a computer's clock is set while the app runs).
FRESH_SECONDS = 600.0
#: This computer's clock moved this much more or less than the time that passed since a
#: measure: it was changed, and the measure is dropped. Small drifts (a clock slewed by its
#: time service, a few seconds an hour at most) stay below it; a change this small shifts
#: the measure by less than a loose answer may, well within ``policy.RETRY_MARGIN``.
JUMP_SECONDS = LOOSE_SECONDS


@dataclass(frozen=True, slots=True)
class ClockOffset:
    """eSMS's clock minus this computer's, in seconds: somewhere in ``[low, high]``."""

    low: float
    high: float

    @property
    def middle(self) -> float:
        return (self.low + self.high) / 2


#: Not measured: the clocks are taken to agree (the margin of ``retry_allowed`` is all
#: there is for a difference).
SAME = ClockOffset(0.0, 0.0)


def offset_from(date_header: str | None, sent: float, heard: float) -> ClockOffset | None:
    """The offset one answer shows, or None when its ``Date`` is missing or unreadable."""
    if not date_header or heard < sent:
        return None
    try:
        dated = email.utils.parsedate_to_datetime(date_header)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if dated.tzinfo is None:  # "-0000": a time of unknown zone, not eSMS's
        return None
    try:
        at = dated.timestamp()
    except (OverflowError, OSError, ValueError):
        return None
    return ClockOffset(at - heard, at + 1.0 - sent)


class EsmsClock:
    """The latest good measure of eSMS's clock against ours (None until an answer came).

    ``clock`` is the clock the measures are against (the app's: the one ``sent`` and
    ``heard`` are read on); ``monotonic`` tells how much time really passed.
    """

    def __init__(
        self,
        clock: Callable[[], float] = now,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._lock = threading.Lock()
        self._clock = clock
        self._monotonic = monotonic
        self._offset: ClockOffset | None = None
        self._measured_at = 0.0
        #: ``clock`` and ``monotonic`` when the kept measure was taken.
        self._kept_at = (0.0, 0.0)

    def observe(self, date_header: str | None, sent: float, heard: float) -> None:
        """Take the ``Date`` of an eSMS answer asked at ``sent`` and heard at ``heard``."""
        found = offset_from(date_header, sent, heard)
        if found is None or found.high - found.low > LOOSE_SECONDS:
            return
        with self._lock:
            kept = self._current()
            if (
                kept is None
                or heard - self._measured_at > FRESH_SECONDS
                or heard < self._measured_at  # this computer's clock was set back
                or found.high - found.low <= kept.high - kept.low + LOOSER_BY
            ):
                self._offset = found
                self._measured_at = heard
                self._kept_at = (self._clock(), self._monotonic())

    def _current(self) -> ClockOffset | None:
        """The kept measure, dropped first if this computer's clock was changed since."""
        if self._offset is not None:
            wall, steady = self._kept_at
            moved = (self._clock() - wall) - (self._monotonic() - steady)
            if abs(moved) > JUMP_SECONDS:
                self._offset = None
        return self._offset

    @property
    def offset(self) -> ClockOffset | None:
        """The measure, or None: nothing measured yet, or this computer's clock was changed
        since (until the next answer measures it again)."""
        with self._lock:
            return self._current()


#: How far this computer's clock may be off eSMS's before the rules counted on it are not
#: trusted: Decree 91's advertising hours and its 3 messages a day to a number (counted
#: from the journal's times, written by this clock), and the 24-hour repeat guard.
CLOCK_OFF_LIMIT = 300.0


def clock_off(offset: ClockOffset | None) -> float | None:
    """Seconds this computer's clock is surely ahead of eSMS's (negative: behind) when that
    is more than :data:`CLOCK_OFF_LIMIT`; None when within it or not measured."""
    if offset is None:
        return None
    if offset.high < -CLOCK_OFF_LIMIT:
        return -offset.high
    if offset.low > CLOCK_OFF_LIMIT:
        return -offset.low
    return None


def ahead_of_esms(offset: ClockOffset | None) -> float:
    """Seconds this computer's clock is surely ahead of eSMS's, when :func:`clock_off`
    says it is off; else 0. A look back in the journal's times (the 24-hour repeat guard)
    reaches that much further: the times this clock wrote while it was right look that
    much older (set forward a day, what was sent a minute ago looked a day old)."""
    off = clock_off(offset)
    return off if off is not None and off > 0 else 0.0


__all__ = [
    "CLOCK_OFF_LIMIT",
    "JUMP_SECONDS",
    "SAME",
    "ClockOffset",
    "EsmsClock",
    "ahead_of_esms",
    "clock_off",
    "offset_from",
]
