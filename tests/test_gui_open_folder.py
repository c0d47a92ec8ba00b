"""The open-file dialog starts in the folder of the last customer list opened."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from files import write_text
from pytestqt.qtbot import QtBot

from esms_desktop.app.settings import Settings
from esms_desktop.gui.main_window import MainWindow
from esms_desktop.gui.pages import recipients


def test_the_open_dialog_starts_in_the_last_folder_used(
    qtbot: QtBot,
    demo_window: MainWindow,
    tmp_path: Path,
    app_home: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """It always started in the app's working folder (audit, 2026-12-06)."""
    folder = tmp_path / "Khách hàng"
    folder.mkdir()
    path = write_text(folder / "list.csv", [["Tên", "SĐT"], ["An", "0961234567"]])
    started: list[str] = []

    def ask(parent: object, title: str, start: str, patterns: str) -> tuple[str, str]:
        started.append(start)
        return str(path), patterns

    monkeypatch.setattr(recipients.QFileDialog, "getOpenFileName", ask)
    page = demo_window.recipients_page
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        page.choose_file()
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        page.choose_file()
    assert started[1] == str(folder)
    # Remembered in the settings file, for the next start.
    assert json.loads((app_home / "settings.json").read_text("utf-8"))["last_folder"] == str(folder)
    assert Settings.load().last_folder == str(folder)
