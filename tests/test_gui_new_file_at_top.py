"""A newly opened customer list starts at its first row, not where the last one was left."""

from __future__ import annotations

from pathlib import Path

from files import write_text
from gui_helpers import open_list
from pytestqt.qtbot import QtBot

from esms_desktop.gui.main_window import MainWindow


def test_a_new_file_starts_at_its_top(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path
) -> None:
    """After opening a 6,000-row file, the table started at "row 8" (audit, 2026-12-06)."""
    window = demo_window
    page = window.recipients_page
    rows = [["Tên", "SĐT"]] + [[f"Khach {i}", f"096{i:06d}1"] for i in range(300)]
    open_list(qtbot, window, write_text(tmp_path / "first.csv", rows))
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.table.verticalScrollBar().value() > 0, timeout=5_000)
    other = [["Tên", "SĐT"]] + [[f"Ban {i}", f"097{i:06d}1"] for i in range(200)]
    open_list(qtbot, window, write_text(tmp_path / "second.csv", other))
    qtbot.wait(50)
    assert page.table.verticalScrollBar().value() == 0
    assert page.table.rowAt(0) == 0
    assert page.table.horizontalScrollBar().value() == 0
