"""Helpers for driving the window in tests."""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import httpx
from files import write_text
from PySide6.QtCore import QObject, QTimer

from esms_desktop.simulator import SimulatorTransport

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from esms_desktop.gui.main_window import MainWindow


class GapMeter(QObject):
    """Measures the longest time the GUI event loop went without running a 5 ms timer."""

    def __init__(self) -> None:
        super().__init__()
        self.longest = 0.0
        self._last = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.monotonic()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    @contextmanager
    def measuring(self) -> Iterator[GapMeter]:
        """Measure the window alone: what earlier tests left behind is collected first and
        frozen out of the garbage collector, so its pauses are not counted as the window's."""
        gc.collect()
        gc.freeze()
        self._last = time.monotonic()
        self._timer.start()
        try:
            yield self
        finally:
            self._timer.stop()
            gc.unfreeze()


class StalledTransport(httpx.BaseTransport):
    """eSMS that stops answering sends after ``answered`` of them, until ``release``."""

    def __init__(self, inner: SimulatorTransport, answered: int) -> None:
        self.inner, self.answered = inner, answered
        self.release = threading.Event()
        self.stalled = threading.Event()
        self._sent = 0
        self._lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if "Send" in request.url.path or "send" in request.url.path:
            with self._lock:
                self._sent += 1
                late = self._sent > self.answered
            if late:
                self.stalled.set()
                self.release.wait(30)
        return self.inner.handle_request(request)


def shown_demo_window(qtbot: QtBot, size: tuple[int, int], lang: str = "vi") -> MainWindow:
    """The demo window shown at ``size``, its account read."""
    from esms_desktop.gui.launch import create_window

    window = create_window(demo=True, lang=lang)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitUntil(lambda: window.session.account is not None, timeout=10_000)
    return window


def open_list(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    """Open ``path`` on the Customers page, as the user would, and wait until it is shown."""
    window.go(window.RECIPIENTS)
    with qtbot.waitSignal(window.recipients_page.loaded, timeout=30_000):
        window.recipients_page.open_path(path)


def check_forty(qtbot: QtBot, window: MainWindow, folder: Path) -> None:
    """Open a list of 40 customers and check a fixed-number text for them ("Chao {Tên}")."""
    rows = [["Tên", "SĐT"]] + [[f"Khach {i}", f"096{i:06d}1"] for i in range(40)]
    open_list(qtbot, window, write_text(folder / "40.csv", rows))
    message = window.message_page
    message.channel_combo.setCurrentIndex(message.channel_combo.findData("fixed"))
    message.content_edit.setPlainText("Chao {Tên}")
    with qtbot.waitSignal(message.checked, timeout=30_000):
        message.run_check()
