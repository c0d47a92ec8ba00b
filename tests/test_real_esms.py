"""Our reading of eSMS checked against its documentation (issue "Real eSMS").

The documented examples in ``tests/data/documented`` are fed to the client and
the simulator field for field; the simulator's own rules (sent-data paging, the
calendar-day RequestId window, its clock) are tested here too.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from engine_helpers import campaign, phones
from files import write_text
from spoken import en

from esms_desktop.api.client import EsmsClient, SmsType
from esms_desktop.api.credentials import Credentials
from esms_desktop.api.models import INVALID_REQUEST
from esms_desktop.api.policy import NO_RETRY, RetryPolicy, retry_allowed
from esms_desktop.base.errors import ResultCodeError, TransportError
from esms_desktop.base.vntime import VIETNAM
from esms_desktop.catalogue import Scope, lookup
from esms_desktop.checks import load_account_for, run_checks
from esms_desktop.cli.main import main
from esms_desktop.journal import Journal
from esms_desktop.message.spec import CampaignSpec, ParamSource
from esms_desktop.recipients.recipient_list import open_recipients
from esms_desktop.sending import Sender, create_campaign
from esms_desktop.simulator import (
    DEMO_API_KEY,
    DEMO_CSKH_BRAND,
    DEMO_OA_ACTIVE,
    DEMO_QC_BRAND,
    DEMO_SECRET_KEY,
    EsmsSimulator,
    SimulatorTransport,
    demo_account,
)
from esms_desktop.telecom.sms_text import measure

DOCS = Path(__file__).parent / "data" / "documented"
NOON = dt.datetime(2026, 11, 27, 12, 0, tzinfo=VIETNAM).timestamp()
BEFORE_MIDNIGHT = dt.datetime(2026, 11, 27, 23, 50, tzinfo=VIETNAM).timestamp()
ORDER = "Cam on {name} da mua hoa tai Shop Hoa Demo. Ma don hang cua ban la {code}."


def documented(name: str) -> dict[str, Any]:
    body = json.loads((DOCS / name).read_text(encoding="utf-8"))
    return {k: v for k, v in body.items() if not k.startswith("_")}


def recording_client(answer: dict[str, Any]) -> tuple[EsmsClient, list[dict[str, Any]]]:
    """A client whose every request body is kept, answered with ``answer``."""
    seen: list[dict[str, Any]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(json.loads(request.content) if request.content else dict(request.url.params))
        return httpx.Response(200, json=answer)

    client = EsmsClient(
        Credentials("k" * 8, "s" * 8), transport=httpx.MockTransport(handler), retry=NO_RETRY
    )
    return client, seen


def sim_client(sim: EsmsSimulator, **kw: Any) -> EsmsClient:
    return EsmsClient(
        Credentials(DEMO_API_KEY, DEMO_SECRET_KEY), transport=SimulatorTransport(sim), **kw
    )


# ---------------------------------------------------------------------- documented answers


def test_documented_sent_data_answer_is_read_field_for_field() -> None:
    client, seen = recording_client(documented("sent-data-answer.json"))
    page = client.get_sent_data(SmsType.CUSTOMER_CARE, "2025-01-01 06:00:00", "2025-01-02 18:00:00")
    assert page.total == 2  # CountTotal
    first = page.items[0]
    assert first.reference_id == "35781d6c25524e40a035c26663189549"  # the SMSID of the send
    assert first.campaign == "Chiến dịch 02/10/2023"
    assert first.sent_time == pytest.approx(1705484048.995)
    assert first.portal_id == "29028845" and first.send_result == "0"
    request = documented("sent-data-request.json")
    assert set(seen[0]) == set(request)


def test_documented_zns_template_answer_reads_position_and_type() -> None:
    client, _ = recording_client(documented("zns-templates-answer.json"))
    (template,) = client.get_zns_templates(DEMO_OA_ACTIVE)
    (param,) = template.params
    assert (param.name, param.position, param.type, param.max_length) == (
        "otp",
        1,
        "type_text",
        10,
    )


def test_documented_template_info_answer_and_its_error_shape() -> None:
    client, _ = recording_client(documented("zns-template-info-answer.json"))
    info = client.get_zns_template_info("267247", DEMO_OA_ACTIVE)
    assert info.status == "ENABLE" and [p.name for p in info.params][:2] == [
        "customer_name",
        "product_name",
    ]
    client, _ = recording_client({"Error": -124, "Message": "Template không tồn tại"})
    with pytest.raises(ResultCodeError) as refused:
        client.get_zns_template_info("1", DEMO_OA_ACTIVE)
    assert refused.value.code == "-124" and "không tồn tại" in refused.value.error_message


@pytest.mark.parametrize("code", ["100", "104", "101", "124", "146", "99"])
def test_documented_customer_care_answers(code: str) -> None:
    answer = documented("cskh-answers.json")[code]
    client, _ = recording_client(answer)
    result = client.send_customer_care("0901888484", "x", "B", "rid")
    expected = INVALID_REQUEST if code == "99" else code
    assert result.code == expected and result.accepted == (code == "100")


def test_invalid_request_is_a_refusal_explained_never_success() -> None:
    client, _ = recording_client({"error": "Invalid request"})
    result = client.send_customer_care("0901888484", "x", "B", "rid")
    assert not result.accepted and result.error_message == "Invalid request"
    info = lookup(result.code)
    assert info.known and info.scope is Scope.ACCOUNT and "Invalid request" in info.en.explanation
    with pytest.raises(ResultCodeError) as refused:
        client.get_balance()
    assert refused.value.code == INVALID_REQUEST


def test_simulator_takes_the_documented_requests() -> None:
    now = [1_795_000_000.0]
    sim = EsmsSimulator(clock=lambda: now[0], records_lag=120)
    transport = SimulatorTransport(sim)
    http = httpx.Client(transport=transport, base_url="https://rest.esms.vn/MainService.svc/json/")
    keys = {"ApiKey": DEMO_API_KEY, "SecretKey": DEMO_SECRET_KEY}
    cskh = {
        **documented("cskh-request.json"),
        **keys,
        "Brandname": DEMO_CSKH_BRAND,
        "Phone": "0961234567",
        "Content": ORDER.format(name="Lan", code="DH1"),
    }
    answer = http.post("SendMultipleMessage_V4_post_json/", json=cskh).json()
    assert answer["CodeResult"] == "100" and answer["SMSID"]
    assert http.post("SendMultipleMessage_V4_post_json/", json=cskh).json()["CodeResult"] == "124"
    sent = {**documented("sent-data-request.json"), **keys}
    sent["From"], sent["To"] = "2000-01-01 00:00:00", "2099-01-01 00:00:00"
    # Not on record yet: the code table's 105 ("a message just sent cannot be looked up").
    assert http.post("GetSmsSentData_V2", json=sent).json()["CodeResult"] == "105"
    now[0] += 120
    data = http.post("GetSmsSentData_V2", json=sent).json()
    assert data["CountTotal"] == 1
    (item,) = data["SentData"]
    assert item["ReferenceId"] == answer["SMSID"]
    assert item["Campaign"] == "Cảm ơn sau mua hàng tháng 7"
    assert item["SentTime"].startswith("/Date(") and isinstance(item["SmsId"], int)


# ---------------------------------------------------------------------- what we send


def test_send_date_left_out_to_send_now_and_campaign_on_every_channel() -> None:
    client, seen = recording_client({"CodeResult": "100", "SMSID": "x"})
    client.send_customer_care("0961234567", "Hi", "B", "r1", campaign_id="Tet #ab12cd34")
    client.send_fixed_number("0961234567", "Hi", "r2", campaign_id="Tet #ab12cd34")
    client.send_advertising(["0961234567"], "Hi", "B", "r3", campaign_id="Tet #ab12cd34")
    client.send_zalo("0961234567", "1", "2", {"a": "b"}, "r4", campaign_id="Tet #ab12cd34")
    client.send_zalo_then_sms(
        "0961234567",
        oaid="1",
        template_id="2",
        params=["b"],
        zalo_request_id="r5",
        sms_content="Hi",
        sms_brandname="B",
        sms_request_id="r6",
        campaign_id="Tet #ab12cd34",
    )
    assert all("SendDate" not in body for body in seen)
    assert [body.get("campaignid") for body in seen[:4]] == ["Tet #ab12cd34"] * 4
    assert seen[4]["Data"][0]["campaignid"] == "Tet #ab12cd34"  # where the page puts it
    client.send_customer_care("0961234567", "Hi", "B", "r7", send_date="2026-12-01 09:00:00")
    assert seen[-1]["SendDate"] == "2026-12-01 09:00:00"


@pytest.mark.parametrize("text", ["Cam on Chi Hùng", "Chào Anh Đức", "é", "Cảm ơn"])
def test_any_diacritic_is_sent_and_counted_as_unicode(text: str) -> None:
    size = measure(text)
    assert size.unicode and size.parts == 1
    client, seen = recording_client({"CodeResult": "100", "SMSID": "x"})
    client.send_customer_care("0961234567", text, "B", "r1")  # even when told plain
    assert seen[0]["IsUnicode"] == "1"
    assert measure("a" * 71 + "à").parts == 2 and measure("a" * 160).parts == 1


# ---------------------------------------------------------------------- simulator rules


def test_simulator_pages_sent_data_with_count_total() -> None:
    now = [1_795_000_000.0]
    sim = EsmsSimulator([demo_account(Decimal(100_000_000))], clock=lambda: now[0])
    client = sim_client(sim)
    numbers = phones(120)
    client.send_advertising(numbers, "[QC] Sale", DEMO_QC_BRAND, "r1", campaign_id="QC #1")
    now[0] += sim.records_lag
    pages = [
        client.get_sent_data(
            SmsType.ADVERTISING, "2000-01-01 00:00:00", "2099-01-01 00:00:00", page=n, page_size=50
        )
        for n in (1, 2, 3)
    ]
    assert [p.total for p in pages] == [120, 120, 120]
    assert [len(p.items) for p in pages] == [50, 50, 20]
    assert {i.phone for p in pages for i in p.items} == {"84" + n[1:] for n in numbers}
    assert {i.campaign for p in pages for i in p.items} == {"QC #1"}


@pytest.mark.parametrize(
    ("window", "after_midnight", "after_a_day"), [("day", "100", "100"), ("24h", "124", "100")]
)
def test_simulator_request_id_window_and_clock(
    window: str, after_midnight: str, after_a_day: str
) -> None:
    now = [BEFORE_MIDNIGHT]
    sim = EsmsSimulator(clock=lambda: now[0], request_id_window=window)
    client = sim_client(sim, retry=NO_RETRY)
    send = lambda: client.send_fixed_number("0961234567", "Hi", "same-id").code  # noqa: E731
    assert send() == "100"
    now[0] += 60
    assert send() == "124"
    now[0] += 20 * 60  # 00:11 the next day
    assert send() == after_midnight
    now[0] += 25 * 3600
    assert send() == after_a_day


def test_simulator_refuses_diacritics_as_plain_and_empty_send_date() -> None:
    http = httpx.Client(
        transport=SimulatorTransport(EsmsSimulator()),
        base_url="https://rest.esms.vn/MainService.svc/json/",
    )
    body = {
        "ApiKey": DEMO_API_KEY,
        "SecretKey": DEMO_SECRET_KEY,
        "Phone": "0961234567",
        "Content": "Chào chị Hùng",
        "SmsType": "8",
        # SmsType 8's charset field, as the fixed-number page's table names it.
        "Unicode": "0",
        "RequestId": "r1",
    }
    assert http.post("SendMultipleMessage_V4_post_json/", json=body).json()["CodeResult"] == "110"
    body.update(Unicode="1", SendDate="")
    assert http.post("SendMultipleMessage_V4_post_json/", json=body).json()["CodeResult"] == "110"
    del body["SendDate"]
    assert http.post("SendMultipleMessage_V4_post_json/", json=body).json()["CodeResult"] == "100"


def test_simulator_checks_zns_parameter_types() -> None:
    client = sim_client(EsmsSimulator())
    ok = ["Lan", "123456", "05/03/2026", "https://shop.vn/h/1"]
    items = [
        ("0961234561", "b1", ok),
        ("0961234562", "b2", ["Lan", "12.000", "05/03/2026", "https://shop.vn"]),
        ("0961234563", "b3", ["Lan", "1", "2026-03-05", "https://shop.vn"]),
        ("0961234564", "b4", ["Lan", "1", "05/03/2026", "shop.vn"]),
    ]
    result = client.send_zalo_bulk(DEMO_OA_ACTIVE, "226014", items)
    assert [i.code for i in result.items] == ["100", "110", "110", "110"]


# ---------------------------------------------------------------------- the day boundary


def test_retry_allowed_only_while_both_readings_block() -> None:
    assert retry_allowed(None, NOON)
    assert retry_allowed(NOON, NOON + 3600)
    midnight = dt.datetime(2026, 11, 28, 0, 0, tzinfo=VIETNAM).timestamp()
    assert not retry_allowed(NOON, midnight - 60)  # within the margin before midnight
    assert not retry_allowed(NOON, midnight + 60)
    assert retry_allowed(BEFORE_MIDNIGHT, BEFORE_MIDNIGHT + 60)  # 23:51
    assert not retry_allowed(BEFORE_MIDNIGHT, BEFORE_MIDNIGHT + 6 * 60)  # 23:56
    early = dt.datetime(2026, 11, 27, 0, 1, tzinfo=VIETNAM).timestamp()
    assert retry_allowed(early, early + 23 * 3600)  # 23:01 the same day


def test_client_does_not_retry_a_send_across_midnight() -> None:
    attempts: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        attempts.append(1)
        raise httpx.ConnectTimeout("lost")

    def client_at(ts: float) -> EsmsClient:
        return EsmsClient(
            Credentials("k" * 8, "s" * 8),
            transport=httpx.MockTransport(handler),
            retry=RetryPolicy(max_attempts=3, base_delay=0.0, max_delay=0.0),
            sleep=lambda _s: None,
            clock=lambda: ts,
        )

    with pytest.raises(TransportError):
        client_at(NOON).send_fixed_number("0961234567", "Hi", "r1")
    assert len(attempts) == 3
    attempts.clear()
    late = dt.datetime(2026, 11, 27, 23, 58, tzinfo=VIETNAM).timestamp()
    with pytest.raises(TransportError):
        client_at(late).send_fixed_number("0961234567", "Hi", "r1")
    assert len(attempts) == 1


def test_doubtful_request_after_midnight_is_settled_not_retried(tmp_path: Path) -> None:
    """Before midnight the answer is lost; after it, a retry would be sent twice."""
    now = [BEFORE_MIDNIGHT]
    sim = EsmsSimulator(clock=lambda: now[0], request_id_window="day")
    client = sim_client(sim, retry=NO_RETRY, sleep=lambda _s: None, clock=lambda: now[0])
    with Journal(tmp_path / "j.sqlite3") as journal:
        journal._now = lambda: now[0]  # type: ignore[method-assign]
        numbers = phones(3)
        cid = campaign(tmp_path, journal, client, numbers)
        first, second, _ = journal.requests(cid)
        label = Sender(journal, client, cid).label
        journal.mark_sending([first.pk, second.pk])
        message = journal.batch_messages([first.pk])[first.pk][0]
        client.send_customer_care(
            message.phone, message.content, DEMO_CSKH_BRAND, first.request_id, campaign_id=label
        )
        now[0] += 20 * 60  # 00:10: eSMS forgot the RequestId
        outcome = Sender(journal, client, cid, sleep=lambda _s: None).run()
        assert outcome.complete
        counts = Counter(sim.accepted_phones())
        assert counts == Counter(numbers)


@pytest.mark.parametrize("behind", [10 * 60, 3 * 3600])
def test_a_computer_clock_behind_esms_does_not_retry_past_esms_midnight(
    tmp_path: Path, behind: int
) -> None:
    """eSMS's day decides: its clock is read from the Date of its answers.

    This computer's clock is ``behind`` eSMS's. The answer of a send at eSMS's 23:57 is
    lost; six minutes later it is 00:03 for eSMS (the RequestId is forgotten) but
    23:51 or earlier here, well within the day by this computer's clock. A retry
    with the same RequestId would be delivered and paid twice.
    """
    esms = [BEFORE_MIDNIGHT + 7 * 60]  # 23:57
    here = lambda: esms[0] - behind  # noqa: E731
    sim = EsmsSimulator(clock=lambda: esms[0], request_id_window="day")
    client = sim_client(sim, retry=NO_RETRY, sleep=lambda _s: None, clock=here)
    with Journal(tmp_path / "j.sqlite3") as journal:
        journal._now = here  # type: ignore[method-assign]
        numbers = phones(3)
        cid = campaign(tmp_path, journal, client, numbers)
        first, *_ = journal.requests(cid)
        label = Sender(journal, client, cid).label
        journal.mark_sending([first.pk])
        message = journal.batch_messages([first.pk])[first.pk][0]
        client.send_customer_care(
            message.phone, message.content, DEMO_CSKH_BRAND, first.request_id, campaign_id=label
        )
        esms[0] += 6 * 60
        fresh = sim_client(sim, retry=NO_RETRY, sleep=lambda _s: None, clock=here)
        assert fresh.esms_clock.offset is None  # a new run: nothing measured yet
        outcome = Sender(journal, client=fresh, campaign_id=cid, sleep=lambda _s: None).run()
        assert outcome.complete
        assert Counter(sim.accepted_phones()) == Counter(numbers)
        offset = fresh.clock_offset
        assert offset.low - 1 <= behind <= offset.high + 1


# ---------------------------------------------------------------------- checks


def test_customer_care_list_with_diacritics_sends_every_deliverable_row(tmp_path: Path) -> None:
    names = ["Chị Hùng", "Anh Đức", "Lan"]
    numbers = phones(300)
    rows = [["Tên", "Số điện thoại", "Mã đơn"]] + [
        [names[i % 3], p, f"DH{i}"] for i, p in enumerate(numbers)
    ]
    recipients = open_recipients(write_text(tmp_path / "list.csv", rows))
    sim = EsmsSimulator([demo_account(Decimal(100_000_000))])
    client = sim_client(sim, sleep=lambda _s: None)
    spec = CampaignSpec(
        channel="cskh",
        brandname=DEMO_CSKH_BRAND,
        content="Cam on {Tên} da mua hoa tai Shop Hoa Demo. Ma don hang cua ban la {Mã đơn}.",
    )
    report = run_checks(recipients, spec, account=load_account_for(client, spec), client=client)
    assert not report.blocked
    assert report.parts[2] == 2  # "Chị Hùng": có dấu, 70 a part: two parts
    with Journal(tmp_path / "j.sqlite3") as journal:
        cid = create_campaign(journal, report, client=client)
        outcome = Sender(journal, client, cid).run()
        assert outcome.complete and outcome.failed == 0, outcome
        assert not [r for r in journal.requests(cid) if r.code == "110"]
    assert Counter(sim.accepted_phones()) == Counter(numbers)


def test_zns_values_checked_per_row_with_column_and_fix(tmp_path: Path) -> None:
    rows = [
        ["Tên", "Số điện thoại", "Mã hẹn", "Ngày hẹn", "Link"],
        ["Lan", "0961234561", "1001", dt.date(2026, 12, 5), "https://salon.vn/h/1"],
        ["Mai", "0961234562", "10.01", "05/12/2026", "https://salon.vn/h/2"],
        ["Hoa", "0961234563", "1003", "2026-12-31", "https://salon.vn/h/3"],
        ["Cúc", "0961234564", "1004", "31/02/2026", "https://salon.vn/h/4"],
        ["Đào", "0961234565", "1005", "6/1/2027", "salon.vn"],
    ]
    from openpyxl import Workbook

    book = Workbook()
    for row in rows:
        book.active.append(row)
    path = tmp_path / "hen.xlsx"
    book.save(path)
    client = sim_client(EsmsSimulator())
    spec = CampaignSpec(
        channel="zalo",
        oaid=DEMO_OA_ACTIVE,
        template_id="226014",
        params={
            "customer_name": ParamSource(column="Tên"),
            "booking_code": ParamSource(column="Mã hẹn"),
            "booking_date": ParamSource(column="Ngày hẹn"),
            "link": ParamSource(column="Link"),
        },
    )
    report = run_checks(open_recipients(path), spec, account=load_account_for(client, spec))
    assert sorted(report.zalo_params) == [2, 4]
    assert report.zalo_params[2][2] == "05/12/2026"  # an Excel date, as dd/MM/yyyy
    assert report.zalo_params[4][2] == "31/12/2026"
    messages = {en(p) for p in report.problems if p.rows}
    assert any("Column Mã hẹn" in m and "digits 0-9" in m and "row 3" in m for m in messages)
    assert any("Column Ngày hẹn" in m and "day/month/year" in m and "row 5" in m for m in messages)
    assert any("Column Link" in m and "https://" in m and "row 6" in m for m in messages)


def test_zalo_then_sms_cannot_be_scheduled(tmp_path: Path) -> None:
    rows = [["Tên", "Số điện thoại"], ["Lan", "0961234561"]]
    client = sim_client(EsmsSimulator())
    spec = CampaignSpec(
        channel="zalo-sms",
        oaid=DEMO_OA_ACTIVE,
        template_id="226012",
        brandname=DEMO_CSKH_BRAND,
        content="Cam on {Tên} da mua hoa tai Shop Hoa Demo. Ma don hang cua ban la X1.",
        params={
            "customer_name": ParamSource(column="Tên"),
            "order_code": ParamSource(value="X1"),
            "amount": ParamSource(value="1"),
        },
        schedule=dt.datetime(2099, 1, 1, 9, 0, tzinfo=VIETNAM),
    )
    report = run_checks(
        open_recipients(write_text(tmp_path / "l.csv", rows)),
        spec,
        account=load_account_for(client, spec),
    )
    assert report.blocked
    assert any("cannot be scheduled" in en(p) for p in report.problems)


# ---------------------------------------------------------------------- diagnose


def test_diagnose_on_the_demo_account(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--demo", "--lang", "en", "diagnose", "--support"]) == 0
    out = capsys.readouterr().out
    said, support = out.split("for support", 1)
    lines = said.strip().splitlines()
    assert sum(line.startswith("OK") for line in lines) >= 7
    assert "the same message sent again was refused" in said
    assert "100, then 124" in support  # what support reads: the calls and codes
    assert DEMO_SECRET_KEY not in out and DEMO_API_KEY not in out


def test_diagnose_with_wrong_keys_explains_101(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from esms_desktop.simulator import SimulatorServer

    monkeypatch.setenv("ESMS_DESKTOP_HOME", str(tmp_path))
    with SimulatorServer(EsmsSimulator()) as server:
        monkeypatch.setenv("ESMS_API_URL", server.base_url)
        monkeypatch.setenv("ESMS_API_KEY", "WRONG-KEY-123")
        monkeypatch.setenv("ESMS_SECRET_KEY", "WRONG-SECRET-456")
        assert main(["--lang", "en", "diagnose", "--support"]) == 1
    out = capsys.readouterr().out
    said, support = out.split("for support", 1)
    entry = lookup("101").en
    assert entry.title in said and entry.command_action in said
    assert "refused, code 101" in support
    # The next step is the keys', not support's (it said to send the text to support).
    assert "do what is said under it" in said and "--support" not in said
    assert "WRONG-SECRET-456" not in out
    assert "Authorize Failed" not in out  # eSMS's own words: never printed raw


@pytest.mark.parametrize(("ahead", "verdict"), [(0, "OK"), (600, "DIFFERENT")])
def test_diagnose_measures_esms_clock(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    ahead: int,
    verdict: str,
) -> None:
    """eSMS's day decides retries: a computer clock far off eSMS's is said, with what to do."""
    from esms_desktop.base.vntime import now as app_now
    from esms_desktop.simulator import SimulatorServer

    monkeypatch.setenv("ESMS_DESKTOP_HOME", str(tmp_path))
    with SimulatorServer(EsmsSimulator(clock=lambda: app_now() + ahead)) as server:
        monkeypatch.setenv("ESMS_API_URL", server.base_url)
        monkeypatch.setenv("ESMS_API_KEY", DEMO_API_KEY)
        monkeypatch.setenv("ESMS_SECRET_KEY", DEMO_SECRET_KEY)
        main(["--lang", "en", "diagnose"])
    lines = capsys.readouterr().out.splitlines()
    at = next(i for i, x in enumerate(lines) if "This computer's clock" in x)
    assert lines[at].startswith(verdict), lines[at]
    if ahead:
        assert "Behind eSMS's clock by 10 minutes" in lines[at]
        assert "automatically" in lines[at + 1]  # the next step, on a line of its own


@pytest.mark.parametrize("ahead", [0, 86_400, -86_400])
def test_diagnose_asks_for_esms_last_7_days_by_its_clock(ahead: int) -> None:
    """The records look-up covers eSMS's last 7 days: a computer clock a day behind eSMS's
    missed the message sent a moment ago, and said there was none."""
    from esms_desktop.app.diagnose import diagnose
    from esms_desktop.base.vntime import now as app_now

    sent_ago = [120]  # the message went two minutes ago
    sim = EsmsSimulator(clock=lambda: app_now() + ahead - sent_ago[0], records_lag=0)
    client = sim_client(sim)
    content = ORDER.format(name="Lan", code="DH1")
    assert client.send_customer_care("0961234567", content, DEMO_CSKH_BRAND, "r1").accepted
    sent_ago[0] = 0
    asked: list[tuple[str, str]] = []
    look_up = client.get_sent_data

    def get_sent_data(sms_type: SmsType, start: str, end: str, **kw: Any) -> Any:
        asked.append((start, end))
        return look_up(sms_type, start, end, **kw)

    client.get_sent_data = get_sent_data  # type: ignore[method-assign]
    entries = diagnose(client).line("sent_entries")
    assert entries.verdict.value == "ok", entries
    [(_, end)] = asked
    esms_now = dt.datetime.fromtimestamp(sim.clock(), VIETNAM).replace(tzinfo=None)
    assert abs((dt.datetime.fromisoformat(end) - esms_now).total_seconds()) < 60


def test_messages_accepted_through_124_get_their_smsid_and_delivery(tmp_path: Path) -> None:
    from esms_desktop.sending.status import refresh_delivery
    from esms_desktop.simulator.service import fails_delivery

    now = [1_795_000_000.0]
    sim = EsmsSimulator(status_delay=0, clock=lambda: now[0])
    client = sim_client(sim, sleep=lambda _s: None)
    numbers = phones(30)
    with Journal(tmp_path / "j.sqlite3") as journal:
        journal._now = lambda: now[0]  # type: ignore[method-assign]
        cid = campaign(tmp_path, journal, client, numbers)
        assert Sender(journal, client, cid).run().complete
        # As if every answer had been lost and a retry got 124: accepted, no SMSID.
        journal._conn.execute("UPDATE requests SET sms_id='', code='124'")
        # Before eSMS has them on record: nothing is final, nothing is guessed.
        early = refresh_delivery(journal, client, cid)
        assert (early.delivered, early.failed) == (0, 0)
        now[0] += sim.records_lag
        counts = refresh_delivery(journal, client, cid)
        expected_failed = sum(fails_delivery(p) for p in numbers)
        assert (counts.delivered, counts.failed) == (30 - expected_failed, expected_failed)
        assert {r.sms_id for r in journal.requests(cid)} == {a.sms_id for a in sim.accepted}


@contextmanager
def answer_lost_a_day_ago(
    tmp_path: Path, rows: int, *, advance: bool = True
) -> Iterator[tuple[list[float], EsmsSimulator, EsmsClient, Journal, int]]:
    """A campaign whose every request left without an answer; the clocks a day later.

    Yields (clock, simulator, client, journal, campaign id); with ``advance=False``
    the clocks stay at the attempt, for a test that acts on eSMS first.
    """
    now = [1_795_000_000.0]
    sim = EsmsSimulator(clock=lambda: now[0])
    client = sim_client(sim, retry=NO_RETRY, sleep=lambda _s: None)
    with Journal(tmp_path / "j.sqlite3") as journal:
        journal._now = lambda: now[0]  # type: ignore[method-assign]
        cid = campaign(tmp_path, journal, client, phones(rows))
        journal.mark_sending([r.pk for r in journal.requests(cid)])
        if advance:
            now[0] += 25 * 3600
        yield now, sim, client, journal, cid


def test_records_that_cannot_all_be_read_leave_the_message_unknown_never_resent(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A short page (or too many pages) is "not read", not "not found"."""
    from esms_desktop.api.models import SentDataPage
    from esms_desktop.sending.settle import settle

    with answer_lost_a_day_ago(tmp_path, 2) as (_now, sim, client, journal, cid):
        monkeypatch.setattr(
            client, "get_sent_data", lambda *a, **k: SentDataPage(items=(), total=7)
        )
        result = settle(journal, client, cid)
        assert (result.accepted, result.resend, result.unknown) == (0, 0, 2)
    assert sim.accepted == []


def test_a_record_under_another_campaign_name_is_neither_resent_nor_counted(
    tmp_path: Path,
) -> None:
    from esms_desktop.sending.settle import settle

    with answer_lost_a_day_ago(tmp_path, 1, advance=False) as (now, sim, client, journal, cid):
        (request,) = journal.requests(cid)
        message = journal.batch_messages([request.pk])[request.pk][0]
        # eSMS has it, but under a name that is not ours (renamed, or another campaign).
        client.send_customer_care(
            message.phone, message.content, DEMO_CSKH_BRAND, request.request_id,
            campaign_id="Chiến dịch khác",
        )  # fmt: skip
        now[0] += 25 * 3600
        result = settle(journal, client, cid)
        assert (result.accepted, result.resend, result.unknown) == (0, 0, 1)
    assert len(sim.accepted) == 1
