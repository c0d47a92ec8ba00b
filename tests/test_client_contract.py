"""Every client method against the simulator, and the documented example answers."""

from __future__ import annotations

import json
from decimal import Decimal

import httpx
import pytest

from esms_desktop.api.client import EsmsClient, SmsType
from esms_desktop.api.credentials import Credentials
from esms_desktop.base.errors import BadAnswerError, ResultCodeError
from esms_desktop.simulator import (
    DEMO_CSKH_BRAND,
    DEMO_OA_ACTIVE,
    DEMO_QC_BRAND,
    EsmsSimulator,
)

CSKH = "Cam on {name} da mua hoa tai Shop Hoa Demo. Ma don hang cua ban la {code}."


def cskh(name: str = "Lan", code: str = "DH01") -> str:
    return CSKH.format(name=name, code=code)


def qc_phones(n: int, start: int = 0) -> list[str]:
    return [f"09612{i + start:05d}" for i in range(n)]


def test_balance_brandnames_templates_oas(client: EsmsClient) -> None:
    assert client.get_balance().balance == Decimal(2_000_000)
    brands = {b.name: b for b in client.get_brandnames()}
    assert brands[DEMO_CSKH_BRAND].is_customer_care and brands[DEMO_QC_BRAND].is_advertising
    templates = client.get_customer_care_templates(DEMO_CSKH_BRAND)
    assert {t.carrier.display_name for t in templates if t.carrier} == {
        "Viettel",
        "Mobifone",
        "Vinaphone",
    }
    oas = client.get_zalo_oas()
    assert DEMO_OA_ACTIVE in {o.oaid for o in oas}


def test_zns_templates_info_and_quota(client: EsmsClient) -> None:
    templates = client.get_zns_templates(DEMO_OA_ACTIVE)
    first = templates[0]
    assert [p.name for p in first.params] == ["customer_name", "order_code", "amount"]
    info = client.get_zns_template_info(first.temp_id, DEMO_OA_ACTIVE)
    assert info.params[0].max_length == 30 and info.params[0].required
    quota = client.get_oa_quota(DEMO_OA_ACTIVE)
    assert quota.remaining <= quota.daily


def test_all_send_kinds_are_accepted(client: EsmsClient, simulator: EsmsSimulator) -> None:
    assert client.send_customer_care("0961234567", cskh(), DEMO_CSKH_BRAND, "r-cskh").accepted
    assert client.send_fixed_number("0961234568", "Hello", "r-fixed").accepted
    assert client.send_advertising(qc_phones(30), "[QC] Sale", DEMO_QC_BRAND, "r-qc").accepted
    params = {"customer_name": "Lan", "order_code": "DH1", "amount": "150000"}
    assert client.send_zalo("0961234569", DEMO_OA_ACTIVE, "226012", params, "r-zalo").accepted
    bulk = client.send_zalo_bulk(
        DEMO_OA_ACTIVE,
        "226012",
        [("0961234570", "r-b1", ["Lan", "DH2", "1"]), ("0961234571", "r-b2", ["Mai", "DH3", "2"])],
    )
    assert bulk.accepted and bulk.total_success == 2
    assert [i.request_id for i in bulk.items] == ["r-b1", "r-b2"]
    multi = client.send_zalo_then_sms(
        "0961234572",
        oaid=DEMO_OA_ACTIVE,
        template_id="226012",
        params=["Lan", "DH4", "3"],
        zalo_request_id="r-m-z",
        sms_content=cskh(),
        sms_brandname=DEMO_CSKH_BRAND,
        sms_request_id="r-m-s",
    )
    assert multi.accepted
    assert len(simulator.accepted) == 1 + 1 + 30 + 1 + 2 + 1


def test_estimates(client: EsmsClient) -> None:
    one = client.estimate_customer_care("0961234567", cskh(), DEMO_CSKH_BRAND)
    assert one.total_receiver == 1 and one.total_price == Decimal(850)
    qc = client.estimate_advertising(qc_phones(40), "[QC] Sale", DEMO_QC_BRAND)
    assert qc.total_receiver == 40 and qc.total_price == Decimal(40 * 650)
    zalo = client.estimate_zalo("0961234567", DEMO_OA_ACTIVE, "226012", ["Lan", "DH1", "1"])
    assert zalo.total_price == Decimal(300)


def test_status_goes_from_unknown_to_waiting_to_final() -> None:
    now = [1_795_000_000.0]  # late 2026
    sim = EsmsSimulator(clock=lambda: now[0], status_delay=9, records_lag=600)
    from esms_desktop.simulator import demo_client

    client = demo_client(sim)
    assert isinstance(client, EsmsClient)
    sms_id = client.send_advertising(qc_phones(60), "[QC] Sale", DEMO_QC_BRAND, "r").sms_id
    for wait in (0, 599, 2):  # not on record for records_lag, then not known for a while
        now[0] += wait
        with pytest.raises(ResultCodeError) as info:
            client.get_send_status(sms_id)
        assert info.value.code == "105"
    now[0] += 2
    waiting = client.get_send_status(sms_id)
    assert waiting.send_status == "2" and not waiting.final
    assert not any(r.is_sent for r in client.get_receiver_status(sms_id))
    now[0] += 10
    final = client.get_send_status(sms_id)
    assert final.final and final.send_success + final.send_failed == 60
    receivers = client.get_receiver_status(sms_id)
    assert len(receivers) == 60 and all(r.is_sent for r in receivers)
    assert sum(not r.sent_result for r in receivers) == final.send_failed
    page = client.get_sent_data(
        SmsType.ADVERTISING, "2000-01-01 00:00:00", "2099-01-01 00:00:00", page_size=50
    )
    assert page.total == 60 and len(page.items) == 50
    assert page.items[0].reference_id == sms_id  # the SMSID, not our RequestId


