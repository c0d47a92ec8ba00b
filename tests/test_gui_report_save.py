"""Saving a report (and the sample list) from the window: a refusal says why, a name the
dialog left without a suffix gets the type chosen, and a failed copy is said in words."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import check_forty
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from esms_desktop.gui import dialogs
from esms_desktop.gui.main_window import MainWindow
from esms_desktop.gui.workers import wait_for_tasks


def test_saving_reports_from_the_window_says_why_it_refused(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = demo_window
    qtbot.waitUntil(lambda: window.session.account is not None, timeout=10_000)
    check_forty(qtbot, window, tmp_path)
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    with qtbot.waitSignal(window.send_page.finished, timeout=30_000):
        window.message_page.send_requested.emit()
    notices: list[tuple[str, str]] = []
    window.session.notice.connect(lambda text, level: notices.append((level, text)))
    shop = tmp_path / "shop"
    shop.mkdir()
    books = shop / "so-sach.xlsx"
    books.write_bytes(b"PK\x03\x04 the shop's bookkeeping")
    answers = iter([(str(books), "Excel (*.xlsx)"), (str(shop / "bao-cao"), "CSV (*.csv)")])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: next(answers))
    # The window said only "Cannot write the report there. Choose an existing folder you can
    # write to, and a name ending in .xlsx or .csv": both were already so.
    window.send_page.save_report()
    qtbot.waitUntil(lambda: bool(notices), timeout=10_000)
    assert notices[-1][0] == "error" and "is not a report of this app" in notices[-1][1]
    assert books.read_bytes() == b"PK\x03\x04 the shop's bookkeeping"
    # A dialog that does not add the suffix: the type chosen is added (it was refused).
    window.send_page.save_report()
    qtbot.waitUntil(lambda: (shop / "bao-cao.csv").is_file(), timeout=10_000)
    wait_for_tasks()
    assert (shop / "bao-cao.csv").read_bytes().startswith(b"\xef\xbb\xbfRow,")
    history = window.history_page
    window.go(window.HISTORY)
    qtbot.waitUntil(lambda: history.campaigns.rowCount() > 0, timeout=10_000)
    history.campaign_table.selectRow(0)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(books), ""))
    history.save_report()
    qtbot.waitUntil(lambda: "is not a report" in history.status.text(), timeout=10_000)
    assert "is not a report of this app" in notices[-1][1]


def test_a_sample_that_cannot_be_saved_is_said_in_words(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It raised FileNotFoundError into the crash dialog ("Something went wrong in the app.
    Restart the app")."""
    page = demo_window.recipients_page
    notices: list[tuple[str, str]] = []
    page.session.notice.connect(lambda text, level: notices.append((level, text)))
    target = tmp_path / "no-such-folder" / "khach-hang-mau.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    monkeypatch.setattr(page.session, "demo", False)  # the sample is saved, not opened
    page.sample()
    assert notices == [
        (
            "error",
            f"The sample file could not be saved to {target}. Choose a folder you can write "
            "to, and close the file if it is open in Excel.",
        )
    ]
