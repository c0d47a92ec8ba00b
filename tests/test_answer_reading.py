"""Reading eSMS's answers strictly: result codes, depth, shapes, sanitising, Zalo's documented answers."""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
import pytest
from documented import answering, documented
from engine_helpers import campaign, phones
from spoken import en

from esms_desktop.api.answers import nested_deeper_than, result_code
from esms_desktop.api.client import EsmsClient
from esms_desktop.api.credentials import Credentials
from esms_desktop.api.models import SUCCESS, phone_key
from esms_desktop.api.policy import NO_RETRY
from esms_desktop.base.errors import AnswerLimitError, BadAnswerError
from esms_desktop.base.redact import install_log_redaction
from esms_desktop.base.sanitise import clean, quote, terminal_safe
from esms_desktop.base.vntime import CLOCK_OFFSET_ENV, VIETNAM
from esms_desktop.journal import Journal, RequestState
from esms_desktop.sending.sender import Sender
from esms_desktop.sending.status import refresh_delivery
from esms_desktop.simulator import (
    DEMO_API_KEY,
    DEMO_OA_ACTIVE,
    DEMO_SECRET_KEY,
    EsmsSimulator,
    SimulatorTransport,
)

# --- result codes ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({"CodeResult": "100"}, "100"),
        ({"CodeResponse": "101"}, "101"),
        ({"Error": 0, "Message": "Success"}, SUCCESS),
        ({"Error": 1204}, "1204"),
        ({"Code": 0}, SUCCESS),
        ({"error": "Invalid request"}, "invalid_request"),
        ({"Balance": 5}, None),
    ],
)
def test_documented_codes_are_read(body: dict[str, Any], code: str | None) -> None:
    assert result_code(body) == code


@pytest.mark.parametrize(
    "value",
    ["100.0", True, ["100"], 100, " 100", "100\n", "", None, "\x1b[2J100", "１００", {"c": 1}],
    ids=repr,
)
def test_anything_but_a_string_of_digits_is_unreadable(value: object) -> None:
    with pytest.raises(AnswerLimitError) as caught:
        result_code({"CodeResult": value})
    assert caught.value.limit == "code"
    assert "\x1b" not in caught.value.detail


@pytest.mark.parametrize("value", [True, "0", 0.0, [0]], ids=repr)
def test_error_is_a_number_and_nothing_else(value: object) -> None:
    with pytest.raises(AnswerLimitError):
        result_code({"Error": value})


def test_nesting_is_measured_without_recursion() -> None:
    assert not nested_deeper_than(b'{"a": [{"b": [1, 2]}, {}]}', 4)
    assert nested_deeper_than(b'{"a": [{"b": [1, 2]}, {}]}', 3)
    # Brackets inside strings are text, not nesting.
    assert not nested_deeper_than(b'{"a": "[[[[[[[[[[", "b": "\\"]]]]"}', 1)
    deep = b"[" * 100_000 + b"]" * 100_000
    assert nested_deeper_than(deep, 32)


def test_a_list_field_of_another_shape_is_unreadable_not_a_crash() -> None:
    client = answering({"CodeResult": "100", "ListBrandName": 5})
    with pytest.raises(AnswerLimitError) as caught:
        client.get_brandnames()
    assert caught.value.limit == "shape"
    bulk = answering({"CodeResult": "100", "TotalSuccess": 1, "Detail": 1})
    with pytest.raises(BadAnswerError):
        bulk.send_zalo_bulk("oa", "t", [("0961234567", "r1", ["a"])])


# --- sanitising ----------------------------------------------------------------------


def test_clean_removes_escapes_controls_and_bidi_marks() -> None:
    hostile = "\x1b[2J\x1b]0;owned\x07Sai\u202e template\r\n\x9b31m\x85 ok\u2066\u200f\u061c"
    assert clean(hostile) == "Sai template ok"
    assert quote("x" * 500).endswith("…") and len(quote("x" * 500)) == 80
    assert quote(True) == "true" and quote(["100"]) == "[...]"
    assert terminal_safe("a\n\tb\x1b[31m\u202ec\x07") == "a\n\tbc"


def test_an_error_message_from_esms_reaches_no_one_raw() -> None:
    client = answering(
        {"CodeResult": "146", "ErrorMessage": "\x1b]0;owned\x07Sai\u202e template" + "!" * 900}
    )
    result = client.send_customer_care("0961234567", "x", "B", "rid")
    assert result.error_message.startswith("Sai template") and len(result.error_message) <= 200
    templates = answering(
        {"CodeResult": "100", "BrandnameTemplates": [
            {"NetworkID": "1", "TempContent": "Dong 1\r\nDong\x1b[2J  2\u202e", "TempId": "7"}]}
    ).get_customer_care_templates("B")  # fmt: skip
    assert templates[0].content == "Dong 1\r\nDong  2"  # its lines and spaces kept


