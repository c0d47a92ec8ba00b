"""Unexpected errors, on the GUI thread or any other, become a dialog, not a crash."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from esms_desktop.app.user_text import UserMessage
from esms_desktop.gui import dialogs, excepthook


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[UserMessage]]:
    messages: list[UserMessage] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, message: messages.append(message))
    saved = sys.excepthook, threading.excepthook
    yield messages
    sys.excepthook, threading.excepthook = saved


def test_gui_thread_error_shows_a_dialog_with_details(
    qtbot: QtBot, shown: list[UserMessage]
) -> None:
    excepthook.install("en")
    try:
        raise KeyError("journal row 7")
    except KeyError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    qtbot.waitUntil(lambda: bool(shown))
    assert shown[0].title == "Something went wrong in the app"
    assert "journal row 7" in shown[0].detail


def test_worker_thread_error_reaches_the_gui_thread(qtbot: QtBot, shown: list[UserMessage]) -> None:
    excepthook.install("vi")
    seen_on: list[threading.Thread] = []
    original = dialogs.show_error

    def record(parent: object, message: UserMessage) -> None:
        seen_on.append(threading.current_thread())
        original(parent, message)  # type: ignore[arg-type]

    dialogs.show_error = record  # type: ignore[assignment]
    thread = threading.Thread(target=lambda: 1 / 0)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: bool(shown))
    assert shown[0].title == "Có lỗi trong ứng dụng"
    assert seen_on == [threading.main_thread()]


def test_an_error_inside_the_error_dialog_does_not_recurse(
    qtbot: QtBot, shown: list[UserMessage], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The dialog's own event loop runs while it is open: a second error meanwhile (or
    one raised by the dialog) is logged, not shown on top of it, again and again."""
    excepthook.install("en")
    calls: list[UserMessage] = []

    def failing_dialog(parent: object, message: UserMessage) -> None:
        calls.append(message)
        try:
            raise RuntimeError("inside the dialog")
        except RuntimeError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)  # while the first is shown
        qtbot.wait(50)  # the dialog's event loop turns: the second error arrives now
        raise ValueError("the dialog broke")

    monkeypatch.setattr(dialogs, "show_error", failing_dialog)
    try:
        raise KeyError("first")
    except KeyError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    qtbot.wait(200)
    assert len(calls) == 1


def test_an_error_in_the_hook_itself_goes_to_stderr_once(
    monkeypatch: pytest.MonkeyPatch, shown: list[UserMessage], capsys: pytest.CaptureFixture[str]
) -> None:
    excepthook.install("en")

    def broken_log(*_a: object, **_k: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(excepthook.log, "error", broken_log)
    try:
        raise KeyError("while the log is broken")
    except KeyError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert "while the log is broken" in capsys.readouterr().err
