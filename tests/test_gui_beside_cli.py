"""Money trial: the window sending beside a command line sending the same list.

One eSMS (the loopback simulator, over HTTP) and one app folder (``ESMS_DESKTOP_HOME``,
so one journal and one folder of campaign locks) for both: the window's own send path
(the Send button, its worker writing the campaign, the engine on its send thread),
offscreen in this process, and the real command line in a child process. Two command
lines at once were tried before (``test_send_twice_at_once``); the window beside one
was not. Whatever the order they write and send in, each customer is charged once, and
no one is lost: what one of them refuses the other sends, or is left to resume.
"""

from __future__ import annotations

import subprocess
import threading
import time
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from engine_helpers import cli, daytime_offset, order_list, phones
from files import write_text
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from esms_desktop.api.credentials import Credentials
from esms_desktop.app.user_text import UserMessage
from esms_desktop.gui import dialogs
from esms_desktop.gui.launch import create_window
from esms_desktop.gui.main_window import MainWindow
from esms_desktop.gui.workers import wait_for_tasks
from esms_desktop.journal import Journal
from esms_desktop.simulator import (
    DEMO_API_KEY,
    DEMO_SECRET_KEY,
    EsmsSimulator,
    FaultPlan,
    SimulatorServer,
    demo_account,
)

TEXT = "Shop Hoa: don {Mã đơn} da giao."
CUSTOMERS = 150


class Said:
    """What the window said in its boxes (asked to send, it says yes)."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.told: list[str] = []
        self.errors: list[UserMessage] = []


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> Said:
    boxes = Said()

    def confirm(parent: object, title: str, text: str, **_buttons: str) -> bool:
        boxes.asked.append(f"{title}: {text}")
        # Sending the same messages a second time on purpose is the user's choice: No.
        return title != "Send the same messages again?"

    monkeypatch.setattr(dialogs, "confirm", confirm)
    monkeypatch.setattr(dialogs, "inform", lambda _p, t, text: boxes.told.append(f"{t}: {text}"))
    monkeypatch.setattr(dialogs, "show_error", lambda _p, message: boxes.errors.append(message))
    return boxes


@pytest.fixture
def esms(monkeypatch: pytest.MonkeyPatch, memory_keyring: object) -> Iterator[SimulatorServer]:
    """The one eSMS both talk to, slowed a little so that the two sends overlap; the
    window reads its address as the command line does (``ESMS_API_URL``)."""
    offset = daytime_offset()
    sim = EsmsSimulator([demo_account(Decimal(100_000_000))], clock=lambda: time.time() + offset)
    with SimulatorServer(sim, FaultPlan(latency=0.01)) as server:
        monkeypatch.setenv("ESMS_API_URL", server.base_url)
        yield server


def the_list(folder: Path) -> tuple[Path, list[str]]:
    numbers = phones(CUSTOMERS)
    return order_list(folder, numbers, "khach.csv"), numbers


def checked_window(qtbot: QtBot, path: Path) -> MainWindow:
    """A real (not demo) window on the loopback eSMS, the list checked, Send waiting."""
    window = create_window(demo=False, lang="en")
    qtbot.addWidget(window)
    window.show()
    window.session.use_credentials(Credentials(DEMO_API_KEY, DEMO_SECRET_KEY))
    window.go(window.RECIPIENTS)
    with qtbot.waitSignal(window.recipients_page.loaded, timeout=30_000):
        window.recipients_page.open_path(path)
    message = window.message_page
    window.go(window.MESSAGE)
    message.channel_combo.setCurrentIndex(message.channel_combo.findData("fixed"))
    message.content_edit.setPlainText(TEXT)
    with qtbot.waitSignal(message.checked, timeout=30_000):
        qtbot.mouseClick(message.check_button, Qt.MouseButton.LeftButton)
    report = window.session.report
    assert report is not None and len(report.sendable) == CUSTOMERS, report
    window.go(window.SEND)
    return window


def command_line(server: SimulatorServer, home: Path, *args: str) -> subprocess.Popen[str]:
    return cli(server.base_url, home, *args)


def cli_send(server: SimulatorServer, home: Path, path: Path) -> subprocess.Popen[str]:
    return command_line(
        server, home, "send", str(path), "--channel", "fixed", "--content", TEXT, "--yes"
    )


def window_idle(window: MainWindow) -> bool:
    send = window.send_page
    return not send._preparing and send.worker is None


def charged_once_each(server: SimulatorServer, numbers: list[str]) -> None:
    counts = Counter(server.simulator.accepted_phones())
    twice = {p: n for p, n in counts.items() if n > 1}
    assert not twice, f"{len(twice)} customers charged more than once"
    assert set(counts) == set(numbers), f"{len(set(numbers) - set(counts))} never sent"


class Output:
    """The command line's output, read as it comes: the window may wait for a line."""

    def __init__(self, proc: subprocess.Popen[str]) -> None:
        self.proc = proc
        self.lines: list[str] = []
        self.checked = threading.Event()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append(line)
            if line.startswith("Ready to send"):  # its check passed: it writes now
                self.checked.set()

    def end(self) -> tuple[int, str, str]:
        code = self.proc.wait(timeout=120)
        self._reader.join(timeout=30)
        assert self.proc.stderr is not None
        return code, "".join(self.lines), self.proc.stderr.read()


