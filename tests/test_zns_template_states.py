"""Zalo templates in each state eSMS's ``GetZnsTemplateInfo`` page lists (under review,
rejected, disabled, deleted), and its ``ListParams`` limits (``AcceptNull``, ``MinLength``):
the check stops what eSMS would refuse with plain words, before anything is sent, and lets
through what eSMS accepts (an empty value where the template allows one)."""

from __future__ import annotations

from pathlib import Path

import pytest
from documented import answering, documented
from files import write_text
from spoken import en, on_command_line, vi

from esms_desktop.catalogue import lookup
from esms_desktop.checks import load_account_for, run_checks
from esms_desktop.message.spec import CampaignSpec, ParamSource
from esms_desktop.recipients.recipient_list import open_recipients
from esms_desktop.simulator import DEMO_OA_ACTIVE, EsmsSimulator, demo_client
from esms_desktop.simulator.accounts import TEMPLATE_STATES, ZnsParamDef, ZnsTemplateDef

PHONES = ["0961234561", "0961234562", "0961234563"]


def _check(tmp_path: Path, template: str, params: dict[str, str], sim: EsmsSimulator, rows=None):  # type: ignore[no-untyped-def]
    rows = rows or [[f"Khach {i}", p, "Gọi trước"] for i, p in enumerate(PHONES)]
    path = write_text(tmp_path / "list.csv", [["Tên", "Số điện thoại", "Ghi chú"], *rows])
    spec = CampaignSpec(
        channel="zalo",
        oaid=DEMO_OA_ACTIVE,
        template_id=template,
        params={name: ParamSource(column=column) for name, column in params.items()},
    )
    client = demo_client(sim)
    account = load_account_for(client, spec)  # type: ignore[arg-type]
    return run_checks(open_recipients(path), spec, account=account, client=client)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("template", "said"),
    [
        ("226015", "is still being reviewed by Zalo (eSMS says: Template đang được kiểm duyệt)"),
        ("226016", "was rejected by Zalo (eSMS says: Nội dung mang tính quảng cáo"),
        ("226017", "has been disabled (eSMS says: Template bị hủy kích hoạt"),
        ("226018", "has been deleted"),
    ],
)
def test_a_template_eSMS_would_refuse_by_its_state_blocks_the_check(
    tmp_path: Path, template: str, said: str
) -> None:
    """The check read only the template list, which holds templates in every state: a
    campaign with a template under review or rejected was "Ready", and every message was
    then refused (790). It now asks the template's detail and blocks, saying why."""
    sim = EsmsSimulator()
    report = _check(tmp_path, template, {"customer_name": "Tên"}, sim)
    (problem,) = [p for p in report.problems if p.code == "template_state"]
    assert report.blocked and said in en(problem), en(problem)
    assert "Mẫu ZNS" in vi(problem) and "eSMS" in vi(problem)
    assert "--template-id" in on_command_line(lookup("template_state").part("action"))
    # What eSMS itself does with such a send (the simulator's reading): refused, not charged.
    zalo = demo_client(sim)
    answer = zalo.send_zalo(PHONES[0], DEMO_OA_ACTIVE, template, {"customer_name": "Lan"}, "r-1")  # type: ignore[attr-defined]
    assert answer.code == "790" and sim.accepted == []


def test_every_state_of_the_page_is_played() -> None:
    assert {s for s, _ in TEMPLATE_STATES.values()} == {
        "PENDING_REVIEW", "REJECT", "DISABLE", "DELETE"
    }  # fmt: skip


def test_a_state_the_page_does_not_list_is_a_warning(tmp_path: Path) -> None:
    sim = EsmsSimulator()
    sim.account(next(iter(sim.accounts))).oas[DEMO_OA_ACTIVE].templates["226015"].status = "PAUSED"
    report = _check(tmp_path, "226015", {"customer_name": "Tên"}, sim)
    (problem,) = [p for p in report.problems if p.code == "template_state"]
    assert not report.blocked and problem.severity.value == "warning"
    assert "'PAUSED', not ENABLE" in en(problem)


def test_an_empty_value_where_the_template_allows_one_is_sent(tmp_path: Path) -> None:
    """``note`` of template 226013 accepts an empty value (``AcceptNull``): the check said
    "the cell is empty, the template needs a value" and held the row back."""
    rows = [["Khach 0", PHONES[0], ""], ["Khach 1", PHONES[1], "Gọi trước"]]
    params = {"customer_name": "Tên", "delivery_time": "Tên", "note": "Ghi chú"}
    report = _check(tmp_path, "226013", params, EsmsSimulator(), rows)
    assert not report.blocked and report.problems == [], [en(p) for p in report.problems]
    assert report.zalo_params[2][2] == "" and len(report.sendable) == 2


