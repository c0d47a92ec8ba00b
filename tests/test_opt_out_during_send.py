"""A customer put on the do-not-send list after the campaign was written is not sent to.

A money-safety audit from outside (seventh pass): a fixed-number send of 200 killed
after 30, 10 of the customers still to go added with ``esms-desktop optout add``, then
``esms-desktop resume``: all 10 were sent to (and charged) against their refusal. The
list was read by the check only; the sender never looked at it again. Advertising held
overnight (Decree 91's hours), a send paused for the balance, "send again to failures"
or a reminder written yesterday went the same way. Now each request that never left is
looked at again against the list as it is marked to leave, in the same transaction.
"""

from __future__ import annotations

import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
from engine_helpers import campaign, phones
from test_engine import client_for, sender

from esms_desktop.base.texts import speaking
from esms_desktop.catalogue import lookup
from esms_desktop.catalogue.codes import DO_NOT_SEND_LATE
from esms_desktop.journal import Journal, MessageState
from esms_desktop.sending.progress import Failure, Progress
from esms_desktop.simulator import DEMO_API_KEY, EsmsSimulator, demo_account


@pytest.fixture
def journal(tmp_path: Path) -> Journal:
    return Journal(tmp_path / "journal.sqlite3")


def test_numbers_added_to_the_list_before_a_resume_are_not_sent(
    tmp_path: Path, journal: Journal
) -> None:
    sim = EsmsSimulator()
    client = client_for(sim)
    numbers = phones(20)
    cid = campaign(tmp_path, journal, client, numbers, "fixed")
    refused = numbers[-5:]
    journal.change_opt_out(refused, source="command line")
    outcome = sender(journal, client, cid).run()
    assert outcome.complete, outcome
    assert Counter(sim.accepted_phones()) == Counter(numbers[:-5])
    by_phone = {m.phone: m for m in journal.messages(cid)}
    for phone in refused:
        message = by_phone[phone]
        assert message.state is MessageState.EXCLUDED and message.code == DO_NOT_SEND_LATE
    summary = journal.summary(cid)
    assert (summary.accepted, summary.excluded, summary.left) == (15, 5, 0)
    assert not journal.open_batches(cid)  # nothing left for a resume to send


def test_a_number_added_while_the_campaign_is_being_sent_is_not_sent(
    tmp_path: Path, journal: Journal
) -> None:
    sim = EsmsSimulator()
    client = client_for(sim)
    numbers = phones(30)
    cid = campaign(tmp_path, journal, client, numbers)
    late = numbers[-3:]

    def on_progress(progress: Progress) -> None:
        if progress.accepted == 5:  # the window's do-not-send list, changed meanwhile
            journal.change_opt_out(late, source="window")

    outcome = sender(journal, client, cid, max_in_flight=1, on_progress=on_progress).run()
    assert outcome.complete, outcome
    assert set(sim.accepted_phones()) == set(numbers[:-3])
    assert outcome.accepted == 27


def test_advertising_batch_goes_without_the_refused_numbers(
    tmp_path: Path, journal: Journal
) -> None:
    sim = EsmsSimulator([demo_account(Decimal(10_000_000))])
    client = client_for(sim)
    numbers = phones(40)
    cid = campaign(tmp_path, journal, client, numbers, "qc")
    journal.change_opt_out(numbers[:4], source="window")
    balance = sim.account(DEMO_API_KEY).balance
    assert sender(journal, client, cid).run().complete
    assert sorted(sim.accepted_phones()) == sorted(numbers[4:])
    assert balance - sim.account(DEMO_API_KEY).balance == 36 * 650
    assert journal.summary(cid).excluded == 4


def test_the_reason_is_said_in_both_languages() -> None:
    for lang, word in (("vi", "không gửi"), ("en", "do-not-send")):
        with speaking(lang):
            info = lookup(DO_NOT_SEND_LATE)
            assert word in info.text.explanation.lower(), info.text
            assert not info.charged


def test_the_command_line_says_how_many_were_taken_out(
    tmp_path: Path, journal: Journal, capsys: pytest.CaptureFixture[str]
) -> None:
    from esms_desktop.cli.send import print_outcome

    sim = EsmsSimulator()
    client = client_for(sim)
    numbers = phones(6)
    cid = campaign(tmp_path, journal, client, numbers, "fixed")
    journal.change_opt_out(numbers[:2], source="command line")
    outcome = sender(journal, client, cid).run()
    assert outcome.withdrawn == 2
    for lang, said in (
        ("en", "2 customers were put on the do-not-send list"),
        ("vi", "2 khách được thêm vào danh sách không gửi"),
    ):
        with speaking(lang):
            print_outcome(outcome, cid, sys.stdout)
        assert said in capsys.readouterr().out


def test_an_advertising_batch_left_under_30_is_kept_not_sent(
    tmp_path: Path, journal: Journal
) -> None:
    """32 numbers, 4 of them put on the list: 28 cannot go as one advertising request
    (eSMS sends it to 30 or more, 107). They are kept with that reason, not handed to
    eSMS to be refused, and the failures say each row's reason."""
    sim = EsmsSimulator([demo_account(Decimal(10_000_000))])
    client = client_for(sim)
    numbers = phones(32)
    cid = campaign(tmp_path, journal, client, numbers, "qc")
    journal.change_opt_out(numbers[:4], source="window")
    failures: list[Failure] = []
    before = sim.request_count
    outcome = sender(journal, client, cid, on_failure=failures.append).run()
    assert outcome.complete and outcome.withdrawn == 4 and outcome.accepted == 0
    assert sim.accepted == [] and sim.request_count - before <= 1  # the clock's look-up
    codes = Counter(m.excluded_code for m in journal.messages(cid))
    assert codes == {DO_NOT_SEND_LATE: 4, "107": 28}
    assert Counter(f.code for f in failures) == codes
    with speaking("en"):
        (reason,) = {m.excluded_reason for m in journal.messages(cid) if m.excluded_code == "107"}
    assert "30" in reason and "28" in reason
