"""One test per check: each problem names the eSMS code it prevents and its rows."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from engine_helpers import ZALO_PART
from files import write_text
from spoken import en

from esms_desktop.api.client import EsmsClient
from esms_desktop.checks import (
    AccountInfo,
    CheckReport,
    Severity,
    load_account_for,
    next_ad_time,
    run_checks,
)
from esms_desktop.message.spec import VIETNAM, CampaignSpec, ParamSource
from esms_desktop.recipients.recipient_list import RecipientList, open_recipients
from esms_desktop.simulator import (
    DEMO_CSKH_BRAND,
    DEMO_OA_ACTIVE,
    DEMO_OA_INACTIVE,
    DEMO_QC_BRAND,
    EsmsSimulator,
    demo_account,
    demo_client,
)

NOON = dt.datetime(2026, 11, 27, 12, 0, tzinfo=VIETNAM)
ORDER = "Cam on {Tên} da mua hoa tai Shop Hoa Demo. Ma don hang cua ban la {Mã đơn}."
AD = "[QC] Giam 20% hoa tuoi cuoi tuan. Tu choi nhan tin soan TC gui 8085"


def make_list(
    tmp_path: Path, phones: list[str], extra: list[list[str]] | None = None
) -> RecipientList:
    rows: list[list[object]] = [["Tên", "Số điện thoại", "Mã đơn"]]
    rows += [[f"Khach {i}", p, f"DH{i}"] for i, p in enumerate(phones)]
    rows += extra or []
    return open_recipients(write_text(tmp_path / "list.csv", rows))


def viettel(n: int, start: int = 0) -> list[str]:
    return [f"096{i + start:06d}1" for i in range(n)]


def codes(report: CheckReport) -> dict[str, Severity]:
    return {p.code: p.severity for p in report.problems}


def problem(report: CheckReport, code: str):  # type: ignore[no-untyped-def]
    return next(p for p in report.problems if p.code == code)


@pytest.fixture
def demo() -> EsmsClient:
    client = demo_client(EsmsSimulator())
    assert isinstance(client, EsmsClient)
    return client


def account_for(client: EsmsClient, spec: CampaignSpec) -> AccountInfo:
    return load_account_for(client, spec)


def check(
    rows: RecipientList, spec: CampaignSpec, client: EsmsClient | None = None, **kw: object
) -> CheckReport:
    account = account_for(client, spec) if client else None
    return run_checks(rows, spec, account=account, client=client, now=NOON, **kw)  # type: ignore[arg-type]


def test_bad_numbers_duplicates_and_opt_out_take_rows_out(tmp_path: Path) -> None:
    rows = make_list(tmp_path, ["0961234561", "abc", "0961234561", "02838123456"])
    report = check(rows, CampaignSpec("fixed", content="Hello"))
    assert codes(report)["108"] is Severity.ROWS
    assert problem(report, "duplicate").rows == (4,)
    assert sorted(p.rows[0] for p in report.problems if p.code == "108") == [3, 5]
    assert [r.row for r in report.sendable] == [2]
    assert not report.blocked


def test_old_numbers_are_converted_with_a_visible_note(tmp_path: Path) -> None:
    report = check(make_list(tmp_path, ["01623456789"]), CampaignSpec("fixed", content="Hi"))
    assert problem(report, "converted").severity is Severity.WARNING
    assert report.sendable[0].phone == "0323456789"


def test_no_content_blocks(tmp_path: Path) -> None:
    report = check(make_list(tmp_path, viettel(2)), CampaignSpec("fixed", content="  "))
    assert codes(report)["no_content"] is Severity.BLOCKING and report.blocked


def test_unknown_column_blocks(tmp_path: Path) -> None:
    report = check(make_list(tmp_path, viettel(2)), CampaignSpec("fixed", content="Chao {Ho ten}"))
    assert codes(report)["unknown_column"] is Severity.BLOCKING


def test_unknown_column_names_the_files_columns_and_the_one_meant(tmp_path: Path) -> None:
    """Tried from the command line: "{Tên} is not in the file" gave no next step. The
    file's columns are named, and the one probably meant (a mistyped or shortened name)."""
    rows = make_list(tmp_path, viettel(2))
    report = check(rows, CampaignSpec("fixed", content="Chao {Ten khach}, don {Ma} {Xyz}"))
    said = en(problem(report, "unknown_column"))
    assert "{Ten khach}, {Ma}, {Xyz}" in said
    assert "Did you mean {Tên}, {Mã đơn}?" in said
    assert "columns: Tên, Số điện thoại, Mã đơn" in said
    report = check(rows, CampaignSpec("fixed", content="Chao {Xyz}"))
    said = en(problem(report, "unknown_column"))
    assert "Did you mean" not in said and "Insert column" in said


