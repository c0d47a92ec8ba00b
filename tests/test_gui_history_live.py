"""History says what is true now: a campaign being sent shows "Sending" and its counts
while it sends, and what it says about sending again is about the selected campaign."""

from __future__ import annotations

from pathlib import Path

import pytest
from engine_helpers import campaign, phones
from gui_helpers import StalledTransport, check_forty
from pytestqt.qtbot import QtBot

from esms_desktop.api.client import EsmsClient
from esms_desktop.api.credentials import Credentials
from esms_desktop.gui import dialogs
from esms_desktop.gui.main_window import MainWindow
from esms_desktop.gui.pages.history import HistoryPage
from esms_desktop.journal import RequestState
from esms_desktop.simulator import DEMO_API_KEY, DEMO_SECRET_KEY, SimulatorTransport

STATE, ACCEPTED = 4, 5


def shown(history: HistoryPage, column: int) -> object:
    return history.campaigns.data(history.campaigns.index(0, column))


def stalled_client(window: MainWindow, answered: int) -> StalledTransport:
    """eSMS (the demo's) that answers ``answered`` sends, then waits to be released."""
    sim = window.session.simulator
    assert sim is not None
    stalled = StalledTransport(SimulatorTransport(sim), answered=answered)
    window.session.client = EsmsClient(
        Credentials(DEMO_API_KEY, DEMO_SECRET_KEY), transport=stalled
    )
    return stalled


def test_history_follows_a_resumed_send_while_it_runs(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A campaign paused, then resumed, showed "Paused" with its old counts in History
    until the send ended (audit, 2026-12-06)."""
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    window = demo_window
    first = stalled_client(window, answered=3)
    check_forty(qtbot, window, tmp_path)
    send, history = window.send_page, window.history_page
    window.go(window.SEND)
    with qtbot.waitSignal(send.finished, timeout=30_000) as paused:
        send.confirm_and_send()
        qtbot.waitUntil(first.stalled.is_set, timeout=30_000)
        # While it sends, History says so, with the counts so far.
        qtbot.waitUntil(lambda: shown(history, STATE) == "Sending", timeout=10_000)
        qtbot.waitUntil(lambda: shown(history, ACCEPTED) == 3, timeout=10_000)
        send.pause()
        first.release.set()
    assert paused.args[0].state.value == "paused"
    qtbot.waitUntil(lambda: shown(history, STATE) == "Paused", timeout=10_000)
    before = shown(history, ACCEPTED)
    assert isinstance(before, int) and 3 <= before < 40
    # Resumed: History follows the send at once, not when it ends.
    again = stalled_client(window, answered=2)
    qtbot.waitUntil(send.resume_button.isEnabled, timeout=10_000)
    with qtbot.waitSignal(send.finished, timeout=30_000) as done:
        send.resume()
        qtbot.waitUntil(again.stalled.is_set, timeout=30_000)
        qtbot.waitUntil(lambda: shown(history, STATE) == "Sending", timeout=10_000)
        qtbot.waitUntil(lambda: shown(history, ACCEPTED) == before + 2, timeout=10_000)
        assert send.worker is not None  # still sending
        again.release.set()
    assert done.args[0].complete
    qtbot.waitUntil(lambda: shown(history, STATE) == "Done", timeout=10_000)
    assert shown(history, ACCEPTED) == 40


def test_what_history_says_about_sending_again_is_the_selected_campaigns(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "Nothing worth sending again: the failures would fail again" stayed while another
    campaign was selected, whose "Send again" offered 122 messages, and showed for a
    campaign without failures (audit, 2026-12-06)."""
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: False)
    window = demo_window
    journal, client = window.session.journal, window.session.client
    assert client is not None
    # Oldest first: blocked numbers (99, no use sending again), no failure, a balance
    # that ran out (103, worth sending again).
    hopeless = campaign(tmp_path, journal, client, phones(3), "fixed")
    for r in journal.requests(hopeless)[:2]:
        journal.record(r.pk, RequestState.FAILED, code="99")
    clean = campaign(tmp_path, journal, client, phones(3, 10), "fixed")
    worth = campaign(tmp_path, journal, client, phones(3, 20), "fixed")
    journal.record(journal.requests(worth)[0].pk, RequestState.FAILED, code="103")
    history = window.history_page
    window.go(window.HISTORY)
    with qtbot.waitSignal(history.loaded, timeout=10_000):
        history.reload()
    row = {s.campaign.id: i for i, (s, _) in enumerate(history.campaigns.rows)}

    def select(cid: int) -> None:
        history.campaign_table.selectRow(row[cid])
        qtbot.waitUntil(lambda: history.messages.rowCount() == 3, timeout=10_000)
        qtbot.wait(20)

    select(hopeless)
    assert history.retry_note.isVisible() and "Nothing" in history.retry_note.text()
    assert not history.retry_button.isEnabled()  # the line and the button agree
    select(clean)
    assert not history.retry_note.isVisible() and not history.retry_button.isEnabled()
    select(worth)
    assert not history.retry_note.isVisible() and history.retry_button.isEnabled()
    # Asked for the hopeless one (as the Send page does): said of that campaign, and
    # gone when another one is selected.
    select(hopeless)
    history.send_again(hopeless)
    qtbot.waitUntil(lambda: "Nothing" in history.status.text(), timeout=10_000)
    select(worth)
    assert "Nothing" not in history.status.text()
    assert history.retry_button.isEnabled()
