"""How long the window takes to show, next to a bare Qt window on the same machine.

    uv run python benchmarks/start_window.py [--repeat 7]

Each start runs in a fresh process (imports included, as for a user double-
clicking the app) and is timed from the first line of the script to the
window's first show event. The bare-Qt floor: QApplication and an empty
QMainWindow, nothing else. Median of ``--repeat`` runs after one warm-up run
(a warm disk cache). Offscreen, so no window appears.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile

_TIMER = """
import time
started = time.perf_counter()
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
"""

_SHOWN = """
class Shown(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Show and watched is window:
            print(time.perf_counter() - started)
            QTimer.singleShot(0, app.quit)
        return False
spy = Shown()
window.installEventFilter(spy)
window.show()
app.exec()
"""

BARE = (
    _TIMER
    + """
from PySide6.QtWidgets import QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
"""
    + _SHOWN
)

OURS = (
    _TIMER
    + """
app = QApplication(sys.argv[:1])
from esms_desktop.gui.launch import create_window
window = create_window(demo=True, lang="vi")
"""
    + _SHOWN
)


def start(code: str, home: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ESMS_DESKTOP_HOME": home}
    # An installed app runs from compiled bytecode; the warm-up run writes it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    return float(done.stdout.split()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        times: dict[str, list[float]] = {"bare": [], "ours": []}
        for code in (BARE, OURS):  # warm-up: fill the disk cache
            start(code, home)
        for _ in range(args.repeat):
            times["bare"].append(start(BARE, home))
            times["ours"].append(start(OURS, home))
    bare, ours = (statistics.median(times[k]) for k in ("bare", "ours"))
    print(f"first show event, median of {args.repeat} warm starts:")
    print(f"  bare Qt window (floor) : {bare:6.3f} s")
    print(f"  eSMS Desktop (demo)    : {ours:6.3f} s  ({ours - bare:+.3f} s, {ours / bare:.2f}x)")


if __name__ == "__main__":
    main()