def test_a_value_shorter_than_min_length_is_held_back_with_its_row(tmp_path: Path) -> None:
    sim = EsmsSimulator()
    oa = sim.account(next(iter(sim.accounts))).oas[DEMO_OA_ACTIVE]
    oa.templates["226099"] = ZnsTemplateDef(
        "226099", "Mã xác nhận", "Mã của bạn: <otp>", (ZnsParamDef("otp", 10, min_length=6),)
    )
    rows = [["Khach 0", PHONES[0], "123456"], ["Khach 1", PHONES[1], "1234"]]
    report = _check(tmp_path, "226099", {"otp": "Ghi chú"}, sim, rows)
    (problem,) = [p for p in report.problems if p.code == "110"]
    assert list(problem.rows) == [3]
    assert "Column Ghi chú: the value for otp is shorter than 6 characters" in en(problem)
    assert "ngắn hơn 6 ký tự" in vi(problem)
    # eSMS (the simulator, by the page's MinLength) would refuse that row.
    client = demo_client(sim)
    refused = client.send_zalo(PHONES[1], DEMO_OA_ACTIVE, "226099", {"otp": "1234"}, "r-2")  # type: ignore[attr-defined]
    assert refused.code != "100"


def test_the_client_reads_both_editions_of_the_template_detail() -> None:
    vn = answering(documented("zns-template-info-answer.json")).get_zns_template_info("1", "2")
    assert vn.status == "ENABLE" and vn.reason == "Template đã được duyệt"
    assert [p.accept_null for p in vn.params] == [False] * 4
    english = answering(documented("zns-template-info-answer-en.json"))
    info = english.get_zns_template_info("205644", "2")
    assert info.status == "ENABLE" and info.tag == "OTP" and info.reason == ""
    (otp,) = info.params
    assert (otp.name, otp.max_length, otp.min_length, otp.required, otp.accept_null) == (
        "otp", 10, 0, True, False
    )  # fmt: skip


def test_an_oa_or_template_not_of_the_account_names_what_it_has(tmp_path: Path) -> None:
    """204, 799 and 789 said what was wrong and stopped there ("The account has no Zalo
    OA 123."): each now says what to use instead, or what to do when there is nothing."""
    from esms_desktop.simulator import DEMO_API_KEY
    from esms_desktop.simulator.accounts import DEMO_OA_INACTIVE

    def said(template: str, oaid: str, sim: EsmsSimulator) -> str:
        rows = [["Khach 0", PHONES[0], "x"]]
        path = write_text(tmp_path / "l.csv", [["Tên", "Số điện thoại", "Ghi chú"], *rows])
        spec = CampaignSpec(channel="zalo", oaid=oaid, template_id=template,
                            params={"customer_name": ParamSource(column="Tên")})  # fmt: skip
        client = demo_client(sim)
        account = load_account_for(client, spec)  # type: ignore[arg-type]
        report = run_checks(open_recipients(path), spec, account=account, client=client)  # type: ignore[arg-type]
        assert report.blocked
        return en(next(p for p in report.problems if p.code in ("204", "799", "789")))

    sim = EsmsSimulator()
    assert "Use one of the account's OAs: Shop Hoa Demo (4097311281936189049)" in said(
        "226012", "123", sim
    )
    assert "Reconnect it on the eSMS dashboard" in said("300001", DEMO_OA_INACTIVE, sim)
    wrong = said("999", DEMO_OA_ACTIVE, sim)
    assert "Use one of its templates: 226012 (Xác nhận đơn hàng)," in wrong
    assert wrong.endswith(" and 2 more."), wrong
    no_oa = EsmsSimulator()
    no_oa.account(DEMO_API_KEY).oas = {}  # as the simulator's 104 account: no OA at all
    assert "nor any other yet. Link your Zalo OA to the eSMS account" in said(
        "226012", DEMO_OA_ACTIVE, no_oa
    )


@pytest.mark.parametrize("rows", [3, 40])
def test_a_template_disabled_after_the_check_fails_its_messages_uncharged(
    tmp_path: Path, app_home: Path, rows: int
) -> None:
    """Disabled between the check and the send (one at a time, and in bulk): every message
    is refused 790, none charged, none in doubt; 790's words name the template's state."""
    from engine_helpers import campaign, phones

    from esms_desktop.journal import Journal
    from esms_desktop.sending import Sender
    from esms_desktop.simulator import DEMO_API_KEY

    sim = EsmsSimulator()
    client = demo_client(sim)
    with Journal(tmp_path / "journal.sqlite3") as journal:
        cid = campaign(tmp_path, journal, client, phones(rows), "zalo")  # type: ignore[arg-type]
        sim.account(DEMO_API_KEY).oas[DEMO_OA_ACTIVE].templates["226012"].status = "DISABLE"
        sender = Sender(journal, client, cid, network_backoff=lambda _n: 0.0, sleep=lambda _s: None)  # type: ignore[arg-type]
        outcome = sender.run()
    assert (outcome.accepted, outcome.failed, outcome.unknown) == (0, rows, 0)
    assert sim.accepted == [] and sim.account(DEMO_API_KEY).balance == 2_000_000
    assert "disabled" in en(lookup("790").part("explanation"))
