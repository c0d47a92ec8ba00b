"""The longest pause of the window while History follows 50 campaigns' delivery.

    uv run python benchmarks/history_polls.py [--campaigns 50] [--messages 200]

The demo window (offscreen) gets a journal of ``--campaigns`` sent campaigns of
``--messages`` messages each, shows History, and reloads it as the delivery
poll does, every 100 ms for 5 s (the real poll waits 3 s and more between
look-ups: this is twenty times harsher). A 5 ms timer runs in the window's event
loop all along: a pause is the time between two of its ticks. For comparison,
the time the old reload (two queries per campaign, on the window's thread) took.
Goal: the longest pause under 50 ms.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--campaigns", type=int, default=50)
    parser.add_argument("--messages", type=int, default=200)
    args = parser.parse_args()
    home = tempfile.mkdtemp()
    os.environ["ESMS_DESKTOP_HOME"] = home
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from engine_helpers import campaign, phones

    from esms_desktop.gui.launch import create_window
    from esms_desktop.gui.workers import wait_for_tasks
    from esms_desktop.sending import Sender

    window = create_window(demo=True, lang="vi")
    window.resize(1366, 768)
    window.show()
    session = window.session
    journal, client = session.journal, session.client
    assert client is not None and session.simulator is not None
    for account in session.simulator.accounts.values():
        account.balance = Decimal(100_000_000)  # enough for every campaign
    started = time.monotonic()
    numbers = phones(args.messages)
    for i in range(args.campaigns):
        folder = Path(home) / f"c{i}"
        folder.mkdir()
        cid = campaign(folder, journal, client, numbers, "fixed", again=True)
        Sender(journal, client, cid).run()
    print(f"{args.campaigns} campaigns of {args.messages} messages sent in "
          f"{time.monotonic() - started:.1f} s")  # fmt: skip

    started = time.monotonic()
    for c in journal.campaigns():
        journal.summary(c.id), journal.cost(c.id)
    old = time.monotonic() - started
    started = time.monotonic()
    journal.overviews()
    one = time.monotonic() - started

    history = window.history_page
    window.go(window.HISTORY)
    QTest.qWait(500)
    history.campaign_table.selectRow(0)
    QTest.qWait(500)
    gaps: list[float] = []
    last = [time.monotonic()]

    def tick() -> None:
        now = time.monotonic()
        gaps.append(now - last[0])
        last[0] = now

    ticker = QTimer()
    ticker.setInterval(5)
    ticker.timeout.connect(tick)
    shown = [0]
    history.loaded.connect(lambda: shown.__setitem__(0, shown[0] + 1))
    poll = QTimer()
    poll.setInterval(100)
    poll.timeout.connect(session.history_changed.emit)
    last[0] = time.monotonic()
    ticker.start()
    poll.start()
    QTest.qWait(5000)
    poll.stop()
    ticker.stop()
    wait_for_tasks()
    print(f"old reload on the window's thread: {old * 1000:.0f} ms per poll")
    print(f"one query (Journal.overviews), off the window: {one * 1000:.0f} ms")
    print(f"reloads shown: {shown[0]}, longest pause of the window: {max(gaps) * 1000:.0f} ms "
          f"(goal < 50 ms)")  # fmt: skip
    window.close()
    del app


if __name__ == "__main__":
    main()
