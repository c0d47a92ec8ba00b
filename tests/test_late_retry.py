"""A message in doubt whose send time passes before its retry is not handed over late.

A money-safety audit from outside (seventh pass): reminders for 10:15, sent at 10:00
while the line dropped the last requests before eSMS got them (each attempt journaled
"sending", no answer), the command line killed; ``resume`` at 10:25, the same day. The
26 never attempted were "send time passed, not sent", as documented; the 4 in doubt
were retried with their RequestId and eSMS's 10:15 ``SendDate``, already in eSMS's
past: eSMS took them (never having had them) and charged 4 x 350 VND for reminders
that went late, or that eSMS would refuse. A retry is only to learn (124) whether the
first attempt arrived; once its time is gone it must not be handed over: eSMS's
records decide (found: sent; not found after the records grace: not sent, not late).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from engine_helpers import campaign, daytime, phones
from test_records_grace import Clock, client_for

from esms_desktop.base.vntime import from_esms
from esms_desktop.catalogue.codes import SCHEDULE_PASSED
from esms_desktop.journal import Journal, MessageState
from esms_desktop.sending import Sender
from esms_desktop.simulator import EsmsSimulator, demo_account

#: 10:00 Vietnam time on the app clock's day (``engine_helpers.daytime``): the check of the
#: campaign judges its 10:15 schedule on that clock. A fixed date made both tests fail
#: from the next Vietnam day on (the schedule "passed"), past 17:00 UTC the same evening.
TEN = daytime().timestamp()


def test_a_doubtful_request_whose_time_passed_is_settled_not_retried(tmp_path: Path) -> None:
    clock = Clock(TEN)
    sim = EsmsSimulator([demo_account(Decimal(10_000_000))], clock=clock, records_lag=60)
    journal = Journal(tmp_path / "journal.sqlite3")
    journal._now = clock  # type: ignore[method-assign]
    client = client_for(sim)
    client.get_balance()  # eSMS's clock measured: the attempts below are placed on it
    when = daytime() + dt.timedelta(minutes=15)
    numbers = phones(4)
    cid = campaign(tmp_path, journal, client, numbers, "fixed", schedule=when)
    # Marked "sending", and the line dropped them before eSMS got them: no answer.
    journal.mark_sending([r.pk for r in journal.requests(cid)], client.esms_clock.offset)
    clock.now += 25 * 60  # 10:25: the same day, the RequestIds still block a repeat

    first = Sender(journal, client, cid, records_wait=0.0).run()
    late = [r for r in sim.sends.values() if r.send_date and from_esms(r.send_date) < r.created]
    assert late == [], f"{len(late)} handed to eSMS with a SendDate in its past"
    assert sim.accepted == []
    assert first.unknown == 4  # said "maybe sent", to settle from eSMS's records

    clock.now += 40 * 60  # the records grace has passed: not on record, never arrived
    outcome = Sender(journal, client, cid).run()
    assert sim.accepted == [] and outcome.failed == 4 and outcome.unknown == 0
    messages = journal.messages(cid)
    assert {(m.state, m.code) for m in messages} == {(MessageState.FAILED, SCHEDULE_PASSED)}


def test_one_that_did_arrive_is_found_sent_once(tmp_path: Path) -> None:
    clock = Clock(TEN)
    sim = EsmsSimulator([demo_account(Decimal(10_000_000))], clock=clock, records_lag=60)
    journal = Journal(tmp_path / "journal.sqlite3")
    journal._now = clock  # type: ignore[method-assign]
    client = client_for(sim)
    when = daytime() + dt.timedelta(minutes=15)
    numbers = phones(3)
    cid = campaign(tmp_path, journal, client, numbers, "fixed", schedule=when)
    assert Sender(journal, client, cid).run().complete  # eSMS took all three...
    # ...and the journal lost the answers (as if killed before writing them).
    journal.mark_sending([r.pk for r in journal.requests(cid)], client.esms_clock.offset)
    clock.now += 45 * 60
    outcome = Sender(journal, client, cid).run()
    assert outcome.complete and outcome.accepted == 3
    assert sorted(sim.accepted_phones()) == sorted(numbers)
