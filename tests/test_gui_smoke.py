from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

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
