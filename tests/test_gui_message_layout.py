"""The Message page stays put around a check, and its tiles say what the check found.

At 1024x700 the page scrolls; scrolled down to see the check, the user edits the
text: the check is dropped (its tiles go), then made again (they come back). The
form being typed into must not move meanwhile.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import check_forty, shown_demo_window
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from esms_desktop.app.resources import sample_file
from esms_desktop.checks import Severity
from esms_desktop.gui.main_window import MainWindow
from esms_desktop.gui.workers import wait_for_tasks


@pytest.mark.parametrize("size", [(1024, 700), (1366, 768)], ids=["1024x700", "1366x768"])
def test_the_text_being_typed_does_not_move_around_a_check(
    qtbot: QtBot, app_home: Path, size: tuple[int, int]
) -> None:
    window = shown_demo_window(qtbot, size)
    with qtbot.waitSignal(window.recipients_page.loaded, timeout=30_000):
        window.recipients_page.open_path(sample_file())
    window.go(window.MESSAGE)
    message = window.message_page
    qtbot.waitUntil(lambda: message.brand_combo.count() > 0, timeout=10_000)
    message.use_sample_message()
    qtbot.waitUntil(lambda: message.template_combo.count() > 0, timeout=10_000)
    scroll = message.parentWidget().parentWidget()
    assert isinstance(scroll, QScrollArea)
    bar = scroll.verticalScrollBar()

    def where() -> int:
        qtbot.wait(20)
        return message.content_edit.mapTo(window, QPoint(0, 0)).y()

    before = (where(), message.height())
    # Before the first check the tiles' place says what will appear there (it was blank).
    band = message.tile_band
    assert band.placeholder.isVisible() and not message.tiles.isVisible()
    assert band.placeholder_text.text() == (
        "Kiểm tra để xem giá, số tin và những dòng không gửi được"
    )
    room = band.geometry()
    with qtbot.waitSignal(message.checked, timeout=30_000):
        message.run_check()
    assert message.tiles.isVisible() and not band.placeholder.isVisible()
    assert (where(), message.height()) == before, "the check's results took room of the form"
    assert band.geometry() == room, "the tiles took another room than their placeholder's"
    bar.setValue(bar.maximum())  # down to the tiles and the problems
    typing_at = where()
    message.content_edit.setPlainText(message.content_edit.toPlainText() + " Hen gap lai")
    assert not message.tiles.isVisible(), "the check no longer says what the text costs"
    assert not band.placeholder.isVisible()  # checked again by itself: nothing to press
    assert where() == typing_at, "the form moved when the edit dropped the check"
    with qtbot.waitSignal(message.checked, timeout=30_000):
        pass  # checked again by itself once typing paused
    assert message.tiles.isVisible()
    assert where() == typing_at, "the form moved when the check came back"
    wait_for_tasks()
    window.close()


def test_the_first_tile_says_a_blocked_campaign_is_not_ready(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path
) -> None:
    window = demo_window
    qtbot.waitUntil(lambda: window.session.account is not None, timeout=10_000)
    check_forty(qtbot, window, tmp_path)
    message = window.message_page
    tile = message.tiles.tiles["ready"]
    assert tile.label.text() == "Ready to send"
    # Advertising cannot carry a customer's name (Decree 91): the check blocks it.
    message.channel_combo.setCurrentIndex(message.channel_combo.findData("qc"))
    qtbot.waitUntil(lambda: message.brand_combo.currentText() != "", timeout=10_000)
    with qtbot.waitSignal(message.checked, timeout=30_000):
        message.run_check()
    report = window.session.report
    assert report is not None and report.blocked
    assert "Ready" not in tile.label.text()
    assert tile.label.text().startswith("Cannot send yet: fix the"), tile.label.text()
    assert tile.accessibleName() == tile.label.text()
    # "The first problem below" is what blocks it (row problems and warnings come after).
    first = next(str(p) for p in report.problems if p.severity is Severity.BLOCKING)
    assert message.problems.item(0).text() == first
    assert not message.send_next_button.isVisible()
    # Unblocked again: ready again.
    message.channel_combo.setCurrentIndex(message.channel_combo.findData("fixed"))
    with qtbot.waitSignal(message.checked, timeout=30_000):
        message.run_check()
    assert tile.label.text() == "Ready to send"


def test_the_empty_problems_list_says_what_it_will_hold(qtbot: QtBot) -> None:
    """Before the first check it was a large blank white box under the tiles."""
    from esms_desktop.gui.widgets import HintedList

    def inked(widget: HintedList) -> int:
        image = widget.grab().toImage()
        mid = image.height() // 2
        return len(
            {image.pixel(x, y) for x in range(image.width()) for y in range(mid - 8, mid + 8)}
        )

    listed = HintedList("What the check finds is listed here.")
    qtbot.addWidget(listed)
    listed.resize(420, 160)
    assert inked(listed) > 2  # the words, in the muted colour
    listed.addItem("")
    assert inked(listed) <= 2  # an item: the list as it is, no words over it


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("size", [(1024, 700), (1366, 768)], ids=["1024x700", "1366x768"])
def test_the_tiles_keep_their_height_when_a_check_is_blocked(
    qtbot: QtBot, app_home: Path, tmp_path: Path, size: tuple[int, int], lang: str
) -> None:
    """A blocked check's first tile says more ("Cannot send yet: fix the first problem
    below"): it wrapped to a second line and the problems list moved down ~14 px."""
    window = shown_demo_window(qtbot, size, lang)
    window.go(window.MESSAGE)
    check_forty(qtbot, window, tmp_path)
    window.go(window.MESSAGE)
    message = window.message_page
    report = window.session.report
    assert report is not None and not report.blocked

    def places() -> tuple[int, int, int]:
        qtbot.wait(20)
        top = message.problems.mapTo(message, QPoint(0, 0)).y()
        return message.tile_band.height(), message.tiles.tiles["ready"].height(), top

    ready = places()
    # Advertising cannot carry a customer's name (Decree 91): the check blocks it.
    message.channel_combo.setCurrentIndex(message.channel_combo.findData("qc"))
    qtbot.waitUntil(lambda: message.brand_combo.currentText() != "", timeout=10_000)
    message.content_edit.setPlainText("Chao {Tên}")
    with qtbot.waitSignal(message.checked, timeout=30_000):
        message.run_check()
    blocked = window.session.report
    assert blocked is not None and blocked.blocked
    # The form above may differ (advertising says more): the tiles keep their height.
    assert places()[:2] == ready[:2], "the tiles changed height"
    label = message.tiles.tiles["ready"].label
    assert label.height() >= label.heightForWidth(label.width()), "the caption is cut"
    wait_for_tasks()
    window.close()
