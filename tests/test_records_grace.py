"""eSMS's records lag: "not in GetSmsSentData_V2" means "not sent" only after the records grace.

In-process simulator and journal on one movable clock. The simulator lists a
message only ``records_lag`` after taking it, and answers 105 for a range
with nothing in it, as eSMS's code table says.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
from engine_helpers import campaign, phones

from esms_desktop.api.client import EsmsClient
from esms_desktop.api.credentials import Credentials
from esms_desktop.api.policy import NO_RETRY
from esms_desktop.app.settings import Settings
from esms_desktop.app.user_text import pause_reason, records_pause, waiting_text
from esms_desktop.base.texts import speaking
from esms_desktop.base.vntime import VIETNAM, from_esms, to_esms
from esms_desktop.journal import CampaignState, Journal
from esms_desktop.sending import Progress, Sender
from esms_desktop.sending.sender import RECORDS_PAUSE, Trouble
from esms_desktop.sending.settle import RECORDS_GRACE, find_sent, grace_seconds, settle
from esms_desktop.sending.status import refresh_delivery
from esms_desktop.simulator import (
    DEMO_API_KEY,
    DEMO_OA_ACTIVE,
    DEMO_SECRET_KEY,
    EsmsSimulator,
    FaultPlan,
    SimulatorTransport,
    demo_account,
)

#: 23:50 Vietnam time: a RequestId still blocks a repeat for a few minutes.
LATE = dt.datetime(2026, 11, 27, 23, 50, tzinfo=VIETNAM).timestamp()


class Clock:
    def __init__(self, start: float) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


def client_for(sim: EsmsSimulator, faults: FaultPlan | None = None) -> EsmsClient:
    """A client on the simulator's clock: this computer's and eSMS's clocks agree."""
    return EsmsClient(
        Credentials(DEMO_API_KEY, DEMO_SECRET_KEY),
        transport=SimulatorTransport(sim, faults),
        retry=NO_RETRY,
        sleep=lambda _s: None,
        clock=sim.clock,
    )


def losing_answers(sim: EsmsSimulator) -> EsmsClient:
    """A client that heard eSMS once (its clock measured), then loses every answer after
    eSMS took the request: a run that hears nothing at all sends nothing."""
    transport = SimulatorTransport(sim)
    client = EsmsClient(
        Credentials(DEMO_API_KEY, DEMO_SECRET_KEY),
        transport=transport,
        retry=NO_RETRY,
        sleep=lambda _s: None,
        clock=sim.clock,
    )
    client.get_balance()
    transport.faults = FaultPlan(cut_after=1.0).drawer()
    return client


def lost_before_midnight(tmp_path: Path, clock: Clock, sim: EsmsSimulator) -> tuple[Journal, int]:
    """A campaign whose first requests reached eSMS at 23:50 without any answer coming back."""
    journal = Journal(tmp_path / "journal.sqlite3")
    journal._now = clock  # type: ignore[method-assign]
    cid = campaign(tmp_path, journal, client_for(sim), phones(20))
    lossy = losing_answers(sim)
    outcome = Sender(
        journal, lossy, cid, max_in_flight=2, network_backoff=lambda _n: 0.0, sleep=clock.sleep
    ).run()
    assert outcome.state is CampaignState.PAUSED and outcome.code == "network"
    assert 0 < len(sim.accepted) < 20
    return journal, cid


def test_resume_after_midnight_sends_nothing_twice_until_the_records_can_be_believed(
    tmp_path: Path,
) -> None:
    clock = Clock(LATE)
    sim = EsmsSimulator([demo_account(Decimal(10_000_000))], clock=clock, records_lag=20 * 60)
    journal, cid = lost_before_midnight(tmp_path, clock, sim)
    doubtful = {r.pk for r in journal.doubtful(cid)}
    last = max(r.last_attempt_at or 0 for r in journal.doubtful(cid))

    clock.now += 15 * 60  # 00:05: the RequestIds no longer block; the records are 5 min behind
    client = client_for(sim)
    outcome = Sender(journal, client, cid, records_wait=120, sleep=clock.sleep).run()
    assert outcome.state is CampaignState.PAUSED and outcome.code == RECORDS_PAUSE
    # The grace after the last attempt, by eSMS's clock: later by at most the measure's
    # width (eSMS dates its answers to the second).
    assert last + RECORDS_GRACE - 1 < from_esms(outcome.message) <= last + RECORDS_GRACE + 2
    counts = Counter(sim.accepted_phones())
    assert max(counts.values()) == 1 and len(counts) == 20  # the rest went, the doubtful waited
    assert {r.pk for r in journal.doubtful(cid)} == doubtful
    assert len(sim.accepted) == 20  # nothing resent

    clock.now += 20 * 60  # 35 minutes after: eSMS's records are to be believed
    outcome = Sender(journal, client, cid, records_wait=120, sleep=clock.sleep).run()
    assert outcome.complete, outcome
    assert max(Counter(sim.accepted_phones()).values()) == 1 and len(sim.accepted) == 20


