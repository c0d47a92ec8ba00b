"""``esms-desktop cancel``: a paused or interrupted campaign can be stopped for good.

Before it, the command line had no way out of a campaign it would not finish: its
messages still to go held every later send of the same text to those customers back
("still to go in campaign 1"), and a send of the same list was refused until the old
one was resumed, which sent the stale message.
"""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from engine_helpers import campaign, checked_list, daytime_offset, phones, run_cli
from test_cancelled_in_doubt import _paused_in_doubt

from esms_desktop.api.client import EsmsClient
from esms_desktop.api.credentials import Credentials
from esms_desktop.app.preparation import Sources, check_recipients
from esms_desktop.base.texts import speaking
from esms_desktop.base.vntime import CLOCK_OFFSET_ENV
from esms_desktop.cli.cancel import settle_cancelled
from esms_desktop.journal import CampaignState, Journal
from esms_desktop.simulator import (
    DEMO_API_KEY,
    DEMO_SECRET_KEY,
    EsmsSimulator,
    SimulatorTransport,
)


def cli(home: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return run_cli(home, *args, stdin=stdin, timeout=60)


def client_of(sim: EsmsSimulator) -> EsmsClient:
    return EsmsClient(Credentials(DEMO_API_KEY, DEMO_SECRET_KEY), transport=SimulatorTransport(sim))


def held_back(tmp_path: Path, journal: Journal, client: EsmsClient) -> int:
    """Rows of the same list and text a new check holds back (still to go elsewhere)."""
    report = checked_list(tmp_path, phones(30), "cskh", client)
    checked = check_recipients(report.recipients, report.spec, Sources(journal=journal))
    return 30 - len(checked.sendable)


def test_cancel_stops_an_interrupted_campaign_and_frees_its_customers(
    tmp_path: Path, app_home: Path
) -> None:
    client = client_of(EsmsSimulator())
    with Journal() as journal:
        cid = campaign(tmp_path, journal, client, phones(30))  # written, never run (killed)
        assert held_back(tmp_path, journal, client) == 30
    kept = cli(app_home, "cancel", str(cid), stdin="n\n")
    assert kept.returncode == 1, kept.stderr
    assert f"Stop campaign {cid} (" in kept.stdout and "never be sent: 30 messages" in kept.stdout
    assert f"can still be finished with 'esms-desktop resume {cid}'" in kept.stdout
    with Journal() as journal:
        assert journal.campaign(cid).state is not CampaignState.CANCELLED
    done = cli(app_home, "cancel", str(cid), "--yes")
    assert done.returncode == 0, done.stderr
    assert f"Campaign {cid} is cancelled: 0 sent before, 30 not sent and never will be." in (
        done.stdout
    )
    with Journal() as journal:
        assert journal.campaign(cid).state is CampaignState.CANCELLED
        assert held_back(tmp_path, journal, client) == 0  # the list may go again
    again = cli(app_home, "cancel", str(cid))
    assert again.returncode == 0 and "was already cancelled" in again.stdout
    unknown = cli(app_home, "cancel", "99")
    assert unknown.returncode != 0 and "Traceback" not in unknown.stderr + unknown.stdout


def test_a_finished_campaign_has_nothing_to_cancel(tmp_path: Path, app_home: Path) -> None:
    from esms_desktop.sending import Sender

    sim = EsmsSimulator()
    with Journal() as journal:
        cid = campaign(tmp_path, journal, client_of(sim), phones(3))
        assert Sender(journal, client_of(sim), cid).run().complete
    said = cli(app_home, "cancel", str(cid), "--yes")
    assert said.returncode == 0 and "has finished: there is nothing left to stop" in said.stdout
    with Journal() as journal:
        assert journal.campaign(cid).state is CampaignState.DONE


@pytest.mark.parametrize("reached", [True, False])
def test_resume_of_a_cancelled_campaign_settles_its_doubt_and_sends_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reached: bool
) -> None:
    """A message whose answer was lost, in a campaign then cancelled: the command line
    said "cancelled" and no command could learn whether it had left. ``resume`` now reads
    eSMS's records for it: sent if there, else never sent (the campaign was cancelled)."""
    sim = EsmsSimulator()
    journal = Journal(tmp_path / "journal.sqlite3")
    cid = _paused_in_doubt(tmp_path, journal, sim, reached=reached)
    journal.set_campaign_state(cid, CampaignState.CANCELLED)
    monkeypatch.setenv(CLOCK_OFFSET_ENV, repr(daytime_offset() + 3600))  # an hour later
    out = io.StringIO()
    with speaking("en"):
        settle_cancelled(journal, client_of(sim), cid, 0.0, out)
    said = out.getvalue()
    assert f"Campaign {cid} was cancelled: nothing more is sent" in said
    if reached:
        assert "1 had reached eSMS (sent), 0 never arrived" in said
    else:
        assert "0 had reached eSMS (sent), 1 never arrived" in said
    summary = journal.summary(cid)
    assert summary.accepted == int(reached) and summary.undecided == 0
    assert len(sim.accepted) == int(reached)  # nothing sent by the settling
    assert journal.campaign(cid).state is CampaignState.CANCELLED
