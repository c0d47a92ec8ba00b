"""A background result is used only while its inputs are what the window shows.

Each test holds a check, a file load or a template load on its worker thread,
changes what the screen shows meanwhile (the text, the file, the kind of message),
then lets the old work finish: Send must never offer what was checked before the
change, and the pages must show the newest file and templates only.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from files import write_text
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from esms_desktop.app.resources import sample_file
from esms_desktop.checks import run as checks_run
from esms_desktop.cli.main import main
from esms_desktop.gui import dialogs
from esms_desktop.gui.main_window import MainWindow
from esms_desktop.message.spec import ParamSource
from esms_desktop.recipients import recipient_list as recipients_module
from esms_desktop.simulator.accounts import DEMO_OA_ACTIVE


class Gate:
    """Holds the first call of a function on its worker thread until :meth:`open`."""

    def __init__(self, fn: Callable[..., Any], when: Callable[..., bool] = lambda *a, **k: True):
        self.fn, self.when = fn, when
        self.entered = threading.Event()
        self.released = threading.Event()
        self.finished = threading.Event()
        self.held = False

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        hold = not self.held and self.when(*args, **kwargs)
        if hold:
            self.held = True
            self.entered.set()
            self.released.wait(30)
        try:
            return self.fn(*args, **kwargs)
        finally:
            if hold:
                self.finished.set()

    def open(self) -> None:
        self.released.set()


@pytest.fixture
def window(demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    monkeypatch.setattr(dialogs, "inform", lambda *a, **k: None)
    monkeypatch.setattr(dialogs, "show_error", lambda *a, **k: None)
    yield demo_window


def connect_and_open(qtbot: QtBot, window: MainWindow, path: Path | None = None) -> None:
    window.go(window.ACCOUNT)
    with qtbot.waitSignal(window.session.account_changed, timeout=20_000):
        window.account_page.test_connection()
    page = window.recipients_page
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.open_path(path or sample_file())


def ten_customers(tmp_path: Path, name: str = "other.csv") -> Path:
    return write_text(tmp_path / name, [["Tên", "Số điện thoại"]]
                      + [[f"Khach {i}", f"096{i:06d}1"] for i in range(10)])  # fmt: skip


def send_offers_what_is_shown(window: MainWindow) -> bool:
    """Send is disabled, or offers exactly the text and list the screen shows."""
    if not window.send_page.send_button.isEnabled():
        return True
    report = window.session.report
    shown = window.session.recipients
    return (
        report is not None
        and shown is not None
        and report.spec.content == window.message_page.content_edit.toPlainText().strip()
        and report.recipients.table.path == shown.table.path
        and len(report.recipients.rows) == len(shown.rows)
    )


def settle(qtbot: QtBot, gate: Gate) -> None:
    """Let the held work finish and its result reach the window."""
    gate.open()
    assert gate.finished.wait(30)
    qtbot.wait(100)  # the result crosses to the window's thread as a queued signal


def test_text_edited_while_the_check_runs(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    connect_and_open(qtbot, window)
    message = window.message_page
    window.go(window.MESSAGE)
    message.channel_combo.setCurrentIndex(message.channel_combo.findData("fixed"))
    message.content_edit.setPlainText("Shop Hoa: don {Mã đơn} da giao.")
    gate = Gate(checks_run.run_checks)
    monkeypatch.setattr(checks_run, "run_checks", gate)
    message.run_check()
    assert gate.entered.wait(20)
    message.content_edit.setPlainText("Shop Hoa: don {Mã đơn} da giao. Cam on {Họ và tên}!")
    settle(qtbot, gate)
    window.go(window.SEND)
    send = window.send_page
    assert send_offers_what_is_shown(window)
    assert not send.send_button.isEnabled()  # the old check was dropped, not shown
    # The check runs again by itself for the new text; then Send offers that.
    qtbot.waitUntil(lambda: window.session.report is not None, timeout=20_000)
    report = window.session.report
    assert report is not None and "Cam on" in report.spec.content
    assert all("Cam on" in text for text in report.messages.values())
    qtbot.waitUntil(send.send_button.isEnabled, timeout=5_000)
    assert send_offers_what_is_shown(window)


def test_file_switched_while_the_check_runs(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    connect_and_open(qtbot, window)
    message = window.message_page
    window.go(window.MESSAGE)
    message.channel_combo.setCurrentIndex(message.channel_combo.findData("fixed"))
    message.content_edit.setPlainText("Shop Hoa: cam on {Họ và tên}.")
    gate = Gate(checks_run.run_checks)
    monkeypatch.setattr(checks_run, "run_checks", gate)
    message.run_check()
    assert gate.entered.wait(20)
    other = ten_customers(tmp_path)
    page = window.recipients_page
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.open_path(other)
    message.content_edit.setPlainText("Shop Hoa: cam on {Tên}.")
    settle(qtbot, gate)
    assert send_offers_what_is_shown(window)
    report = window.session.report
    assert report is None or report.recipients.table.path == other


def test_file_switched_while_a_load_runs(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    connect_and_open(qtbot, window)
    slow = ten_customers(tmp_path, "slow.csv")
    fast = write_text(tmp_path / "fast.csv", [["Tên", "Số điện thoại"], ["An", "0961234567"]])
    real_open = recipients_module._open
    gate = Gate(real_open, when=lambda path, *a: Path(path).name == "slow.csv")
    monkeypatch.setattr(recipients_module, "_open", gate)
    page = window.recipients_page
    page.open_path(slow)
    assert gate.entered.wait(20)
    # While the first file is read, Send offers nothing from the list shown before.
    assert not window.send_page.send_button.isEnabled()
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.open_path(fast)
    settle(qtbot, gate)
    shown = window.session.recipients
    assert shown is not None and shown.table.path == fast  # not the slower, older file
    assert page.model.rowCount() == 1 and "fast.csv" in page.summary.text()


def test_templates_of_another_choice_are_dropped(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    connect_and_open(qtbot, window)
    client = window.session.client
    assert client is not None
    gate = Gate(client.get_customer_care_templates)
    monkeypatch.setattr(client, "get_customer_care_templates", gate)
    message = window.message_page
    window.go(window.MESSAGE)
    message.channel_combo.setCurrentIndex(message.channel_combo.findData("qc"))
    message.channel_combo.setCurrentIndex(message.channel_combo.findData("cskh"))
    assert gate.entered.wait(20)
    message.channel_combo.setCurrentIndex(message.channel_combo.findData("qc"))
    settle(qtbot, gate)
    assert message.cskh_templates == [] and message.template_combo.count() == 0


def test_an_older_zalo_template_list_does_not_undo_a_saved_message(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The OA's templates were listed twice (the OA chosen, then a saved Zalo message used)
    and the first, slower answer arrived last: it rebuilt the form over the saved message's
    values (a test that clicked fast enough passed, one on a busy machine did not)."""
    connect_and_open(qtbot, window)
    main(["--demo", "library", "save", "ZNS đơn", "--channel", "zalo", "--oaid", DEMO_OA_ACTIVE,
          "--template-id", "226012", "--param", "customer_name=Họ và tên",
          "--param-value", "amount=100000"])  # fmt: skip
    client = window.session.client
    assert client is not None
    gate = Gate(client.get_zns_templates)
    monkeypatch.setattr(client, "get_zns_templates", gate)
    message, box = window.message_page, window.message_page.library_box
    window.go(window.MESSAGE)
    message.zalo_box.load_templates()  # the first listing, held on its thread
    assert gate.entered.wait(20)
    with qtbot.waitSignal(box.listed, timeout=10_000):
        box.reload()
    box.combo.setCurrentIndex(box.combo.findData("ZNS đơn"))
    qtbot.mouseClick(box.use_button, Qt.MouseButton.LeftButton)
    saved = ParamSource(value="100000")
    qtbot.waitUntil(lambda: message.zalo_box.params().get("amount") == saved, timeout=10_000)
    settle(qtbot, gate)
    assert message.zalo_box.template_id == "226012"
    assert message.zalo_box.params().get("amount") == saved


def test_an_older_list_of_saved_messages_does_not_hide_a_new_one(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two listings of the saved messages in flight, the older (read before a save)
    answering last: it replaced the newer list, and the saved message was gone."""
    from esms_desktop.app.library import MessageLibrary

    read_first, release = threading.Event(), threading.Event()
    original, calls = MessageLibrary.entries, []

    def entries(self: MessageLibrary) -> Any:
        found = original(self)
        calls.append(found)
        if len(calls) == 1:  # the older listing: read now, answered after the newer one
            read_first.set()
            release.wait(30)
        return found

    box = window.message_page.library_box
    monkeypatch.setattr(MessageLibrary, "entries", entries)
    box.reload()
    assert read_first.wait(20)
    main(["--demo", "library", "save", "Cảm ơn", "--channel", "fixed", "--content", "Cam on"])
    with qtbot.waitSignal(box.listed, timeout=10_000):
        box.reload()
    assert box.combo.findData("Cảm ơn") >= 0
    release.set()
    qtbot.wait(300)  # the older answer crosses to the window's thread, and is dropped
    assert box.combo.findData("Cảm ơn") >= 0
