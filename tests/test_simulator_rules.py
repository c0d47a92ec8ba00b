"""The simulator refuses exactly what eSMS documents it refuses."""

from __future__ import annotations

from decimal import Decimal

import pytest

from esms_desktop.api.client import EsmsClient
from esms_desktop.api.credentials import Credentials
from esms_desktop.base.errors import ResultCodeError
from esms_desktop.simulator import (
    DEMO_CSKH_BRAND,
    DEMO_OA_ACTIVE,
    DEMO_OA_INACTIVE,
    DEMO_QC_BRAND,
    EsmsSimulator,
    SimulatorTransport,
    demo_account,
)
from esms_desktop.simulator.service import fails_delivery, is_blocked

GOOD = "Cam on Lan da mua hoa tai Shop Hoa Demo. Ma don hang cua ban la DH01."
PARAMS = {"customer_name": "Lan", "order_code": "DH1", "amount": "150000"}


def phones(n: int) -> list[str]:
    return [f"09612{i:05d}" for i in range(n)]


def test_wrong_keys_give_101(simulator: EsmsSimulator) -> None:
    bad = EsmsClient(Credentials("nope1234", "nope5678"), transport=SimulatorTransport(simulator))
    assert bad.send_fixed_number("0961234567", "x", "r").code == "101"
    with pytest.raises(ResultCodeError, match="101"):
        bad.get_balance()
    with pytest.raises(ResultCodeError, match="101"):
        bad.get_brandnames()


def test_balance_is_kept_and_103_when_too_low() -> None:
    sim = EsmsSimulator([demo_account(Decimal(1000))])
    from esms_desktop.simulator import demo_client

    client = demo_client(sim)
    assert isinstance(client, EsmsClient)
    assert client.send_customer_care("0961234567", GOOD, DEMO_CSKH_BRAND, "a").accepted
    assert client.get_balance().balance == Decimal(150)
    assert client.send_customer_care("0961234568", GOOD, DEMO_CSKH_BRAND, "b").code == "103"
    assert client.get_balance().balance == Decimal(150)


def test_sandbox_validates_but_does_not_charge(client: EsmsClient) -> None:
    before = client.get_balance().balance
    assert client.send_customer_care(
        "0961234567", GOOD, DEMO_CSKH_BRAND, "s", sandbox=True
    ).accepted
    assert (
        client.send_customer_care("0921234567", GOOD, DEMO_CSKH_BRAND, "t", sandbox=True).code
        == "177"
    )
    assert client.get_balance().balance == before


def test_unknown_brandname_104(client: EsmsClient) -> None:
    assert client.send_customer_care("0961234567", GOOD, "NOBODY", "r").code == "104"
    # An advertising brandname cannot send customer care and vice versa.
    assert client.send_customer_care("0961234567", GOOD, DEMO_QC_BRAND, "r").code == "104"
    assert client.send_advertising(phones(30), "x", DEMO_CSKH_BRAND, "r").code == "104"


def test_advertising_batch_limits(client: EsmsClient) -> None:
    assert client.send_advertising(phones(29), "x", DEMO_QC_BRAND, "a").code == "107"
    # 40 entries but only 29 unique numbers: still 107.
    assert client.send_advertising(phones(29) + phones(11), "x", DEMO_QC_BRAND, "b").code == "107"
    assert client.send_advertising(phones(5001), "x", DEMO_QC_BRAND, "c").code == "120"
    assert client.send_advertising(phones(5000), "x", DEMO_QC_BRAND, "d", sandbox=True).accepted


def test_bad_numbers_108_and_blocked_99(client: EsmsClient) -> None:
    assert client.send_fixed_number("0123", "x", "a").code == "108"
    assert client.send_fixed_number("02838123456", "x", "b").code == "108"
    assert client.send_advertising([*phones(30), "12"], "x", DEMO_QC_BRAND, "c").code == "108"
    assert is_blocked("0961230099")
    assert client.send_fixed_number("0961230099", "x", "d").code == "99"


def test_fixed_number_with_two_phones_163(client: EsmsClient) -> None:
    assert client.send_fixed_number("0961234567,0961234568", "x", "a").code == "163"


def test_request_id_reuse_124_within_24_hours() -> None:
    now = [1_795_000_000.0]
    sim = EsmsSimulator(clock=lambda: now[0])
    from esms_desktop.simulator import demo_client

    client = demo_client(sim)
    assert isinstance(client, EsmsClient)
    assert client.send_fixed_number("0961234567", "x", "same").accepted
    again = client.send_fixed_number("0961234999", "y", "same")
    assert again.code == "124" and again.error_message == "Request exist 1"
    now[0] += 24 * 3600 + 1
    assert client.send_fixed_number("0961234567", "x", "same").accepted
    assert len(sim.accepted) == 2


