"""The window's own restore of a damaged or missing journal, as the shop owner meets it.

Answered "Yes, restore" at start, the journal came back, but History still said the
journal was damaged and showed no campaign (it had read the journal, and failed, before
the question); and a journal that was missing was called "damaged".
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from engine_helpers import campaign, phones
from gui_helpers import shown_demo_window
from pytestqt.qtbot import QtBot

from esms_desktop.gui import dialogs
from esms_desktop.gui.workers import wait_for_tasks
from esms_desktop.journal import Journal
from esms_desktop.journal.database import default_path
from esms_desktop.journal.safety import backups
from esms_desktop.sending import Sender
from esms_desktop.simulator import EsmsSimulator, demo_client


@pytest.mark.parametrize("harm", ["damaged", "missing"])
def test_history_shows_the_restored_journal(
    qtbot: QtBot, app_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, harm: str
) -> None:
    path = default_path(demo=True)
    client = demo_client(EsmsSimulator())
    with Journal(path) as journal:
        cid = campaign(tmp_path, journal, client, phones(5))  # type: ignore[arg-type]
        assert Sender(journal, client, cid).run().complete  # type: ignore[arg-type]
    assert backups(path)
    if harm == "damaged":
        path.write_bytes(os.urandom(path.stat().st_size))
    else:
        for suffix in ("", "-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda _p, _t, text, **_k: asked.append(text) or True)
    monkeypatch.setattr(dialogs, "show_error", lambda *a: pytest.fail(f"error shown: {a}"))
    window = shown_demo_window(qtbot, (1024, 700), lang="en")
    history = window.history_page
    window.go(window.HISTORY)
    history.reload()
    # The damage is said first.
    qtbot.waitUntil(lambda: "journal" in history.status.text().lower(), timeout=10_000)
    with qtbot.waitSignal(history.loaded, timeout=10_000):
        assert window.check_journal()
    assert asked and ("missing" if harm == "missing" else "damaged") in asked[0], asked
    assert history.campaigns.rowCount() == 1 and history.status.text() == ""
    wait_for_tasks()
    window.close()
