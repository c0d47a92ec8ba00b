"""A computer clock far off eSMS's is said on the Account page, with what to do."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from esms_desktop.base.vntime import now as app_now
from esms_desktop.gui.main_window import MainWindow


@pytest.mark.parametrize(("ahead", "said"), [(0, ""), (10 * 60, "10 minutes behind eSMS's")])
def test_test_connection_says_a_clock_far_off_esms(
    qtbot: QtBot, demo_window: MainWindow, ahead: int, said: str
) -> None:
    window = demo_window
    simulator = window.session.simulator
    assert simulator is not None
    simulator.clock = lambda: app_now() + ahead
    window.go(window.ACCOUNT)
    with qtbot.waitSignal(window.session.account_changed, timeout=20_000):
        window.account_page.test_connection()
    bar = window.message_bar
    if said:
        qtbot.waitUntil(bar.isVisible)
        assert said in bar.text.text()
        assert "Set time automatically" in bar.text.text()
    else:
        qtbot.wait(50)
        assert "clock" not in bar.text.text()


def test_the_clock_bar_goes_once_the_clock_is_right(qtbot: QtBot, demo_window: MainWindow) -> None:
    window = demo_window
    simulator = window.session.simulator
    assert simulator is not None
    simulator.clock = lambda: app_now() + 10 * 60
    window.go(window.ACCOUNT)
    with qtbot.waitSignal(window.session.account_changed, timeout=20_000):
        window.account_page.test_connection()
    qtbot.waitUntil(window.message_bar.isVisible)
    simulator.clock = app_now  # the computer's clock was set right
    with qtbot.waitSignal(window.session.account_changed, timeout=20_000):
        window.account_page.test_connection()
    qtbot.waitUntil(lambda: not window.message_bar.isVisible())
