"""eSMS's documented examples, field for field, against the client and the simulator.

Each file of ``tests/data/documented`` is an example request or answer of one page of
eSMS's developer documentation (path and commit in its ``_page``). The client must
read every documented answer; the simulator must answer each case in the page's
shape: the same fields, the code under the same name (``CodeResult`` or
``CodeResponse``), each value of the same JSON type (a bare number where the page
shows one). A simulator that answered its own shape would let the client's reading
go untested against the real one.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
import pytest
from documented import DOCS, answering, documented

from esms_desktop.api.client import EsmsClient
from esms_desktop.api.credentials import Credentials
from esms_desktop.api.policy import NO_RETRY
from esms_desktop.base.errors import ResultCodeError
from esms_desktop.simulator import (
    DEMO_API_KEY,
    DEMO_CSKH_BRAND,
    DEMO_OA_ACTIVE,
    DEMO_QC_BRAND,
    DEMO_SECRET_KEY,
    EsmsSimulator,
)
from esms_desktop.telecom.carriers import Carrier

ORDER = "Cam on Lan da mua hoa tai Shop Hoa Demo. Ma don hang cua ban la DH01."
KEYS = {"ApiKey": DEMO_API_KEY, "SecretKey": DEMO_SECRET_KEY}
WRONG = {"ApiKey": "nope1234", "SecretKey": "nope5678"}
ZALO = {"customer_name": "Lan", "order_code": "DH1", "amount": "150000"}


def refused(call: Callable[[], object]) -> str:
    with pytest.raises(ResultCodeError) as caught:
        call()
    return caught.value.code


# ---------------------------------------------------------------------- the client reads them


def test_balance_answers() -> None:
    answers = documented("balance-answers.json")
    balance = answering(answers["100"]).get_balance()
    assert (balance.balance, balance.user_id) == (Decimal(36693), "9999")
    # Its 101 carries "Balance": 0: a refusal, never a balance of nothing.
    assert refused(answering(answers["101"]).get_balance) == "101"


def test_brandname_answers_with_a_numeric_type() -> None:
    answers = documented("brandnames-answers.json")
    brands = answering(answers["100"]).get_brandnames()
    assert [(b.name, b.type) for b in brands] == [
        ("Baotrixemay", "2"),
        ("QC_ONLINE", "1"),
        ("BAT DONG SAN GIA TOT", "23"),
    ]
    assert brands[0].is_customer_care and brands[1].is_advertising
    assert refused(answering(answers["101"]).get_brandnames) == "101"


def test_customer_care_templates_with_numeric_ids() -> None:
    templates = answering(documented("care-templates-answer.json")).get_customer_care_templates(
        "Baotrixemay"
    )
    assert [t.network_id for t in templates] == ["6", "4", "2", "5", "3", "1"]
    assert templates[0].carrier is Carrier.ITEL and templates[5].carrier is Carrier.VIETTEL
    assert templates[0].temp_id == "458"
    assert templates[0].content == "{P1,20} la ma xac minh dang ky Baotrixemay cua ban"


def test_send_status_answers() -> None:
    answers = documented("send-status-answers.json")
    status = answering(answers["100"]).get_send_status("434a124c")
    assert (status.send_status, status.send_success, status.send_failed) == ("5", 1, 0)
    assert status.total_price == Decimal("850.0000") and status.final
    assert refused(lambda: answering(answers["101"]).get_send_status("x")) == "101"


def test_receiver_status_answer() -> None:
    (receiver,) = answering(documented("receiver-status-answer.json")).get_receiver_status("x")
    assert (receiver.phone, receiver.network_name) == ("0901888484", "Viettel")
    assert receiver.is_sent and receiver.sent_result and receiver.retry == 0


def test_estimate_answers() -> None:
    answers = documented("estimate-answers.json")
    care = answering(answers["cskh-100"]).estimate_customer_care("0901888484", "x", "B")
    assert (care.total_price, care.total_receiver) == (Decimal(850), 1)
    ads = answering(answers["qc-100"]).estimate_advertising(["0901888484"], "x", "B")
    assert (ads.total_price, ads.total_receiver) == (Decimal("1691300.0000"), 2997)
    zalo = answering(answers["zalo-100"]).estimate_zalo("0901888484", "1", "2", ["a"])
    assert zalo.total_price == Decimal("660.0000")
    care_104 = answering(answers["cskh-104"])
    assert refused(lambda: care_104.estimate_customer_care("0901888484", "x", "B")) == "104"
    ads_104 = answering(answers["qc-104"])
    assert refused(lambda: ads_104.estimate_advertising(["0901888484"], "x", "B")) == "104"


def test_zalo_oa_answer() -> None:
    oas = answering(documented("zalo-oas-answer.json")).get_zalo_oas()
    assert [(o.oaid, o.name) for o in oas][1] == ("4097311281936189049", "SVoucher")


def test_sent_data_refusal() -> None:
    client = answering(documented("sent-data-101.json"))
    assert refused(lambda: client.get_sent_data("2", "2025-01-01 06:00:00", "2025-01-02")) == "101"


@pytest.mark.parametrize("code", ["100", "101", "104", "107", "124"])
def test_advertising_answers(code: str) -> None:
    result = answering(documented("advertising-answers.json")[code]).send_advertising(
        ["0901888484"], "x", "B", "rid"
    )
    assert result.code == code and result.accepted == (code == "100")


@pytest.mark.parametrize("code", ["100", "101", "99"])
def test_fixed_number_answers(code: str) -> None:
    result = answering(documented("fixed-number-answers.json")[code]).send_fixed_number(
        "0901888484", "686868", "rid"
    )
    assert result.accepted == (code == "100") and result.code == (
        "invalid_request" if code == "99" else code
    )


@pytest.mark.parametrize("code", ["100", "101", "789"])
def test_zalo_answers(code: str) -> None:
    result = answering(documented("zalo-answers.json")[code]).send_zalo(
        "0901888484", "1", "2", {"a": "b"}, "rid"
    )
    assert result.code == code and result.accepted == (code == "100")


# ---------------------------------------------------------------------- the simulator answers them


def kind(value: object) -> str:
    """A JSON value's type: "number" for ints and floats alike, never for true/false."""
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int | float):
        return "number"
    return {str: "text", list: "list", dict: "object", type(None): "null"}[type(value)]


