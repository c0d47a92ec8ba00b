"""The longest pauses of the window while it reads, filters and checks a big list.

    uv run python benchmarks/window_pauses.py [--rows 100000 1000000]

The real window (offscreen) opens a generated customer file (the one of
``import_check.py``), shows only its problems, then only the rows ready to
send, then checks a personalised message. A 5 ms timer runs in the window's
event loop all along; a pause is the time between two of its ticks, so anything
that keeps the window from painting counts: its own work and a worker thread
holding Python's interpreter lock. First: the same timer's longest pause with
the window idle, the floor on this machine.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from esms_desktop.gui.launch import create_window

sys.path.insert(0, str(Path(__file__).resolve().parent))
from import_check import generate


class Pauses:
    """Every gap between two ticks of a 5 ms timer, with when it started."""

    def __init__(self) -> None:
        #: (when it ended, how long it was)
        self.gaps: list[tuple[float, float]] = []
        self._last = time.monotonic()
        self._timer = QTimer()
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        now = time.monotonic()
        self.gaps.append((now, now - self._last))
        self._last = now

    def longest(self, start: float, end: float) -> float:
        """The longest pause that ended between ``start`` and ``end`` (one that an action
        started at ``start`` caused began at the tick before it)."""
        return max((gap for ended, gap in self.gaps if start <= ended < end), default=0.0)


def measure(app: QApplication, path: Path) -> dict[str, float]:
    window = create_window(demo=True, lang="en")
    window.resize(1366, 768)
    window.show()
    page, message = window.recipients_page, window.message_page
    pauses = Pauses()
    marks: dict[str, float] = {"idle": time.monotonic()}

    def step(name: str, then: object) -> None:
        marks[name] = time.monotonic()
        QTimer.singleShot(400, then)  # type: ignore[call-overload]

    def read() -> None:
        marks["read"] = time.monotonic()
        page.loaded.connect(lambda: step("filter", show_problems))
        page.open_path(path)

    def show_problems() -> None:
        page.filter_combo.setCurrentIndex(page.filter_combo.findData("problem"))
        step("ready", show_ready)

    def show_ready() -> None:
        page.filter_combo.setCurrentIndex(page.filter_combo.findData("ready"))
        step("check", check)

    def check() -> None:
        message.channel_combo.setCurrentIndex(message.channel_combo.findData("fixed"))
        message.content_edit.setPlainText("Chao {Họ và tên}, don {Mã đơn}")
        message.checked.connect(lambda: step("end", app.quit))
        message.run_check()

    QTimer.singleShot(1000, read)
    app.exec()
    window.close()
    return {
        "idle window": pauses.longest(marks["idle"], marks["read"]),
        "reading and showing the file": pauses.longest(marks["read"], marks["filter"]),
        "showing only the problems": pauses.longest(marks["filter"], marks["ready"]),
        "showing only the ready rows": pauses.longest(marks["ready"], marks["check"]),
        "checking a message and showing it": pauses.longest(marks["check"], marks["end"]),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, nargs="+", default=[100_000])
    args = parser.parse_args()
    app = QApplication([sys.argv[0], "-platform", "offscreen"])
    for rows in args.rows:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "customers.xlsx"
            generate(path, rows)
            print(f"\n{rows:,} rows: longest pause of the window")
            for phase, longest in measure(app, path).items():
                print(f"  {phase:34}: {longest * 1000:6.0f} ms")


if __name__ == "__main__":
    main()
