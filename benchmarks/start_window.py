"""How long the window takes to show, next to a bare Qt window on the same machine.

    uv run python benchmarks/start_window.py [--repeat 7]

Each start runs in a fresh process (imports included, as for a user double-
clicking the app) and is timed from the first line of the script to the
window's first show event (when ``show()`` returns), the way the app starts
(``launch.open_window``).
The window then builds its pages; the time until it is ready for use is
printed too. The bare-Qt floor: QApplication and an empty QMainWindow, nothing
else. Median of ``--repeat`` runs after one warm-up run (a warm disk cache).
Offscreen, so no window appears.
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
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
"""

# Qt delivers a window's first show event inside show(): the time is taken when
# show() returns. (An event filter on the whole application would time itself:
# it runs Python for every event of every widget being built.)
BARE = (
    _TIMER
    + """
from PySide6.QtWidgets import QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.show()
print(time.perf_counter() - started, 0)
"""
)

OURS = (
    _TIMER
    + """
app = QApplication(sys.argv[:1])
from esms_desktop.gui.launch import open_window
window = open_window(demo=True, lang="vi", offer_resume=False)  # shows it
shown = time.perf_counter() - started
def ready():
    print(shown, time.perf_counter() - started)
    QTimer.singleShot(0, app.quit)
window.ready.connect(ready)
app.exec()
"""
)


def start(code: str, home: str) -> tuple[float, float]:
    """(first show event, ready for use) of one start, in seconds."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ESMS_DESKTOP_HOME": home}
    # An installed app runs from compiled bytecode; the warm-up run writes it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    shown, ready = done.stdout.split()[-2:]
    return float(shown), float(ready)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        times: dict[str, list[tuple[float, float]]] = {"bare": [], "ours": []}
        for code in (BARE, OURS):  # warm-up: fill the disk cache
            start(code, home)
        for _ in range(args.repeat):
            times["bare"].append(start(BARE, home))
            times["ours"].append(start(OURS, home))
    bare = statistics.median(shown for shown, _ in times["bare"])
    ours = statistics.median(shown for shown, _ in times["ours"])
    ready = statistics.median(ready for _, ready in times["ours"])
    print(f"first show event, median of {args.repeat} warm starts:")
    print(f"  bare Qt window (floor) : {bare:6.3f} s")
    print(f"  eSMS Desktop (demo)    : {ours:6.3f} s  ({ours - bare:+.3f} s, {ours / bare:.2f}x)")
    print(f"  ... its pages ready    : {ready:6.3f} s  ({ready / bare:.2f}x)")


if __name__ == "__main__":
    main()
