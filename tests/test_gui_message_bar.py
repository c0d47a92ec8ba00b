"""A bar raised about something goes when that something is fine again."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from esms_desktop.gui.main_window import MainWindow


def test_the_zalo_templates_bar_goes_once_the_templates_are_read(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    """ "Cannot read the Zalo templates: OA not active" stayed after the right OA was
    chosen again and its templates read (audit, 2026-12-06)."""
    window = demo_window
    bar, message = window.message_bar, window.message_page
    qtbot.waitUntil(lambda: window.session.account is not None, timeout=10_000)
    window.go(window.MESSAGE)
    message.channel_combo.setCurrentIndex(message.channel_combo.findData("zalo"))
    box = message.zalo_box
    qtbot.waitUntil(lambda: box.oa_combo.count() == 2 and bool(box.templates), timeout=10_000)
    good = box.oa_combo.currentIndex()
    # The shop's old OA, no longer active: its templates cannot be read.
    box.oa_combo.setCurrentIndex(1 - good)
    box.load_templates()
    qtbot.waitUntil(bar.isVisible, timeout=10_000)
    assert "Zalo templates could not be read" in bar.text.text()
    box.oa_combo.setCurrentIndex(good)
    box.load_templates()
    qtbot.waitUntil(lambda: not bar.isVisible(), timeout=10_000)
    assert box.templates
    # A bar about something else stays when the templates are read.
    window.session.notice.emit("Something else happened.", "warning")
    box.load_templates()
    qtbot.waitUntil(lambda: bool(box.templates), timeout=10_000)
    qtbot.wait(200)
    assert bar.isVisible() and bar.text.text() == "Something else happened."
