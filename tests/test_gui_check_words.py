"""The check never says "no problems" or "can be sent" for what it could not check or blocks."""

from __future__ import annotations

from pathlib import Path

import pytest
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


def test_a_check_that_left_everyone_out_says_what_to_do(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path
) -> None:
    """Found by trying the window: a customer-care text that matches no registered
    template leaves every row out; the first tile said "fix the first problem below",
    and the first problem was "No number is left to send to." (no next step)."""
    from esms_desktop.gui.workers import wait_for_tasks

    window = demo_window
    qtbot.waitUntil(lambda: window.session.account is not None, timeout=10_000)
    rows = [["Tên", "SĐT"], ["Lan", "0961234567"], ["Nam", "0912345678"]]
    with qtbot.waitSignal(window.recipients_page.loaded, timeout=30_000):
        window.recipients_page.open_path(write_text(tmp_path / "a.csv", rows))
    window.go(window.MESSAGE)
    page = window.message_page
    page.channel_combo.setCurrentIndex(page.channel_combo.findData("cskh"))
    qtbot.waitUntil(lambda: page.brand_combo.currentText() != "", timeout=10_000)
    page.content_edit.setPlainText("Xin chao {Tên}, shop giam gia hom nay")
    with qtbot.waitSignal(page.checked, timeout=30_000):
        page.run_check()
    report = window.session.report
    assert report is not None and not report.sendable
    assert [p.code for p in report.problems if p.severity.name == "BLOCKING"] == ["no_recipients"]
    caption = page.tiles.tiles["ready"].label.text()
    assert caption == "Nothing to send: every customer was left out", caption
    first = page.problems.item(0)
    assert first.text().startswith("No number is left to send to")
    assert "check again" in first.text(), first.text()
    # Hovered, a problem says what it means and what to do, not the app's own code.
    tip = first.toolTip()
    assert "no_recipients" not in tip and "check again" in tip.lower(), tip
    wait_for_tasks()


def test_a_balance_too_small_says_what_to_do(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path
) -> None:
    """Found by trying the window: "The balance of 2,000,000 VND does not cover about
    64,314,900 VND." and nothing more; hovered, it told to press "Resume sending", a
    button of a campaign already sent (the catalogue's words for eSMS's 103)."""
    from decimal import Decimal

    from gui_helpers import check_forty

    from esms_desktop.simulator.keys import DEMO_API_KEY

    window = demo_window
    qtbot.waitUntil(lambda: window.session.account is not None, timeout=10_000)
    simulator = window.session.simulator
    assert simulator is not None
    simulator.account(DEMO_API_KEY).balance = Decimal(1000)
    check_forty(qtbot, window, tmp_path)
    report = window.session.report
    assert report is not None and report.blocked
    page = window.message_page
    first = page.problems.item(0)
    assert first.text().startswith("The balance of 1,000 VND does not cover"), first.text()
    assert "top up" in first.text().lower() and "check again" in first.text(), first.text()
    assert "Resume" not in first.toolTip(), first.toolTip()


def test_the_button_that_sends_to_failures_again_has_the_name_the_advice_gives(
    qtbot: QtBot, app_home: Path
) -> None:
    """Found by trying the window: an undelivered message's advice said to press "Gửi lại
    các tin lỗi" (History's button), and the Send page's was "Gửi lại cho các tin lỗi"."""
    from esms_desktop.base.texts import speaking
    from esms_desktop.catalogue import UNDELIVERED, UNDELIVERED_ZALO, lookup
    from esms_desktop.gui.launch import create_window

    for lang in ("vi", "en"):
        window = create_window(demo=True, lang=lang)
        qtbot.addWidget(window)
        send, history = window.send_page.again_button, window.history_page.retry_button
        assert send.text() == history.text()
        shown = send.text().replace("&", "")  # as the button reads: its Alt letter underlined
        with speaking(lang):
            for code in (UNDELIVERED, UNDELIVERED_ZALO):
                assert shown in lookup(code).text.action, (lang, shown)
        window.close()


