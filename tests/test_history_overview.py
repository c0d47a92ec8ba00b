"""History reads every campaign with one query, off the window's thread."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from engine_helpers import campaign, phones
from pytestqt.qtbot import QtBot

from esms_desktop.api.client import EsmsClient
from esms_desktop.gui.main_window import MainWindow
from esms_desktop.journal import Journal
from esms_desktop.sending import Sender


def test_overviews_match_each_campaigns_summary_and_cost(
    tmp_path: Path, client: EsmsClient
) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
    with Journal(tmp_path / "j.sqlite3") as journal:
        sent = campaign(tmp_path / "a", journal, client, phones(7), "fixed")
        Sender(journal, client, sent).run()
        planned = campaign(tmp_path / "b", journal, client, phones(3), "cskh")
        empty_before = journal.overviews()
        assert [s.campaign.id for s, _ in empty_before] == [planned, sent]  # newest first
        for summary, cost in journal.overviews():
            assert summary == journal.summary(summary.campaign.id)
            assert cost == journal.cost(summary.campaign.id)
        statements: list[str] = []
        journal._conn.set_trace_callback(statements.append)
        journal.overviews()
        journal._conn.set_trace_callback(None)
        assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 1


def test_history_reads_its_campaigns_off_the_window_and_shows_the_latest(
    qtbot: QtBot, demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = demo_window
    history, journal = window.history_page, window.session.journal
    threads: list[threading.Thread] = []
    real = journal.overviews

    def recorded():  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return real()

    monkeypatch.setattr(journal, "overviews", recorded)
    monkeypatch.setattr(journal, "summary", lambda *_a: (_ for _ in ()).throw(AssertionError))
    with qtbot.waitSignal(history.loaded, timeout=10_000):
        history.reload()
        history.reload()  # two polls in a row: the second's read is the one shown
    assert threads and threading.main_thread() not in threads
    assert history.body.currentWidget() is history.empty  # no campaign yet: its one action
    assert history.empty.button.text() == "&Open the sample list"