@pytest.mark.parametrize("content", ["T4 {tên", "Chao {}", "Chao {{tên}}", "Chao tên}"])
def test_a_brace_around_no_column_blocks(tmp_path: Path, content: str) -> None:
    """A customer got "T4 {Họ và tên" as it was typed (found by trying the command line)."""
    report = check(make_list(tmp_path, viettel(2)), CampaignSpec("fixed", content=content))
    assert codes(report)["stray_brace"] is Severity.BLOCKING and report.blocked
    said = en(problem(report, "stray_brace").reason)
    assert f'"{content}"' in said and "{Name}" in said


def test_columns_in_braces_and_template_blanks_are_no_stray_brace(tmp_path: Path) -> None:
    rows = make_list(tmp_path, viettel(2))
    assert "stray_brace" not in codes(check(rows, CampaignSpec("fixed", content="Chao {tên}!")))
    blank = check(rows, CampaignSpec("fixed", content="Ma {P1,20}"))
    assert "esms_variable" in codes(blank) and "stray_brace" not in codes(blank)


def test_placeholders_are_filled_and_empty_values_warned(tmp_path: Path) -> None:
    rows = make_list(tmp_path, viettel(1), extra=[["", "0912345678", "DH9"]])
    report = check(rows, CampaignSpec("fixed", content="Chao {tên}, don {Mã đơn}"))
    assert report.messages[2] == "Chao Khach 0, don DH0"
    assert problem(report, "empty_value").rows == (3,)


def test_customer_care_template_146_and_carrier_177(tmp_path: Path, demo: EsmsClient) -> None:
    rows = make_list(tmp_path, ["0961234561", "0901234561", "0921234561"])
    spec = CampaignSpec("cskh", content=ORDER, brandname=DEMO_CSKH_BRAND)
    report = check(rows, spec, demo)
    assert problem(report, "177").rows == (4,)  # Vietnamobile has no template
    assert "177" in report.excluded.values() and len(report.sendable) == 2
    wrong = check(
        rows, CampaignSpec("cskh", content="Khuyen mai lon!", brandname=DEMO_CSKH_BRAND), demo
    )
    assert problem(wrong, "146").rows == (2, 3)


def test_customer_care_placeholder_too_long_is_146(tmp_path: Path, demo: EsmsClient) -> None:
    rows = make_list(tmp_path, ["0961234561"])
    spec = CampaignSpec("cskh", content=ORDER.replace("{Tên}", "N" * 31), brandname=DEMO_CSKH_BRAND)
    found = problem(check(rows, spec, demo), "146")
    assert found.rows == (2,)
    # Said as a value too long for its blank, not a mismatch: the owner looked for a typo
    # in the message that was not there (found by clicking through the window).
    assert "longer than the registered template's blank allows" in en(found.reason)
    wrong = check(
        rows, CampaignSpec("cskh", content="Khuyen mai!", brandname=DEMO_CSKH_BRAND), demo
    )
    assert "longer than" not in en(problem(wrong, "146").reason)


def test_unknown_brandname_104(tmp_path: Path, demo: EsmsClient) -> None:
    rows = make_list(tmp_path, viettel(2))
    report = check(rows, CampaignSpec("cskh", content=ORDER, brandname="NOBODY"), demo)
    assert codes(report)["104"] is Severity.BLOCKING
    report = check(rows, CampaignSpec("cskh", content=ORDER, brandname=DEMO_QC_BRAND), demo)
    assert codes(report)["104"] is Severity.BLOCKING


def test_unknown_brandname_names_the_accounts_own(tmp_path: Path, demo: EsmsClient) -> None:
    """Tried from the command line: a mistyped brandname said only that the account had
    none of that name; the account's brandnames of that kind are the next step."""
    rows = make_list(tmp_path, viettel(30))
    report = check(rows, CampaignSpec("cskh", content=ORDER, brandname="DEMO"), demo)
    said = en(problem(report, "104"))
    assert DEMO_CSKH_BRAND in said and DEMO_QC_BRAND not in said and "Brandname box" in said
    report = check(rows, CampaignSpec("qc", content=AD, brandname=DEMO_CSKH_BRAND), demo)
    said = en(problem(report, "104"))
    assert DEMO_QC_BRAND in said and DEMO_CSKH_BRAND + "." not in said.split(":")[-1]