def test_the_window_waits_with_a_countdown_then_settles(tmp_path: Path) -> None:
    clock = Clock(LATE)
    sim = EsmsSimulator([demo_account(Decimal(10_000_000))], clock=clock, records_lag=20 * 60)
    journal, cid = lost_before_midnight(tmp_path, clock, sim)
    clock.now += 15 * 60
    seen: list[Trouble] = []

    def progress(p: Progress) -> None:
        if p.trouble is not None:
            seen.append(p.trouble)

    outcome = Sender(
        journal, client_for(sim), cid, on_progress=progress, sleep=clock.sleep
    ).run()  # records_wait None: waits as long as needed
    assert outcome.complete, outcome
    assert max(Counter(sim.accepted_phones()).values()) == 1 and len(sim.accepted) == 20
    ticks = [t for t in seen if t.kind == "records"]
    assert len(ticks) > 10 and ticks[0].wait > ticks[-1].wait > 0  # a countdown
    assert ticks[0].count >= 1 and ticks[0].until > LATE + 15 * 60
    with speaking("en"):
        text = str(waiting_text(ticks[0]))
    assert f"Waiting until {dt.datetime.fromtimestamp(ticks[0].until, VIETNAM):%H:%M}" in text
    assert "Nothing is sent again before then" in text
    with speaking("vi"):
        assert "Đang chờ tới" in str(waiting_text(ticks[0]))


def test_pause_during_the_wait_keeps_everything_for_later(tmp_path: Path) -> None:
    clock = Clock(LATE)
    sim = EsmsSimulator([demo_account(Decimal(10_000_000))], clock=clock, records_lag=20 * 60)
    journal, cid = lost_before_midnight(tmp_path, clock, sim)
    clock.now += 15 * 60
    before = len(sim.accepted)
    holder: list[Sender] = []

    def progress(p: Progress) -> None:
        if p.trouble is not None and p.trouble.kind == "records":
            holder[0].pause("user")

    sender = Sender(journal, client_for(sim), cid, on_progress=progress, sleep=clock.sleep)
    holder.append(sender)
    outcome = sender.run()
    assert outcome.state is CampaignState.PAUSED and outcome.code == "user"
    assert journal.doubtful(cid)  # still to settle
    assert max(Counter(sim.accepted_phones()).values()) == 1 and len(sim.accepted) >= before


def test_105_for_an_empty_range_means_none_found_not_unknown(tmp_path: Path) -> None:
    clock = Clock(LATE)
    sim = EsmsSimulator([demo_account(Decimal(10_000_000))], clock=clock, records_lag=60)
    journal = Journal(tmp_path / "journal.sqlite3")
    journal._now = clock  # type: ignore[method-assign]
    client = client_for(sim)
    cid = campaign(tmp_path, journal, client, phones(5))
    # Marked "sending" and the process died before anything left: eSMS has nothing.
    journal.mark_sending([r.pk for r in journal.requests(cid)])
    clock.now += 40 * 60
    result = settle(journal, client, cid)
    assert (result.resend, result.unknown, result.error) == (5, 0, None)
    assert Sender(journal, client, cid).run().complete
    assert Counter(sim.accepted_phones()) == Counter(phones(5))


def test_find_sent_reads_105_as_none_and_a_late_record_as_not_yet(tmp_path: Path) -> None:
    clock = Clock(LATE)
    sim = EsmsSimulator([demo_account(Decimal(10_000_000))], clock=clock, records_lag=20 * 60)
    journal = Journal(tmp_path / "journal.sqlite3")
    journal._now = clock  # type: ignore[method-assign]
    client = client_for(sim)
    cid = campaign(tmp_path, journal, client, phones(3))
    assert Sender(journal, client, cid).run().complete
    c, messages = journal.campaign(cid), journal.messages(cid)
    window = (LATE - 3600, LATE + 3600)
    assert find_sent(client, c, messages, *window) == {}  # 105: the records lag
    clock.now += 20 * 60
    assert len(find_sent(client, c, messages, *window)) == 3


