"""A send set for later, in the window: its question says when eSMS sends (it said "Send
now?" of reminders eSMS holds for weeks), and its one time is Vietnam's clock whatever
this computer's time zone (a computer on another zone showed and read its own hours)."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from files import write_text
from gui_helpers import open_list
from pytestqt.qtbot import QtBot

from esms_desktop.base.vntime import VIETNAM
from esms_desktop.base.vntime import now as app_now
from esms_desktop.gui import dialogs
from esms_desktop.gui.main_window import MainWindow
from esms_desktop.gui.pages.send_time_box import PER_ROW, SendTimeBox


@pytest.fixture
def computer_in_california(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "America/Los_Angeles")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_the_one_time_is_vietnam_time_on_a_computer_elsewhere(
    qtbot: QtBot, computer_in_california: None
) -> None:
    box = SendTimeBox()
    qtbot.addWidget(box)
    at_seven = dt.datetime(2026, 12, 10, 7, 0, tzinfo=VIETNAM)
    box.set_one_time(at_seven)  # the Message page's "send at 07:00 instead"
    assert box.schedule_edit.text() == "10/12/2026 07:00"  # it showed 09/12/2026 16:00
    assert box.schedule() == at_seven


def test_the_question_says_when_esms_sends_reminders(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = demo_window
    today = dt.datetime.fromtimestamp(app_now(), VIETNAM).date()
    days = [today + dt.timedelta(days=n) for n in (3, 3, 6)]
    rows = [["Tên", "SĐT", "Ngày hẹn"]] + [
        [f"Khach {i}", f"09612345{i:02d}", f"{day:%d/%m/%Y}"] for i, day in enumerate(days)
    ]
    open_list(qtbot, window, write_text(tmp_path / "hen.csv", rows))
    message = window.message_page
    window.go(window.MESSAGE)
    message.channel_combo.setCurrentIndex(message.channel_combo.findData("fixed"))
    message.content_edit.setPlainText("Chao {Tên}, ban co hen ngay {Ngày hẹn}")
    message.send_time.when_combo.setCurrentIndex(PER_ROW)
    with qtbot.waitSignal(message.checked, timeout=30_000):
        message.run_check()
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text: asked.append(text))
    window.send_page.confirm_and_send()
    first, last = (f"09:00 {day - dt.timedelta(days=1):%d/%m/%Y}" for day in (days[0], days[-1]))
    assert asked and first in asked[0] and last in asked[0], asked
    assert "Vietnam time" in asked[0] and "Send now?" not in asked[0]


def test_one_day_before_is_said_in_the_singular(qtbot: QtBot) -> None:
    box = SendTimeBox()
    qtbot.addWidget(box)
    said = {}
    for days in (2, 1, 0):
        box.days_spin.setValue(days)
        said[days] = box.mode_combo.itemText(0)
    assert said[1] == "day before the date", said  # it read "1 days before the date"
    assert said[2] == said[0] == "days before the date", said
