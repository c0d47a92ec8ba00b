"""An appointment list handed to (simulated) eSMS with each customer's own send time.

The real command line in a child process, against the loopback simulator, with
the app's clock where the simulator's is: every number gets exactly the
``SendDate`` its appointment calls for, rows already past are refused, and a
send killed half-way and resumed sends each number exactly once.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import time
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
from engine_helpers import cli as run_cli
from engine_helpers import kill_when, phones
from files import write_text

from esms_desktop.base.vntime import CLOCK_OFFSET_ENV, VIETNAM
from esms_desktop.simulator import EsmsSimulator, FaultPlan, SimulatorServer, demo_account

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

#: 10:00 Vietnam time: today's 09:00 reminders are already past.
NOW = dt.datetime(2026, 11, 27, 10, 0, tzinfo=VIETNAM)


def _cli(server: SimulatorServer, home: Path, *args: str) -> subprocess.Popen[str]:
    offset = NOW.timestamp() - time.time()
    return run_cli(server.base_url, home, *args, env={CLOCK_OFFSET_ENV: repr(offset)})


def _appointments(tmp_path: Path) -> tuple[Path, dict[str, str], list[str]]:
    """50 rows: appointments from 2 days ago to 3 weeks ahead, written as shops write them.

    Returns the file, each sendable number's expected SendDate, the numbers refused.
    """
    numbers = phones(50, 700_000)
    rows: list[list[object]] = [["Họ tên", "Số điện thoại", "Ngày hẹn"]]
    expected: dict[str, str] = {}
    refused: list[str] = []
    for i, phone in enumerate(numbers):
        day = NOW.date() + dt.timedelta(days=i % 24 - 2)
        forms = [f"{day:%d/%m/%Y}", f"{day.day}/{day.month}/{day:%y}", f"{day:%Y-%m-%d}",
                 f"{day:%d-%m-%Y} 14:30"]  # fmt: skip
        rows.append([f"Chị Hoa {i}", phone, forms[i % len(forms)]])
        send = dt.datetime.combine(day - dt.timedelta(days=1), dt.time(9, 0), VIETNAM)
        if send <= NOW:
            refused.append(phone)
        else:
            expected[phone] = f"{send:%Y-%m-%d %H:%M:%S}"
    return write_text(tmp_path / "lich-hen.csv", rows), expected, refused


@pytest.mark.slow
def test_appointment_reminders_scheduled_per_customer_and_resumed_exactly_once(
    tmp_path: Path,
) -> None:
    path, expected, refused = _appointments(tmp_path)
    assert len(refused) >= 3 and len(expected) >= 40
    home = tmp_path / "home"
    home.mkdir()
    (home / "settings.json").write_text('{"requests_per_second": 50, "max_in_flight": 4}')
    # eSMS's clock where the app's is: it decides whether a send time is gone.
    offset = NOW.timestamp() - time.time()
    sim = EsmsSimulator([demo_account(Decimal(100_000_000))], clock=lambda: time.time() + offset)
    args = (
        "--channel", "fixed", "--content", "Chao {Họ tên}, ban co hen ngay {Ngày hẹn}.",
        "--schedule-column", "Ngày hẹn", "--days-before", "1", "--at", "09:00",
    )  # fmt: skip
    faults = FaultPlan(cut_after=0.3, latency=0.02, seed=5)
    with SimulatorServer(sim, faults) as server:
        checked = _cli(server, home, "check", str(path), *args, "--json")
        out, err = checked.communicate(timeout=60)
        assert checked.returncode == 0, out + err
        report = json.loads(out)
        times = {r["phone"]: r["send_at"] for r in report["ready"] if "send_at" in r}
        assert times, report["problems"]
        assert times == {p: t[:16] for p, t in expected.items()}
        assert sum(report["by_day"].values()) == len(expected)
        send = _cli(server, home, "send", str(path), *args, "--yes")
        assert kill_when(send, sim, 15), "the send finished before it could be killed"
    assert 0 < len(sim.accepted) < len(expected)
    with SimulatorServer(sim, FaultPlan()) as server:
        resume = _cli(server, home, "resume")
        out, err = resume.communicate(timeout=180)
    assert resume.returncode == 0, out + err
    counts = Counter(sim.accepted_phones())
    assert set(counts) == set(expected), set(expected) ^ set(counts)
    assert max(counts.values()) == 1, [p for p, n in counts.items() if n > 1]
    # eSMS got each customer's own time, and nothing for the rows already past.
    got = {r.phones[0]: r.send_date for r in sim.sends.values()}
    assert got == expected
    assert not set(refused) & set(got)
