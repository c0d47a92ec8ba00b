"""Two sends of the same list at the same moment: one sends, the other gets the repeat refusal.

The repeat guard ("the same messages to the same people within 24 h") and the
creation of the campaign are one journal transaction. Real command lines in
child processes on one home, against the loopback simulator. Also: one
campaign is never sent by two processes at once (``CampaignLock``).
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap
import time
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
from engine_helpers import AD, phones
from engine_helpers import cli as run_cli
from files import write_text

from esms_desktop.base.vntime import CLOCK_OFFSET_ENV, VIETNAM
from esms_desktop.journal import Journal
from esms_desktop.journal.lock import CampaignBusyError, CampaignLock
from esms_desktop.simulator import DEMO_QC_BRAND, EsmsSimulator, SimulatorServer, demo_account

#: Advertising may only go out in the daytime: both the app and the simulator are put at 10:00.
MORNING = dt.datetime(2026, 11, 27, 10, 0, tzinfo=VIETNAM).timestamp()
TRIALS = 6


def send(server: SimulatorServer, home: Path, path: Path, offset: float) -> subprocess.Popen[str]:
    return run_cli(
        server.base_url,
        home,
        "send",
        str(path),
        "--channel",
        "qc",
        "--brandname",
        DEMO_QC_BRAND,
        "--content",
        AD,
        "--yes",
        env={CLOCK_OFFSET_ENV: repr(offset)},
    )


@pytest.mark.slow
@pytest.mark.parametrize("trial", range(TRIALS))
def test_two_sends_of_the_same_file_started_together_send_once(tmp_path: Path, trial: int) -> None:
    numbers = phones(3000, start=trial * 10_000)
    rows = [["Tên", "Số điện thoại"]] + [[f"Khach {i}", p] for i, p in enumerate(numbers)]
    path = write_text(tmp_path / "khach.csv", rows)
    home = tmp_path / "home"
    home.mkdir()
    offset = MORNING - time.time()
    sim = EsmsSimulator([demo_account(Decimal(100_000_000))], clock=lambda: time.time() + offset)
    with SimulatorServer(sim) as server:
        both = [send(server, home, path, offset) for _ in range(2)]
        results = [(p.wait(timeout=240), *p.communicate()) for p in both]
    counts = Counter(sim.accepted_phones())
    assert max(counts.values()) == 1, sum(n > 1 for n in counts.values())
    assert set(counts) == set(numbers)
    codes = sorted(code for code, _out, _err in results)
    assert codes == [0, 1], results
    refused = next(out for code, out, _err in results if code == 1)
    # Refused as it is written (the other one still sending: to be resumed, not doubled;
    # or done already), or at its check already, every row having gone (or to go) in
    # campaign 1.
    unfinished = "has not finished" in refused and "esms-desktop resume 1" in refused
    done = "sent the same messages to the same people" in refused and "--again" in refused
    written = (unfinished or done) and "Nothing was sent now" in refused
    checked = "campaign 1" in refused and "No number is left to send to" in refused
    assert written or checked, refused
    with Journal(home / "journal.sqlite3") as journal:
        assert len(journal.campaigns()) == 1


HOLD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from esms_desktop.journal.lock import CampaignLock
    with CampaignLock(Path(sys.argv[1]), 7):
        print("held", flush=True)
        time.sleep(60)
    """
)


def test_a_campaign_is_never_sent_by_two_processes_at_once(tmp_path: Path) -> None:
    folder = tmp_path / "locks"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(folder)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(CampaignBusyError):
            CampaignLock(folder, 7).acquire()
        with CampaignLock(folder, 8):  # another campaign is free
            pass
    finally:
        holder.kill()
        holder.wait(timeout=30)
    # The operating system let go of the lock when the process died.
    # And a second sender in this process is refused too.
    with CampaignLock(folder, 7), pytest.raises(CampaignBusyError):
        CampaignLock(folder, 7).acquire()
