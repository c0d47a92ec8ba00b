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
    assert "Every answer is what this app expects." in page.status.text()


def test_check_with_esms_speaks_vietnamese_and_copies_for_support(
    qtbot: QtBot, app_home: Path
) -> None:
    """In the Vietnamese window every line of the details is Vietnamese (they were the
    English lines of ``diagnose``); "Copy for support" puts them and the technical lines
    on the clipboard, and the box stays open."""
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QMessageBox
    from test_diagnose_words import TECHNICAL

    window = create_window(demo=True, lang="vi")
    qtbot.addWidget(window)
    window.show()
    page = window.account_page
    seen: dict[str, object] = {}

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, look)
            return
        seen["summary"], seen["details"] = box.text(), box.detailedText()
        copy = next(b for b in box.buttons() if "hỗ trợ" in b.text())
        seen["letter"] = copy.text()
        copy.click()
        seen["open"] = box.isVisible()
        seen["copied"] = QGuiApplication.clipboard().text()
        box.done(0)

    qtbot.waitUntil(page.diagnose_button.isEnabled, timeout=20_000)
    QTimer.singleShot(0, look)
    page.diagnose()
    qtbot.waitUntil(lambda: "copied" in seen, timeout=30_000)
    wait_for_tasks()
    assert (
        seen["summary"]
        == "Mọi câu trả lời của eSMS đúng như ứng dụng mong đợi. Không cần làm gì thêm."
    )
    details = str(seen["details"]).splitlines()
    assert details[0].startswith("ĐẠT       Số dư tài khoản")
    for line in details:
        assert not TECHNICAL.search(line), line
    assert seen["open"] and seen["letter"] == "&Chép để gửi hỗ trợ"
    copied = str(seen["copied"])
    assert copied.startswith(str(seen["details"]))
    assert "GetBalance_json: answer has Balance, UserID" in copied and "DEMO-SECRET" not in copied
    window.close()


def test_check_with_esms_on_a_locked_account_says_what_to_do(
    qtbot: QtBot, demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A locked account (143): "Check with eSMS" said "some answers differ, send the
    details to support"; the answers are as documented, the account is refused."""
    from esms_desktop.api.credentials import Credentials
    from esms_desktop.simulator.accounts import state_accounts

    reports: list[str] = []
    monkeypatch.setattr(
        dialogs, "show_report", lambda _w, _t, summary, *_rest: reports.append(summary)
    )
    window = demo_window
    page = window.account_page
    simulator = window.session.simulator
    assert simulator is not None
    simulator.accounts.update({a.api_key: a for a in state_accounts()})
    window.session.use_credentials(Credentials("DEMO-API-KEY-143", "DEMO-SECRET-KEY-143"))
    page.diagnose()
    qtbot.waitUntil(lambda: bool(reports), timeout=30_000)
    wait_for_tasks()
    said = page.status.text()
    assert "eSMS refused this account (not a fault of the app)" in said, said
    assert "Contact eSMS to activate or unlock the account." in said
    assert "Copy for support" not in said and reports == [said.splitlines()[-1]]
