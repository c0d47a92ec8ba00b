"""Helpers for driving the window in tests."""

from __future__ import annotations

import gc
import time
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, QTimer


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
