from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from esms_desktop.gui.launch import create_window


def test_demo_window_shows_the_banner(qtbot: QtBot, app_home: Path) -> None:
    window = create_window(demo=True, lang="en")
    qtbot.addWidget(window)
    window.show()
    banner = window.findChild(QLabel, "demoBanner")
    assert banner is not None and "DEMO" in banner.text()
    assert "DEMO" in window.windowTitle()
    for name in ("accountPage", "recipientsPage", "messagePage", "sendPage", "historyPage",
                 "openFileButton", "recipientsTable", "channelCombo", "contentEdit",
                 "sendButton", "progressBar", "failuresTable"):  # fmt: skip
        assert window.findChild(object, name) is not None, name


def test_real_window_has_no_demo_banner(qtbot: QtBot, app_home: Path) -> None:
    window = create_window(demo=False, lang="en")
    qtbot.addWidget(window)
    assert window.findChild(QLabel, "demoBanner") is None
    assert window.current_page() is window.account_page  # no account yet: start there


def test_command_opens_the_demo_window_and_exits(app_home: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "esms_desktop", "--demo", "--exit-after", "0.5"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_self_test_passes_and_writes_its_report(app_home: Path, tmp_path: Path) -> None:
    report = tmp_path / "self-test.txt"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "esms_desktop", "--self-test", "--self-test-out", str(report)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    text = report.read_text(encoding="utf-8")
    assert text.rstrip().endswith("self-test passed")
    for check in ("translations", "keyring backend", "window", "sample file", "send"):
        assert f"ok    {check}:" in text


def test_the_window_shows_first_and_builds_its_pages_after_its_first_paint(
    qtbot: QtBot, app_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """How the app starts: the window (banner, steps, "Opening...") shows before the
    pages exist; right after its first paint the pages are built, the log and the
    error dialog set up, and the window says it is ready."""
    from esms_desktop.gui import excepthook
    from esms_desktop.gui.launch import open_window

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(excepthook, "_bridge", None)
    window = open_window(demo=True, lang="en", offer_resume=False)
    qtbot.addWidget(window)
    assert window.isVisible() and not window.built
    assert window.findChild(QLabel, "demoBanner") is not None
    assert window.steps.count() == 5 and not window.steps.isEnabled()
    assert window.findChild(object, "recipientsPage") is None
    with qtbot.waitSignal(window.ready, timeout=10_000):
        pass
    assert window.built and window.steps.isEnabled()
    assert window.current_page() is window.recipients_page
    assert window.findChild(object, "openFileButton") is not None
    assert excepthook._bridge is not None  # unexpected errors now become a dialog
    window.go(window.MESSAGE)
    assert window.current_page() is window.message_page


def test_a_damaged_settings_file_is_said_in_the_window(
    qtbot: QtBot, app_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An unreadable settings.json: the window opens with the defaults and says so in its
    bar, with where the old file was kept (it was only written to a log)."""
    from esms_desktop.app.settings import Settings
    from esms_desktop.gui import excepthook
    from esms_desktop.gui.launch import open_window

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(excepthook, "_bridge", None)
    Settings.path().write_text('{"active_profile": "Shop", "la', encoding="utf-8")
    window = open_window(demo=True, lang="en", offer_resume=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=10_000):
        pass
    bar = window.message_bar
    assert bar.isVisible() and "cannot be read" in bar.text.text()
    assert "settings.damaged.json" in bar.text.text()


def test_a_window_that_never_paints_still_builds_its_pages(
    qtbot: QtBot, app_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Started minimised, say: the pages come after at most a second anyway."""
    from esms_desktop.gui.main_window import MainWindow

    monkeypatch.setattr(MainWindow, "PAINT_WAIT_MS", 50)
    window = create_window(demo=True, lang="en", pages_after_show=True)
    qtbot.addWidget(window)
    window.first_painted.connect(window.build_pages)
    with qtbot.waitSignal(window.ready, timeout=5_000):
        pass  # never shown, so never painted
    assert window.built


def test_closing_the_window_while_it_opens_is_fine(qtbot: QtBot, app_home: Path) -> None:
    window = create_window(demo=True, lang="en", pages_after_show=True)
    qtbot.addWidget(window)
    window.show()
    assert window.close()


def test_from_the_real_start_to_a_sent_demo_campaign(
    qtbot: QtBot, app_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pages built after the first paint work as the ones built at once: open a
    list, check, send. The app's own error dialog is on here: it must show nothing."""
    import threading

    from PySide6.QtCore import Qt

    from esms_desktop.gui import dialogs
    from esms_desktop.gui.launch import open_window
    from esms_desktop.gui.workers import wait_for_tasks
    from tests.files import write_text

    errors: list[object] = []
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    monkeypatch.setattr(dialogs, "inform", lambda *a, **k: None)
    monkeypatch.setattr(dialogs, "show_error", lambda parent, message: errors.append(message))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    window = open_window(demo=True, lang="en", offer_resume=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=10_000):
        pass
    rows = [["Tên", "SĐT"]] + [[f"Khách {i}", f"096{i:06d}1"] for i in range(5)]
    with qtbot.waitSignal(window.recipients_page.loaded, timeout=30_000):
        window.recipients_page.open_path(write_text(tmp_path / "list.csv", rows))
    message = window.message_page
    window.go(window.MESSAGE)
    message.channel_combo.setCurrentIndex(message.channel_combo.findData("fixed"))
    message.content_edit.setPlainText("Chao {Tên}")
    with qtbot.waitSignal(message.checked, timeout=30_000):
        qtbot.mouseClick(message.check_button, Qt.MouseButton.LeftButton)
    send = window.send_page
    window.go(window.SEND)
    with qtbot.waitSignal(send.finished, timeout=60_000) as finished:
        qtbot.mouseClick(send.send_button, Qt.MouseButton.LeftButton)
    assert finished.args[0].accepted == 5
    qtbot.waitUntil(lambda: send.worker is None, timeout=10_000)
    assert errors == []
    send.wait()
    wait_for_tasks()