def assert_shape(doc: dict[str, Any], got: dict[str, Any], where: str) -> None:
    """``got`` has every field of ``doc``, each of the same JSON type, nested ones too; the
    code is under the same name (a client reading ``CodeResult`` must meet ``CodeResponse``
    where the page has it)."""
    for code_key in ("CodeResult", "CodeResponse", "Error", "error"):
        assert (code_key in got) == (code_key in doc), f"{where}: {code_key} in {got}"
    for key, value in doc.items():
        assert key in got, f"{where}: no {key} in {got}"
        assert kind(got[key]) == kind(value), f"{where}.{key}: {got[key]!r}, page {value!r}"
        if isinstance(value, dict):
            assert_shape_fields(value, got[key], f"{where}.{key}")
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            assert got[key], f"{where}.{key} is empty"
            assert_shape_fields(value[0], got[key][0], f"{where}.{key}[0]")


def assert_shape_fields(doc: dict[str, Any], got: dict[str, Any], where: str) -> None:
    for key, value in doc.items():
        assert key in got, f"{where}: no {key} in {got}"
        assert kind(got[key]) == kind(value), f"{where}.{key}: {got[key]!r}, page {value!r}"


class Sim:
    """The simulator spoken to in raw JSON, on a clock the test moves."""

    def __init__(self) -> None:
        self.now = 1_795_000_000.0
        self.sim = EsmsSimulator(clock=lambda: self.now, records_lag=60, status_delay=6)

    def post(self, path: str, body: dict[str, Any] | bytes) -> dict[str, Any]:
        raw = body if isinstance(body, bytes) else json.dumps(body).encode()
        answer = self.sim.handle("POST", path, {}, raw)
        assert answer.status == 200, answer.body
        return dict(json.loads(answer.body))

    def get(self, path: str, query: dict[str, str]) -> dict[str, Any]:
        answer = self.sim.handle("GET", path, query, b"")
        assert answer.status == 200, answer.body
        return dict(json.loads(answer.body))

    def later(self) -> None:
        """Past the records' lag and the status delay: every send is final."""
        self.now += 3600


