"""Slow background work does not hold back the rest of the window's background work.

Delivery look-ups on a slow connection last tens of seconds; with one pool thread per
core (Qt's default), two of them on a 2-core laptop held back opening a file for 20 s
and a check for nearly a minute (the window itself stayed clickable).
"""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from esms_desktop.gui.workers import POOL_THREADS, run_task, wait_for_tasks

pytestmark = pytest.mark.gui


def test_a_file_opens_while_slow_lookups_wait_on_the_network(qtbot: QtBot) -> None:
    network = threading.Event()
    waiting = threading.Semaphore(0)

    def slow_lookup() -> None:
        waiting.release()
        network.wait(20)

    for _ in range(POOL_THREADS - 1):
        run_task(slow_lookup, lambda _r: None, lambda _e: None)
    read: list[str] = []
    try:
        run_task(lambda: "the file", read.append, lambda exc: read.append(f"error {exc}"))
        qtbot.waitUntil(lambda: read == ["the file"], timeout=5_000)
        for _ in range(POOL_THREADS - 1):  # every look-up was running meanwhile
            assert waiting.acquire(timeout=5)
    finally:
        network.set()
        assert wait_for_tasks(10_000)
