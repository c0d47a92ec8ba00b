from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from esms_desktop.api.policy import RetryPolicy, TokenBucket


@given(
    st.integers(1, 10),
    st.floats(0, 5, allow_nan=False),
    st.floats(0, 60, allow_nan=False),
    st.integers(0, 2**32),
)
def test_retry_delays_are_bounded(attempts: int, base: float, extra: float, seed: int) -> None:
    policy = RetryPolicy(attempts, base, base + extra)
    delays = list(policy.delays(random.Random(seed)))
    assert len(delays) == attempts - 1
    for i, delay in enumerate(delays, start=1):
        assert 0 <= delay <= policy.delay_cap(i) <= policy.max_delay


def test_retry_caps_grow_exponentially_then_stop() -> None:
    policy = RetryPolicy(6, 0.5, 3.0)
    assert [policy.delay_cap(n) for n in range(1, 6)] == [0.5, 1.0, 2.0, 3.0, 3.0]


def test_bad_policy_is_refused() -> None:
    with pytest.raises(ValueError):
        RetryPolicy(0)
    with pytest.raises(ValueError):
        RetryPolicy(3, 2.0, 1.0)


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def test_token_bucket_paces_to_the_rate() -> None:
    clock = FakeClock()
    bucket = TokenBucket(rate=4, burst=2, clock=clock, sleep=clock.sleep)
    for _ in range(10):
        bucket.acquire()
    # 2 free (burst), then 8 more at 4 per second = 2 seconds.
    assert clock.now == pytest.approx(2.0)


def test_token_bucket_refills_while_idle() -> None:
    clock = FakeClock()
    bucket = TokenBucket(rate=1, burst=3, clock=clock, sleep=clock.sleep)
    for _ in range(3):
        bucket.acquire()
    clock.now += 100
    for _ in range(3):
        bucket.acquire()
    assert clock.slept == []
