from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from esms_desktop.gui.main_window import MainWindow


def test_demo_window_shows_the_banner(qtbot: QtBot) -> None:
    window = MainWindow(demo=True)
    qtbot.addWidget(window)
    window.show()
    banner = window.findChild(QLabel, "demoBanner")
    assert banner is not None and "DEMO" in banner.text()
    assert "DEMO" in window.windowTitle()


def test_real_window_has_no_demo_banner(qtbot: QtBot) -> None:
    window = MainWindow(demo=False)
    qtbot.addWidget(window)
    assert window.findChild(QLabel, "demoBanner") is None


def test_command_opens_the_demo_window_and_exits() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "esms_desktop", "--demo", "--exit-after", "0.3"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert result.returncode == 0, result.stderr
