"""What Send's question confirms is exactly what is sent, with the keys, the list and the
do-not-send list the check that the screen shows was made with.

Found by attacking "check = send" from outside: the keys saved on the Account page while
Send's question was open sent the check made with the old account's prices and balance
from the new account; a check pressed again left Send offering the older one, and the
newer, different one landed while its question was open; a number put on the
do-not-send list from the command line after the check was taken out silently (the
question said 10, 9 went); a file saved again in Excel after the check was sent as it
was first read, and checking again did not read it again.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from files import write_text
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_gui_stale_results import Gate, settle

from esms_desktop.api.credentials import Credentials
from esms_desktop.app.user_text import UserMessage
from esms_desktop.checks import run as checks_run
from esms_desktop.cli.main import main
from esms_desktop.gui import dialogs
from esms_desktop.gui.main_window import MainWindow
from esms_desktop.simulator.accounts import demo_account

OTHER_KEY, OTHER_SECRET = "DEMO-API-KEY-0002", "DEMO-SECRET-KEY-0002"


def customers(n: int, name: str = "Khach", start: int = 0) -> list[list[str]]:
    return [["Tên", "SĐT"]] + [[f"{name} {i}", f"096{i:06d}1"] for i in range(start, start + n)]


class Asked:
    """Send's questions (answered yes, after ``meanwhile``) and the errors shown."""

    def __init__(self) -> None:
        self.questions: list[str] = []
        self.errors: list[str] = []
        self.meanwhile: Callable[[], None] = lambda: None

    def confirm(self, _parent: object, _title: str, text: str, **_buttons: str) -> bool:
        self.questions.append(text)
        self.meanwhile()
        return True


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Asked:
    said = Asked()

    def show_error(_parent: object, message: UserMessage) -> None:
        said.errors.append(message.as_text())

    monkeypatch.setattr(dialogs, "confirm", said.confirm)
    monkeypatch.setattr(dialogs, "inform", lambda *a, **k: None)
    monkeypatch.setattr(dialogs, "show_error", show_error)
    return said


