"""Zalo then SMS (``MultiChannelMessage``): the SMS part, when the ZNS fails.

The simulator sends and charges it as eSMS's pages describe it (simulator/fallback.py);
the app must quote it before sending and say afterwards which part reached the customer.
"""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path
from typing import Any

from documented import documented
from engine_helpers import checked_list
from test_documented_pages import KEYS, MULTI, ORDER, Sim, multichannel, sent_data

from esms_desktop.api.client import EsmsClient
from esms_desktop.base.texts import speaking, words
from esms_desktop.catalogue import SMS_UNSEEN, UNDELIVERED_ZALO_SMS, lookup
from esms_desktop.checks import CheckReport
from esms_desktop.checks.account import LOCAL_PRICES, local_price
from esms_desktop.cli.check import print_report
from esms_desktop.gui.models import MessagesModel
from esms_desktop.journal import Journal
from esms_desktop.message.spec import Channel
from esms_desktop.reports.campaign_report import report_rows
from esms_desktop.sending import Sender, create_campaign
from esms_desktop.sending.again import is_retryable
from esms_desktop.sending.plan import plan_retry
from esms_desktop.sending.status import refresh_delivery
from esms_desktop.simulator import DEMO_API_KEY, DEMO_OA_ACTIVE, EsmsSimulator
from esms_desktop.simulator.base import fails_delivery

#: Viettel numbers: the simulator's ZNS fails on the first (a hash of the number).
NO_ZALO = "0961200002"
ON_ZALO = "0961200001"


def _balance(s: Sim) -> Decimal:
    return s.sim.account(DEMO_API_KEY).balance


def _send(s: Sim, phone: str, rid: str) -> str:
    body = multichannel(Phone=phone)
    body["Data"][0]["RequestId"], body["Data"][1]["RequestId"] = rid + "z", rid + "s"
    answer = s.post(MULTI, body)
    assert answer["CodeResult"] == "100", answer
    return str(answer["SMSID"])


def _rows(s: Sim, sms_type: str) -> list[dict[str, Any]]:
    answer = sent_data(s, {**KEYS, "SmsType": sms_type})
    return list(answer.get("SentData", []))


def test_the_sms_part_goes_and_is_charged_only_when_the_zns_fails() -> None:
    assert fails_delivery(NO_ZALO) and not fails_delivery(ON_ZALO)
    s = Sim()
    prices = s.sim.account(DEMO_API_KEY).prices
    start = _balance(s)
    failed_id = _send(s, NO_ZALO, "a")
    _send(s, ON_ZALO, "b")
    # Accepted: each ZNS is charged, no SMS has gone yet.
    assert start - _balance(s) == 2 * prices.zalo
    s.later()
    s.post("GetBalance_json", KEYS)  # any request: what fell due by now is done
    # The ZNS to NO_ZALO failed: its SMS part went, as customer care on Viettel (1 part).
    assert start - _balance(s) == 2 * prices.zalo + prices.customer_care_viettel
    sms = _rows(s, "2")
    assert [(r["Phone"], r["ReferenceId"], r["SendResult"]) for r in sms] == [
        ("84" + NO_ZALO[1:], failed_id, 1)
    ]
    assert sms[0]["SellPrice"] == float(prices.customer_care_viettel)
    assert sms[0]["Content"] == ORDER
    zns = {r["Phone"]: r["SendResult"] for r in _rows(s, "24")}
    assert zns == {"84" + NO_ZALO[1:]: 0, "84" + ON_ZALO[1:]: 1}


def test_each_part_is_reported_under_its_own_type_as_the_callback_page_shows() -> None:
    """The callback page's samples: the SMS part as TypeId 2, the ZNS part as 24/25."""
    page = documented("callback-parts.json")
    s = Sim()
    _send(s, NO_ZALO, "c")
    s.later()
    assert [r["SmsType"] for r in _rows(s, page["sms"]["TypeId"])] == [2]
    assert {str(r["SmsType"]) for r in _rows(s, "24")} <= {"24", page["zalo"]["TypeId"]}


