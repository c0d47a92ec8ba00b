"""Another account chosen after a check: the check was of the other account's balance,
brandnames and prices, and is not the one that sends (audit, 2026-12-07)."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path

from gui_helpers import check_forty
from pytestqt.qtbot import QtBot

from esms_desktop.api.credentials import Credentials
from esms_desktop.gui.main_window import MainWindow
from esms_desktop.gui.workers import wait_for_tasks
from esms_desktop.simulator.accounts import demo_account

OTHER_KEY, OTHER_SECRET = "OTHER-API-KEY-0002", "OTHER-SECRET-KEY-0002"


def _other_account(window: MainWindow, balance: Decimal) -> Credentials:
    """A second account at the window's eSMS (the demo's stand-in): ``balance`` VND."""
    simulator = window.session.simulator
    assert simulator is not None
    other = dataclasses.replace(
        demo_account(balance), api_key=OTHER_KEY, secret_key=OTHER_SECRET, user_id="90002"
    )
    simulator.accounts[OTHER_KEY] = other
    return Credentials(OTHER_KEY, OTHER_SECRET)


def test_a_check_of_one_account_is_not_sent_by_another(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path
) -> None:
    """Checked with 2,000,000 VND, then another account (0 VND) chosen on the Account page:
    Send stayed on, and the campaign was written for the other account from the first
    one's check (its balance, brandnames and prices never looked at)."""
    window = demo_window
    qtbot.waitUntil(lambda: window.session.account is not None, timeout=10_000)
    check_forty(qtbot, window, tmp_path)
    assert window.session.report is not None and not window.session.report.blocked
    window.session.use_credentials(_other_account(window, Decimal(0)))
    assert window.session.report is None
    said = window.message_page.price_label.text()
    assert said == "Another eSMS account is in use: checking again...", said
    # The check runs again by itself, with the account now in use: it has no money.
    qtbot.waitUntil(lambda: window.session.report is not None, timeout=30_000)
    wait_for_tasks()
    report = window.session.report
    assert report is not None and report.blocked
    assert report.balance == 0


def test_a_check_running_when_the_account_changes_is_not_shown(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path
) -> None:
    """A check asked with one account's keys, answered after another account was chosen,
    is not offered to Send: the check is made again with the keys in use."""
    window = demo_window
    qtbot.waitUntil(lambda: window.session.account is not None, timeout=10_000)
    check_forty(qtbot, window, tmp_path)
    message = window.message_page
    message.run_check()  # with the demo account's 2,000,000 VND
    window.session.use_credentials(_other_account(window, Decimal(0)))
    qtbot.waitUntil(lambda: window.session.report is not None, timeout=30_000)
    wait_for_tasks()
    report = window.session.report
    assert report is not None and report.balance == 0 and report.blocked


def test_wrong_keys_do_not_show_the_balance_of_the_keys_before(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    """Wrong keys typed and tested after a good account: "Wrong API keys" was said above
    the earlier account's balance (2,000,000 d), brandnames and templates, still shown
    (seen in the window, audit 2026-12-07)."""
    window = demo_window
    page = window.account_page
    qtbot.waitUntil(lambda: "Connected." in page.status.text(), timeout=10_000)
    assert page.tiles.isVisibleTo(page)
    window.session.use_credentials(Credentials("DEMO-SECRET-KEY-0001", "DEMO-API-KEY-0001"))
    assert not page.tiles.isVisibleTo(page)
    page.test_connection()
    qtbot.waitUntil(lambda: "Wrong API keys" in page.status.text(), timeout=10_000)
    wait_for_tasks()
    assert not page.tiles.isVisibleTo(page)
    assert "2,000,000" not in page.status.text() + page.details.text()
