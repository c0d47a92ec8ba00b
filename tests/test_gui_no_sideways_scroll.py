"""At 1024x700, in Vietnamese and in English, no page and no main table scrolls
sideways, once filled: the sample list, a check, a send, its history. (Only Vietnamese
was tried, taken for the longer texts: History's English buttons were wider, and the
page scrolled sideways at 1024x700, its Delete button and Cost column out of sight.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QScrollArea, QTableView
from pytestqt.qtbot import QtBot

from esms_desktop.gui import dialogs
from esms_desktop.gui.launch import create_window
from esms_desktop.gui.workers import wait_for_tasks


def sideways(window) -> dict[str, str]:  # type: ignore[no-untyped-def]
    found = {}
    for step, page in enumerate(window.pages):
        window.go(step)
        scroll = page.parentWidget().parentWidget()
        assert isinstance(scroll, QScrollArea)
        if scroll.horizontalScrollBar().maximum() > 0:
            found[page.objectName()] = f"page {page.minimumSizeHint().width()} px wide"
        for table in page.findChildren(QTableView):
            if table.isVisibleTo(page) and table.horizontalScrollBar().maximum() > 0:
                header = table.horizontalHeader()
                wide = sum(header.sectionSize(c) for c in range(header.count())
                           if not header.isSectionHidden(c))  # fmt: skip
                found[table.objectName()] = f"{wide} px in {table.viewport().width()}"
    return found


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("size", [(1024, 700), (1366, 768)], ids=["1024x700", "1366x768"])
def test_no_page_or_main_table_scrolls_sideways(
    qtbot: QtBot,
    app_home: Path,
    monkeypatch: pytest.MonkeyPatch,
    size: tuple[int, int],
    lang: str,
) -> None:
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    window = create_window(demo=True, lang=lang)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitUntil(lambda: window.session.account is not None, timeout=10_000)
    recipients, message, send = window.recipients_page, window.message_page, window.send_page
    with qtbot.waitSignal(recipients.loaded, timeout=30_000):
        recipients.empty.button.click()
    qtbot.waitUntil(lambda: message.brand_combo.count() > 0, timeout=10_000)
    message.use_sample_message()
    qtbot.waitUntil(lambda: message.template_combo.count() > 0, timeout=10_000)
    with qtbot.waitSignal(message.checked, timeout=30_000):
        message.run_check()
    with qtbot.waitSignal(send.finished, timeout=60_000):
        message.send_next_button.click()
    qtbot.waitUntil(lambda: send.worker is None, timeout=10_000)
    with qtbot.waitSignal(window.history_page.loaded, timeout=10_000):
        window.history_page.reload()
    window.history_page.campaign_table.selectRow(0)
    qtbot.waitUntil(lambda: window.history_page.messages.rowCount() > 0, timeout=10_000)
    qtbot.wait(50)
    found = sideways(window)
    window.go(window.HISTORY)
    qtbot.wait(10)
    cut = titles_cut(window.history_page.campaign_table)
    # A campaign is told apart by its name: it shows whole, or at least 24 characters.
    table = window.history_page.campaign_table
    name = str(table.model().data(table.model().index(0, 2)))
    metrics = table.fontMetrics()
    wanted = min(metrics.horizontalAdvance(name), metrics.averageCharWidth() * 24) + 6
    wait_for_tasks()
    send.wait()
    window.close()
    assert not found, found
    assert not cut, cut
    assert table.columnWidth(2) >= wanted, (name, table.columnWidth(2))


def titles_cut(table: QTableView) -> list[str]:
    """The titles whose longest word does not fit their column, or that the header
    is too low to show whole once wrapped."""
    header = table.horizontalHeader()
    metrics = header.fontMetrics()
    found = []
    for c in range(header.count()):
        title = str(table.model().headerData(c, Qt.Orientation.Horizontal))
        width = header.sectionSize(c)
        if max(metrics.horizontalAdvance(w) for w in title.split()) + 8 > width:
            found.append(f"{title!r} in {width} px")
        flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
        tall = metrics.boundingRect(QRect(0, 0, width - 8, 500), flags, title).height()
        if tall > header.height():
            found.append(f"{title!r}: {tall} px high in a {header.height()} px header")
    return found


def test_the_finder_sees_a_table_that_scrolls_sideways(qtbot: QtBot, app_home: Path) -> None:
    window = create_window(demo=True, lang="vi")
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    window.account_page.status.setMinimumWidth(2000)  # wider than the window
    with qtbot.waitSignal(window.recipients_page.loaded, timeout=30_000):
        window.recipients_page.empty.button.click()
    window.recipients_page.table.horizontalHeader().setMinimumSectionSize(3000)
    qtbot.wait(50)
    found = sideways(window)
    assert "accountPage" in found and "recipientsTable" in found, found
    wait_for_tasks()
    window.close()
