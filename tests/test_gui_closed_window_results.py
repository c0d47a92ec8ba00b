"""A background result that arrives after its window closed is dropped, never an error.

The work runs on the pool while the user closes the window; its result is queued to
the GUI thread and delivered after Qt deleted the widgets it was for. Before, the
callback raised "Internal C++ object already deleted" (seen as a flaky GUI test).
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from esms_desktop.gui.workers import run_task, wait_for_tasks

pytestmark = pytest.mark.gui


def _deleted_label_with_pending_result(qtbot: QtBot, callback_for) -> list[str]:  # type: ignore[no-untyped-def]
    label = QLabel("before")
    seen: list[str] = []
    release = threading.Event()

    def work() -> str:
        release.wait(5)
        return "after"

    run_task(work, callback_for(label, seen), lambda exc: seen.append(f"error {exc}"))
    label.deleteLater()
    qtbot.waitUntil(lambda: not _alive(label), timeout=5_000)
    release.set()
    assert wait_for_tasks(5_000)
    qtbot.wait(50)  # the queued delivery runs now, after the label is gone
    return seen


def _alive(widget: QLabel) -> bool:
    from shiboken6 import isValid

    return isValid(widget)


def test_a_result_for_a_deleted_widgets_method_is_dropped(qtbot: QtBot) -> None:
    seen = _deleted_label_with_pending_result(qtbot, lambda label, seen: label.setText)
    assert seen == []


def test_a_result_for_a_closure_over_a_deleted_widget_is_dropped(qtbot: QtBot) -> None:
    def callback_for(label: QLabel, seen: list[str]):  # type: ignore[no-untyped-def]
        def show(text: str) -> None:
            seen.append(text)  # reached: the closure itself is alive
            label.setText(text)  # the widget is not: Qt says "already deleted"

        return show

    assert _deleted_label_with_pending_result(qtbot, callback_for) == ["after"]