def test_an_account_without_brandnames_says_to_register_one(
    tmp_path: Path, demo: EsmsClient
) -> None:
    account = AccountInfo(balance=Decimal(10**6))
    rows = make_list(tmp_path, viettel(30))
    spec = CampaignSpec("cskh", content=ORDER, brandname="SHOP")
    said = en(problem(run_checks(rows, spec, account=account, now=NOON), "104"))
    assert "no customer-care brandname yet" in said and "register" in said


@pytest.mark.parametrize("channel", ["cskh", "qc", "zalo-sms"])
@pytest.mark.parametrize("connected", [False, True], ids=["no-account", "account"])
def test_no_brandname_blocks_with_or_without_an_account(
    tmp_path: Path, demo: EsmsClient, channel: str, connected: bool
) -> None:
    """Found from the command line: without keys, a customer-care check with no brandname
    said "Ready to send"."""
    rows = make_list(tmp_path, viettel(40))
    report = check(rows, CampaignSpec(channel, content=ORDER), demo if connected else None)
    assert [p.code for p in report.problems].count("104") == 1
    assert codes(report)["104"] is Severity.BLOCKING and report.blocked


def test_advertising_under_30_is_107(tmp_path: Path) -> None:
    report = check(make_list(tmp_path, viettel(29)), CampaignSpec("qc", content=AD))
    assert codes(report)["107"] is Severity.BLOCKING and report.requests == []


def test_advertising_batches_are_balanced(tmp_path: Path) -> None:
    spec = CampaignSpec("qc", content=AD, brandname=DEMO_QC_BRAND)
    report = check(make_list(tmp_path, viettel(5010)), spec)
    assert report.requests == [2505, 2505]
    assert not report.blocked


def test_advertising_is_one_text_for_everyone(tmp_path: Path) -> None:
    report = check(make_list(tmp_path, viettel(30)), CampaignSpec("qc", content="[QC] Chao {Tên}"))
    assert codes(report)["qc_personalised"] is Severity.BLOCKING


def test_advertising_hours_label_and_opt_out(tmp_path: Path) -> None:
    rows = make_list(tmp_path, viettel(30))
    night = dt.datetime(2026, 11, 27, 22, 30, tzinfo=VIETNAM)
    report = run_checks(rows, CampaignSpec("qc", content="Giam gia"), now=night)
    found = codes(report)
    assert found["qc_hours"] is Severity.BLOCKING and report.blocked  # Decree 91: none at night
    assert "07:00 28/11/2026" in en(problem(report, "qc_hours"))
    assert found["qc_label"] is Severity.WARNING and found["qc_opt_out"] is Severity.WARNING
    good = check(rows, CampaignSpec("qc", content=AD))
    assert not {"qc_hours", "qc_label", "qc_opt_out"} & set(codes(good))


def test_next_allowed_advertising_time() -> None:
    def at(h: int, m: int = 0) -> dt.datetime:
        return dt.datetime(2026, 11, 27, h, m, tzinfo=VIETNAM)

    assert next_ad_time(at(5)) == at(7)
    assert next_ad_time(at(12)) == at(12)
    assert next_ad_time(at(22)) == dt.datetime(2026, 11, 28, 7, 0, tzinfo=VIETNAM)
    assert next_ad_time(dt.datetime(2026, 11, 27, 23, 0, tzinfo=dt.UTC)) == at(7) + dt.timedelta(
        days=1
    )


def test_advertising_three_per_day_warning(tmp_path: Path) -> None:
    rows = make_list(tmp_path, viettel(30))
    three = [NOON.timestamp() - h * 3600 for h in (1, 2, 3)]
    busy = {viettel(1)[0]: three, viettel(2)[1]: three[:2]}
    report = check(rows, CampaignSpec("qc", content=AD), recent_ads=lambda phones, s, e: busy)
    assert problem(report, "qc_daily").rows == (2,)


