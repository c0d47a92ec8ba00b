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