def test_refused_request_id_can_be_used_again(client: EsmsClient) -> None:
    assert client.send_customer_care("0961234567", "wrong text", DEMO_CSKH_BRAND, "r").code == "146"
    assert client.send_customer_care("0961234567", GOOD, DEMO_CSKH_BRAND, "r").accepted


def test_customer_care_templates_146_and_177(client: EsmsClient) -> None:
    long_name = "N" * 31  # {P1,30}
    assert (
        client.send_customer_care(
            "0961234567", GOOD.replace("Lan", long_name), DEMO_CSKH_BRAND, "a"
        ).code
        == "146"
    )
    assert client.send_customer_care(
        "0961234567", GOOD.replace("Lan", "N" * 30), DEMO_CSKH_BRAND, "b"
    ).accepted
    assert (
        client.send_customer_care("0961234567", GOOD + " Hen gap lai!", DEMO_CSKH_BRAND, "c").code
        == "146"
    )
    # Mobifone (090) has the order template, not the delivery reminder.
    reminder = "Shop Hoa Demo xin chao Lan. Don hoa cua ban se giao luc 9h ngay 1/12."
    assert client.send_customer_care("0961234567", reminder, DEMO_CSKH_BRAND, "d").accepted
    assert client.send_customer_care("0901234567", reminder, DEMO_CSKH_BRAND, "e").code == "146"
    # Vietnamobile (092), Gmobile (099), Itel (087), Reddi (055): no template at all.
    for i, number in enumerate(["0921234567", "0991234567", "0871234567", "0551234567"]):
        assert client.send_customer_care(number, GOOD, DEMO_CSKH_BRAND, f"f{i}").code == "177"


def test_zalo_rules(client: EsmsClient) -> None:
    def send(**kw: object) -> str:
        args: dict[str, object] = {
            "phone": "0961234567",
            "oaid": DEMO_OA_ACTIVE,
            "template_id": "226012",
            "params": PARAMS,
            "request_id": "z",
        }
        args.update(kw)
        return client.send_zalo(**args).code  # type: ignore[arg-type]

    assert send(oaid="") == "791"
    assert send(template_id="") == "791"
    assert send(oaid="999") == "204"
    assert send(oaid=DEMO_OA_INACTIVE, template_id="300001") == "799"
    assert send(template_id="300001") == "789"
    assert send(params={**PARAMS, "customer_name": "x" * 31}) == "790"
    assert send(params={"customer_name": "Lan"}) == "790"
    assert send(over_quota=True, send_date="2030-01-01 08:00:00") == "801"
    assert send(over_quota=True) == "802"
    assert send() == "100"


def test_zalo_bulk_limits_and_item_codes(client: EsmsClient) -> None:
    too_many = [(p, f"r{i}", ["Lan", "DH", "1"]) for i, p in enumerate(phones(501))]
    assert client.send_zalo_bulk(DEMO_OA_ACTIVE, "226012", too_many).code == "687"
    items = [
        ("0961234567", "ok", ["Lan", "DH", "1"]),
        ("0123", "bad-phone", ["Lan", "DH", "1"]),
        ("0961230099", "blocked", ["Lan", "DH", "1"]),
        ("0961234568", "bad-params", ["Lan", "", "1"]),
    ]
    result = client.send_zalo_bulk(DEMO_OA_ACTIVE, "226012", items)
    assert result.accepted and result.total_success == 1
    assert [i.code for i in result.items] == ["100", "108", "99", "110"]
    again = client.send_zalo_bulk(DEMO_OA_ACTIVE, "226012", items[:1])
    assert [i.code for i in again.items] == ["124"]


def test_delivery_failures_are_a_small_share() -> None:
    failing = sum(fails_delivery(p) for p in phones(2000))
    assert 40 <= failing <= 180


def test_unknown_endpoint_and_bad_json(simulator: EsmsSimulator) -> None:
    assert simulator.handle("GET", "Nope", {}, b"").status == 404
    answer = simulator.handle("POST", "GetBalance_json", {}, b"{not json")
    assert answer.status == 200 and b'"error"' in answer.body
    assert simulator.handle("GET", "GetBalance_json", {}, b"").status == 405
