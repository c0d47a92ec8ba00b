"""A file with no phone numbers in any column is said once, with where to choose the column."""

from __future__ import annotations

from pathlib import Path

from files import write_text
from gui_helpers import open_list
from pytestqt.qtbot import QtBot

from esms_desktop.gui.main_window import MainWindow

NO_PHONES = [["Tên", "Địa chỉ"], ["Lan", "Hà Nội"]]


def test_a_file_without_phone_numbers_asks_for_the_phone_column(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path
) -> None:
    window = demo_window
    open_list(qtbot, window, write_text(tmp_path / "dia-chi.csv", NO_PHONES))
    qtbot.waitUntil(window.message_bar.isVisible)
    assert '"Phone column"' in window.message_bar.text.text()
    combo = window.recipients_page.phone_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Tên", "Địa chỉ"]


def test_the_bar_goes_once_a_file_with_phone_numbers_is_opened(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path
) -> None:
    """Found by trying the window: it stayed over good files and followed to other pages."""
    window = demo_window
    open_list(qtbot, window, write_text(tmp_path / "dia-chi.csv", NO_PHONES))
    qtbot.waitUntil(window.message_bar.isVisible)
    good = write_text(tmp_path / "ok.csv", [["Tên", "SĐT"], ["Lan", "0961234567"]])
    open_list(qtbot, window, good)
    qtbot.waitUntil(lambda: not window.message_bar.isVisible())