def test_grace_is_a_setting_of_30_minutes_kept_within_bounds(tmp_path: Path) -> None:
    assert Settings().records_grace_minutes == 30 and RECORDS_GRACE == 30 * 60
    assert grace_seconds(30) == 1800 and grace_seconds(0) == 300 and grace_seconds(10**6) == 86400


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_records_pause_says_until_when_and_what_to_do(lang: str) -> None:
    until = to_esms(LATE + 40 * 60)
    with speaking(lang):
        reason = pause_reason(RECORDS_PAUSE, until)
        unreadable = records_pause("")
        same = records_pause(until, now=from_esms(until) - 60, command="resume 7")
    assert reason is not None
    # The window names its button, the command line its command; neither the other's.
    assert "00:30" in reason.title and ("Gửi tiếp" in reason.action or "Resume" in reason.action)
    assert "esms-desktop" not in reason.action
    assert "esms-desktop resume 7" in same.action and "Gửi tiếp" not in same.action
    assert "00:30" in same.title and "/" not in same.title  # today: no date
    assert unreadable.title and "00:" not in unreadable.title


def test_settling_from_history_within_the_grace_waits_and_asks_nothing(tmp_path: Path) -> None:
    from esms_desktop.sending.status import resolve_unknown

    clock = Clock(LATE)
    sim = EsmsSimulator([demo_account(Decimal(10_000_000))], clock=clock, records_lag=20 * 60)
    journal, cid = lost_before_midnight(tmp_path, clock, sim)
    waiting = len(journal.doubtful(cid))
    clock.now += 15 * 60
    result = resolve_unknown(journal, client_for(sim), cid)
    assert (result.accepted, result.resend, result.still_unknown) == (0, 0, 0)
    assert result.waiting == waiting and result.waiting_until.startswith("2026-11-28 00:")
    clock.now += 20 * 60
    result = resolve_unknown(journal, client_for(sim), cid, grace=grace_seconds(30))
    assert result.waiting == 0 and result.accepted + result.resend == waiting
    assert result.accepted >= 1 and max(Counter(sim.accepted_phones()).values()) == 1


def test_messages_whose_answer_was_lost_are_said_unknown_not_unsent(tmp_path: Path) -> None:
    """Every answer lost: eSMS took (and charged) some messages. They were said "not sent"
    (and the campaign's cost 0 VND), which invites sending them again by hand."""
    sim = EsmsSimulator()
    journal = Journal(tmp_path / "journal.sqlite3")
    cid = campaign(tmp_path, journal, client_for(sim), phones(20))
    lossy = losing_answers(sim)
    outcome = Sender(journal, lossy, cid, max_in_flight=2, network_backoff=lambda _n: 0.0).run()
    assert outcome.state is CampaignState.PAUSED and 0 < len(sim.accepted) < 20
    doubtful = len(journal.doubtful(cid))
    assert doubtful >= len(sim.accepted)
    assert outcome.unknown == doubtful and outcome.remaining == 20 - doubtful
    summary = journal.summary(cid)
    assert summary.in_doubt == doubtful and summary.open == 20  # still to resume, all of them


@pytest.mark.parametrize("zns_sms_type", ["24", "25"])
def test_lost_zalo_answers_are_settled_whichever_zalo_type_esms_files_them_under(
    tmp_path: Path, zns_sms_type: str
) -> None:
    """GetSmsSentData_V2 lists Zalo under 24 ("ưu tiên") or 25 ("bình thường"); no send
    page says which a ZNS gets. Looked for under one only, the other's messages would
    read "not sent" after the grace and go again: charged twice."""
    clock = Clock(LATE)
    sim = EsmsSimulator(
        [demo_account(Decimal(10_000_000))],
        clock=clock,
        records_lag=20 * 60,
        zns_sms_type=zns_sms_type,
    )
    journal = Journal(tmp_path / "journal.sqlite3")
    journal._now = clock  # type: ignore[method-assign]
    cid = campaign(tmp_path, journal, client_for(sim), phones(6), "zalo", oaid=DEMO_OA_ACTIVE)
    outcome = Sender(
        journal, losing_answers(sim), cid, network_backoff=lambda _n: 0.0, sleep=clock.sleep
    ).run()
    assert outcome.state is CampaignState.PAUSED and outcome.code == "network"
    assert len(sim.accepted) == 6 and journal.doubtful(cid)

    clock.now += 60 * 60  # 00:50: no RequestId blocks a repeat, the records can be believed
    outcome = Sender(journal, client_for(sim), cid, records_wait=120, sleep=clock.sleep).run()
    assert outcome.complete, outcome
    assert sorted(Counter(sim.accepted_phones()).values()) == [1] * 6  # nothing sent twice
    assert {m.sms_type for m in sim.sends.values()} == {zns_sms_type}
    # Their delivery is asked with QueryZnsStatus under both types too.
    clock.now += 3600
    counts = refresh_delivery(journal, client_for(sim), cid, now=clock)
    assert counts.final and counts.delivered + counts.failed == 6
