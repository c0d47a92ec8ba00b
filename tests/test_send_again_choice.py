"""What "Send to failures again" offers: one decision (``sending.again.choose_again``) for
the window's button and the command line's ``retry``.

Before it, the Send page offered the button, as its primary one, whenever anything had
failed: a campaign whose one failure was a number eSMS blocks (99) asked to "send again"
and then said there was nothing worth it; History's button gave no count; the command
line had no way to send failures again at all (its next steps for an undelivered message
named ``send --again``, which sends the whole list to everyone a second time).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from engine_helpers import campaign, phones, run_cli

from esms_desktop.api.client import EsmsClient
from esms_desktop.api.credentials import Credentials
from esms_desktop.base.texts import speaking
from esms_desktop.base.vntime import now as app_now
from esms_desktop.journal import Journal
from esms_desktop.sending import Sender, plan_retry
from esms_desktop.sending.again import choose_again
from esms_desktop.sending.status import refresh_delivery
from esms_desktop.simulator import (
    DEMO_API_KEY,
    DEMO_SECRET_KEY,
    EsmsSimulator,
    SimulatorServer,
    SimulatorTransport,
)
from esms_desktop.simulator.service import fails_delivery

BLOCKED = "0961230099"  # the simulator answers 99 (blocked) for it


def client_of(sim: EsmsSimulator) -> EsmsClient:
    return EsmsClient(Credentials(DEMO_API_KEY, DEMO_SECRET_KEY), transport=SimulatorTransport(sim))


def sent_with_a_blocked_number(
    tmp_path: Path, journal: Journal, numbers: list[str]
) -> tuple[EsmsSimulator, EsmsClient, int, list[float]]:
    """``numbers`` and :data:`BLOCKED` sent; the simulator's clock (``lag[0]``) to be moved
    on past its records' lag for the undelivered ones to be known."""
    lag = [0.0]
    sim = EsmsSimulator(status_delay=0, clock=lambda: app_now() + lag[0])
    client = client_of(sim)
    cid = campaign(tmp_path, journal, client, [*numbers, BLOCKED])
    Sender(journal, client, cid).run()
    return sim, client, cid, lag


def test_a_blocked_number_is_never_offered_and_said_why(tmp_path: Path, app_home: Path) -> None:
    with Journal() as journal:
        _, _, cid, _ = sent_with_a_blocked_number(tmp_path, journal, phones(5))
        choice = choose_again(journal, cid)
        assert (choice.count, choice.refused, choice.held_back) == (0, {"99": 1}, 1)
        with speaking("en"):
            said = choice.why_not()
        assert "1 failure that eSMS would refuse the same way" in said
        assert "Number blocked (1): Remove the number" in said
        with speaking("vi"):
            assert "Số bị chặn (1)" in choice.why_not()
        with pytest.raises(ValueError):
            plan_retry(journal, cid)


def test_undelivered_ones_are_offered_the_blocked_one_is_not(
    tmp_path: Path, app_home: Path
) -> None:
    numbers = phones(60)
    undelivered = [p for p in numbers if fails_delivery(p)]
    assert undelivered
    with Journal() as journal:
        sim, client, cid, lag = sent_with_a_blocked_number(tmp_path, journal, numbers)
        lag[0] = sim.records_lag
        assert refresh_delivery(journal, client, cid).failed == len(undelivered)
        choice = choose_again(journal, cid)
        assert sorted(m.phone for m in choice.chosen) == sorted(undelivered)
        assert choice.refused == {"99": 1}
        plan = plan_retry(journal, cid)
        assert sorted(m.phone for r in plan.requests for m in r.messages) == sorted(undelivered)
        # Written (not yet sent): they may still go, so none is offered a second time.
        retry = journal.create_campaign(plan)
        again = choose_again(journal, cid)
        assert (again.count, again.sent_again, again.sent_again_by) == (0, len(undelivered), retry)
        with speaking("en"):
            assert f"already sent again by campaign {retry}" in again.why_not()


def test_retry_on_the_command_line_sends_only_what_is_worth_it(
    tmp_path: Path, app_home: Path
) -> None:
    numbers = phones(100)
    undelivered = [p for p in numbers if fails_delivery(p)]
    assert len(undelivered) > 1
    with Journal() as journal:
        sim, client, cid, lag = sent_with_a_blocked_number(tmp_path, journal, numbers)
        lag[0] = sim.records_lag
        refresh_delivery(journal, client, cid)
    before = Counter(sim.accepted_phones())
    with SimulatorServer(sim) as server:
        asked = run_cli(app_home, "retry", str(cid), server_url=server.base_url, stdin="n\n")
        assert asked.returncode == 1, asked.stderr
        out = asked.stdout
        assert f"{len(undelivered)} failures can be sent again: esms-desktop retry {cid}" in out
        assert "Number blocked (1):" in out
        # The command line's next step, with this campaign's number in it.
        assert f"esms-desktop optout add --from-campaign {cid}" in out
        assert f"Send again {len(undelivered)} messages" in out and "Nothing was sent." in out
        assert Counter(sim.accepted_phones()) == before
        sent = run_cli(app_home, "retry", str(cid), "--yes", server_url=server.base_url)
        assert sent.returncode == 0, sent.stdout + sent.stderr
        after = Counter(sim.accepted_phones()) - before
        assert sorted(after) == sorted(undelivered) and set(after.values()) == {1}
        assert BLOCKED not in after
        twice = run_cli(app_home, "retry", str(cid), "--yes", server_url=server.base_url)
        assert twice.returncode == 1
        assert "already sent again by campaign" in twice.stdout
        assert Counter(sim.accepted_phones()) - before == after  # nothing sent twice
        assert "Traceback" not in asked.stderr + sent.stderr + twice.stderr


def test_retry_with_only_blocked_failures_sends_nothing(tmp_path: Path, app_home: Path) -> None:
    with Journal() as journal:
        sim, _, cid, _ = sent_with_a_blocked_number(tmp_path, journal, phones(3))
    before = len(sim.accepted_phones())
    with SimulatorServer(sim) as server:
        done = run_cli(app_home, "retry", str(cid), "--yes", server_url=server.base_url)
        vi = run_cli(app_home, "retry", str(cid), server_url=server.base_url, language="vi")
    assert done.returncode == 1
    assert f"No failure of campaign {cid} is worth sending again" in done.stdout
    assert "Number blocked (1)" in done.stdout
    assert "Số bị chặn (1)" in vi.stdout and "Không gửi lại" in vi.stdout
    assert len(sim.accepted_phones()) == before