def test_once_sent_the_status_bar_and_the_send_step_no_longer_say_it_can_be_sent(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found by trying the window: after the campaign was sent, the status bar still said
    "khach-hang-mau.xlsx: 16 messages can be sent after the check" and the Send step kept
    its "ready to send" tick: as if nothing had gone."""
    from gui_helpers import check_forty

    from esms_desktop.gui import dialogs

    window = demo_window
    qtbot.waitUntil(lambda: window.session.account is not None, timeout=10_000)
    check_forty(qtbot, window, tmp_path)
    assert window.send_ready
    assert "can be sent" in window.statusBar().currentMessage()
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    with qtbot.waitSignal(window.send_page.finished, timeout=30_000):
        window.message_page.send_requested.emit()
    assert window.session.report is not None  # the check is still the one shown...
    assert not window.send_ready  # ...but it was sent
    said = window.statusBar().currentMessage()
    assert "can be sent" not in said and "put into campaign 1" in said, said
    assert window.steps.item(window.SEND).toolTip() == ""
    # The Message page no longer offers to send it (a second campaign, asked twice).
    message = window.message_page
    assert not message.send_next_button.isVisibleTo(message)
    assert message.check_button.property("role") == "primary"
    assert message.tiles.tiles["ready"].label.text() == "Put into campaign 1"


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_what_blocks_a_check_says_what_to_do(lang: str, tmp_path: Path) -> None:
    """Found by trying the window: the first tile says "fix the first problem below", and
    some first problems said only what was wrong ("The message has no content.", "The
    scheduled time ... is in the past.", "Advertising needs at least 30 different
    numbers; the list has 18.")."""
    import datetime as dt

    from esms_desktop.base.texts import speaking
    from esms_desktop.base.vntime import now
    from esms_desktop.checks import Severity
    from esms_desktop.message.spec import VIETNAM

    rows = [["SĐT"]] + [[f"09612345{i:02d}"] for i in range(18)]
    recipients = open_recipients(write_text(tmp_path / "a.csv", rows))
    past = dt.datetime.fromtimestamp(now(), VIETNAM) - dt.timedelta(hours=1)  # app clock
    specs = {
        "no_content": CampaignSpec("fixed", content=""),
        "schedule_past": CampaignSpec("fixed", content="Hello", schedule=past),
        "107": CampaignSpec("qc", content="[QC] Sale. Reply STOP to 1234", brandname="X"),
    }
    next_steps = {
        "en": ("write", "later", "add customers"),
        "vi": ("viết", "muộn hơn", "thêm khách"),
    }[lang]
    for (code, spec), step in zip(specs.items(), next_steps, strict=True):
        report = run_checks(recipients, spec)
        (said,) = [p for p in report.problems if p.code == code]
        assert said.severity is Severity.BLOCKING
        with speaking(lang):
            assert step in str(said).lower(), (code, str(said))


def test_a_resumed_campaign_is_headed_by_itself_not_by_check_the_message_first(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path
) -> None:
    """Found by trying the window: closed mid-send and reopened, "Resume now?" answered
    yes, the Send page sent campaign 1 under "Check the message first (Message page).":
    an instruction to do something else while the campaign was going."""
    from gui_helpers import check_forty

    from esms_desktop.sending.plan import create_campaign

    window = demo_window
    qtbot.waitUntil(lambda: window.session.account is not None, timeout=10_000)
    check_forty(qtbot, window, tmp_path)
    report = window.session.report
    assert report is not None
    campaign = create_campaign(window.session.journal, report)
    window.session.set_report(None)  # as at the start: nothing checked yet
    window.go(window.SEND)
    page = window.send_page
    assert page.summary.text() == "Check the message first (Message page)."
    with qtbot.waitSignal(page.finished, timeout=30_000):
        page.start(campaign)
        said_while_sending = page.summary.text()
    assert said_while_sending.startswith(f"Campaign {campaign}"), said_while_sending
    # Its name is read off the window, and follows.
    qtbot.waitUntil(
        lambda: page.summary.text().startswith(f"Campaign {campaign} (40 - Fixed number)")
    )
