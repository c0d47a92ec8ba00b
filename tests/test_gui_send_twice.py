"""The window never sends a campaign twice by mistake, and closes cleanly in the middle of a send."""

from __future__ import annotations

from pathlib import Path

import pytest
from files import write_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from esms_desktop.api.client import EsmsClient
from esms_desktop.api.credentials import Credentials
from esms_desktop.app.user_text import UserMessage
from esms_desktop.gui import dialogs
from esms_desktop.gui.main_window import MainWindow
from esms_desktop.gui.widgets import format_vnd
from esms_desktop.gui.workers import wait_for_tasks
from esms_desktop.journal import Journal
from esms_desktop.sending import Sender
from esms_desktop.sending.again import AgainChoice
from esms_desktop.simulator import DEMO_API_KEY, DEMO_SECRET_KEY, FaultPlan, SimulatorTransport


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every confirmation asked (all answered yes); errors fail the test."""
    asked: list[str] = []

    def confirm(parent: object, title: str, text: str, **_buttons: str) -> bool:
        asked.append(f"{title}: {text}")
        return True

    def show_error(parent: object, message: UserMessage) -> None:
        raise AssertionError(message.as_text())

    monkeypatch.setattr(dialogs, "confirm", confirm)
    monkeypatch.setattr(dialogs, "inform", lambda *a, **k: None)
    monkeypatch.setattr(dialogs, "show_error", show_error)
    return asked


@pytest.fixture
def window(demo_window: MainWindow) -> MainWindow:
    return demo_window


def prepare(qtbot: QtBot, window: MainWindow, tmp_path: Path, rows: int, latency: float) -> None:
    sim = window.session.simulator
    assert sim is not None
    window.session.client = EsmsClient(
        Credentials(DEMO_API_KEY, DEMO_SECRET_KEY),
        transport=SimulatorTransport(sim, FaultPlan(latency=latency)),
    )
    table = [["Tên", "SĐT"]] + [[f"Khach {i}", f"096{i:06d}1"] for i in range(rows)]
    path = write_text(tmp_path / f"{rows}.csv", table)
    with qtbot.waitSignal(window.recipients_page.loaded, timeout=30_000):
        window.recipients_page.open_path(path)
    message = window.message_page
    message.channel_combo.setCurrentIndex(message.channel_combo.findData("fixed"))
    message.content_edit.setPlainText("Chao {Tên}")
    with qtbot.waitSignal(message.checked, timeout=30_000):
        qtbot.mouseClick(message.check_button, Qt.MouseButton.LeftButton)
    window.go(window.SEND)


def test_a_sent_check_cannot_be_sent_again_and_a_repeat_asks_twice(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, questions: list[str]
) -> None:
    prepare(qtbot, window, tmp_path, rows=12, latency=0.0)
    send = window.send_page
    with qtbot.waitSignal(send.finished, timeout=60_000):
        qtbot.mouseClick(send.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: send.worker is None, timeout=10_000)
    assert not send.send_button.isEnabled()  # finished: this check is spent
    assert not send.resume_button.isEnabled() and not send.cancel_button.isEnabled()
    # The line above the tiles is the campaign the tiles show (a resumed campaign was
    # headed "Check the message first"; found by clicking through the window).
    # (Its counts are read again off the window once the send stops: waited for.)
    qtbot.waitUntil(lambda: send.summary.text().startswith("Campaign 1 ("), timeout=10_000)
    assert "12 messages" in send.summary.text()
    # The Account page's balance is the one after the send (it kept the one before).
    sim = window.session.simulator
    assert sim is not None
    after = format_vnd(next(iter(sim.accounts.values())).balance)
    balance = window.account_page.tiles.tiles["balance"].value
    qtbot.waitUntil(lambda: balance.text() == after, timeout=10_000)
    # The shop owner checks the very same message again: everyone got it minutes ago, so
    # every row is left out, and sending it once more is a choice of its own.
    message = window.message_page
    with qtbot.waitSignal(message.checked, timeout=30_000):
        qtbot.mouseClick(message.check_button, Qt.MouseButton.LeftButton)
    report = window.session.report
    assert report is not None and not report.sendable and report.blocked
    assert {p.code for p in report.problems} >= {"sent_already", "no_recipients"}
    assert message.again_button.isVisibleTo(message)
    with qtbot.waitSignal(message.checked, timeout=30_000):
        qtbot.mouseClick(message.again_button, Qt.MouseButton.LeftButton)
    assert not message.again_button.isVisibleTo(message)
    assert send.send_button.isEnabled()
    questions.clear()
    with qtbot.waitSignal(send.finished, timeout=60_000):
        qtbot.mouseClick(send.send_button, Qt.MouseButton.LeftButton)
    assert len(questions) == 2, questions
    assert "Send the same messages again?" in questions[1]
    assert "already sent these same messages" in questions[1] and "12 accepted" in questions[1]
    assert len(sim.accepted) == 24  # sent twice, as confirmed twice
    qtbot.waitUntil(lambda: send.worker is None, timeout=10_000)


def test_the_campaign_is_written_off_the_window_and_a_second_click_meanwhile_does_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, questions: list[str]
) -> None:
    prepare(qtbot, window, tmp_path, rows=12, latency=0.0)
    send = window.send_page
    with qtbot.waitSignal(send.finished, timeout=60_000):
        send.confirm_and_send()
        assert not send.send_button.isEnabled()
        assert "Preparing 12 messages" in send.outcome.text()
        assert send.progress.maximum() == 0  # busy
        send.confirm_and_send()  # clicked again before the campaign is written: nothing
    qtbot.waitUntil(lambda: send.worker is None, timeout=10_000)
    assert len(questions) == 1, questions
    assert len(window.session.journal.campaigns()) == 1
    sim = window.session.simulator
    assert sim is not None and len(sim.accepted) == 12


def test_closing_in_the_middle_of_a_send_then_resuming_sends_each_once(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, questions: list[str]
) -> None:
    prepare(qtbot, window, tmp_path, rows=2000, latency=0.002)
    send = window.send_page
    sim = window.session.simulator
    assert sim is not None
    qtbot.mouseClick(send.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(sim.accepted) >= 100, timeout=60_000)
    window.close()  # "Pause and close?" -> yes
    assert any("Pause and close?" in q for q in questions)
    assert "requests already on their way to eSMS" in window.statusBar().currentMessage()
    # The close returned at once; the worker pauses itself, recording what was on its way.
    from esms_desktop.gui.workers import drain

    assert drain(30_000)
    assert send.worker is None or not send.worker.worker_thread.isRunning()
    sent = len(sim.accepted)
    assert 100 <= sent < 2000, sent
    qtbot.wait(50)  # late signals of the stopped worker reach a closed page: ignored
    # Started again later: the campaign resumes where it stopped.
    client = EsmsClient(
        Credentials(DEMO_API_KEY, DEMO_SECRET_KEY), transport=SimulatorTransport(sim)
    )
    with Journal(demo=True) as journal:
        (campaign,) = journal.unfinished()
        assert Sender(journal, client, campaign.id).run().complete
    phones = [a.phone for a in sim.accepted]
    assert len(phones) == len(set(phones)) == 2000


def test_send_again_states_count_and_price_first_and_no_creates_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from engine_helpers import campaign, phones

    from esms_desktop.journal import RequestState

    asked: list[str] = []
    answers = [False, True]

    def confirm(parent: object, title: str, text: str) -> bool:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(dialogs, "confirm", confirm)
    journal = window.session.journal
    client = window.session.client
    assert client is not None
    cid = campaign(tmp_path, journal, client, phones(5), "fixed")
    first, second, *_ = journal.requests(cid)
    # Two messages were refused for the balance (103): sending them again can help.
    journal.record(first.pk, RequestState.FAILED, code="103")
    journal.record(second.pk, RequestState.FAILED, code="103")
    history = window.history_page
    window.go(window.HISTORY)
    with qtbot.waitSignal(history.loaded, timeout=10_000):  # read off the window
        history.reload()
    history.campaign_table.selectRow(0)
    before = len(journal.campaigns())
    qtbot.mouseClick(history.retry_button, Qt.MouseButton.LeftButton)
    # Planned on a worker thread: meanwhile the button is off, and a second try does nothing.
    assert not history.retry_button.isEnabled()
    history.send_again()
    qtbot.waitUntil(lambda: bool(asked) and history.retry_button.isEnabled(), timeout=10_000)
    assert len(asked) == 1
    assert "Send again 2 messages" in asked[0] and "đ" in asked[0]
    assert len(journal.campaigns()) == before  # "No" made nothing
    send = window.send_page
    with qtbot.waitSignal(send.finished, timeout=30_000) as done:
        qtbot.mouseClick(history.retry_button, Qt.MouseButton.LeftButton)
    assert done.args[0].accepted == 2 and len(journal.campaigns()) == before + 1
    qtbot.waitUntil(lambda: send.worker is None, timeout=10_000)


def test_a_campaign_that_sent_nothing_can_be_deleted_one_that_sent_cannot(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, questions: list[str]
) -> None:
    from engine_helpers import campaign, phones

    journal = window.session.journal
    client = window.session.client
    assert client is not None
    sent = campaign(tmp_path, journal, client, phones(3), "fixed")
    assert Sender(journal, client, sent).run().complete
    unsent = campaign(tmp_path, journal, client, phones(3, 100), "fixed")
    history = window.history_page
    window.go(window.HISTORY)
    with qtbot.waitSignal(history.loaded, timeout=10_000):  # read off the window
        history.reload()
    history.campaign_table.selectRow(1)  # the finished one: nothing to resume
    assert not history.resume_button.isEnabled() and not history.delete_button.isEnabled()
    qtbot.waitUntil(lambda: history.messages.rowCount() > 0, timeout=10_000)
    assert not history.delete_button.isEnabled()
    history.campaign_table.selectRow(0)  # newest first: the unsent one
    assert history.selected_id() == unsent
    # Whether it may be deleted is read off the window, with its messages.
    qtbot.waitUntil(history.delete_button.isEnabled, timeout=10_000)
    assert history.resume_button.isEnabled()
    import re

    # When, and the channel in words (not "fixed").
    assert re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d", history.campaigns.index(0, 1).data())
    assert history.campaigns.index(0, 3).data() == "Fixed-number SMS"
    with qtbot.waitSignal(history.loaded, timeout=10_000):
        qtbot.mouseClick(history.delete_button, Qt.MouseButton.LeftButton)
    assert [c.id for c in journal.campaigns()] == [sent]
    history.campaign_table.selectRow(0)
    qtbot.waitUntil(lambda: history.messages.rowCount() > 0, timeout=10_000)
    assert not history.delete_button.isEnabled()
    with pytest.raises(ValueError):
        journal.delete_campaign(sent)


def test_the_demo_account_loads_itself(
    qtbot: QtBot, window: MainWindow, questions: list[str]
) -> None:
    qtbot.waitUntil(lambda: window.session.account is not None, timeout=10_000)
    account = window.session.account
    assert account is not None and {b.name for b in account.brandnames}
    assert "2,000,000 đ" in window.account_page.status.text()


def test_a_change_drops_the_check_and_the_marks_that_depend_on_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, questions: list[str]
) -> None:
    qtbot.waitUntil(lambda: window.session.account is not None, timeout=10_000)
    prepare(qtbot, window, tmp_path, rows=5, latency=0.0)
    assert "5 messages can be sent after the check" in window.statusBar().currentMessage()
    send, message = window.send_page, window.message_page
    assert window.session.report is not None and send.send_button.isEnabled()
    assert window.send_ready and "ready to send" in window.steps.item(window.SEND).toolTip()
    message.content_edit.setPlainText("Chao {Tên}, hen gap lai")  # another message
    assert window.session.report is None and not send.send_button.isEnabled()
    assert "5 customers ready to send" in window.statusBar().currentMessage()  # no check now
    assert not window.send_ready and not window.steps.item(window.SEND).toolTip()
    assert "checking again" in message.price_label.text()  # by itself, once typing pauses
    with qtbot.waitSignal(message.checked, timeout=30_000):
        qtbot.mouseClick(message.check_button, Qt.MouseButton.LeftButton)
    assert send.send_button.isEnabled()
    message.plain_check.setChecked(not message.plain_check.isChecked())  # toggled, then back:
    message.plain_check.setChecked(not message.plain_check.isChecked())
    assert window.session.report is None  # the first toggle already dropped it
    with qtbot.waitSignal(message.checked, timeout=30_000):
        qtbot.mouseClick(message.check_button, Qt.MouseButton.LeftButton)
    message.channel_combo.setCurrentIndex(message.channel_combo.findData("cskh"))
    assert window.session.report is None and message.problems.count() == 0


def test_the_language_notice_speaks_the_new_language(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "inform", lambda parent, title, text: said.append((title, text)))
    window._set_language("vi")  # the Language menu's Tiếng Việt
    # Nothing to decide: the message bar says it, no box to dismiss.
    assert said == [] and window.message_bar.isVisible()
    # In the language chosen, and in the window's (English here) until the next start.
    assert window.message_bar.text.text() == (
        "Ngôn ngữ mới được dùng từ lần mở ứng dụng sau. "
        "(The new language is used from the next start.)"
    )


def test_the_language_notice_is_read_in_a_vietnamese_window_too(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The audit read "The new language is used from the next start." alone in English in
    a Vietnamese window: the owner who reads Vietnamese must understand it too."""
    monkeypatch.setattr(dialogs, "inform", lambda parent, title, text: None)
    monkeypatch.setattr(
        window,
        "tr",
        lambda text: {
            "The new language is used from the next start.": (
                "Ngôn ngữ mới được dùng từ lần mở ứng dụng sau."
            )
        }.get(text, text),
    )
    window.session.lang = "vi"
    window._set_language("en")
    shown = window.message_bar.text.text()
    assert "Ngôn ngữ mới được dùng từ lần mở ứng dụng sau." in shown
    assert "The new language is used from the next start." in shown