def test_the_log_never_holds_an_escape(caplog: pytest.LogCaptureFixture) -> None:
    install_log_redaction()
    with caplog.at_level(logging.INFO):
        logging.getLogger("esms_desktop.test").info("answer: %s", "\x1b[2Jx\u202ey\x9b31m")
    assert caplog.records[-1].getMessage() == "answer: xy"


# --- Zalo, field for field from the pages -----------------------------------------------


def test_documented_quota_answer_keeps_its_promotion_fields() -> None:
    quota = answering(documented("zns-quota-answer.json")).get_oa_quota("oa")
    assert (quota.daily, quota.remaining) == (5000, 4992)
    assert (quota.daily_promotion, quota.remaining_promotion) == (0, 0)
    assert (quota.monthly_promotion, quota.remaining_monthly_promotion) == (403, 403)
    assert quota.next_month_promotion == 425


def test_documented_zns_status_answer() -> None:
    status = answering(documented("zns-status-answer.json")).query_zns_status("59e0")
    assert status.final and status.error_info == "0" and status.delivery == "delivered"
    assert status.zalo_msg_id == "6dc7499c9ef6baaee3e1"


def test_documented_bulk_answer_items_by_normalised_number() -> None:
    items = [("0901888484", "r1", ["a"]), ("0918 238 965", "r2", ["b"]), ("0765418062", "r3", [])]
    result = answering(documented("zns-bulk-answer.json")).send_zalo_bulk("oa", "t", items)
    assert (result.total_success, result.total_fail) == (2, 1)
    assert [i.request_id for i in result.items] == ["r1", "r2", "r3"]
    refused = result.items[2]
    assert refused.code == "108" and refused.error_message.startswith("The phone number")
    assert phone_key("+84 90 188 8484") == phone_key("0901888484") == "0901888484"


def test_a_bulk_item_missing_or_unreadable_stays_doubtful_never_failed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # At Vietnam's noon, for app and simulator alike: in the last minutes before midnight a
    # doubtful RequestId may no longer be sent again, and the resume below would wait for
    # eSMS's records instead (the run failed in CI's 16:55-17:00 UTC).
    noon = dt.datetime.now(VIETNAM).replace(hour=12, minute=0, second=0, microsecond=0)
    offset = noon.timestamp() - time.time()
    monkeypatch.setenv(CLOCK_OFFSET_ENV, str(offset))
    sim = EsmsSimulator(clock=lambda: time.time() + offset)
    plain = EsmsClient(
        Credentials(DEMO_API_KEY, DEMO_SECRET_KEY), transport=SimulatorTransport(sim),
        retry=NO_RETRY,
    )  # fmt: skip
    journal = Journal(tmp_path / "journal.sqlite3")
    numbers = phones(4)
    cid = campaign(tmp_path, journal, plain, numbers, "zalo")
    inner = SimulatorTransport(sim)

    def odd(request: httpx.Request) -> httpx.Response:
        answer = inner.handle_request(request)
        body = json.loads(answer.read())
        kept = []
        for item in body.get("detail") or []:
            number = phone_key(item["Phone"])
            if number == numbers[0]:
                continue  # eSMS said nothing about this number
            if number == numbers[1]:
                item["CodeResult"] = "100.0"  # nor anything readable about this one
            if number == numbers[2]:
                item["Phone"] = "+84 " + number[1:4] + " " + number[4:]  # written another way
            kept.append(item)
        body["detail"] = kept
        # Dated as eSMS's answers are: the attempts leave under a measure of its clock, and
        # the doubtful ones may be retried with their RequestIds (undated, they would only
        # be settled from eSMS's records, after the records grace).
        return httpx.Response(200, json=body, headers={"Date": answer.headers["Date"]})

    client = EsmsClient(
        Credentials(DEMO_API_KEY, DEMO_SECRET_KEY), transport=httpx.MockTransport(odd),
        retry=NO_RETRY,
    )  # fmt: skip
    outcome = Sender(
        journal, client, cid, network_backoff=lambda _n: 0.0, sleep=lambda _s: None
    ).run()
    assert outcome.failed == 0 and outcome.accepted == 2
    states = Counter(r.state for r in journal.requests(cid))
    assert states[RequestState.ACCEPTED] == 2 and states[RequestState.FAILED] == 0
    # The resume on a tidy line: the two doubtful ones get 124, nothing is sent twice.
    outcome = Sender(journal, plain, cid, sleep=lambda _s: None).run()
    assert outcome.complete
    assert sorted(Counter(sim.accepted_phones()).values()) == [1, 1, 1, 1]


