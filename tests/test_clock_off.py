"""This computer's clock far off eSMS's: advertising waits until it is set right.

Decree 91's advertising hours and its 3 advertising messages a day to a number are
counted by this computer's clock, from the journal's times it wrote. Set forward a day
since the last advertising, that advertising looked a day old and a fourth message to
the same numbers passed. eSMS's answers show its clock; beyond 5 minutes off, the check
blocks advertising (and warns for other campaigns) and the sender sends none.
"""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

import pytest
from engine_helpers import campaign, checked_list, phones
from test_engine import FAST

from esms_desktop.api.client import EsmsClient
from esms_desktop.api.credentials import Credentials
from esms_desktop.app.preparation import Sources, check_recipients
from esms_desktop.app.user_text import OWN_PAUSES, pause_reason
from esms_desktop.base.errors import RepeatCampaignError
from esms_desktop.base.texts import speaking
from esms_desktop.base.vntime import CLOCK_OFFSET_ENV
from esms_desktop.base.vntime import now as app_now
from esms_desktop.catalogue import describe
from esms_desktop.checks.problems import Severity
from esms_desktop.journal import CampaignState, Journal
from esms_desktop.sending import Sender, create_campaign
from esms_desktop.sending.progress import Failure, SendOutcome
from esms_desktop.simulator import (
    DEMO_API_KEY,
    DEMO_SECRET_KEY,
    EsmsSimulator,
    SimulatorTransport,
)

DAY = 24 * 3600.0


def computer_off(sim: EsmsSimulator, seconds: float) -> EsmsClient:
    """A client on a computer whose clock is ``seconds`` ahead of eSMS's (the simulator's)."""
    return EsmsClient(
        Credentials(DEMO_API_KEY, DEMO_SECRET_KEY),
        transport=SimulatorTransport(sim),
        retry=FAST,
        sleep=lambda _s: None,
        clock=lambda: app_now() + seconds,
    )


def clock_problems(report: object) -> list[object]:
    return [p for p in report.problems if p.code == "clock_off"]  # type: ignore[attr-defined]


@pytest.mark.parametrize("seconds", [DAY, 2 * 3600.0, -2 * 3600.0])
def test_the_check_blocks_advertising_on_a_clock_far_off(tmp_path: Path, seconds: float) -> None:
    sim = EsmsSimulator()
    report = checked_list(tmp_path, phones(30), "qc", computer_off(sim, seconds))
    (problem,) = clock_problems(report)
    assert problem.severity is Severity.BLOCKING and report.blocked  # type: ignore[attr-defined]
    with speaking("en"):
        said = str(problem)
    way = "ahead of" if seconds > 0 else "behind"
    assert f"clock is {round(abs(seconds) / 60):,} minutes {way} eSMS's" in said, said
    assert "Set time automatically" in said


def test_other_campaigns_are_warned_and_a_right_clock_says_nothing(tmp_path: Path) -> None:
    sim = EsmsSimulator()
    care = checked_list(tmp_path, phones(3), "cskh", computer_off(sim, 2 * 3600.0))
    (problem,) = clock_problems(care)
    assert problem.severity is Severity.WARNING and not care.blocked  # type: ignore[attr-defined]
    for seconds in (0.0, 120.0, -120.0):  # a clock a little off is within the margin
        assert not clock_problems(
            checked_list(tmp_path, phones(30), "qc", computer_off(sim, seconds))
        )
    assert not clock_problems(checked_list(tmp_path, phones(30), "qc", None))  # not measured


def test_the_sender_sends_no_advertising_until_the_clock_is_right(tmp_path: Path) -> None:
    """Checked and written with the clock right, then the clock was set forward a day."""
    sim = EsmsSimulator()
    journal = Journal(tmp_path / "journal.sqlite3")
    cid = campaign(tmp_path, journal, computer_off(sim, 0.0), phones(30), "qc")
    journal._now = lambda: app_now() + DAY  # type: ignore[method-assign]
    off = Sender(journal, computer_off(sim, DAY), cid, network_backoff=lambda _n: 0.0).run()
    assert off.state is CampaignState.PAUSED and off.code == "clock" and off.remaining == 30
    assert sim.accepted == []
    reason = pause_reason(off.code, off.message)
    assert reason is not None and off.code in OWN_PAUSES
    with speaking("en"):
        reason = pause_reason(off.code, off.message)
        assert reason is not None
        assert reason.title == "This computer's clock is off"
        assert "1,440 minutes ahead of eSMS's" in reason.text and "nothing was sent" in reason.text
        assert "Set time automatically" in reason.action and "press Resume" in reason.action
    journal._now = app_now  # type: ignore[method-assign]
    right = Sender(journal, computer_off(sim, 0.0), cid, network_backoff=lambda _n: 0.0).run()
    assert right.complete and len(sim.accepted) == 30


