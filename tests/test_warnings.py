"""Warnings before they bite: a low balance (with how many campaigns like the last one it
covers) and a Zalo OA of low quality; both fronts, and the simulator's endpoints."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from files import write_text
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from spoken import en, on_command_line, vi
from test_checks import zalo_spec

from esms_desktop.api.client import EsmsClient
from esms_desktop.app.settings import Settings
from esms_desktop.checks import check_with_account
from esms_desktop.checks.balance_rules import balance_checks, low_balance_text
from esms_desktop.cli.main import main
from esms_desktop.gui.main_window import MainWindow
from esms_desktop.message.spec import CampaignSpec
from esms_desktop.recipients.recipient_list import open_recipients
from esms_desktop.simulator import EsmsSimulator
from esms_desktop.simulator.accounts import DEMO_OA_ACTIVE


def test_low_balance_text_counts_campaigns_like_the_last() -> None:
    assert low_balance_text(Decimal(500_000), 0, None) is None  # 0 = never
    assert low_balance_text(Decimal(500_000), 400_000, None) is None
    warning = low_balance_text(Decimal(250_000), 400_000, Decimal(60_000))
    assert "250,000 VND" in en(warning) and "400,000 VND" in en(warning)
    assert "about 4 campaigns like the last one (60,000 VND)" in en(warning)
    assert "đủ cho khoảng 4 chiến dịch" in vi(warning) and "250.000 đ" in vi(warning)
    one = low_balance_text(Decimal(70_000), 400_000, Decimal(60_000))
    assert "about 1 campaign like the last one" in en(one)
    only = low_balance_text(Decimal(250_000), 400_000, None)
    assert only is not None and "campaigns like" not in en(only)


def test_balance_check_looks_at_the_balance_after_the_campaign(tmp_path: Path) -> None:
    rows = open_recipients(write_text(tmp_path / "l.csv", [["SĐT"], ["0961234567"]]))
    from esms_desktop.checks import run_checks

    report = run_checks(rows, CampaignSpec("fixed", "x"))
    report.balance, report.cost = Decimal(450_000), Decimal(100_000)
    balance_checks(report, 400_000, Decimal(100_000))
    (warning,) = [p for p in report.problems if p.code == "low_balance"]
    assert warning.severity.value == "warning" and not report.blocked
    assert "After this campaign" in en(warning) and "350,000 VND" in en(warning)


def test_cli_balance_warns_below_the_saved_level(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--demo", "--lang", "en", "balance", "--warn-below", "3000000"]) == 0
    out = capsys.readouterr().out
    assert "Balance: 2,000,000 VND" in out and "[!] The balance is 2,000,000 VND" in out
    assert Settings.load().low_balance_vnd == 3_000_000
    main(["--demo", "--lang", "en", "balance", "--warn-below", "0"])
    assert "[!]" not in capsys.readouterr().out


def test_cli_check_says_low_balance(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_text(tmp_path / "l.csv", [["SĐT"], ["0961234567"]])
    args = ["--demo", "--lang", "en", "check", str(path), "--channel", "fixed", "--content", "x"]
    main(args)
    assert "low_balance" not in capsys.readouterr().out
    s = Settings.load()
    s.low_balance_vnd = 5_000_000
    s.save()
    main([*args, "--json"])
    data = json.loads(capsys.readouterr().out)
    assert any(p["code"] == "low_balance" for p in data["problems"])
    assert data["sendable_campaign"] is True  # a warning, not a block


def test_simulator_quality_and_rating_shapes(simulator: EsmsSimulator, client: EsmsClient) -> None:
    assert client.get_oa_quality(DEMO_OA_ACTIVE).current == "UNDEFINED"
    simulator.set_oa_quality(DEMO_OA_ACTIVE, "LOW", "MEDIUM")
    quality = client.get_oa_quality(DEMO_OA_ACTIVE)
    assert quality.low and (quality.current, quality.seven_days) == ("LOW", "MEDIUM")
    assert client.get_rating_summary(DEMO_OA_ACTIVE, ["226012"]).count == 0


def test_zns_campaign_warns_when_oa_quality_is_low(
    tmp_path: Path, simulator: EsmsSimulator, client: EsmsClient
) -> None:
    rows = open_recipients(
        write_text(tmp_path / "z.csv", [["SĐT", "Tên", "Mã đơn"], ["0961234567", "An", "D1"]])
    )
    report = check_with_account(rows, zalo_spec(), client)
    assert all(p.code != "oa_quality_low" for p in report.problems)
    simulator.set_oa_quality(DEMO_OA_ACTIVE, "HIGH", "LOW")
    report = check_with_account(rows, zalo_spec(), client)
    (warning,) = [p for p in report.problems if p.code == "oa_quality_low"]
    assert "POOR" in en(warning) and "KÉM" in vi(warning) and not report.blocked
    # The command line has no Account page of its own: it says where the ratings are.
    said = on_command_line(warning)
    assert "in the window (Account page) or on the eSMS dashboard" in said, said


def test_account_page_shows_low_balance_and_oa_quality(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    page = window.account_page
    qtbot.waitUntil(lambda: window.session.account is not None, timeout=10_000)
    window.session.simulator.set_oa_quality(DEMO_OA_ACTIVE, "LOW", "LOW")  # type: ignore[union-attr]
    page.health.threshold.setValue(3_000_000)
    page.health.threshold.editingFinished.emit()
    assert Settings.load().low_balance_vnd == 3_000_000
    qtbot.waitUntil(lambda: "under the warning level" in page.health.text.text(), timeout=10_000)
    with qtbot.waitSignal(window.session.account_changed, timeout=10_000):
        qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "quality poor, both over the last 48 hours and over 7 days" in
                    page.health.text.text(), timeout=10_000)  # fmt: skip
    assert "⚠ Zalo OA" in page.health.text.text()
    # The same rating for both periods is said once, not "poor (48 hours), poor (7 days)".
    line = next(t for t in page.health.text.text().splitlines() if "Shop Hoa Demo:" in t)
    assert line.split(". ")[0].count("poor") == 1, line
    window.session.simulator.set_oa_quality(DEMO_OA_ACTIVE, "LOW", "HIGH")  # type: ignore[union-attr]
    with qtbot.waitSignal(window.session.account_changed, timeout=10_000):
        qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "quality poor over the last 48 hours, good over 7 days" in
                    page.health.text.text(), timeout=10_000)  # fmt: skip


#: The Account page's line of an OA named Shop, in each language: quality not available;
#: poor both times, one rating; good then medium, twelve ratings.
OA_LINES = {
    "vi": (
        "Zalo OA Shop: chưa xem được chất lượng.",
        "⚠ Zalo OA Shop: chất lượng kém, cả trong 48 giờ qua và 7 ngày qua. 1 lượt khách đánh "
        "giá trong 30 ngày qua: 5,0 sao. Zalo giảm hạn mức và có thể chặn tin của OA chất "
        "lượng kém.",
        "Zalo OA Shop: chất lượng tốt trong 48 giờ qua, trung bình trong 7 ngày qua. 12 lượt "
        "khách đánh giá trong 30 ngày qua: trung bình 4,5 sao, 2 lượt 1-2 sao.",
    ),
    "en": (
        "Zalo OA Shop: quality not available now.",
        "⚠ Zalo OA Shop: quality poor, both over the last 48 hours and over 7 days. 1 customer "
        "rating in 30 days: 5.0 stars. Zalo lowers the quota of a poor OA and may block its "
        "messages.",
        "Zalo OA Shop: quality good over the last 48 hours, medium over 7 days. 12 customer "
        "ratings in 30 days: 4.5 stars on average, 2 of 1-2 stars.",
    ),
}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_oa_quality_line_is_whole_sentences_of_the_window_language(
    qtbot: QtBot, app_home: Path, lang: str
) -> None:
    """The line was built in code, English or Vietnamese by an ``if``, outside ``tr()``:
    now whole translated sentences, the OA's name and the quality words filled in."""
    from gui_helpers import shown_demo_window

    from esms_desktop.api.zalo_quality import OaQuality, RatingSummary
    from esms_desktop.gui.account_health import _OaHealth
    from esms_desktop.gui.workers import wait_for_tasks

    window = shown_demo_window(qtbot, (1024, 700), lang)
    health = window.account_page.health
    said = [
        health._oa_line(_OaHealth("Shop", None, None)),
        health._oa_line(_OaHealth("Shop", OaQuality("LOW", "LOW"), RatingSummary(1, 5.0, 0))),
        health._oa_line(_OaHealth("Shop", OaQuality("HIGH", "MEDIUM"), RatingSummary(12, 4.5, 2))),
    ]
    assert said == list(OA_LINES[lang])
    # From eSMS (the simulator) through the worker to the page, in the window's language.
    window.session.simulator.set_oa_quality(DEMO_OA_ACTIVE, "LOW", "HIGH")  # type: ignore[union-attr]
    with qtbot.waitSignal(window.session.account_changed, timeout=10_000):
        qtbot.mouseClick(window.account_page.test_button, Qt.MouseButton.LeftButton)
    seen = "chất lượng kém trong 48 giờ qua, tốt trong 7 ngày qua" if lang == "vi" else (
        "quality poor over the last 48 hours, good over 7 days")  # fmt: skip
    qtbot.waitUntil(lambda: seen in health.text.text(), timeout=10_000)
    wait_for_tasks()
    window.close()


def test_warn_below_without_keys_changes_no_setting(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``balance --warn-below N`` without keys saved the level, then said the keys were
    missing: a failed command had changed a setting, unsaid. Now the keys come first, and
    a level saved is said before the look-up (which may still fail)."""
    monkeypatch.delenv("ESMS_API_KEY", raising=False)
    monkeypatch.delenv("ESMS_SECRET_KEY", raising=False)
    assert main(["--lang", "en", "balance", "--warn-below", "50000"]) == 2
    assert Settings.load().low_balance_vnd != 50_000
    assert "No API keys" in capsys.readouterr().err
    assert main(["--demo", "--lang", "en", "balance", "--warn-below", "50000"]) == 0
    out = capsys.readouterr().out
    assert "Saved: from now on you are warned when the balance is under 50,000 VND." in out
    assert Settings.load().low_balance_vnd == 50_000
    main(["--demo", "--lang", "en", "balance", "--warn-below", "0"])
    assert "Saved: no more warnings about a low balance." in capsys.readouterr().out