def test_zns_delivery_is_asked_with_query_zns_status(tmp_path: Path) -> None:
    now = [time.time()]
    sim = EsmsSimulator(clock=lambda: now[0], status_delay=60)
    asked: list[str] = []
    inner = SimulatorTransport(sim)

    def spy(request: httpx.Request) -> httpx.Response:
        asked.append(request.url.path.rsplit("/", 2)[-2] or request.url.path)
        return inner.handle_request(request)

    client = EsmsClient(
        Credentials(DEMO_API_KEY, DEMO_SECRET_KEY), transport=httpx.MockTransport(spy),
        retry=NO_RETRY,
    )  # fmt: skip
    journal = Journal(tmp_path / "journal.sqlite3")
    cid = campaign(tmp_path, journal, client, phones(3), "zalo", oaid=DEMO_OA_ACTIVE)
    assert Sender(journal, client, cid, sleep=lambda _s: None).run().complete
    asked.clear()
    now[0] += 3600
    counts = refresh_delivery(journal, client, cid, now=lambda: now[0])
    assert counts.delivered == 3 and counts.final
    assert "QueryZnsStatus" in asked and "GetSmsReceiverStatus_get" not in str(asked)


# --- SendingMode 3 is for tag-3 templates only ----------------------------------------------


@pytest.mark.parametrize(("tag", "blocked"), [("TRANSACTION", True), ("PROMOTION", False)])
def test_over_quota_sending_is_offered_for_tag_3_templates_only(
    tmp_path: Path, tag: str, blocked: bool
) -> None:
    from files import write_text

    from esms_desktop.checks import load_account_for, run_checks
    from esms_desktop.message.spec import CampaignSpec, ParamSource
    from esms_desktop.recipients.recipient_list import open_recipients

    sim = EsmsSimulator()
    for account in sim.accounts.values():
        for oa in account.oas.values():
            for template in oa.templates.values():
                template.tag = tag
    client = EsmsClient(
        Credentials(DEMO_API_KEY, DEMO_SECRET_KEY), transport=SimulatorTransport(sim),
        retry=NO_RETRY,
    )  # fmt: skip
    rows = [["Tên", "Số điện thoại", "Mã đơn"]] + [
        [f"Khach {i}", p, f"DH{i}"] for i, p in enumerate(phones(3))
    ]
    spec = CampaignSpec(
        channel="zalo",
        oaid=DEMO_OA_ACTIVE,
        template_id="226012",
        params={
            "customer_name": ParamSource(column="Tên"),
            "order_code": ParamSource(column="Mã đơn"),
            "amount": ParamSource(value="150000"),
        },
        over_quota=True,
    )
    recipients = open_recipients(write_text(tmp_path / "list.csv", rows))
    report = run_checks(recipients, spec, account=load_account_for(client, spec), client=client)
    problems = {p.code: p for p in report.problems}
    assert ("over_quota_tag" in problems) is blocked
    if blocked:
        words = en(problems["over_quota_tag"])
        assert "tag-3" in words and "TRANSACTION" in words and "Untick" in words


# --- requests as the current pages write them ------------------------------------------------


def recording(sim: EsmsSimulator) -> tuple[EsmsClient, list[httpx.Request]]:
    seen: list[httpx.Request] = []
    inner = SimulatorTransport(sim)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return inner.handle_request(request)

    client = EsmsClient(
        Credentials(DEMO_API_KEY, DEMO_SECRET_KEY), transport=httpx.MockTransport(handler),
        retry=NO_RETRY,
    )  # fmt: skip
    return client, seen


def test_one_zns_goes_as_v6_with_temp_data_one_object() -> None:
    sim = EsmsSimulator()
    client, seen = recording(sim)
    params = {"customer_name": "Chị A", "order_code": "DH1", "amount": "150000"}
    result = client.send_zalo("0961234567", DEMO_OA_ACTIVE, "226012", params, "rid-v6")
    assert result.accepted, result
    assert seen[0].url.path.endswith("/SendZaloMessage_V6/")
    assert json.loads(seen[0].content)["TempData"] == params


def test_multichannel_has_a_request_id_per_channel_and_none_on_top() -> None:
    sim = EsmsSimulator()
    client, seen = recording(sim)
    client.send_zalo_then_sms(
        "0961234567",
        oaid=DEMO_OA_ACTIVE,
        template_id="226012",
        params=["Chị A", "DH1", "150000"],
        zalo_request_id="rid-z",
        sms_content="Cam on Chi A da mua hoa tai Shop Hoa Demo. Ma don hang cua ban la DH1.",
        sms_brandname="X",
        sms_request_id="rid-s",
    )
    body = json.loads(seen[0].content)
    page = documented("multichannel-request.json")
    assert set(body) == set(page)  # the page's top level: no RequestId
    assert [d["RequestId"] for d in body["Data"]] == ["rid-z", "rid-s"]


def test_the_log_file_formatter_is_terminal_safe_tracebacks_included() -> None:
    from esms_desktop.app.logs import SafeFormatter

    try:
        raise ValueError("\x1b]0;owned\x07bad\u202e answer")
    except ValueError:
        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "m", None, sys.exc_info())
    line = SafeFormatter("%(message)s").format(record)
    assert "bad answer" in line and "Traceback" in line and "\x1b" not in line
    assert "\u202e" not in line and "\x07" not in line
