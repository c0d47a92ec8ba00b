"""Every page is usable on a 1024x700 screen and a 1366x768 laptop: nothing squashed or cut off.

A control is squashed when it is smaller than its own minimum size hint (clipped
text), and cut off when it lies outside its page (unreachable even by scrolling).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QSpinBox,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from esms_desktop.app.resources import sample_file
from esms_desktop.gui import dialogs
from esms_desktop.gui.launch import create_window
from esms_desktop.gui.main_window import MainWindow
from esms_desktop.gui.workers import wait_for_tasks

CONTROLS = (QAbstractButton, QComboBox, QLineEdit, QSpinBox)


def problems(window: MainWindow) -> list[str]:
    page = window.current_page()
    found = []
    for w in page.findChildren(QWidget):
        if not isinstance(w, CONTROLS) or not w.isVisibleTo(page):
            continue
        if isinstance(w.parentWidget(), QComboBox | QAbstractSpinBox):
            continue  # the editor inside a combo box or spin box: its owner is checked
        hint = w.minimumSizeHint()
        name = w.objectName() or type(w).__name__
        if w.width() < hint.width() - 1 or w.height() < hint.height() - 1:
            found.append(
                f"{name} squashed: {w.width()}x{w.height()} < {hint.width()}x{hint.height()}"
            )
        corner = w.mapTo(page, w.rect().bottomRight())
        if corner.x() > page.width() or corner.y() > page.height():
            found.append(f"{name} outside the page at {corner.x()},{corner.y()}")
    return found


def phones_cut(table: QTableView) -> list[str]:
    """The phone columns (the checked number and the file's own) narrower than a whole
    number, or than one of the first rows' numbers, or whose title is cut."""
    model = table.model()
    header = table.horizontalHeader()
    metrics = table.fontMetrics()
    columns = [c for c in range(model.columnCount()) if "điện thoại" in str(
        model.headerData(c, Qt.Orientation.Horizontal)).lower() or model.headerData(
        c, Qt.Orientation.Horizontal) == "Phone"]  # fmt: skip
    assert len(columns) == 2, "the checked number and the file's own"
    found = []
    for c in columns:
        width = table.columnWidth(c)
        if width < metrics.horizontalAdvance("0961 234 567") + 8:
            found.append(f"column {c}: {width} px, narrower than a phone number")
        for row in range(min(20, model.rowCount())):
            text = str(model.data(model.index(row, c)) or "")
            if " " not in text and metrics.horizontalAdvance(text) + 8 > width:
                found.append(f"column {c}: {text!r} cut in {width} px")
        title = str(model.headerData(c, Qt.Orientation.Horizontal))
        longest = max(header.fontMetrics().horizontalAdvance(w) for w in title.split())
        if longest + 8 > header.sectionSize(c):
            found.append(f"column {c}: title {title!r} cut")
    return found


@pytest.mark.parametrize("size", [(1024, 700), (1366, 768)], ids=["1024x700", "1366x768"])
def test_every_page_and_channel_fits(
    qtbot: QtBot, app_home: Path, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    window = create_window(demo=True, lang="vi")  # the longer texts
    qtbot.addWidget(window)
    window.show()
    window.resize(*size)
    qtbot.waitUntil(lambda: window.session.account is not None, timeout=10_000)
    with qtbot.waitSignal(window.recipients_page.loaded, timeout=30_000):
        window.recipients_page.open_path(sample_file())
    window.go(window.RECIPIENTS)
    qtbot.wait(10)
    assert not phones_cut(window.recipients_page.table)
    found: dict[str, list[str]] = {}
    for step in range(5):
        window.go(step)
        qtbot.wait(10)
        found[f"page {step}"] = problems(window)
    window.go(window.MESSAGE)
    message = window.message_page
    for i in range(message.channel_combo.count()):
        message.channel_combo.setCurrentIndex(i)
        if "zalo" in str(message.channel_combo.currentData()):
            qtbot.waitUntil(lambda: bool(message.zalo_box.param_combos), timeout=10_000)
        qtbot.wait(10)
        found[f"channel {message.channel_combo.currentData()}"] = problems(window)
        cskh = message.channel_combo.currentData() in ("cskh", "zalo-sms")
        assert message.template_label.isVisibleTo(message) == cskh
    wait_for_tasks()
    window.close()
    assert not {k: v for k, v in found.items() if v}


def test_the_window_fits_the_screen_and_remembers_its_size(qtbot: QtBot, app_home: Path) -> None:
    window = create_window(demo=True, lang="en")
    qtbot.addWidget(window)
    screen = window.screen().availableGeometry()
    assert window.width() <= screen.width() and window.height() <= screen.height()
    window.show()
    window.resize(760, 540)  # within the offscreen test screen (800x600)
    wait_for_tasks()
    window.close()
    again = create_window(demo=True, lang="en")
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (760, 540)
    again.close()


def test_a_failure_shows_its_whole_phone_number(qtbot: QtBot, app_home: Path) -> None:
    """Failures arrive one by one during a send; the phone column must grow to fit them."""
    from esms_desktop.sending import Failure

    window = create_window(demo=True, lang="en")  # "Phone" is narrower than a number
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.go(window.SEND)
    page = window.send_page
    table = page.failures_table
    page.failures.add(Failure(24, "0912340099", "99", "blocked"))
    qtbot.waitUntil(lambda: table.columnWidth(1) >= table.sizeHintForColumn(1), timeout=3000)
    assert table.columnWidth(1) > table.horizontalHeader().sectionSizeHint(1)