def care(**over: str) -> dict[str, Any]:
    body = {**documented("cskh-request.json"), **KEYS, "Brandname": DEMO_CSKH_BRAND}
    return {**body, "Phone": "0961234567", "Content": ORDER, **over}


def ads(**over: Any) -> dict[str, Any]:
    phones = [f"09612{i:05d}" for i in range(30)]
    body = {**documented("advertising-request.json"), **KEYS, "Brandname": DEMO_QC_BRAND}
    return {**body, "Content": "Shop Hoa Demo giam gia 20%", "Phones": phones, **over}


def fixed(**over: str) -> dict[str, Any]:
    body = {**documented("fixed-number-request.json"), **KEYS, "Phone": "0961234567"}
    return {**body, "RequestId": "fixed-1", **over}


def zalo(**over: Any) -> dict[str, Any]:
    body = {**documented("zalo-request.json"), **KEYS, "OAID": DEMO_OA_ACTIVE}
    return {**body, "TempID": "226012", "TempData": ZALO, "Phone": "0961234567", **over}


def multichannel(**over: Any) -> dict[str, Any]:
    """The page's example, on the demo account's OA, template and brandname."""
    body = {**documented("multichannel-request.json"), **KEYS, "Phone": "0961234567"}
    zns, sms = (dict(part) for part in body["Data"])
    zns.update(OAID=DEMO_OA_ACTIVE, TempID="226012", Params=list(ZALO.values()))
    sms.update(Brandname=DEMO_CSKH_BRAND, Content=ORDER)
    zns.update(over.pop("zns", {}))
    return {**body, "Data": [zns, sms], **over}


def twice(s: Sim, path: str, body: dict[str, Any]) -> dict[str, Any]:
    s.post(path, body)
    return s.post(path, body)


def xml(brandname: str) -> bytes:
    contacts = "".join(f"<CUSTOMER><PHONE>09612{i:05d}</PHONE></CUSTOMER>" for i in range(3))
    return (
        f"<RQST><APIKEY>{DEMO_API_KEY}</APIKEY><SECRETKEY>{DEMO_SECRET_KEY}</SECRETKEY>"
        f"<CONTENT>Giam gia</CONTENT><SMSTYPE>1</SMSTYPE><BRANDNAME>{brandname}</BRANDNAME>"
        f"<CONTACTS>{contacts}</CONTACTS></RQST>"
    ).encode()


def sent_then(s: Sim, look: Callable[[str], dict[str, Any]]) -> dict[str, Any]:
    sms_id = s.post("SendMultipleMessage_V4_post_json/", care())["SMSID"]
    s.later()
    return look(sms_id)


def zns_then(s: Sim, look: Callable[[str], dict[str, Any]]) -> dict[str, Any]:
    sms_id = s.post("SendZaloMessage_V6/", zalo())["SMSID"]
    s.later()
    return look(sms_id)


def sent_data(s: Sim, keys: dict[str, str]) -> dict[str, Any]:
    request = {**documented("sent-data-request.json"), **keys}
    request["From"], request["To"] = "2000-01-01 00:00:00", "2099-01-01 00:00:00"
    return s.post("GetSmsSentData_V2", request)


def bulk(s: Sim) -> dict[str, Any]:
    request = {**documented("zns-bulk-request.json"), **KEYS, "OAID": DEMO_OA_ACTIVE}
    request["TempID"] = "226012"
    for item, phone in zip(request["Data"], ("0961234567", "0961234568", "097469188"), strict=True):
        item["Phone"], item["Params"] = phone, list(ZALO.values())
    return s.post("Send_zns_bulk_v4_post_json/", request)


