"""The window's "Register this text as a template": offered when the text matches no
template, sent with the core's rules, its state followed until eSMS approves it."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from esms_desktop.gui import dialogs
from esms_desktop.gui.main_window import MainWindow
from esms_desktop.gui.pages.message import MessagePage
from esms_desktop.gui.register_box import RegisterTemplateBox

ORDER = "Cam on {Họ và tên} da mua hoa tai Shop Hoa Demo. Ma don hang cua ban la {Mã đơn}."
NEW = "Shop Hoa Demo: don {Mã đơn} cua {Họ và tên} se giao hom nay."


@pytest.fixture
def window(demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    return demo_window


def customer_care(qtbot: QtBot, window: MainWindow) -> tuple[MessagePage, RegisterTemplateBox]:
    """The Message page set to customer care under the demo's brandname, the account read."""
    qtbot.waitUntil(lambda: window.session.account is not None, timeout=10_000)
    message = window.message_page
    window.go(window.MESSAGE)
    message.channel_combo.setCurrentIndex(message.channel_combo.findData("cskh"))
    message.brand_combo.setCurrentText("SHOPHOA_DEMO")
    return message, message.register_box


def test_register_from_the_window(qtbot: QtBot, window: MainWindow) -> None:
    message, box = customer_care(qtbot, window)
    sim = window.session.simulator
    assert sim is not None
    now = [time.time()]
    sim.clock = lambda: now[0]
    qtbot.waitUntil(lambda: message.template_combo.count() > 0, timeout=10_000)
    message.content_edit.setPlainText(ORDER)
    qtbot.waitUntil(lambda: not box.button.isVisibleTo(message), timeout=5_000)  # it matches
    message.content_edit.setPlainText(NEW)
    qtbot.waitUntil(lambda: box.button.isVisibleTo(message), timeout=5_000)
    with qtbot.waitSignal(box.updated, timeout=10_000):
        qtbot.mouseClick(box.button, Qt.MouseButton.LeftButton)
    assert "moderating" in box.status.text()
    now[0] += sim.template_delay + 1
    with qtbot.waitSignal(box.updated, timeout=10_000):
        box.look_again()
    assert "approved" in box.status.text()
    # Once approved, the brandname's templates include it: the text matches, no offer.
    message._brand_changed()
    qtbot.waitUntil(lambda: not box.button.isVisibleTo(message), timeout=10_000)


def test_a_link_is_refused_before_anything_is_sent(qtbot: QtBot, window: MainWindow) -> None:
    message, box = customer_care(qtbot, window)
    message.content_edit.setPlainText("Xem don {Mã đơn} tai https://shophoa.vn")
    qtbot.waitUntil(lambda: box.button.isVisibleTo(message), timeout=5_000)
    sim = window.session.simulator
    assert sim is not None
    before = sim.request_count
    with qtbot.waitSignal(box.updated, timeout=10_000):
        qtbot.mouseClick(box.button, Qt.MouseButton.LeftButton)
    assert "may not contain a link" in box.status.text()
    assert sim.request_count == before


def test_a_text_said_to_match_a_template_is_not_offered_for_registering(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The customer's message fits the template (green "Matches the template for"), though
    written out without {columns}: no "Register this text as a template" beside it."""
    message, box = customer_care(qtbot, window)
    qtbot.waitUntil(lambda: message.template_combo.count() > 0, timeout=10_000)
    message.content_edit.setPlainText(
        "Cam on Nguyen Thi Lan da mua hoa tai Shop Hoa Demo. Ma don hang cua ban la DH1001."
    )
    qtbot.waitUntil(lambda: "Matches the template for" in message.match_label.text(), timeout=5_000)
    qtbot.wait(300)  # the preview's debounce
    assert not box.button.isVisibleTo(message)
    # A text that fits no template is still offered.
    message.content_edit.setPlainText(NEW)
    qtbot.waitUntil(lambda: box.button.isVisibleTo(message), timeout=5_000)
    assert "Matches the template for" not in message.match_label.text()
