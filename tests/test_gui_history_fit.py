"""History at 1024x700, in Vietnamese: a campaign's channel and state read whole (on two
lines if need be), and the header keeps its height whether a campaign is selected."""

from __future__ import annotations

from pathlib import Path

import pytest
from engine_helpers import campaign, phones
from gui_helpers import shown_demo_window
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from esms_desktop.gui import table_fit
from esms_desktop.gui.workers import wait_for_tasks
from esms_desktop.journal import CampaignState

CHANNEL, STATE = 3, 4


def cut(table: QTableView, column: int) -> list[str]:
    """The texts of ``column`` that do not show whole: a word wider than the column, or
    more lines than the row holds once wrapped."""
    model, metrics = table.model(), table.fontMetrics()
    width = table.columnWidth(column) - table_fit.PAD // 2
    flags = int(Qt.TextFlag.TextWordWrap) if table.wordWrap() else 0
    found = []
    for row in range(model.rowCount()):
        text = str(model.index(row, column).data())
        tall = metrics.boundingRect(QRect(0, 0, width, 1000), flags, text).height()
        pieces = text.split() if table.wordWrap() else [text]
        wide = max(metrics.horizontalAdvance(w) for w in pieces)
        if tall > table.rowHeight(row) or wide > width:
            found.append(f"{text!r} in {table.columnWidth(column)}x{table.rowHeight(row)} px")
    return found


@pytest.mark.parametrize("size", [(1024, 700), (1366, 768)], ids=["1024x700", "1366x768"])
def test_channel_and_state_read_whole_and_the_header_stays(
    qtbot: QtBot, app_home: Path, tmp_path: Path, size: tuple[int, int]
) -> None:
    window = shown_demo_window(qtbot, size)
    journal, client = window.session.journal, window.session.client
    assert client is not None
    done = campaign(tmp_path, journal, client, phones(3), "cskh", name="khach-hang-mau - cskh")
    journal.set_campaign_state(done, CampaignState.DONE)
    paused = campaign(tmp_path, journal, client, phones(3, 10), "fixed", name="khach-hang-mau")
    journal.set_campaign_state(paused, CampaignState.PAUSED, "network")
    history = window.history_page
    window.go(window.HISTORY)
    with qtbot.waitSignal(history.loaded, timeout=10_000):
        history.reload()
    table = history.campaign_table
    qtbot.wait(20)
    states = [str(table.model().index(r, 4).data()) for r in range(2)]
    assert any(s.startswith("Tạm dừng: ") for s in states), states
    assert not cut(table, CHANNEL) and not cut(table, STATE), cut(table, CHANNEL) + cut(
        table, STATE
    )
    assert table.horizontalScrollBar().maximum() == 0
    header = table.horizontalHeader()
    height, looks = header.height(), header.grab().toImage()
    table.selectRow(0)
    qtbot.wait(50)
    # Not in bold for the selected row: bold titles are wider and wrap otherwise
    # ("Đã đến máy" went onto three lines), the header changing with the selection.
    assert header.height() == height
    assert header.grab().toImage() == looks, "the titles changed with the selection"
    wait_for_tasks()
    window.close()