CARE = "SendMultipleMessage_V4_post_json/"
ADS = "SendMultipleSMSBrandname_json/"
ZNS = "SendZaloMessage_V6/"
MULTI = "MultiChannelMessage/"
BRANDS = f"GetListBrandname/{DEMO_API_KEY}/{DEMO_SECRET_KEY}"
ESTIMATE = "SummaryMultipleMessage_V4_get"
ESTIMATE_QUERY = {"Phone": "0961234567", "Content": ORDER, **KEYS, "SmsType": "2"}

#: (fixture, case) -> how the simulator is brought to answer that case.
CASES: dict[tuple[str, str], Callable[[Sim], dict[str, Any]]] = {
    ("cskh-answers.json", "100"): lambda s: s.post(CARE, care()),
    ("cskh-answers.json", "104"): lambda s: s.post(CARE, care(Brandname="NOPE")),
    ("cskh-answers.json", "101"): lambda s: s.post(CARE, care(**WRONG)),
    ("cskh-answers.json", "124"): lambda s: twice(s, CARE, care()),
    ("cskh-answers.json", "146"): lambda s: s.post(CARE, care(Content="Chao ban")),
    ("cskh-answers.json", "99"): lambda s: s.post(CARE, b"{not json"),
    ("advertising-answers.json", "100"): lambda s: s.post(ADS, ads()),
    ("advertising-answers.json", "101"): lambda s: s.post(ADS, ads(**WRONG)),
    ("advertising-answers.json", "104"): lambda s: s.post(ADS, ads(Brandname="NOPE")),
    ("advertising-answers.json", "107"): lambda s: s.post(ADS, ads(Phones=["0961234567"])),
    ("advertising-answers.json", "124"): lambda s: twice(s, ADS, ads()),
    ("fixed-number-answers.json", "100"): lambda s: s.post(CARE, fixed()),
    ("fixed-number-answers.json", "101"): lambda s: s.post(CARE, fixed(**WRONG)),
    ("fixed-number-answers.json", "99"): lambda s: s.post(CARE, b"[1, 2]"),
    ("zalo-answers.json", "100"): lambda s: s.post(ZNS, zalo()),
    ("zalo-answers.json", "101"): lambda s: s.post(ZNS, zalo(**WRONG)),
    ("zalo-answers.json", "789"): lambda s: s.post(ZNS, zalo(TempID="999999")),
    ("multichannel-answers.json", "100"): lambda s: s.post(MULTI, multichannel()),
    ("multichannel-answers.json", "101"): lambda s: s.post(MULTI, multichannel(**WRONG)),
    ("multichannel-answers.json", "789"): lambda s: s.post(
        MULTI, multichannel(zns={"TempID": "999999"})
    ),
    ("zns-bulk-answer.json", ""): bulk,
    ("balance-answers.json", "100"): lambda s: s.post("GetBalance_json", KEYS),
    ("balance-answers.json", "101"): lambda s: s.post("GetBalance_json", WRONG),
    ("brandnames-answers.json", "100"): lambda s: s.get(BRANDS, {}),
    ("brandnames-answers.json", "101"): lambda s: s.get("GetListBrandname/nope1234/nope5678", {}),
    ("care-templates-answer.json", ""): lambda s: s.post(
        "GetTemplate/",
        {**documented("care-templates-request.json"), **KEYS, "Brandname": DEMO_CSKH_BRAND},
    ),
    ("zns-templates-answer.json", ""): lambda s: s.post(
        "GetTemplate/", {**KEYS, "OAId": DEMO_OA_ACTIVE, "SmsType": "24"}
    ),
    ("zns-template-info-answer.json", ""): lambda s: s.get(
        "GetZnsTemplateInfo", {"TemplateId": "226012", **KEYS, "OAId": DEMO_OA_ACTIVE}
    ),
    ("zalo-oas-answer.json", ""): lambda s: s.post("ZNS/GetListZOA/", KEYS),
    ("zns-quota-answer.json", ""): lambda s: s.post(
        "ZNS/GetQuota/", {**KEYS, "OAID": DEMO_OA_ACTIVE}
    ),
    ("send-status-answers.json", "100"): lambda s: sent_then(
        s, lambda i: s.get("GetSendStatus", {"RefId": i, **KEYS})
    ),
    ("send-status-answers.json", "101"): lambda s: s.get("GetSendStatus", {"RefId": "x", **WRONG}),
    ("receiver-status-answer.json", ""): lambda s: sent_then(
        s, lambda i: s.get("GetSmsReceiverStatus_get", {**KEYS, "RefId": i})
    ),
    ("zns-status-answer.json", ""): lambda s: zns_then(
        s, lambda i: s.post("QueryZnsStatus/", {**KEYS, "SmsId": i, "SmsType": "24"})
    ),
    ("sent-data-answer.json", ""): lambda s: sent_then(s, lambda _i: sent_data(s, KEYS)),
    ("sent-data-101.json", ""): lambda s: sent_data(s, WRONG),
    ("estimate-answers.json", "cskh-100"): lambda s: s.get(
        ESTIMATE, {**ESTIMATE_QUERY, "BrandName": DEMO_CSKH_BRAND}
    ),
    ("estimate-answers.json", "cskh-104"): lambda s: s.get(
        ESTIMATE, {**ESTIMATE_QUERY, "BrandName": "NOPE"}
    ),
    ("estimate-answers.json", "qc-100"): lambda s: s.post(
        "SummaryMultipleSMSBrandname/", xml(DEMO_QC_BRAND)
    ),
    ("estimate-answers.json", "qc-104"): lambda s: s.post("SummaryMultipleSMSBrandname/", xml("NOPE")),
    ("estimate-answers.json", "zalo-100"): lambda s: s.post(
        "SummaryZaloMessage_V4_post_json/",
        {**KEYS, "Phone": "0961234567", "Params": list(ZALO.values()), "TempID": "226012",
         "OAID": DEMO_OA_ACTIVE},
    ),
}  # fmt: skip