def checked(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    """``path`` opened and "Chao {Tên}" checked as fixed-number SMS."""
    with qtbot.waitSignal(window.recipients_page.loaded, timeout=30_000):
        window.recipients_page.open_path(path)
    message = window.message_page
    window.go(window.MESSAGE)
    message.channel_combo.setCurrentIndex(message.channel_combo.findData("fixed"))
    message.content_edit.setPlainText("Chao {Tên}")
    with qtbot.waitSignal(message.checked, timeout=30_000):
        message.run_check()
    assert window.session.report is not None


def press_send(qtbot: QtBot, window: MainWindow) -> None:
    window.go(window.SEND)
    send = window.send_page
    if send.send_button.isEnabled():
        qtbot.mouseClick(send.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: send.worker is None and not send._preparing, timeout=30_000)


def sent(window: MainWindow) -> list[tuple[str, str]]:
    sim = window.session.simulator
    assert sim is not None
    return [(a.phone, a.content) for a in sim.accepted]


def test_keys_saved_while_the_question_is_open_send_nothing(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path, asked: Asked
) -> None:
    window = demo_window
    sim = window.session.simulator
    assert sim is not None
    other = demo_account()
    other.api_key, other.secret_key = OTHER_KEY, OTHER_SECRET
    sim.accounts[OTHER_KEY] = other
    checked(qtbot, window, write_text(tmp_path / "ten.csv", customers(10)))
    # The Account page's keyring write ends while the question is open (AccountPage._saved).
    asked.meanwhile = lambda: window.session.use_credentials(Credentials(OTHER_KEY, OTHER_SECRET))
    press_send(qtbot, window)
    assert len(asked.questions) == 1
    assert sent(window) == []  # neither account sent the other account's check
    assert {s.api_key for s in sim.sends.values()} == set()
    assert not window.send_page.send_button.isEnabled()  # that check is gone
    assert "nothing was sent" in window.send_page.outcome.text().lower()


def test_send_waits_while_the_check_is_made_again(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path, asked: Asked,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    window = demo_window
    checked(qtbot, window, write_text(tmp_path / "ten.csv", customers(10)))
    gate = Gate(checks_run.run_checks)
    monkeypatch.setattr(checks_run, "run_checks", gate)
    window.message_page.run_check()  # "Check" pressed again
    assert gate.entered.wait(20)
    press_send(qtbot, window)
    assert asked.questions == [] and sent(window) == []
    settle(qtbot, gate)
    qtbot.waitUntil(window.send_page.send_button.isEnabled, timeout=10_000)
    press_send(qtbot, window)
    assert len(sent(window)) == 10 and asked.questions[0].startswith("10 ")


def test_a_check_landing_while_the_question_is_open_is_not_sent_on_the_old_one(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path, asked: Asked,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """The question said the check it was opened on; a newer check shown behind it by the
    time it is answered (the edit's re-check timer firing) is another campaign."""
    window = demo_window
    checked(qtbot, window, write_text(tmp_path / "ten.csv", customers(10)))

    def check_lands() -> None:
        message = window.message_page
        message.content_edit.setPlainText("Chao {Tên}!")
        with qtbot.waitSignal(message.checked, timeout=30_000):
            message.run_check()

    asked.meanwhile = check_lands
    press_send(qtbot, window)
    assert sent(window) == []
    assert "nothing was sent" in window.send_page.outcome.text()
    asked.meanwhile = lambda: None
    press_send(qtbot, window)  # the newer check, asked about again
    assert len(asked.questions) == 2
    assert {text for _p, text in sent(window)} == {f"Chao Khach {i}!" for i in range(10)}


def test_a_number_put_on_the_do_not_send_list_after_the_check(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path, asked: Asked
) -> None:
    window = demo_window
    checked(qtbot, window, write_text(tmp_path / "ten.csv", customers(10)))
    assert main(["--demo", "optout", "add", "0960000011", "--lang", "en"]) == 0  # a terminal
    press_send(qtbot, window)
    assert len(asked.questions) == 1 and asked.questions[0].startswith("10 ")
    assert sent(window) == []  # not 9 of the 10 confirmed
    assert asked.errors and "do-not-send list" in asked.errors[0]
    # Checked again, the question says 9, and 9 go.
    message = window.message_page
    window.go(window.MESSAGE)
    qtbot.waitUntil(lambda: window.session.report is not None, timeout=30_000)
    press_send(qtbot, window)
    assert asked.questions[-1].startswith("9 ")
    assert len(sent(window)) == 9 and "0960000011" not in {p for p, _t in sent(window)}
    assert message is window.message_page


def saved_again(path: Path, rows: list[list[str]]) -> None:
    """``path`` written over, as Excel saves (a new modification time)."""
    before = path.stat().st_mtime_ns
    write_text(path, rows)
    os.utime(path, ns=(before + 2_000_000_000, before + 2_000_000_000))


def test_a_file_saved_again_after_the_check_is_read_again_before_it_is_sent(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path, asked: Asked
) -> None:
    window = demo_window
    path = write_text(tmp_path / "list.csv", customers(10))
    checked(qtbot, window, path)
    saved_again(path, customers(12, "Moi", 100))
    press_send(qtbot, window)
    assert asked.questions == [] and sent(window) == []  # not the rows first read
    # Read again and checked again by itself; then Send offers the file as it is now.
    qtbot.waitUntil(lambda: window.session.report is not None, timeout=30_000)
    press_send(qtbot, window)
    assert asked.questions[-1].startswith("12 ")
    assert {text for _p, text in sent(window)} == {f"Chao Moi {i}" for i in range(100, 112)}


def test_check_reads_a_file_saved_again(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path, asked: Asked
) -> None:
    window = demo_window
    path = write_text(tmp_path / "list.csv", customers(10))
    checked(qtbot, window, path)
    saved_again(path, customers(3, "Moi", 100))
    message = window.message_page
    message.run_check()  # "Check" pressed again
    qtbot.waitUntil(
        lambda: window.session.report is not None and len(window.session.report.sendable) == 3,
        timeout=30_000,
    )
    shown = window.session.recipients
    assert shown is not None and len(shown.rows) == 3
    assert window.recipients_page.model.rowCount() == 3


def test_check_pressed_while_another_file_is_read_is_not_of_the_old_list(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path, asked: Asked,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """ "Check" pressed while the next file is being read checked the list still shown, and
    Send offered it under the new file's reading (the Customers page said "Reading")."""
    from esms_desktop.recipients import recipient_list as recipients_module

    window = demo_window
    checked(qtbot, window, write_text(tmp_path / "ten.csv", customers(10)))
    slow = write_text(tmp_path / "slow.csv", customers(3, "Moi", 100))
    gate = Gate(recipients_module._open, when=lambda path, *a: Path(path).name == "slow.csv")
    monkeypatch.setattr(recipients_module, "_open", gate)
    window.recipients_page.open_path(slow)
    assert gate.entered.wait(20)
    message = window.message_page
    message.run_check()
    qtbot.wait(500)  # a check of the old list would have landed
    assert window.session.report is None
    press_send(qtbot, window)
    assert asked.questions == [] and sent(window) == []
    settle(qtbot, gate)  # the new file is shown, then checked by itself
    qtbot.waitUntil(lambda: window.session.report is not None, timeout=30_000)
    press_send(qtbot, window)
    assert asked.questions[-1].startswith("3 ")
    assert {text for _p, text in sent(window)} == {f"Chao Moi {i}" for i in range(100, 103)}