#: When the window's Send is pressed: seconds after the command line started (it starts
#: Python and checks first: the window writes and sends before it, while it checks, and
#: after it started sending), or None: the moment the command line's check said "Ready
#: to send", so that both write the campaign at once (four times).
MOMENTS = [0.0, 0.5, 1.0, 2.5, None, None, None, None]


@pytest.mark.slow
@pytest.mark.parametrize(
    "moment",
    MOMENTS,
    ids=[f"{m}s" if m is not None else f"together{i}" for i, m in enumerate(MOMENTS)],
)
def test_the_window_and_the_command_line_sending_one_list_charge_each_customer_once(
    qtbot: QtBot,
    app_home: Path,
    tmp_path: Path,
    esms: SimulatorServer,
    said: Said,
    moment: float | None,
) -> None:
    path, numbers = the_list(tmp_path)
    window = checked_window(qtbot, path)
    send = window.send_page
    other = Output(cli_send(esms, app_home, path))
    if moment is None:
        qtbot.waitUntil(other.checked.is_set, timeout=60_000)
    else:
        qtbot.wait(int(moment * 1000))
    qtbot.mouseClick(send.send_button, Qt.MouseButton.LeftButton)
    assert said.asked, "the window asks before it sends"
    code, out, err = other.end()
    qtbot.waitUntil(lambda: window_idle(window), timeout=120_000)
    assert not said.errors, [e.as_text() for e in said.errors]
    with Journal(app_home / "journal.sqlite3") as journal:
        campaigns = journal.campaigns()
        # One campaign: the later writer was refused (its customers in the first one), or
        # the command line's check found every customer sent or to be sent already.
        assert len(campaigns) == 1, [c.name for c in campaigns]
        cid = campaigns[0].id
    if code == 1:  # the window's campaign took everyone: the command line sent nothing
        refused = "has not finished" in out or "No number is left to send to" in out
        assert refused or "sent the same messages" in out, out
    else:  # the window was refused as it wrote: told to finish the other, or asked
        assert code == 0, (code, out, err)
        assert said.told or len(said.asked) == 2, (said.told, said.asked)
    assert len(said.asked) <= 2  # "Send messages?", and maybe "Send the same again?": No
    with Journal(app_home / "journal.sqlite3") as journal:
        left = journal.summary(cid).left
    if left:  # refused while the other one still sent: finished by resuming it
        done = command_line(esms, app_home, "resume", str(cid))
        assert done.wait(timeout=120) == 0, done.communicate()
    charged_once_each(esms, numbers)
    wait_for_tasks()
    window.close()


@pytest.mark.slow
def test_a_campaign_one_of_them_is_sending_is_not_sent_by_the_other_too(
    qtbot: QtBot, app_home: Path, tmp_path: Path, esms: SimulatorServer, said: Said
) -> None:
    """History's Resume (or the offer at start) of the campaign a command line is sending,
    and the command line's ``resume`` of the one the window is sending: one engine per
    campaign (``CampaignLock`` in the one app folder); the other is told it is busy."""
    path, numbers = the_list(tmp_path)
    window = checked_window(qtbot, path)
    send, sim = window.send_page, esms.simulator
    other = cli_send(esms, app_home, path)
    qtbot.waitUntil(lambda: len(sim.accepted) >= 10, timeout=60_000)
    send.start(1)  # the window resumes the command line's campaign while it sends
    qtbot.waitUntil(lambda: window_idle(window), timeout=60_000)
    assert other.wait(timeout=120) == 0, other.communicate()
    assert [e.title for e in said.errors] == ["Campaign already being sent"]
    charged_once_each(esms, numbers)

    # The other way round: the window sends a list, the command line resumes its campaign.
    said.errors.clear()
    more = phones(CUSTOMERS, start=5_000)
    rows = [["Tên", "Số điện thoại", "Mã đơn"]] + [
        [f"K {i}", p, f"X{i}"] for i, p in enumerate(more)
    ]
    window.go(window.RECIPIENTS)
    with qtbot.waitSignal(window.recipients_page.loaded, timeout=30_000):
        window.recipients_page.open_path(write_text(tmp_path / "more.csv", rows))
    message = window.message_page
    with qtbot.waitSignal(message.checked, timeout=30_000):
        qtbot.mouseClick(message.check_button, Qt.MouseButton.LeftButton)
    before = len(sim.accepted)
    qtbot.mouseClick(send.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(sim.accepted) >= before + 10, timeout=60_000)
    resume = command_line(esms, app_home, "resume", "2")
    code = resume.wait(timeout=120)
    out, err = resume.communicate()
    assert code != 0 and "being sent by another window or command" in out + err, (code, out, err)
    qtbot.waitUntil(lambda: window_idle(window), timeout=120_000)
    assert not said.errors, [e.as_text() for e in said.errors]
    charged_once_each(esms, numbers + more)
    wait_for_tasks()
    window.close()
