"""A campaign killed while answers are lost, resumed across Vietnam's midnight and a day later.

The loopback simulator blocks a repeated RequestId only within the Vietnam
calendar day (the stricter reading of eSMS's documentation), so a retry with
the same RequestId after midnight would be delivered twice; and it lists a
message in its records (``GetSmsSentData_V2``) only ``records_lag`` after taking
it, so "not on record" soon after a send proves nothing. The real command line
runs in a subprocess whose clock is moved with the simulator's.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import time
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
from engine_helpers import ORDER, fast_home, kill_when, order_list, phones
from engine_helpers import cli as run_cli

from esms_desktop.base.vntime import CLOCK_OFFSET_ENV, VIETNAM
from esms_desktop.simulator import (
    DEMO_CSKH_BRAND,
    EsmsSimulator,
    FaultPlan,
    SimulatorServer,
    demo_account,
)
from esms_desktop.simulator.server import _Handler

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

#: 23:57 Vietnam time on an ordinary day.
BEFORE_MIDNIGHT = dt.datetime(2026, 11, 27, 23, 57, tzinfo=VIETNAM).timestamp()


class Clock:
    """The shared clock of the simulator and the app: real time plus an offset."""

    def __init__(self, start: float) -> None:
        self.offset = start - time.time()

    def __call__(self) -> float:
        return time.time() + self.offset

    def move(self, seconds: float) -> None:
        self.offset += seconds


def cli(
    server: SimulatorServer, home: Path, clock: Clock, *args: str, behind: float = 0.0
) -> subprocess.Popen[str]:
    """The command line with its clock where the simulator's is (or ``behind`` it)."""
    offset = repr(clock.offset - behind)
    return run_cli(server.base_url, home, *args, env={CLOCK_OFFSET_ENV: offset})


#: The endpoints that send (their answers are the ones lost below).
SEND_PATHS = ("SendMultipleMessage_V4_post_json", "SendMultipleSMSBrandname_json")


class _AnswersLost(_Handler):
    """eSMS processes every send, and its answer never arrives (the line drops)."""

    def _reply(self, status: int, body: bytes, content_type: str) -> None:
        if any(p in self.path for p in SEND_PATHS):
            self._cut()
        else:
            super()._reply(status, body, content_type)


def send_command(
    server: SimulatorServer, home: Path, clock: Clock, path: Path, behind: float = 0.0
) -> subprocess.Popen[str]:
    return cli(
        server,
        home,
        clock,
        "send",
        str(path),
        "--channel",
        "cskh",
        "--brandname",
        DEMO_CSKH_BRAND,
        "--content",
        ORDER,
        "--yes",
        behind=behind,
    )


def customers(tmp_path: Path, numbers: list[str]) -> tuple[Path, Path]:
    return order_list(tmp_path, numbers), fast_home(tmp_path)


def assert_exactly_once(sim: EsmsSimulator, numbers: list[str]) -> None:
    counts = Counter(sim.accepted_phones())
    assert set(counts) == set(numbers), set(numbers) ^ set(counts)
    assert max(counts.values()) == 1, [p for p, n in counts.items() if n > 1]


@pytest.mark.slow
def test_every_answer_lost_records_lagging_20_minutes_resumed_after_midnight(
    tmp_path: Path,
) -> None:
    """Issue 21's done-when: killed while no answer arrives, eSMS's records 20 min late.

    10 minutes later (after midnight: the RequestIds no longer block a repeat) the
    doubtful messages are not in eSMS's records yet. Resending them would send
    them twice: the resume sends the rest, says until when it waits, and stops.
    45 minutes after the kill a resume settles everything from the records.
    """
    numbers = phones(150)
    path, home = customers(tmp_path, numbers)
    clock = Clock(BEFORE_MIDNIGHT)
    sim = EsmsSimulator(
        [demo_account(Decimal(100_000_000))],
        clock=clock,
        request_id_window="day",
        records_lag=20 * 60,
    )
    with SimulatorServer(sim, FaultPlan(latency=0.004)) as server:
        server.RequestHandlerClass = _AnswersLost
        send = send_command(server, home, clock, path)
        assert kill_when(send, sim, 20), "the send finished before it could be killed"
    sent_before = Counter(sim.accepted_phones())
    assert 0 < len(sent_before) < len(numbers)
    assert max(sent_before.values()) == 1

    clock.move(10 * 60)  # 00:07: past midnight, eSMS's records still 10 minutes behind
    with SimulatorServer(sim, FaultPlan()) as server:
        resume = cli(server, home, clock, "resume")
        out, err = resume.communicate(timeout=180)
    assert resume.returncode == 1, out + err  # not done yet: it says so and ends
    counts = Counter(sim.accepted_phones())
    assert max(counts.values()) == 1, [p for p, n in counts.items() if n > 1]
    # Everything never attempted went; only requests in flight at the kill may be left.
    assert len(set(numbers) - set(counts)) <= 6
    assert "Waiting for eSMS's records until 00:" in out, out
    assert "esms-desktop resume 1" in out, out
    assert "Traceback" not in out + err

    clock.move(35 * 60)  # 45 minutes after the kill
    with SimulatorServer(sim, FaultPlan()) as server:
        final = cli(server, home, clock, "resume")
        out, err = final.communicate(timeout=180)
    assert final.returncode == 0, out + err
    assert_exactly_once(sim, numbers)
    assert "0 unknown - done" in out, out


