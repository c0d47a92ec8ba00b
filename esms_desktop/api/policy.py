"""Retry and pacing rules of the HTTP client. Pure, Qt-free, unit-tested.

Retrying a send is safe only because every send carries a RequestId that eSMS
refuses to accept twice (code 124); the client therefore never retries a
request that has none.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from esms_desktop.api.esms_clock import SAME, ClockOffset
from esms_desktop.base.vntime import end_of_vietnam_day

#: The day is taken to end this much early: our clock and eSMS's may differ.
RETRY_MARGIN = 5 * 60
#: eSMS blocks a RequestId for at most this long (the "24h" reading).
REQUEST_ID_SECONDS = 24 * 3600


def retry_allowed(
    first_attempt_at: float | None,
    now: float,
    esms_clock: ClockOffset | None = SAME,
    at_attempt: ClockOffset | None = None,
) -> bool:
    """May a request first sent at ``first_attempt_at`` be sent again with the same RequestId?

    eSMS's documentation gives a RequestId's block two lifetimes: "trong ngày" (the
    Vietnam calendar day; customer-care page) and "24h" (other pages). A repeat is safe
    only while both readings agree eSMS still blocks it, less :data:`RETRY_MARGIN`;
    after that a repeat could be delivered a second time.

    Both times are this computer's; the day is eSMS's, so they are moved to eSMS's clock
    (measured from its answers: :mod:`api.esms_clock`), each to the side that allows
    less: the first attempt as early as it may have arrived, now as late as eSMS may
    already be. ``esms_clock`` is the measure against ``now``'s clock (None: none);
    ``at_attempt`` the one known when the first attempt left, against *that* moment's
    clock: the computer's clock may have been changed in between, and the attempt's time
    was read on the old one.

    * Recorded at the attempt: the attempt is moved by it, now by ``esms_clock``. With
      ``esms_clock`` None (the clock was changed since the last measure, or no answer
      came), now cannot be placed on eSMS's clock: refused (a doubtful request is then
      settled from eSMS's records, which only delays it).
    * Not recorded: both are moved by ``esms_clock`` (SAME when None), as if this
      computer's clock had not been changed since. Only for times read on one steady
      clock (the client's retries within one call); a journaled request without a
      measure is never retried (``sending.settle.may_retry``).
    """
    if first_attempt_at is None:
        return True
    if at_attempt is None:
        at_attempt = esms_clock = esms_clock or SAME
    elif esms_clock is None:
        return False
    arrived = first_attempt_at + at_attempt.low
    until = min(end_of_vietnam_day(arrived), arrived + REQUEST_ID_SECONDS)
    return now + esms_clock.high < until - RETRY_MARGIN


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Bounded exponential backoff with full jitter.

    Attempt ``n`` (1-based) waits a random time in ``[0, min(max_delay,
    base_delay * 2**(n-1))]`` before the next attempt.
    """

    max_attempts: int = 4
    base_delay: float = 0.5
    max_delay: float = 8.0

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        if self.base_delay < 0 or self.max_delay < self.base_delay:
            raise ValueError("delays must satisfy 0 <= base_delay <= max_delay")

    def delay_cap(self, attempt: int) -> float:
        """Longest wait after failed attempt number ``attempt`` (1-based)."""
        return float(min(self.max_delay, self.base_delay * (2 ** (attempt - 1))))

    def delays(self, rng: random.Random | None = None) -> Iterator[float]:
        """The waits between attempts: ``max_attempts - 1`` values."""
        rng = rng or random.Random()
        for attempt in range(1, self.max_attempts):
            yield rng.uniform(0, self.delay_cap(attempt))


NO_RETRY = RetryPolicy(max_attempts=1, base_delay=0.0, max_delay=0.0)


class TokenBucket:
    """At most ``rate`` requests per second on average, bursts of ``burst``.

    Thread-safe. ``acquire`` blocks until a token is free; the clock and the
    sleep are injectable so tests run instantly.
    """

    def __init__(
        self,
        rate: float,
        burst: int = 1,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if rate <= 0:
            raise ValueError("rate must be positive")
        if burst < 1:
            raise ValueError("burst must be at least 1")
        self.rate = rate
        self.burst = burst
        self._clock = clock
        self._sleep = sleep
        self._tokens = float(burst)
        self._stamp = clock()
        self._lock = threading.Lock()

    def _take(self) -> float:
        """Take a token if there is one; else return how long to wait."""
        with self._lock:
            now = self._clock()
            self._tokens = min(self.burst, self._tokens + (now - self._stamp) * self.rate)
            self._stamp = now
            if self._tokens >= 1:
                self._tokens -= 1
                return 0.0
            return (1 - self._tokens) / self.rate

    def acquire(self) -> None:
        while (wait := self._take()) > 0:
            self._sleep(wait)