def test_no_sms_part_for_a_sandbox_message_nor_without_the_balance() -> None:
    s = Sim()
    body = multichannel(Phone=NO_ZALO)
    for part in body["Data"]:
        part["Sandbox"] = "1"
    assert s.post(MULTI, body)["CodeResult"] == "100"
    account = s.sim.account(DEMO_API_KEY)
    _send(s, NO_ZALO, "d")
    account.balance = Decimal(10)  # enough for nothing more
    s.later()
    s.post("GetBalance_json", KEYS)
    assert account.balance == Decimal(10)
    assert s.sim.pending_sms == {}
    assert "SentData" not in sent_data(s, {**KEYS, "SmsType": "2"})


# ---------------------------------------------------------------------- the app


def _sent_and_settled(
    tmp_path: Path, client: EsmsClient, simulator: EsmsSimulator, numbers: list[str]
) -> tuple[CheckReport, Decimal, Journal, int]:
    """``numbers`` sent as Zalo then SMS; the simulator's clock moved until every ZNS is
    final (and every SMS part gone). The check, what was charged, the journal, the campaign."""
    report = checked_list(tmp_path, numbers, "zalo-sms", client)
    assert not report.blocked, report.problems
    before = client.get_balance().balance
    journal = Journal(tmp_path / "journal.sqlite")
    cid = create_campaign(journal, report, client=client)
    assert Sender(journal, client, cid).run().complete
    later = simulator.clock() + 3600
    simulator.clock = lambda: later
    return report, before - client.get_balance().balance, journal, cid


def test_the_price_shown_covers_the_sms_part(
    tmp_path: Path, client: EsmsClient, simulator: EsmsSimulator
) -> None:
    numbers = [NO_ZALO, ON_ZALO, "0961200013"]
    assert [fails_delivery(n) for n in numbers] == [True, False, True]
    report, charged, journal, cid = _sent_and_settled(tmp_path, client, simulator, numbers)
    prices = simulator.account(DEMO_API_KEY).prices
    assert charged == 3 * prices.zalo + 2 * prices.customer_care_viettel
    # Shown before sending: the most it could cost (every ZNS failing), never less.
    assert report.cost == 3 * (prices.zalo + prices.customer_care_viettel)
    assert report.cost_from_esms
    with journal:
        assert journal.cost(cid) >= charged


def test_the_offline_price_counts_the_sms_part_too() -> None:
    text = "x" * 200  # two plain parts
    most = LOCAL_PRICES[Channel.ZALO] + 2 * LOCAL_PRICES[Channel.CUSTOMER_CARE]
    assert local_price(Channel.ZALO_THEN_SMS, text) == most


def test_the_command_line_says_the_price_is_the_most(tmp_path: Path, client: EsmsClient) -> None:
    out = io.StringIO()
    print_report(checked_list(tmp_path, [ON_ZALO], "zalo-sms", client), out)
    assert str(words("cli.check.fallback_price")) in out.getvalue()
    out = io.StringIO()
    print_report(checked_list(tmp_path, [ON_ZALO], "zalo", client), out)
    assert str(words("cli.check.fallback_price")) not in out.getvalue()


def test_a_customer_reached_by_the_sms_part_is_not_a_failure_to_send_again(
    tmp_path: Path, client: EsmsClient, simulator: EsmsSimulator, qtbot: object
) -> None:
    """The ZNS failed, eSMS sent (and charged) the SMS part: the customer has the message.
    Said as such, and never among the failures offered for sending again (a second SMS,
    charged again)."""
    numbers = [NO_ZALO, ON_ZALO]
    _, _, journal, cid = _sent_and_settled(tmp_path, client, simulator, numbers)
    with journal:
        counts = refresh_delivery(journal, client, cid, now=simulator.clock)
        assert (counts.delivered, counts.failed, counts.waiting) == (2, 0, 0)
        assert counts.by_sms == 1
        by_phone = {m.phone: m for m in journal.messages(cid)}
        assert by_phone[NO_ZALO].delivery == "by_sms"
        assert by_phone[ON_ZALO].delivery == "delivered"
        assert not any(is_retryable(m) for m in by_phone.values())
        assert journal.summary(cid).delivered == 2
        model = MessagesModel("en")
        model.set_messages(list(by_phone.values()), channel=Channel.ZALO_THEN_SMS)
        said = {model.index(i, 3).data() for i in range(2)}
        assert said == {"Delivered", "Sent by SMS instead (Zalo could not reach them)"}
        _, rows = report_rows(journal, cid)
        assert any(str(words("reports.delivery.by_sms")) in row for row in rows)


