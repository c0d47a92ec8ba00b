"""A file with no phone numbers in any column is said once, with where to choose the column."""

from __future__ import annotations

from pathlib import Path

from files import write_text
from pytestqt.qtbot import QtBot

from esms_desktop.gui.main_window import MainWindow


def test_a_file_without_phone_numbers_asks_for_the_phone_column(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path
) -> None:
    window = demo_window
    path = write_text(tmp_path / "dia-chi.csv", [["Tên", "Địa chỉ"], ["Lan", "Hà Nội"]])
    window.go(window.RECIPIENTS)
    page = window.recipients_page
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.open_path(path)
    qtbot.waitUntil(window.message_bar.isVisible)
    assert '"Phone column"' in window.message_bar.text.text()
    assert [page.phone_combo.itemText(i) for i in range(page.phone_combo.count())] == [
        "Tên",
        "Địa chỉ",
    ]


def test_the_bar_goes_once_a_file_with_phone_numbers_is_opened(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path
) -> None:
    """Found by trying the window: it stayed over good files and followed to other pages."""
    window = demo_window
    page = window.recipients_page
    window.go(window.RECIPIENTS)
    no_phones = write_text(tmp_path / "dia-chi.csv", [["Tên", "Địa chỉ"], ["Lan", "Hà Nội"]])
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.open_path(no_phones)
    qtbot.waitUntil(window.message_bar.isVisible)
    good = write_text(tmp_path / "ok.csv", [["Tên", "SĐT"], ["Lan", "0961234567"]])
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.open_path(good)
    qtbot.waitUntil(lambda: not window.message_bar.isVisible())