@pytest.mark.slow
def test_a_computer_clock_10_minutes_behind_esms_resumes_after_esms_midnight_exactly_once(
    tmp_path: Path,
) -> None:
    """eSMS's day decides, read from the Date of its answers.

    Killed at eSMS's 23:57 (23:47 here) while no answer arrives; resumed at eSMS's
    00:02, which is 23:52 here: within the day by this computer's clock, past it by
    eSMS's. A retry with the same RequestId would be delivered twice (a money audit saw
    3 of 200 charged twice): the doubtful ones wait for eSMS's records instead.
    """
    behind = 10 * 60
    numbers = phones(150)
    path, home = customers(tmp_path, numbers)
    clock = Clock(BEFORE_MIDNIGHT)
    sim = EsmsSimulator([demo_account(Decimal(100_000_000))], clock=clock, request_id_window="day")
    with SimulatorServer(sim, FaultPlan(latency=0.004)) as server:
        server.RequestHandlerClass = _AnswersLost
        send = send_command(server, home, clock, path, behind=behind)
        assert kill_when(send, sim, 5), "the send finished before it could be killed"
    assert max(Counter(sim.accepted_phones()).values()) == 1

    clock.move(BEFORE_MIDNIGHT + 5 * 60 - clock())  # eSMS 00:02, here 23:52
    with SimulatorServer(sim, FaultPlan()) as server:
        resume = cli(server, home, clock, "resume", behind=behind)
        out, err = resume.communicate(timeout=180)
    counts = Counter(sim.accepted_phones())
    assert max(counts.values()) == 1, [p for p, n in counts.items() if n > 1]
    assert resume.returncode == 1 and "Waiting for eSMS's records" in out, out + err

    clock.move(45 * 60)
    with SimulatorServer(sim, FaultPlan()) as server:
        final = cli(server, home, clock, "resume", behind=behind)
        out, err = final.communicate(timeout=180)
    assert final.returncode == 0, out + err
    assert_exactly_once(sim, numbers)


@pytest.mark.slow
@pytest.mark.parametrize("later", [10 * 60, 25 * 3600], ids=["10-minutes", "25-hours"])
def test_killed_before_midnight_resumed_after_exactly_once(tmp_path: Path, later: int) -> None:
    numbers = phones(150)
    path, home = customers(tmp_path, numbers)
    clock = Clock(BEFORE_MIDNIGHT)
    sim = EsmsSimulator([demo_account(Decimal(100_000_000))], clock=clock, request_id_window="day")
    # A third of the answers are lost after eSMS processed the request.
    faults = FaultPlan(cut_after=0.35, latency=0.004, seed=11)
    with SimulatorServer(sim, faults) as server:
        send = cli(
            server,
            home,
            clock,
            "send",
            str(path),
            "--channel",
            "cskh",
            "--brandname",
            DEMO_CSKH_BRAND,
            "--content",
            ORDER,
            "--yes",
        )
        assert kill_when(send, sim, 60), "the send finished before it could be killed"
    before = len(sim.accepted)
    clock.move(later)
    # The same eSMS (same records and RequestIds), now answering every request.
    with SimulatorServer(sim, FaultPlan()) as server:
        resume = cli(server, home, clock, "resume")
        out, err = resume.communicate(timeout=180)
        if later < sim.records_lag + 30 * 60:
            # eSMS's records of the doubtful ones cannot be believed yet: nothing of them
            # is sent; the resume says until when, and a later one settles them.
            assert resume.returncode == 1 and "Waiting for eSMS's records" in out, out + err
            assert max(Counter(sim.accepted_phones()).values()) == 1
            clock.move(30 * 60)
            resume = cli(server, home, clock, "resume")
            out, err = resume.communicate(timeout=180)
    assert resume.returncode == 0, out + err
    assert "--resend-unknown" not in out
    counts = Counter(sim.accepted_phones())
    assert set(counts) == set(numbers), set(numbers) ^ set(counts)
    assert max(counts.values()) == 1, [p for p, n in counts.items() if n > 1]
    assert 0 < before < len(numbers)