def test_over_the_daily_quota_zalo_then_sms_says_the_rest_goes_by_sms(
    tmp_path: Path, client: EsmsClient, simulator: EsmsSimulator
) -> None:
    simulator.account(DEMO_API_KEY).oas[DEMO_OA_ACTIVE].remaining_quota = 1
    numbers = [ON_ZALO, "0961200003"]
    for channel, said in [("zalo-sms", "_sms"), ("zalo", "")]:
        quota = [p for p in checked_list(tmp_path, numbers, channel, client).problems
                 if p.code == "quota"]  # fmt: skip
        assert [p.reason.key for p in quota] == ["checks.over_daily_quota" + said], channel


def test_the_simulator_can_fail_the_sms_part_and_files_it_failed_and_charged() -> None:
    """eSMS's records keep each part's own ``SendResult`` (its sent-data page's example: a
    customer-care message with ``SendResult`` 0 and a ``SellPrice``)."""
    s = Sim()
    s.sim.sms_part_fails = 1.0
    prices = s.sim.account(DEMO_API_KEY).prices
    start = _balance(s)
    failed_id = _send(s, NO_ZALO, "e")
    s.later()
    s.post("GetBalance_json", KEYS)
    assert start - _balance(s) == prices.zalo + prices.customer_care_viettel
    sms = _rows(s, "2")
    assert [(r["ReferenceId"], r["SendResult"], r["SendStatus"]) for r in sms] == [
        (failed_id, 0, 5)
    ]
    assert sms[0]["SellPrice"] == float(prices.customer_care_viettel)


def test_a_message_whose_zns_and_sms_part_both_failed_is_not_delivered(
    tmp_path: Path, client: EsmsClient, simulator: EsmsSimulator, qtbot: object
) -> None:
    """It read "Sent by SMS instead" and counted delivered, whatever the SMS part did: the
    SMS part's record decides now. Nothing reached the customer: "not delivered", with its
    own reason, and offered in "Send to failures again" (eSMS's records say it failed, so
    nothing of it is still on its way)."""
    simulator.sms_part_fails = 1.0
    numbers = [NO_ZALO, ON_ZALO]
    _, _, journal, cid = _sent_and_settled(tmp_path, client, simulator, numbers)
    with journal:
        counts = refresh_delivery(journal, client, cid, now=simulator.clock)
        assert (counts.delivered, counts.failed, counts.waiting, counts.by_sms) == (1, 1, 0, 0)
        by_phone = {m.phone: m for m in journal.messages(cid)}
        assert by_phone[NO_ZALO].delivery == "failed"
        assert is_retryable(by_phone[NO_ZALO]) and not is_retryable(by_phone[ON_ZALO])
        summary = journal.summary(cid)
        assert (summary.delivered, summary.undelivered) == (1, 1)
        model = MessagesModel("en")
        model.set_messages(list(by_phone.values()), channel=Channel.ZALO_THEN_SMS)
        row = [m.phone for m in by_phone.values()].index(NO_ZALO)
        assert model.index(row, 3).data() == "Not delivered"
        with speaking("en"):
            reason = lookup(UNDELIVERED_ZALO_SMS).text
            assert model.index(row, 4).data() == reason.explanation
            _, rows = report_rows(journal, cid)
        failed = next(r for r in rows if NO_ZALO in r)
        assert reason.explanation in failed and reason.action in failed
        assert "Sent by SMS instead" not in " ".join(failed)
        again = plan_retry(journal, cid)
        assert [m.phone for r in again.requests for m in r.messages] == [NO_ZALO]