@pytest.mark.parametrize(("name", "case"), list(CASES), ids=[f"{n}:{c}" for n, c in CASES])
def test_the_simulator_answers_in_the_documented_shape(name: str, case: str) -> None:
    page = documented(name)
    doc = page[case] if case else page
    got = CASES[name, case](Sim())
    assert_shape(doc, got, f"{name} {case}")


def test_every_documented_answer_has_a_simulator_case() -> None:
    """A fixture added without its case here would be read by the client only."""
    covered = {name for name, _ in CASES}
    # callback-*: what eSMS calls a webhook with, not an answer (tests/test_zalo_fallback.py).
    # *-en: the English edition's example where it differs; the simulator answers as the
    # Vietnamese (newest) one, the client reads both (tests/test_zns_template_states.py).
    answers = {
        p.name
        for p in DOCS.glob("*.json")
        if "request" not in p.name and "callback" not in p.name and not p.stem.endswith("-en")
    }
    assert answers <= covered, answers - covered


# ---------------------------------------------------------------------- the client's requests

#: Each send's fields as its page's table lists them (case and all), and what the client
#: sends beyond them, with why.
SEND_FIELDS: dict[str, tuple[set[str], set[str]]] = {
    # ham-gui-tin/tin-nhan-sms-otp-cskh.md (d46d48e, 0498d95)
    "customer care": (
        {"ApiKey", "SecretKey", "Phone", "Content", "Brandname", "SmsType", "IsUnicode",
         "Sandbox", "RequestId", "SendDate", "campaignid", "CallbackUrl"},
        set(),
    ),
    # ham-gui-tin/tin-sms-co-dinh-gia-re.md (0498d95): the table names Unicode; the EN
    # page's sample (send-fixed-number-with-cheap-price.md) writes IsUnicode.
    "fixed number": (
        {"ApiKey", "SecretKey", "Phone", "Content", "SmsType", "Unicode", "Sandbox",
         "campaignid", "RequestId", "CallbackUrl", "SendDate"},
        {"IsUnicode"},
    ),
    # ham-gui-tin/tin-sms-quang-cao.md (6edd518): no charset field documented; IsUnicode
    # as the customer-care page has it for the same service.
    "advertising": (
        {"ApiKey", "SecretKey", "Content", "SmsType", "Brandname", "Phones", "RequestId",
         "SendDate", "Sandbox", "campaignid", "CallbackUrl"},
        {"IsUnicode"},
    ),
    # ham-gui-tin/tin-nhan-zalo.md (0498d95, V6): SendingMode is documented on the bulk
    # page (cac-api-khac/tin-zalo-moi-khach-hang-mot-noi-dung.md), not on this one.
    "zalo": (
        {"Phone", "ApiKey", "SecretKey", "OAID", "TempData", "SendDate", "TempID",
         "campaignid", "RequestId", "Sandbox", "CallbackUrl"},
        {"SendingMode"},
    ),
}  # fmt: skip


