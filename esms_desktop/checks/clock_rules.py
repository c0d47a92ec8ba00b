"""This computer's clock against eSMS's, where the rules of a campaign are counted on it.

Decree 91's advertising hours and its 3 advertising messages a day to a number are
judged by this computer's clock, and so are the journal's times they are counted from
(a clock set forward a day since the last advertising makes it look a day old: a fourth
message would pass). When eSMS's answers show the clock off by more than
:data:`~esms_desktop.api.esms_clock.CLOCK_OFF_LIMIT`, advertising is blocked until it is
set right; other campaigns are warned (send times and the 24-hour repeat guard). Not
measured (no account at hand): nothing is said, as before. The sender looks again
before advertising leaves (``sending.batches``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from esms_desktop.api.esms_clock import ahead_of_esms, clock_off
from esms_desktop.base.texts import Words, words
from esms_desktop.checks.problems import Severity
from esms_desktop.checks.result import CheckReport

if TYPE_CHECKING:
    from esms_desktop.api.client import EsmsClient

__all__ = ["REPEAT_SECONDS", "clock_check", "clock_off_words", "repeat_since"]

#: No number gets the same text twice within this long (the 24-hour repeat rule).
REPEAT_SECONDS = 24 * 3600


def repeat_since(now: float, client: EsmsClient | None) -> float:
    """Where the 24-hour repeat guard's look back in the journal starts: 24 hours before
    ``now``, and further by as much as this computer's clock is surely ahead of eSMS's
    (measured by ``client``'s answers): set forward a day, what it journaled while right
    looks a day older (the check and the campaign's writing both look from here)."""
    ahead = ahead_of_esms(client.esms_clock.offset) if client is not None else 0.0
    return now - REPEAT_SECONDS - ahead


def clock_off_words(seconds: float) -> Words:
    """ "This computer's clock is N minutes ahead of (behind) eSMS's." ``seconds`` as
    :func:`~esms_desktop.api.esms_clock.clock_off` gives it."""
    minutes = max(1, round(abs(seconds) / 60))
    key = "checks.clock_off.ahead" if seconds > 0 else "checks.clock_off.behind"
    return words(key, minutes=minutes)


def clock_check(report: CheckReport, client: EsmsClient | None) -> None:
    """Block advertising (warn otherwise) while this computer's clock is off eSMS's."""
    seconds = clock_off(client.esms_clock.offset) if client is not None else None
    if seconds is None:
        return
    if report.spec.channel.is_advertising:
        reason = words("checks.clock_off.advertising", off=clock_off_words(seconds))
        report.add("clock_off", Severity.BLOCKING, reason)
    else:
        reason = words("checks.clock_off.other", off=clock_off_words(seconds))
        report.add("clock_off", Severity.WARNING, reason)
