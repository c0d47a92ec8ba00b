"""The window offers "Send to failures again" only for failures worth sending again as
they are (``sending.again.choose_again``), saying how many, and says why the others are
not. Before, the Send page made it its primary button whenever anything had failed: a
campaign whose one failure was a number eSMS blocks (99) was offered a "send again" that
then said there was nothing worth it."""

from __future__ import annotations

from pathlib import Path

import pytest
from engine_helpers import campaign, phones
from pytestqt.qtbot import QtBot

from esms_desktop.base.texts import speaking
from esms_desktop.gui import dialogs
from esms_desktop.gui.main_window import MainWindow
from esms_desktop.journal import RequestState
from esms_desktop.sending.again import choose_again

BLOCKED = "0961230099"  # the simulator answers 99 (blocked) for it


@pytest.fixture
def window(demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    monkeypatch.setattr(dialogs, "inform", lambda *a, **k: None)
    return demo_window


def send_on_the_page(qtbot: QtBot, window: MainWindow, cid: int) -> None:
    send = window.send_page
    window.go(window.SEND)
    with qtbot.waitSignal(send.finished, timeout=30_000):
        send.start(cid)
    qtbot.waitUntil(lambda: send.worker is None and send.new_button.isVisible(), timeout=10_000)


def why_not(window: MainWindow, cid: int) -> str:
    with speaking(window.session.lang):
        return choose_again(window.session.journal, cid).why_not()


def test_only_a_blocked_number_failed_nothing_is_offered_and_the_page_says_why(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    journal, client = window.session.journal, window.session.client
    assert client is not None
    cid = campaign(tmp_path, journal, client, [*phones(4), BLOCKED], "fixed")
    send_on_the_page(qtbot, window, cid)
    send = window.send_page
    assert send._summary is not None and send._summary.failed == 1
    said = why_not(window, cid)
    assert "(1)" in said
    qtbot.waitUntil(lambda: said in send.summary.text(), timeout=10_000)
    assert not send.again_button.isVisible()
    assert send.new_button.property("role") == "primary"
    assert send.again_button.property("role") != "primary"
    history = window.history_page
    window.go(window.HISTORY)
    with qtbot.waitSignal(history.loaded, timeout=10_000):
        history.reload()
    history.campaign_table.selectRow(0)
    qtbot.waitUntil(lambda: said in history.retry_note.text(), timeout=10_000)
    assert not history.retry_button.isEnabled()


def test_failures_worth_it_are_counted_on_the_button_and_it_is_primary(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    journal, client = window.session.journal, window.session.client
    assert client is not None
    cid = campaign(tmp_path, journal, client, [*phones(5), BLOCKED], "fixed")
    first, second, *_ = journal.requests(cid)
    # Two refused for the balance (103): sent again once it is topped up, they can go.
    journal.record(first.pk, RequestState.FAILED, code="103")
    journal.record(second.pk, RequestState.FAILED, code="103")
    send_on_the_page(qtbot, window, cid)
    send = window.send_page
    qtbot.waitUntil(lambda: send.again_button.isVisible(), timeout=10_000)
    assert "2" in send.again_button.text()
    assert send.again_button.property("role") == "primary"
    assert why_not(window, cid) in send.summary.text()  # the blocked one: why not
    history = window.history_page
    window.go(window.HISTORY)
    with qtbot.waitSignal(history.loaded, timeout=10_000):
        history.reload()
    history.campaign_table.selectRow(0)
    qtbot.waitUntil(history.retry_button.isEnabled, timeout=10_000)
    assert "2" in history.retry_button.text()
    assert why_not(window, cid) in history.retry_note.text()