def test_a_zns_failed_without_an_sms_part_on_record_waits_and_is_not_sent_again(
    tmp_path: Path, client: EsmsClient, simulator: EsmsSimulator
) -> None:
    """No record of the SMS part (not yet on record, or eSMS did not send it: the balance
    ran out): nobody can say it will not still arrive. Counted waiting (said for what it
    is: ``test_sms_part_unseen``), never "by SMS", never among the failures to send again
    (it would reach the customer twice, paid twice)."""
    report = checked_list(tmp_path, [NO_ZALO, ON_ZALO], "zalo-sms", client)
    journal = Journal(tmp_path / "journal.sqlite")
    cid = create_campaign(journal, report, client=client)
    assert Sender(journal, client, cid).run().complete
    simulator.account(DEMO_API_KEY).balance = Decimal(10)  # nothing more is paid for
    later = simulator.clock() + 3600
    simulator.clock = lambda: later
    with journal:
        counts = refresh_delivery(journal, client, cid, now=simulator.clock)
        assert (counts.delivered, counts.failed, counts.waiting, counts.by_sms) == (1, 0, 1, 0)
        assert counts.sms_unseen == 1
        by_phone = {m.phone: m for m in journal.messages(cid)}
        assert by_phone[NO_ZALO].delivery == SMS_UNSEEN
        assert not any(is_retryable(m) for m in by_phone.values())


def test_accepted_through_a_124_the_zns_record_then_the_sms_part_decide(
    tmp_path: Path, client: EsmsClient, simulator: EsmsSimulator
) -> None:
    """A request accepted through a 124 has no SMSID: eSMS's records give it (its ZNS
    part's, read before the customer-care records), then its SMS part's record decides."""
    simulator.sms_part_fails = 1.0
    _, _, journal, cid = _sent_and_settled(tmp_path, client, simulator, [NO_ZALO, ON_ZALO])
    with journal:
        answered = {m.phone: m.sms_id for m in journal.messages(cid)}
        for m in journal.messages(cid):
            assert m.request_pk is not None
            journal.set_sms_id(m.request_pk, "")
        counts = refresh_delivery(journal, client, cid, now=simulator.clock)
        assert (counts.delivered, counts.failed, counts.waiting, counts.by_sms) == (1, 1, 0, 0)
        by_phone = {m.phone: m for m in journal.messages(cid)}
        assert by_phone[NO_ZALO].delivery == "failed"
        assert {p: m.sms_id for p, m in by_phone.items()} == answered


def test_the_sms_parts_look_stops_once_each_is_found() -> None:
    """Every SMS part found on the first page of a busy account's records: the look read
    the other pages anyway (up to 2,000 of them, on every refresh)."""
    from types import SimpleNamespace

    from esms_desktop.api.models import SentDataItem, SentDataPage
    from esms_desktop.sending.sms_part import BY_SMS, sms_part_states

    def item(phone: str, reference: str) -> SentDataItem:
        return SentDataItem(phone, "", reference, Decimal(850), "1", "2", None, "")

    asked: list[int] = []

    def get_sent_data(_type: str, _from: str, _to: str, *, page: int = 1) -> SentDataPage:
        asked.append(page)
        found = (item("84912000001", "id-1"), item("84912000002", "id-2")) if page == 1 else ()
        return SentDataPage((*found, *[item("84900000000", "other")] * 498), total=1500)

    client = SimpleNamespace(get_sent_data=get_sent_data)
    rows = [SimpleNamespace(pk=pk, phone=f"091200000{pk}", sent_at=1.0e9) for pk in (1, 2)]
    fell_back = [(rows[0], "id-1"), (rows[1], "id-2")]
    states = sms_part_states(client, fell_back, lambda: 1.0e9 + 60)  # type: ignore[arg-type]
    assert states == {1: BY_SMS, 2: BY_SMS}
    assert asked == [1]