def test_undelivered_messages_are_listed_with_what_to_do(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    questions: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from esms_desktop.gui import delivery
    from esms_desktop.simulator.service import fails_delivery

    # The look-ups after the first come every second, not 10 s later: the messages sent
    # after the first look-up's second (the demo's eSMS decides 2 s after a send) waited
    # 10 s for the next one, most of this test's 15 s.
    monkeypatch.setattr(delivery, "DELAYS", (3, 1))
    prepare(qtbot, window, tmp_path, rows=60, latency=0.0)
    send = window.send_page
    with qtbot.waitSignal(send.finished, timeout=60_000):
        qtbot.mouseClick(send.send_button, Qt.MouseButton.LeftButton)
    undelivered = [f"096{i:06d}1" for i in range(60) if fails_delivery(f"096{i:06d}1")]
    assert undelivered, "the simulator fails about one number in twenty"
    qtbot.waitUntil(lambda: "Still waiting: 0." in send.delivery.text(), timeout=30_000)
    # The undelivered ones are read from the journal off the window: they join the list.
    qtbot.waitUntil(lambda: send.failures.rowCount() >= len(undelivered), timeout=10_000)
    rows = [send.failures.index(r, 1).data() for r in range(send.failures.rowCount())]
    assert sorted(rows) == sorted(undelivered)
    assert send.failures.index(0, 3).data().startswith("Not delivered")


def test_from_launch_to_a_sent_sample_campaign_in_at_most_8_clicks(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from conftest import CLICK_COUNTS
    from PySide6.QtWidgets import QDialog

    clicks = [0]

    def click(widget: QWidget) -> None:
        clicks[0] += 1
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)

    def click_step(step: int) -> None:
        clicks[0] += 1
        rect = window.steps.visualItemRect(window.steps.item(step))
        qtbot.mouseClick(window.steps.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    def yes(parent: object, title: str, text: str) -> bool:
        clicks[0] += 1  # the Yes of the confirmation
        return True

    monkeypatch.setattr(dialogs, "confirm", yes)
    message = window.message_page
    real_dialog = message.make_fill_dialog

    def fill_dialog(template: str, columns: list[str]):  # type: ignore[no-untyped-def]
        dialog = real_dialog(template, columns)
        qtbot.addWidget(dialog)

        def ok() -> QDialog.DialogCode:
            clicks[0] += 1  # OK: the blanks were filled in already
            return QDialog.DialogCode.Accepted

        dialog.exec = ok  # type: ignore[method-assign]
        return dialog

    message.make_fill_dialog = fill_dialog  # type: ignore[method-assign]
    assert window.current_page() is window.recipients_page  # the demo starts here
    qtbot.waitUntil(lambda: window.session.account is not None, timeout=10_000)
    with qtbot.waitSignal(window.recipients_page.loaded, timeout=30_000):
        click(window.recipients_page.sample_button)
    click_step(window.MESSAGE)
    qtbot.waitUntil(lambda: message.template_combo.count() > 0, timeout=10_000)
    click(message.use_template)
    with qtbot.waitSignal(message.checked, timeout=30_000):
        click(message.check_button)
    click_step(window.SEND)
    send = window.send_page
    with qtbot.waitSignal(send.finished, timeout=60_000) as done:
        click(send.send_button)
    assert done.args[0].accepted > 0
    CLICK_COUNTS["launch to a sent demo campaign"] = clicks[0]
    assert clicks[0] <= 8, clicks[0]


def test_a_resumed_campaign_lists_its_earlier_failures(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, questions: list[str]
) -> None:
    from engine_helpers import campaign, phones

    from esms_desktop.journal import RequestState

    journal, client = window.session.journal, window.session.client
    assert client is not None
    cid = campaign(tmp_path, journal, client, phones(4), "fixed")
    first = journal.requests(cid)[0]
    journal.record(first.pk, RequestState.FAILED, code="108", error_message="Phone invalid")
    send = window.send_page
    window.go(window.SEND)
    with qtbot.waitSignal(send.finished, timeout=30_000) as done:
        send.start(cid)
    assert done.args[0].failed == 1 and "Failed: 1" in send.counters.text()
    assert send.failures.rowCount() == 1 and send.failures.index(0, 2).data() == "108"


def test_history_shows_the_latest_read_of_a_campaigns_messages(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """Messages are read on worker threads, which may end out of order: an earlier read
    that ends last must not replace the table."""
    from engine_helpers import campaign, phones

    client = window.session.client
    assert client is not None
    campaign(tmp_path, window.session.journal, client, phones(3), "fixed")
    history = window.history_page
    window.go(window.HISTORY)
    with qtbot.waitSignal(history.loaded, timeout=10_000):  # read off the window
        history.reload()
    history.campaign_table.selectRow(0)
    qtbot.waitUntil(lambda: history.messages.rowCount() == 3, timeout=10_000)
    wait_for_tasks()
    history._show_messages(
        history._reads - 1, 0, [], True, AgainChoice(0)
    )  # a stale read ending late: ignored
    assert history.messages.rowCount() == 3
    history._show_messages(history._reads, 0, [], True, AgainChoice(0))  # the latest read: shown
    assert history.messages.rowCount() == 0


def test_a_lost_connection_is_said_while_the_engine_waits_and_cleared_when_it_is_back(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, questions: list[str]
) -> None:
    import httpx

    from esms_desktop.api.policy import RetryPolicy
    from esms_desktop.app.user_text import waiting_text
    from esms_desktop.sending import Trouble

    prepare(qtbot, window, tmp_path, 12, 0.0)
    sim = window.session.simulator
    assert sim is not None
    inner = SimulatorTransport(sim)
    down = [True]

    def line(request: httpx.Request) -> httpx.Response:
        if down[0]:
            raise httpx.ConnectError("[Errno 101] Network is unreachable", request=request)
        return inner.handle_request(request)

    window.session.client = EsmsClient(
        Credentials(DEMO_API_KEY, DEMO_SECRET_KEY),
        transport=httpx.MockTransport(line),
        retry=RetryPolicy(max_attempts=2, base_delay=0.0, max_delay=0.0),
        sleep=lambda _s: None,
    )
    send = window.send_page
    expected = str(waiting_text(Trouble("network", "ConnectError", 1, 6, 2.0)))  # the window's
    with qtbot.waitSignal(send.finished, timeout=30_000) as done:
        qtbot.mouseClick(send.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: send.outcome.text() == expected, timeout=10_000)
        assert send.progress.value() == 0
        down[0] = False  # the internet is back while the engine waits
    assert done.args[0].complete
    assert expected not in send.outcome.text()
    assert sorted(sim.accepted_phones()) == [f"096{i:06d}1" for i in range(12)]


def test_new_keys_during_a_send_are_for_the_next_send(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, questions: list[str]
) -> None:
    """``Session.use_credentials`` never closes the client a running send uses."""
    prepare(qtbot, window, tmp_path, rows=40, latency=0.02)
    send, session = window.send_page, window.session
    sim = session.simulator
    assert sim is not None
    running = session.client
    assert running is not None
    with qtbot.waitSignal(send.finished, timeout=60_000) as done:
        qtbot.mouseClick(send.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(sim.accepted) >= 5, timeout=30_000)
        session.use_credentials(Credentials(DEMO_API_KEY, DEMO_SECRET_KEY))
        assert not running._http.is_closed  # the send goes on with it
        assert session.client is not running  # the next send gets a new one
    assert done.args[0].complete, done.args[0]
    assert len(sim.accepted) == 40
    qtbot.waitUntil(lambda: send.worker is None, timeout=10_000)
    assert running._http.is_closed  # closed once the send let go of it


def test_a_client_no_send_holds_still_answers_after_the_keys_change(window: MainWindow) -> None:
    """A look-up still running with the old keys (the Zalo templates, say) found the client
    closed, and "Cannot send a request, as the client has been closed" was shown as an
    error of the app (found by clicking through the window); the old client is closed with
    the window instead."""
    session = window.session
    first = session.client
    assert first is not None
    leased = session.lease_client()
    assert leased is first
    session.release_client(leased)
    session.use_credentials(Credentials(DEMO_API_KEY, DEMO_SECRET_KEY))
    assert session.client is not first
    assert first.get_balance().balance > 0  # the look-up it was running ends normally
    assert first in session._retired  # closed with the window (Session.close)
