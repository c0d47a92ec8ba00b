"""History's "Stop for good...": a paused campaign can be dropped without sending it.

Before it, a campaign paused in an earlier session could only be resumed from History
(the Send page's Cancel is there only while the window runs it): a stale offer could
not be dropped without sending it, and its messages still to go held every later send
of the same text to those customers back.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from engine_helpers import campaign, phones
from gui_helpers import shown_demo_window
from pytestqt.qtbot import QtBot

from esms_desktop.gui import dialogs
from esms_desktop.gui.workers import wait_for_tasks
from esms_desktop.journal import CampaignState


@pytest.mark.parametrize("answer", [False, True], ids=["kept", "stopped"])
def test_a_paused_campaign_is_stopped_for_good_from_history(
    qtbot: QtBot,
    app_home: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer: bool,
) -> None:
    window = shown_demo_window(qtbot, (1024, 700))
    journal, client = window.session.journal, window.session.client
    assert client is not None
    done = campaign(tmp_path, journal, client, phones(3), "cskh", name="xong")
    journal.set_campaign_state(done, CampaignState.DONE)
    paused = campaign(tmp_path, journal, client, phones(4, 10), "fixed", name="khuyen-mai")
    journal.set_campaign_state(paused, CampaignState.PAUSED, "network")
    asked: list[str] = []

    def confirm(_parent: object, _title: str, text: str, **_names: str) -> bool:
        asked.append(text)
        return answer

    monkeypatch.setattr(dialogs, "confirm", confirm)
    history = window.history_page
    window.go(window.HISTORY)
    with qtbot.waitSignal(history.loaded, timeout=10_000):
        history.reload()
    by_id = {}
    for r in range(history.campaigns.rowCount()):
        history.campaign_table.selectRow(r)
        qtbot.wait(20)
        by_id[history.selected_id()] = r
        if history.selected_id() == done:
            assert not history.stop_button.isVisible()  # nothing left to stop
    history.campaign_table.selectRow(by_id[paused])
    qtbot.waitUntil(lambda: history.selected_id() == paused)
    assert history.stop_button.isEnabled() and history.stop_button.isVisible()
    history.stop_button.click()
    assert asked and "Dừng hẳn chiến dịch" in asked[0] and ": 4." in asked[0], asked
    if answer:
        qtbot.waitUntil(lambda: "Đã dừng hẳn chiến dịch" in history.status.text(), timeout=5000)
        assert journal.campaign(paused).state is CampaignState.CANCELLED
        qtbot.waitUntil(lambda: not history.stop_button.isVisible(), timeout=5000)
        # Once History has read the campaigns again (off the window's thread: on a busy
        # machine the stop button goes before that read ends).
        qtbot.waitUntil(lambda: not history.resume_button.isEnabled(), timeout=5000)
    else:
        qtbot.wait(100)
        assert journal.campaign(paused).state is CampaignState.PAUSED
    assert history.campaign_table.horizontalScrollBar().maximum() == 0
    wait_for_tasks()
    window.close()


def test_history_opens_on_the_newest_campaign(qtbot: QtBot, app_home: Path, tmp_path: Path) -> None:
    """History opened on a row of buttons that all did nothing until a campaign was
    chosen (and looked as if they would): the newest campaign is shown at once, its
    messages read, its actions ready; a campaign the user chose stays chosen."""
    window = shown_demo_window(qtbot, (1024, 700))
    journal, client = window.session.journal, window.session.client
    assert client is not None
    older = campaign(tmp_path, journal, client, phones(3), "cskh", name="cu")
    journal.set_campaign_state(older, CampaignState.DONE)
    newest = campaign(tmp_path, journal, client, phones(4, 10), "cskh", name="moi")
    journal.set_campaign_state(newest, CampaignState.DONE)
    history = window.history_page
    window.go(window.HISTORY)
    with qtbot.waitSignal(history.loaded, timeout=10_000):
        history.reload()
    assert history.selected_id() == newest
    qtbot.waitUntil(lambda: history.messages.rowCount() == 4, timeout=5_000)
    assert history.export_button.isEnabled() and history.refresh_button.isEnabled()
    history.campaign_table.selectRow(1)
    qtbot.waitUntil(lambda: history.selected_id() == older)
    with qtbot.waitSignal(history.loaded, timeout=10_000):
        history.reload()
    assert history.selected_id() == older
    wait_for_tasks()
    window.close()