@pytest.mark.parametrize("seconds", [DAY, 2 * DAY])
def test_customer_care_is_not_sent_twice_on_a_clock_set_forward(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seconds: float
) -> None:
    """Customer care is only warned of a clock far off, but the rule against the same
    message to the same customer twice within 24 hours is counted by that clock, from
    journal times it wrote while it was right: set forward a day, the list sent a minute
    before looked a day old and went again (30 of 30 charged twice through the command
    line; a third time with the clock two days ahead). The look back reaches as far
    further as the clock is ahead of eSMS's."""
    sim = EsmsSimulator(clock=time.time)  # eSMS's clock stays right
    journal = Journal(tmp_path / "journal.sqlite3")
    cid = campaign(tmp_path, journal, computer_off(sim, 0.0), phones(30))
    assert Sender(journal, computer_off(sim, 0.0), cid).run().complete
    monkeypatch.setenv(CLOCK_OFFSET_ENV, repr(seconds))  # this computer's clock, set forward
    client = EsmsClient(
        Credentials(DEMO_API_KEY, DEMO_SECRET_KEY), transport=SimulatorTransport(sim), retry=FAST
    )
    report = checked_list(tmp_path, phones(30), "cskh", client)
    assert clock_problems(report) and not report.blocked  # a warning, as before
    checked = check_recipients(
        report.recipients, report.spec, Sources(journal=journal, client=client)
    )
    assert not checked.sendable, f"{len(checked.sendable)} of 30 would get it twice"
    with pytest.raises(RepeatCampaignError):  # a check made before, written now
        create_campaign(journal, report, client=client)
    assert len(sim.accepted) == 30


def _fourth_sent_once_the_clock_is_right(
    tmp_path: Path, new: int
) -> tuple[EsmsSimulator, Journal, int, list[Failure], SendOutcome]:
    """Three advertising messages this morning to 60 numbers, then a fourth campaign to them
    and ``new`` other numbers, checked and written with this computer's clock a day ahead
    while eSMS did not answer the check, paused "clock" by the sender, then resumed with the
    clock right: the simulator, the journal, the campaign, its failures and the outcome."""
    sim = EsmsSimulator()
    journal = Journal(tmp_path / "journal.sqlite3")
    right = computer_off(sim, 0.0)
    for _ in range(3):
        cid = campaign(tmp_path, journal, right, phones(60), "qc", again=True)
        assert Sender(journal, right, cid).run().complete
    assert len(sim.accepted) == 180
    journal._now = lambda: app_now() + DAY  # type: ignore[method-assign]
    report = checked_list(tmp_path, phones(60) + phones(new, start=500), "qc", None)
    assert not report.blocked, report.problems
    fourth = create_campaign(journal, report, client=None, again=True)
    off = Sender(journal, computer_off(sim, DAY), fourth, network_backoff=lambda _n: 0.0).run()
    assert off.code == "clock" and len(sim.accepted) == 180
    journal._now = app_now  # type: ignore[method-assign]
    failures: list[Failure] = []
    done = Sender(journal, right, fourth, on_failure=failures.append).run()
    return sim, journal, fourth, failures, done


def test_advertising_written_on_a_clock_a_day_ahead_is_counted_again_once_it_is_right(
    tmp_path: Path,
) -> None:
    """Nothing told the check or the writing that the clock was a day ahead: they counted
    this morning's three as a day old and let a fourth be written, and once the clock was
    set right and the campaign resumed, it went to all 60 (Decree 91 allows 3 in 24
    hours). It is counted again as it is sent: the 60 are taken out (not sent, not
    charged, said why), the others go."""
    sim, journal, fourth, failures, done = _fourth_sent_once_the_clock_is_right(tmp_path, 40)
    sent_to = {a.phone for a in sim.accepted[180:]}
    assert not sent_to & set(phones(60)), f"{len(sent_to & set(phones(60)))} got a 4th"
    assert sent_to == set(phones(40, start=500)) and done.complete
    assert {f.phone for f in failures} == set(phones(60))
    assert {f.code for f in failures} == {"qc_daily"}
    left_out = [m for m in journal.messages(fourth) if m.excluded_code == "qc_daily"]
    assert len(left_out) == 60 and all(m.price == 0 for m in left_out)
    with speaking("en"):
        assert "Daily advertising limit reached" in describe("qc_daily")


def test_too_few_left_for_an_advertising_send_are_taken_out_too(tmp_path: Path) -> None:
    """eSMS sends advertising to 30 numbers or more at once: 10 left after the 60 are
    taken out cannot go alone (107), and are kept with that reason, not sent, not lost."""
    sim, journal, fourth, failures, done = _fourth_sent_once_the_clock_is_right(tmp_path, 10)
    assert len(sim.accepted) == 180 and done.accepted == 0
    codes = Counter(m.excluded_code for m in journal.messages(fourth))
    assert codes == {"qc_daily": 60, "107": 10}
    assert journal.open_batches(fourth) == {}
    assert Counter(f.code for f in failures) == {"qc_daily": 60, "107": 10}
    with speaking("en"):
        (few,) = {m.excluded_reason for m in journal.messages(fourth) if m.excluded_code == "107"}
    assert "30" in few and "10" in few
