"""Kill the sending process (SIGKILL, a real subprocess) at several points, then resume."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
from engine_helpers import ORDER, fast_home, kill_when, order_list, phones
from engine_helpers import cli as run_cli

from esms_desktop.simulator import (
    DEMO_CSKH_BRAND,
    EsmsSimulator,
    FaultPlan,
    SimulatorServer,
    demo_account,
)

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def cli(server: SimulatorServer, home: Path, *args: str) -> subprocess.Popen[str]:
    return run_cli(server.base_url, home, *args)


@pytest.mark.slow
def test_killed_at_several_points_then_resumed_exactly_once(tmp_path: Path) -> None:
    numbers = phones(400)
    path, home = order_list(tmp_path, numbers), fast_home(tmp_path)
    sim = EsmsSimulator([demo_account(Decimal(100_000_000))])
    faults = FaultPlan(cut_after=0.1, latency=0.004, seed=5)
    with SimulatorServer(sim, faults) as server:
        send = cli(
            server,
            home,
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
        kills = int(kill_when(send, sim, 40))
        for target in (150, 260):
            resume = cli(server, home, "resume")
            kills += kill_when(resume, sim, target)
        final = cli(server, home, "resume")
        out, err = final.communicate(timeout=120)
    assert kills == 3, "every kill landed in the middle of sending"
    assert final.returncode == 0, out + err
    counts = Counter(sim.accepted_phones())
    assert set(counts) == set(numbers)
    assert max(counts.values()) == 1, [p for p, n in counts.items() if n > 1]


def test_a_campaign_killed_after_its_last_answer_is_not_left_sending(tmp_path: Path) -> None:
    """Found by trying the window: killed after the last answer was recorded, before the
    campaign was marked done, it showed "Sending" in History for ever with nothing left,
    and no resume was offered to finish it. The journal marks it done when it opens."""
    from engine_helpers import campaign, phones
    from test_engine import client_for

    from esms_desktop.journal import CampaignState, Journal
    from esms_desktop.sending import Sender
    from esms_desktop.simulator import EsmsSimulator

    sim = EsmsSimulator()
    path = tmp_path / "journal.sqlite3"
    journal = Journal(path)
    done = campaign(tmp_path, journal, client_for(sim), phones(3))
    waiting = campaign(tmp_path, journal, client_for(sim), phones(3, start=10))
    assert Sender(journal, client_for(sim), done).run().complete
    for cid in (done, waiting):  # as a process killed mid-run leaves them
        journal.set_campaign_state(cid, CampaignState.SENDING)
    journal.close()
    again = Journal(path)
    assert again.campaign(done).state is CampaignState.DONE
    assert again.campaign(waiting).state is CampaignState.SENDING  # still to send: resumed
    assert [c.id for c in again.unfinished()] == [waiting]
