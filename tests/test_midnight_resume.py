"""A campaign killed while answers are lost, resumed across Vietnam's midnight and a day later.

The loopback simulator blocks a repeated RequestId only within the Vietnam
calendar day (the stricter reading of eSMS's documentation), so a retry with
the same RequestId after midnight would be delivered twice. The real command
line runs in a subprocess whose clock is moved with the simulator's.
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
from engine_helpers import ORDER, kill_when, phones
from engine_helpers import cli as run_cli
from files import write_text

from esms_desktop.simulator import (
    DEMO_CSKH_BRAND,
    EsmsSimulator,
    FaultPlan,
    SimulatorServer,
    demo_account,
)
from esms_desktop.vntime import CLOCK_OFFSET_ENV, VIETNAM

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


def cli(server: SimulatorServer, home: Path, clock: Clock, *args: str) -> subprocess.Popen[str]:
    """The command line with its clock where the simulator's is."""
    return run_cli(server.base_url, home, *args, env={CLOCK_OFFSET_ENV: repr(clock.offset)})


@pytest.mark.slow
@pytest.mark.parametrize("later", [10 * 60, 25 * 3600], ids=["10-minutes", "25-hours"])
def test_killed_before_midnight_resumed_after_exactly_once(tmp_path: Path, later: int) -> None:
    numbers = phones(150)
    rows = [["Tên", "Số điện thoại", "Mã đơn"]] + [
        [f"Khach {i}", p, f"DH{i}"] for i, p in enumerate(numbers)
    ]
    path = write_text(tmp_path / "customers.csv", rows)
    home = tmp_path / "home"
    home.mkdir()
    (home / "settings.json").write_text('{"requests_per_second": 50, "max_in_flight": 6}')
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
    assert resume.returncode == 0, out + err
    assert "--resend-unknown" not in out
    counts = Counter(sim.accepted_phones())
    assert set(counts) == set(numbers), set(numbers) ^ set(counts)
    assert max(counts.values()) == 1, [p for p, n in counts.items() if n > 1]
    assert 0 < before < len(numbers)
