"""The Account page: "Remove account" only for a saved account; "Check with eSMS"
keeps what "Connected" said of the account."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from esms_desktop.gui import dialogs
from esms_desktop.gui.launch import create_window
from esms_desktop.gui.main_window import MainWindow
from esms_desktop.gui.workers import wait_for_tasks


def test_remove_account_is_off_while_no_account_is_saved(
    qtbot: QtBot, app_home: Path, memory_keyring: object
) -> None:
    """It was enabled, in red, on a first start with no account (audit, 2026-12-06)."""
    window = create_window(demo=False, lang="en")
    qtbot.addWidget(window)
    window.show()
    page = window.account_page
    assert not page.delete_button.isEnabled()
    page.profile_combo.setCurrentText("My shop")  # typed, not saved
    assert not page.delete_button.isEnabled()
    window.session.settings.profiles.append("Saved shop")
    page.profile_combo.setCurrentText("Saved shop")
    assert page.delete_button.isEnabled()
    wait_for_tasks()
    window.close()


def test_check_with_esms_keeps_the_connected_summary(
    qtbot: QtBot, demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The balance, brandnames and OAs were replaced by one line for good (audit)."""
    monkeypatch.setattr(dialogs, "show_report", lambda *a: None)
    window = demo_window
    page = window.account_page
    qtbot.waitUntil(lambda: "Connected." in page.status.text(), timeout=20_000)
    connected = page.status.text()
    page.diagnose()
    qtbot.waitUntil(page.diagnose_button.isEnabled, timeout=30_000)
    wait_for_tasks()
    assert page.status.text().startswith(connected)
    assert "eSMS answers the way this app expects." in page.status.text()