def recorded_sends() -> dict[str, dict[str, Any]]:
    seen: list[dict[str, Any]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(json.loads(request.content))
        return httpx.Response(200, json={"CodeResult": "100", "SMSID": "x"})

    client = EsmsClient(
        Credentials("k" * 8, "s" * 8), transport=httpx.MockTransport(handler), retry=NO_RETRY
    )
    when = {"send_date": "2026-12-01 09:00:00", "campaign_id": "Tet", "sandbox": True}
    client.send_customer_care("0961234567", "Chào", "B", "r1", **when)  # type: ignore[arg-type]
    client.send_fixed_number("0961234567", "Chào", "r2", **when)  # type: ignore[arg-type]
    client.send_advertising(["0961234567"], "Chào", "B", "r3", **when)  # type: ignore[arg-type]
    client.send_zalo("0961234567", "1", "2", {"a": "b"}, "r4", **when)  # type: ignore[arg-type]
    return dict(zip(SEND_FIELDS, seen, strict=True))


@pytest.mark.parametrize("kind_of_send", list(SEND_FIELDS))
def test_each_send_writes_its_pages_fields_as_text(kind_of_send: str) -> None:
    body = recorded_sends()[kind_of_send]
    table, beyond = SEND_FIELDS[kind_of_send]
    assert set(body) - table - beyond == set()
    # Every documented field is "string" in the tables: no bare numbers, no true/false.
    scalars = {k: v for k, v in body.items() if not isinstance(v, list | dict)}
    assert all(isinstance(v, str) for v in scalars.values()), scalars


def test_a_fixed_number_text_with_diacritics_says_so_in_both_spellings() -> None:
    body = recorded_sends()["fixed number"]
    assert body["Unicode"] == body["IsUnicode"] == "1"


def test_the_simulator_reads_the_fixed_number_charset_as_documented() -> None:
    s = Sim()
    plain = s.post(CARE, fixed(Content="Mã của bạn là 686868", IsUnicode="1"))
    assert plain["CodeResult"] == "110"  # the table's field, Unicode, says nothing
    sent = s.post(CARE, fixed(Content="Mã của bạn là 686868", Unicode="1", RequestId="f2"))
    assert sent["CodeResult"] == "100"


def test_the_documented_requests_match_what_the_client_sends() -> None:
    """The pages' own examples use no field outside their tables (a typo in a table
    would show here), and the client's bulk and multichannel bodies use the example's
    names."""
    for name, kind_of_send in [
        ("cskh-request.json", "customer care"),
        ("fixed-number-request.json", "fixed number"),
        ("advertising-request.json", "advertising"),
        ("zalo-request.json", "zalo"),
    ]:
        assert set(documented(name)) <= SEND_FIELDS[kind_of_send][0], name