def test_advertising_needs_an_advertising_brandname(tmp_path: Path, demo: EsmsClient) -> None:
    rows = make_list(tmp_path, viettel(30))
    report = check(rows, CampaignSpec("qc", content=AD, brandname=DEMO_CSKH_BRAND), demo)
    assert codes(report)["104"] is Severity.BLOCKING
    assert "104" not in codes(
        check(rows, CampaignSpec("qc", content=AD, brandname=DEMO_QC_BRAND), demo)
    )


def zalo_spec(**kw: object) -> CampaignSpec:
    args: dict[str, object] = {"channel": "zalo", **ZALO_PART, **kw}
    return CampaignSpec(**args)  # type: ignore[arg-type]


def test_zalo_ok_and_bulk_batches(tmp_path: Path) -> None:
    account = demo_account()
    account.oas[DEMO_OA_ACTIVE].remaining_quota = 2_000  # within today's quota
    demo = demo_client(EsmsSimulator([account]))
    report = check(make_list(tmp_path, viettel(1234)), zalo_spec(), demo)  # type: ignore[arg-type]
    assert not report.blocked, report.problems
    assert report.requests == [412, 411, 411]
    assert report.zalo_params[2] == ["Khach 0", "DH0", "150000"]


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"oaid": ""}, "791"),
        ({"template_id": ""}, "791"),
        ({"oaid": "111"}, "204"),
        ({"oaid": DEMO_OA_INACTIVE, "template_id": "300001"}, "799"),
        ({"template_id": "300001"}, "789"),
        ({"params": {"customer_name": ParamSource(column="Tên")}}, "790"),
        (
            {
                "params": {
                    "customer_name": ParamSource(column="Email"),
                    "order_code": ParamSource(value="x"),
                    "amount": ParamSource(value="1"),
                }
            },
            "790",
        ),
        ({"over_quota": True, "schedule": NOON + dt.timedelta(hours=1)}, "801"),
    ],
)
def test_zalo_blocking_problems(
    tmp_path: Path, demo: EsmsClient, changes: dict[str, object], code: str
) -> None:
    report = check(make_list(tmp_path, viettel(3)), zalo_spec(**changes), demo)
    assert codes(report).get(code) is Severity.BLOCKING, report.problems


def test_zalo_values_too_long_or_missing_take_rows_out(tmp_path: Path, demo: EsmsClient) -> None:
    rows = make_list(
        tmp_path, viettel(1), extra=[["X" * 31, "0961111111", "DH"], ["", "0961111112", "DH"]]
    )
    report = check(rows, zalo_spec(), demo)
    refused = [p for p in report.problems if p.code == "110"]
    assert sorted(r for p in refused for r in p.rows) == [3, 4] and len(report.sendable) == 1
    assert sorted(report.zalo_params) == [2]  # only the good row goes
    # Each reason is its own problem, naming the column and what to fix.
    assert {("longer than 30" in en(p), "is empty" in en(p)) for p in refused} == {
        (True, False),
        (False, True),
    }


def test_zalo_then_sms_checks_the_sms_part(tmp_path: Path, demo: EsmsClient) -> None:
    rows = make_list(tmp_path, ["0961234561", "0921234561"])
    report = check(
        rows, zalo_spec(channel="zalo-sms", content=ORDER, brandname=DEMO_CSKH_BRAND), demo
    )
    assert problem(report, "177").rows == (3,)
    assert report.requests == [1]


def test_schedule_in_the_past_blocks(tmp_path: Path) -> None:
    spec = CampaignSpec("fixed", content="Hi", schedule=NOON - dt.timedelta(minutes=1))
    assert codes(check(make_list(tmp_path, viettel(1)), spec))["schedule_past"] is Severity.BLOCKING


def test_a_schedule_a_few_minutes_ahead_blocks_one_later_does_not(tmp_path: Path) -> None:
    """Two minutes ahead passed while the command line waited for its "yes"."""
    rows = make_list(tmp_path, viettel(1))
    soon = check(rows, CampaignSpec("fixed", content="Hi", schedule=NOON + dt.timedelta(minutes=2)))
    assert codes(soon)["schedule_past"] is Severity.BLOCKING
    assert "less than 5 minutes away" in en(problem(soon, "schedule_past"))
    later = CampaignSpec("fixed", content="Hi", schedule=NOON + dt.timedelta(minutes=6))
    assert "schedule_past" not in codes(check(rows, later))


