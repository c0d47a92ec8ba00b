"""The core stays Qt-free: importing it with PySide6 unavailable must work."""

from __future__ import annotations

import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import esms_desktop


def core_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(esms_desktop.__path__, "esms_desktop."):
        if info.name.startswith("esms_desktop.gui") or info.name.endswith("__main__"):
            continue
        names.append(info.name)
    return names


def test_core_imports_without_qt() -> None:
    modules = core_modules()
    assert "esms_desktop.api.client" in modules and "esms_desktop.simulator.service" in modules
    code = (
        "import sys\n"
        "sys.modules['PySide6'] = None\n"  # any 'import PySide6...' now fails
        f"for name in {modules!r}:\n"
        "    __import__(name)\n"
        "assert not any(m.startswith('PySide6') and sys.modules[m] for m in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_blocking_qt_really_blocks() -> None:
    """The check above can fail: a module that imports Qt is caught."""
    code = "import sys\nsys.modules['PySide6'] = None\nimport esms_desktop.gui.dialogs\n"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode != 0


#: Libraries the first page does not need: each costs a tenth of a second or more at
#: start. They are imported when an account loads, a report is written, an .xls read.
LATE_LIBRARIES = ("httpx", "openpyxl", "multiprocessing", "http.server", "rich", "click")


def _loaded_at_start(extra: str = "") -> set[str]:
    code = (
        "import sys\n"
        f"{extra}"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication(sys.argv[:1])\n"
        "from esms_desktop.gui.launch import create_window\n"
        "window = create_window(demo=True, lang='vi')\n"
        "window.show()\n"
        f"print(' '.join(m for m in {LATE_LIBRARIES!r} if m in sys.modules))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    return set(done.stdout.split())


def test_the_window_starts_without_the_libraries_only_later_pages_need(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ESMS_DESKTOP_HOME", str(tmp_path))
    assert _loaded_at_start() == set()
    # The check can fail: a library imported at start is seen.
    assert "openpyxl" in _loaded_at_start("import openpyxl\n")


#: The core the pages bring: imported after the window's first paint, not before.
AFTER_FIRST_PAINT = (
    "esms_desktop.checks",
    "esms_desktop.journal",
    "esms_desktop.importing",
    "esms_desktop.gui.pages.account",
    "esms_desktop.gui.dialogs",
)


def test_the_window_shows_before_the_core_its_pages_need_is_imported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ESMS_DESKTOP_HOME", str(tmp_path))
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication(sys.argv[:1])\n"
        "from esms_desktop.gui.launch import open_window\n"
        "window = open_window(demo=True, lang='vi', offer_resume=False)\n"
        f"names = {AFTER_FIRST_PAINT!r}\n"
        "demo_world = 'esms_desktop.simulator.accounts'\n"  # only the keys at start
        "print(window.isVisible(), *[n for n in (*names, demo_world) if n in sys.modules])\n"
        "def ready():\n"
        "    print(*[n for n in names if n in sys.modules])\n"
        "    app.quit()\n"
        "window.ready.connect(ready)\n"
        "app.exec()\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 0, done.stderr
    at_show, at_ready = done.stdout.splitlines()[-2:]
    assert at_show == "True"  # shown, and none of them imported yet
    assert set(at_ready.split()) == set(AFTER_FIRST_PAINT)  # the check can fail
