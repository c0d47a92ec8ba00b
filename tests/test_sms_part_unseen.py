"""Zalo then SMS whose ZNS failed and whose SMS part eSMS's records do not hold.

eSMS sends the SMS part by itself when the ZNS fails; when the balance has run out by
then, it never sends it. The app read that as "waiting" forever: History said "Waiting",
``status`` counted it waiting, the report "Waiting for the result", with no word of what
was going on nor of what the shop can do. eSMS's pages give no time after which a missing
SMS part will not come (README, "What we assume about the real eSMS"), so it is not made a
failure after some hours, nor ever sent again by the app: it stays unsettled and looked
for, but is said for what it is, with the next steps, in each place.
"""

from __future__ import annotations

import argparse
import io
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import pytest
from engine_helpers import checked_list

from esms_desktop.api.client import EsmsClient
from esms_desktop.api.models import SentDataItem, SentDataPage
from esms_desktop.base.errors import ApiError
from esms_desktop.base.texts import set_front, speaking, words
from esms_desktop.catalogue import SMS_UNSEEN, lookup
from esms_desktop.cli.send import cmd_status
from esms_desktop.gui.models import MessagesModel
from esms_desktop.journal import Journal
from esms_desktop.message.spec import Channel
from esms_desktop.reports.campaign_report import report_rows
from esms_desktop.sending import Sender, create_campaign, plan_retry
from esms_desktop.sending.again import choose_again
from esms_desktop.sending.sms_part import BY_SMS, sms_part_states
from esms_desktop.simulator import DEMO_API_KEY, EsmsSimulator

NO_ZALO = "0961200002"  # the simulator's ZNS fails on it
ON_ZALO = "0961200001"


def balance_ran_out(tmp_path: Path, client: EsmsClient, simulator: EsmsSimulator) -> int:
    """Both sent as Zalo then SMS, then the balance runs out before the ZNS to
    :data:`NO_ZALO` fails: eSMS never sends its SMS part. The campaign (app journal)."""
    report = checked_list(tmp_path, [NO_ZALO, ON_ZALO], "zalo-sms", client)
    with Journal() as journal:
        cid = create_campaign(journal, report, client=client)
        assert Sender(journal, client, cid).run().complete
    simulator.account(DEMO_API_KEY).balance = Decimal(10)
    later = simulator.clock() + 3600
    simulator.clock = lambda: later
    return cid


def test_an_sms_part_never_sent_is_said_with_what_to_do_and_never_offered_again(
    tmp_path: Path, app_home: Path, client: EsmsClient, simulator: EsmsSimulator, qtbot: object
) -> None:
    cid = balance_ran_out(tmp_path, client, simulator)
    out = io.StringIO()
    set_front("command")
    try:
        with speaking("en"):
            args = argparse.Namespace(demo=False, campaign_id=cid, wait=False)
            assert cmd_status(args, client, out) == 0
            command_action = lookup(SMS_UNSEEN).text.action
    finally:
        set_front("window")
    printed = out.getvalue()
    assert "delivered 1, not delivered 0, waiting 1" in printed
    assert "Zalo could not reach 1, and eSMS has no record yet of the SMS" in printed
    assert "never sends them again by itself" in printed
    assert f"  row 2 {NO_ZALO}\n" in printed  # tied to the row (the list's first customer)
    assert f"esms-desktop status {cid} later" in printed and "esms-desktop balance" in printed
    assert command_action.replace("CAMPAIGN_NUMBER", str(cid)) in printed
    with Journal() as journal:
        by_phone = {m.phone: m for m in journal.messages(cid)}
        assert by_phone[NO_ZALO].delivery == SMS_UNSEEN
        # Not a failure: nothing is offered, nothing is planned again.
        choice = choose_again(journal, cid)
        assert (choice.count, choice.held_back) == (0, 0)
        with pytest.raises(ValueError):
            plan_retry(journal, cid)
        model = MessagesModel("en")
        model.set_messages(list(by_phone.values()), channel=Channel.ZALO_THEN_SMS)
        row = [m.phone for m in by_phone.values()].index(NO_ZALO)
        assert model.index(row, 3).data() == "Zalo failed; no SMS seen yet"
        with speaking("en"):
            text = lookup(SMS_UNSEEN).text
            shown = model.index(row, 4).data()
            assert text.explanation in shown and "Refresh delivery" in shown
            assert "balance ran out" in text.explanation
            _, rows = report_rows(journal, cid)
        line = next(r for r in rows if NO_ZALO in r)
        with speaking("en"):
            assert str(words("reports.delivery.sms_unseen")) in line
        assert text.explanation in line and text.action in line
        with speaking("vi"):
            vi = lookup(SMS_UNSEEN).text
            assert "chưa có tin SMS đó" in vi.explanation and "Tài khoản" in vi.action


def _item(phone: str, reference: str, result: str = "1") -> SentDataItem:
    return SentDataItem(phone, "", reference, Decimal(850), result, "5", None, "")


def test_an_unseen_sms_part_is_looked_for_again_and_settled_when_it_shows() -> None:
    """Unseen is not final: the next look finds it (by SMS here); a look that cannot read
    every page keeps it unseen, never "failed" and never "by SMS" on a guess."""
    pages: list[tuple[SentDataItem, ...]] = [()]

    def get_sent_data(_type: str, _from: str, _to: str, *, page: int = 1) -> SentDataPage:
        if pages[0] is None:
            raise ApiError("no answer")
        return SentDataPage(pages[0], total=len(pages[0]))

    client = SimpleNamespace(get_sent_data=get_sent_data)
    row = SimpleNamespace(pk=1, phone="0912000001", sent_at=1.0e9, delivery="")
    now = lambda: 1.0e9 + 3600  # noqa: E731
    assert sms_part_states(client, [(row, "id-1")], now) == {1: SMS_UNSEEN}  # type: ignore[arg-type]
    pages[0] = None  # type: ignore[call-overload]
    unseen = SimpleNamespace(**{**vars(row), "delivery": SMS_UNSEEN})
    assert sms_part_states(client, [(unseen, "id-1")], now) == {1: SMS_UNSEEN}  # type: ignore[arg-type]
    assert sms_part_states(client, [(row, "id-1")], now) == {1: "waiting"}  # type: ignore[arg-type]
    pages[0] = (_item("84912000001", "id-1"),)
    assert sms_part_states(client, [(unseen, "id-1")], now) == {1: BY_SMS}  # type: ignore[arg-type]