def test_balance_too_low_is_103(tmp_path: Path) -> None:
    poor = demo_client(EsmsSimulator([demo_account(Decimal(2000))]))
    assert isinstance(poor, EsmsClient)
    rows = make_list(tmp_path, viettel(3))
    spec = CampaignSpec("cskh", content=ORDER, brandname=DEMO_CSKH_BRAND)
    report = check(rows, spec, poor)
    assert report.cost == Decimal(3 * 850) and report.cost_from_esms
    assert codes(report)["103"] is Severity.BLOCKING
    spec.sandbox = True
    assert "103" not in codes(check(rows, spec, poor))


def test_price_uses_few_estimate_requests(tmp_path: Path) -> None:
    sim = EsmsSimulator()
    client = demo_client(sim)
    assert isinstance(client, EsmsClient)
    rows = make_list(tmp_path, viettel(300) + [f"090{i:06d}1" for i in range(300)])
    spec = CampaignSpec("cskh", content=ORDER, brandname=DEMO_CSKH_BRAND)
    before = sim.request_count
    account = account_for(client, spec)
    report = run_checks(rows, spec, account=account, client=client, now=NOON)
    assert report.cost == Decimal(300 * 850 + 300 * 795)
    assert sim.request_count - before <= 3 + 2  # balance, brandnames, templates + 2 carriers


def test_offline_checks_say_what_was_skipped(tmp_path: Path) -> None:
    report = check(
        make_list(tmp_path, viettel(2)), CampaignSpec("cskh", content=ORDER, brandname="X")
    )
    assert report.skipped and not report.cost_from_esms and report.cost == Decimal(2 * 850)
    assert not report.blocked


def test_zalo_over_the_daily_quota_is_left_out(tmp_path: Path, demo: EsmsClient) -> None:
    """What goes today beyond the OA's quota would fail at Zalo: the first 500 go, the rest
    wait for tomorrow; a send set for tomorrow is not held to today's quota."""
    report = check(make_list(tmp_path, viettel(502)), zalo_spec(), demo)
    quota = problem(report, "quota")
    assert quota.severity is Severity.ROWS and "500" in en(quota)
    assert quota.rows == (502, 503) and len(report.sendable) == 500
    assert "quota" not in codes(check(make_list(tmp_path, viettel(20)), zalo_spec(), demo))
    from esms_desktop.base.vntime import now

    tomorrow = dt.datetime.fromtimestamp(now() + 86_400, VIETNAM).replace(hour=9, minute=0)
    later = check(make_list(tmp_path, viettel(502)), zalo_spec(schedule=tomorrow), demo)
    assert "quota" not in codes(later) and len(later.sendable) == 502


def test_unreachable_esms_skips_account_checks_and_says_so(tmp_path: Path) -> None:
    from esms_desktop.api.credentials import Credentials
    from esms_desktop.api.policy import NO_RETRY
    from esms_desktop.checks import check_with_account
    from esms_desktop.simulator import DEMO_API_KEY, DEMO_SECRET_KEY, FaultPlan, SimulatorTransport

    offline = EsmsClient(Credentials(DEMO_API_KEY, DEMO_SECRET_KEY),
                         transport=SimulatorTransport(EsmsSimulator(), FaultPlan(cut_before=1.0)),
                         retry=NO_RETRY)  # fmt: skip
    spec = CampaignSpec("cskh", content=ORDER, brandname=DEMO_CSKH_BRAND)
    report = check_with_account(make_list(tmp_path, viettel(2)), spec, offline, now=NOON)
    assert not report.blocked and not report.cost_from_esms
    assert "could not be reached" in en(report.skipped[0])


def test_wrong_keys_block_the_check_with_the_explanation(tmp_path: Path) -> None:
    from esms_desktop.api.credentials import Credentials
    from esms_desktop.checks import check_with_account
    from esms_desktop.simulator import SimulatorTransport

    wrong = EsmsClient(Credentials("WRONG-KEY-1", "WRONG-SECRET-1"),
                       transport=SimulatorTransport(EsmsSimulator()))  # fmt: skip
    spec = CampaignSpec("cskh", content=ORDER, brandname=DEMO_CSKH_BRAND)
    report = check_with_account(make_list(tmp_path, viettel(2)), spec, wrong, now=NOON)
    assert codes(report)["101"] is Severity.BLOCKING
    assert "Wrong API keys" in en(problem(report, "101")) and not report.skipped
