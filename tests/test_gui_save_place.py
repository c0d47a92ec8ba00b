"""A file the app offers to save goes where the shop owner keeps their files: the folder
of the customer list last opened, else Documents; never the folder the app was started
from (on Windows the program's own folder, often not writable, never looked at)."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import check_forty
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from esms_desktop.gui import dialogs
from esms_desktop.gui.main_window import MainWindow


def test_reports_are_offered_beside_the_customer_list_not_where_the_app_started(
    qtbot: QtBot,
    demo_window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = demo_window
    qtbot.waitUntil(lambda: window.session.account is not None, timeout=10_000)
    started_in = tmp_path / "program"
    started_in.mkdir()
    monkeypatch.chdir(started_in)
    offered: list[str] = []

    def save_as(parent: object, title: str, proposed: str, *_a: object) -> tuple[str, str]:
        offered.append(proposed)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    # No list opened from a folder yet: Documents (the home folder where there is none).
    window.session.settings.last_folder = ""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    window.recipients_page.session.demo = False  # the sample is saved (not opened) then
    window.recipients_page.sample()
    window.recipients_page.session.demo = True
    mine = Path(documents) if Path(documents).is_dir() else Path.home()  # else home
    assert Path(offered[-1]) == mine / "khach-hang-mau.xlsx", offered
    # A list opened from its folder (as "Open customer file..." remembers it).
    lists = tmp_path / "lists"
    lists.mkdir()
    window.session.settings.last_folder = str(lists)
    check_forty(qtbot, window, tmp_path)
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    with qtbot.waitSignal(window.send_page.finished, timeout=30_000):
        window.message_page.send_requested.emit()
    window.send_page.save_report()
    assert Path(offered[-1]) == lists / "bao-cao-1.xlsx", offered
    history = window.history_page
    window.go(window.HISTORY)
    qtbot.waitUntil(lambda: history.campaigns.rowCount() > 0, timeout=10_000)
    history.campaign_table.selectRow(0)
    history.save_report()
    assert Path(offered[-1]) == lists / "bao-cao-1.xlsx", offered
    assert all(Path(p).parent != started_in and Path(p).is_absolute() for p in offered)
