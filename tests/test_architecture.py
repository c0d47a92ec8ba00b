"""The core stays Qt-free: importing it with PySide6 unavailable must work."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

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
