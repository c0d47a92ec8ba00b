"""The check never says "no problems" or "can be sent" for what it could not check or blocks."""

from __future__ import annotations

from pathlib import Path

from files import write_text
from pytestqt.qtbot import QtBot

from esms_desktop.checks import run_checks
from esms_desktop.gui.main_window import MainWindow
from esms_desktop.message.spec import CampaignSpec
from esms_desktop.recipients.recipient_list import open_recipients


def test_no_problems_is_not_said_of_what_could_not_be_checked(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path
) -> None:
    """Found by trying the window: eSMS unreachable, the list said "No problems found"."""
    rows = open_recipients(write_text(tmp_path / "a.csv", [["SĐT"], ["0961234567"]]))
    report = run_checks(rows, CampaignSpec("fixed", content="Hello"))
    assert not report.problems and report.skipped  # no account: its checks were skipped
    page = demo_window.message_page
    page._list_problems(report)
    shown = [page.problems.item(i).text() for i in range(page.problems.count())]
    assert "No problems found." not in shown
    assert any("could not be checked" in text for text in shown), shown


def test_the_status_bar_does_not_say_can_be_sent_of_a_blocked_check(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path
) -> None:
    """Found by trying the window: "200 messages can be sent" while the balance was short."""
    rows = open_recipients(write_text(tmp_path / "a.csv", [["SĐT"], ["0961234567"]]))
    report = run_checks(rows, CampaignSpec("fixed", content=""))  # blocked: no text
    assert report.blocked and report.sendable
    window = demo_window
    window.session.set_recipients(rows)
    window.session.set_report(report)
    window._describe_present()
    said = window.statusBar().currentMessage()
    assert "stop sending" in said and "can be sent" not in said, said
