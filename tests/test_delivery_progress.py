"""Refreshing the delivery of a long campaign says how far it got and keeps what it learned.

Found by the window audit: "Refresh delivery" on a campaign of 2,684 customer-care
messages (one look-up each) ran over five minutes on a slow line with nothing said after
"Asking eSMS about delivery...", and its answers were written only at the very end: a
window closed meanwhile kept none of them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from engine_helpers import campaign, phones
from pytestqt.qtbot import QtBot
from test_engine import client_for

from esms_desktop.base.errors import TransportError
from esms_desktop.journal import Journal
from esms_desktop.sending import Sender
from esms_desktop.sending.status import SAVE_EVERY, DeliveryCounts, refresh_delivery
from esms_desktop.simulator import EsmsSimulator


def sent(tmp_path: Path, count: int) -> tuple[EsmsSimulator, Journal, int]:
    sim = EsmsSimulator(status_delay=0, records_lag=0)
    journal = Journal(tmp_path / "journal.sqlite3")
    cid = campaign(tmp_path, journal, client_for(sim), phones(count), "fixed")
    assert Sender(journal, client_for(sim), cid).run().complete
    return sim, journal, cid


def test_each_look_up_is_told(tmp_path: Path) -> None:
    sim, journal, cid = sent(tmp_path, 120)
    told: list[tuple[int, int]] = []
    counts = refresh_delivery(journal, client_for(sim), cid, on_progress=lambda *p: told.append(p))
    assert told == [(n, 120) for n in range(1, 121)]
    assert counts.delivered + counts.failed + counts.waiting == 120


def test_what_was_learned_is_kept_when_it_stops_half_way(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sim, journal, cid = sent(tmp_path, 2 * SAVE_EVERY + 30)
    client = client_for(sim)
    asked = {"n": 0}
    real = client.get_receiver_status

    def line_lost_half_way(sms_id: str) -> object:
        asked["n"] += 1
        if asked["n"] > 2 * SAVE_EVERY + 10:
            raise TransportError("the line went down")
        return real(sms_id)

    monkeypatch.setattr(client, "get_receiver_status", line_lost_half_way)
    with pytest.raises(TransportError):
        refresh_delivery(journal, client, cid)
    known = [m for m in journal.messages(cid) if m.delivery]
    assert len(known) == 2 * SAVE_EVERY  # kept as it went, not lost with the rest


def test_history_says_how_far_the_refresh_got(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QWidget

    from esms_desktop.gui.pages import history_delivery

    def slow_refresh(*_args: object, on_progress: object, **_names: object) -> DeliveryCounts:
        assert callable(on_progress)
        for n in range(1, 2685):
            on_progress(n, 2684)
        return DeliveryCounts(delivered=2600, failed=50, waiting=34)

    monkeypatch.setattr(history_delivery, "refresh_delivery", slow_refresh)
    page = QWidget()
    qtbot.addWidget(page)
    said: list[str] = []
    refresh = history_delivery.DeliveryRefresh(page, lambda text, _cid: said.append(text))
    finished: list[bool] = []
    refresh.start(
        Journal.__new__(Journal), object(), 7, lambda: None, print, lambda: finished.append(True)
    )  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: bool(finished), timeout=5000)
    progress = [t for t in said if "looked up" in t]
    assert progress and re.search(r"2\D?678 of 2\D?684 looked up", progress[-1]), said
    assert len(progress) <= 110  # about a hundred times, not once per look-up
    assert re.fullmatch(r"Delivered: 2\D?600\. Not delivered: 50\. Still waiting: 34\.", said[-1])