# --- the documented example answers, parsed from a mock transport ---------------


def mock_client(answer: httpx.Response | Exception) -> EsmsClient:
    def handler(request: httpx.Request) -> httpx.Response:
        if isinstance(answer, Exception):
            raise answer
        return answer

    from esms_desktop.api.policy import NO_RETRY

    return EsmsClient(
        Credentials("k" * 8, "s" * 8), transport=httpx.MockTransport(handler), retry=NO_RETRY
    )


def send_with(answer: httpx.Response):  # type: ignore[no-untyped-def]
    return mock_client(answer).send_customer_care("0961234567", "x", "B", "rid")


def test_documented_success_answer() -> None:
    result = send_with(
        httpx.Response(200, json={"CodeResult": "100", "CountRegenerate": 0, "SMSID": "abc-1"})
    )
    assert result.accepted and result.sms_id == "abc-1"


def test_documented_duplicate_answer() -> None:
    result = send_with(
        httpx.Response(
            200, json={"CodeResult": "124", "ErrorMessage": "Request exist 1", "SendStatus": "5"}
        )
    )
    assert result.code == "124" and not result.duplicate_of_earlier_attempt


def test_numeric_code_is_unreadable_and_code_response_is_read() -> None:
    # Every page documents CodeResult as a string: a bare number is not eSMS's shape.
    with pytest.raises(BadAnswerError):
        send_with(httpx.Response(200, json={"CodeResult": 146}))
    balance = mock_client(
        httpx.Response(200, json={"Balance": 12345, "CodeResponse": "100", "UserID": 7})
    ).get_balance()
    assert balance.balance == Decimal(12345) and balance.user_id == "7"


@pytest.mark.parametrize(
    "answer",
    [
        httpx.Response(200, content=b"<html>maintenance</html>"),
        httpx.Response(200, content=b""),
        httpx.Response(200, content=b"[1, 2]"),
        httpx.Response(502, content=b"Bad gateway"),
        httpx.Response(500, json={"CodeResult": "100"}),
    ],
    ids=["html", "empty", "not-object", "502", "500-with-json"],
)
def test_unreadable_answers_are_typed_errors_with_raw_text(answer: httpx.Response) -> None:
    with pytest.raises(BadAnswerError) as info:
        send_with(answer)
    assert info.value.status == answer.status_code
    assert info.value.raw == answer.content.decode()[:500]


def test_lookup_failure_code_raises_result_code_error() -> None:
    with pytest.raises(ResultCodeError) as info:
        mock_client(
            httpx.Response(200, json={"CodeResponse": "101", "ErrorMessage": "Authorize Failed"})
        ).get_balance()
    assert info.value.code == "101" and info.value.error_message == "Authorize Failed"


def test_sends_without_request_id_are_refused() -> None:
    with pytest.raises(ValueError):
        mock_client(httpx.Response(200, json={})).send_fixed_number("0961234567", "x", "")


def test_advertising_estimate_sends_xml() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(
            200, json={"CodeResult": "100", "TotalPrice": 1300, "TotalReceiver": 2}
        )

    client = EsmsClient(Credentials("k" * 8, "s" * 8), transport=httpx.MockTransport(handler))
    client.estimate_advertising(["0961234567", "0961234568"], "a < b & c", "B")
    body = seen[0].content.decode()
    assert body.startswith("<RQST><APIKEY>kkkkkkkk</APIKEY>")
    assert "<CONTENT>a &lt; b &amp; c</CONTENT>" in body and body.count("<PHONE>") == 2
    assert seen[0].headers["Content-Type"].startswith("text/plain")
    json.dumps(body)  # plain text, nothing binary


def test_zalo_then_sms_refuses_a_repeat_of_either_part(
    client: EsmsClient, simulator: EsmsSimulator
) -> None:
    """Each part of ``MultiChannelMessage`` carries its own RequestId and the page does not
    say how a repeat of either is met: the simulator takes the stricter reading, so a
    client that reused the SMS part's id with a new Zalo one would be caught (124)."""

    def send(zalo_id: str, sms_id: str) -> str:
        return client.send_zalo_then_sms(
            "0961234580",
            oaid=DEMO_OA_ACTIVE,
            template_id="226012",
            params=["Lan", "DH4", "3"],
            zalo_request_id=zalo_id,
            sms_content=cskh(),
            sms_brandname=DEMO_CSKH_BRAND,
            sms_request_id=sms_id,
        ).code

    assert send("r-z1", "r-s1") == "100"
    assert send("r-z2", "r-s1") == "124"
    assert send("r-z1", "r-s2") == "124"
    assert send("r-z3", "r-s3") == "100"
    assert len(simulator.accepted) == 2
