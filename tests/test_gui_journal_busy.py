"""The window never waits for the journal: its writes go to a worker thread.

Another program may send from the same app folder (``esms-desktop send`` in a
terminal) and hold the journal's write lock for seconds (writing a big campaign).
A write made on the window's thread then froze the window until the lock was let go
(up to the journal's 30-second wait): deleting a campaign in History, putting the
blocked numbers on the do-not-send list.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from engine_helpers import campaign, phones
from gui_helpers import shown_demo_window
from pytestqt.qtbot import QtBot

from esms_desktop.gui import dialogs
from esms_desktop.gui.workers import wait_for_tasks

#: How long the other program holds the journal in these tests.
HELD = 1.5


@contextmanager
def journal_held(path: Path) -> Iterator[None]:
    """The journal's write lock, taken by another connection and let go after :data:`HELD`
    seconds by another thread (a window thread stuck on the lock could not let it go)."""
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    timer = threading.Timer(HELD, lambda: (other.rollback(), other.close()))
    timer.start()
    try:
        yield
    finally:
        timer.join()


def returns_at_once(action: Callable[[], object]) -> None:
    started = time.monotonic()
    action()
    assert time.monotonic() - started < HELD / 3, "the window waited for the journal"


def test_history_deletes_a_campaign_without_waiting_for_the_journal(
    qtbot: QtBot, app_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = shown_demo_window(qtbot, (1024, 700))
    journal, client = window.session.journal, window.session.client
    assert client is not None
    unsent = campaign(tmp_path, journal, client, phones(3), "fixed")
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    history = window.history_page
    window.go(window.HISTORY)
    with qtbot.waitSignal(history.loaded, timeout=10_000):
        history.reload()
    assert history.selected_id() == unsent
    qtbot.waitUntil(history.delete_button.isEnabled, timeout=10_000)
    with journal_held(journal.path):
        returns_at_once(history.delete_button.click)
        assert [c.id for c in journal.campaigns()] == [unsent]  # not yet: the lock is held
    qtbot.waitUntil(lambda: not journal.campaigns(), timeout=10_000)
    qtbot.waitUntil(lambda: "Đã xóa chiến dịch" in history.status.text(), timeout=5_000)
    wait_for_tasks()
    window.close()


def test_blocked_numbers_go_on_the_list_without_waiting_for_the_journal(
    qtbot: QtBot, app_home: Path
) -> None:
    window = shown_demo_window(qtbot, (1024, 700))
    send, journal = window.send_page, window.session.journal
    send._blocked_numbers = ["0912340099"]
    send.optout_button.setVisible(True)
    with journal_held(journal.path):
        returns_at_once(send.add_blocked_to_opt_out)
        assert not send.optout_button.isEnabled()  # one click, one write
    qtbot.waitUntil(lambda: journal.opt_out_list() == ["0912340099"], timeout=10_000)
    qtbot.waitUntil(lambda: not send.optout_button.isVisible(), timeout=5_000)
    wait_for_tasks()
    window.close()
