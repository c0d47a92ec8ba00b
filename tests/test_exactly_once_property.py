"""Property: whatever goes wrong, and however often the app dies, each message arrives once.

Random fault mixes (lost answers, refused connections, HTTP 500, garbage), random
parallelism, a balance that runs out halfway, and a crash at a random request
(the process "dies" with requests in flight). Then the app is started again and
resumes, until everything is sent. The simulator's record must hold every
number exactly once.
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from pathlib import Path

import httpx
from engine_helpers import campaign, phones
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from esms_desktop.api.client import EsmsClient
from esms_desktop.api.credentials import Credentials
from esms_desktop.api.policy import RetryPolicy
from esms_desktop.journal import Journal
from esms_desktop.sending import Sender
from esms_desktop.simulator import (
    DEMO_API_KEY,
    DEMO_SECRET_KEY,
    EsmsSimulator,
    FaultPlan,
    SimulatorTransport,
    demo_account,
)


class Crash(BaseException):
    """The process dies: not an error anything may catch."""


class CrashingTransport(httpx.BaseTransport):
    def __init__(self, inner: SimulatorTransport, crash_at: int | None) -> None:
        self.inner, self.crash_at, self.calls = inner, crash_at, 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        if self.crash_at is not None and self.calls == self.crash_at:
            self.inner.handle_request(request)  # it arrived; the answer dies with the process
            raise Crash
        return self.inner.handle_request(request)


probability = st.floats(0, 0.25)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    cut_after=probability, cut_before=probability, http_500=probability, garbage=probability,
    in_flight=st.integers(1, 4), crash_at=st.none() | st.integers(1, 60),
    affordable=st.integers(5, 60), seed=st.integers(0, 10_000),
)  # fmt: skip
def test_each_message_arrives_exactly_once(
    tmp_path_factory, cut_after: float, cut_before: float, http_500: float, garbage: float,
    in_flight: int, crash_at: int | None, affordable: int, seed: int,
) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    folder: Path = tmp_path_factory.mktemp("prop")
    sim = EsmsSimulator([demo_account(Decimal(850 * affordable))])
    numbers = phones(40)
    journal = Journal(folder / "journal.sqlite3")
    planner = EsmsClient(Credentials(DEMO_API_KEY, DEMO_SECRET_KEY),
                         transport=SimulatorTransport(EsmsSimulator()))  # fmt: skip
    cid = campaign(folder, journal, planner, numbers, "fixed")
    plan = FaultPlan(cut_before, cut_after, http_500, garbage, seed=seed)
    for run in range(12):
        transport = CrashingTransport(SimulatorTransport(sim, plan), crash_at if run == 0 else None)
        client = EsmsClient(Credentials(DEMO_API_KEY, DEMO_SECRET_KEY), transport=transport,
                            retry=RetryPolicy(3, 0, 0), sleep=lambda _s: None)  # fmt: skip
        sender = Sender(journal, client, cid, max_in_flight=in_flight,
                        network_backoff=lambda _n: 0.0, sleep=lambda _s: None)  # fmt: skip
        try:
            outcome = sender.run()
        except Crash:
            journal.close()
            journal = Journal(folder / "journal.sqlite3")  # the app starts again
            continue
        if outcome.complete:
            break
        if outcome.code == "103":
            sim.account(DEMO_API_KEY).balance += Decimal(850 * 100)  # the shop tops up
    counts = Counter(sim.accepted_phones())
    # Never twice, whatever the faults.
    assert all(n == 1 for n in counts.values()), [p for p, n in counts.items() if n > 1]
    assert set(counts) <= set(numbers), set(counts) - set(numbers)
    if cut_after + cut_before + http_500 + garbage <= 0.5:
        # Never lost: every number arrives once most answers get through. (With nearly
        # every request meeting a fault, 12 runs of 3 attempts may not be enough: the
        # rest waits for eSMS's records, after the records grace, and no run of this
        # test lasts that long. Hypothesis found 0.94 in all, which the earlier bound of
        # 0.99 let through.)
        assert set(counts) == set(numbers), set(numbers) ^ set(counts)
    journal.close()
