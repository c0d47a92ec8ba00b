"""Customers page, in Vietnamese: a row's problem reads whole. At 1366x768 in its column
(on two lines); at 1024x700, where the column is too narrow, under the table for the
selected row (it was in a tooltip only), and in the column its short form, read whole
(the column showed the start of each problem, "Số cố định (bàn):…")."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from esms_desktop.app.resources import sample_file
from esms_desktop.gui.launch import create_window
from esms_desktop.gui.models import RecipientsModel
from esms_desktop.gui.workers import wait_for_tasks


@pytest.mark.parametrize("size", [(1024, 700), (1366, 768)], ids=["1024x700", "1366x768"])
def test_a_rows_problem_reads_whole(qtbot: QtBot, app_home: Path, size: tuple[int, int]) -> None:
    window = create_window(demo=True, lang="vi")
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    page = window.recipients_page
    window.go(window.RECIPIENTS)
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        page.open_path(sample_file())
    qtbot.wait(20)
    table, model = page.table, page.model
    assert model.recipients is not None
    problems = {
        i: model.problem_text(r)
        for i, r in enumerate(model.recipients.rows)
        if model.problem_text(r)
    }
    assert len(problems) >= 4
    assert page.row_problem.text() == "Chọn một dòng để đọc đầy đủ vấn đề của dòng đó ở đây."
    for i, text in problems.items():
        table.selectRow(i)
        row = model.recipients.rows[i].row
        assert page.row_problem.text().startswith(f"Dòng {row} (")
        assert page.row_problem.text().endswith(f"): {text}")
    table.selectRow(0)  # a ready row
    assert page.row_problem.text().endswith("không có vấn đề gì.")
    if size == (1366, 768):
        metrics, width = table.fontMetrics(), table.columnWidth(RecipientsModel.PROBLEM) - 8
        flags = int(Qt.TextFlag.TextWordWrap)
        for i, text in problems.items():
            tall = metrics.boundingRect(QRect(0, 0, width, 1000), flags, text).height()
            assert tall <= table.rowHeight(i), (text, width)
    # What the column shows of each problem: the whole where it fits, else its short form,
    # read whole (on at most two lines, no word cut) either way.
    delegate = table.itemDelegateForColumn(RecipientsModel.PROBLEM)
    shown = {}
    for i, text in problems.items():
        option = QStyleOptionViewItem()
        table.initViewItemOption(option)
        index = page.proxy.index(i, RecipientsModel.PROBLEM)
        option.rect = table.visualRect(index)
        shown[i] = delegate.shown(option, index)
        assert delegate.fits(option, shown[i]), (shown[i], option.rect.width())
        assert shown[i] in (text, model.problem_short(model.recipients.rows[i]))
        assert index.data(Qt.ItemDataRole.ToolTipRole) == text  # whole in the tooltip
    if size == (1366, 768):
        assert shown == problems  # whole, as before
    else:
        assert shown[8] == "Số cố định (bàn)" and shown[9] == "Hai số trong một ô", shown
    assert table.horizontalScrollBar().maximum() == 0
    wait_for_tasks()
    window.close()


@pytest.mark.parametrize("size", [(1024, 700), (1366, 768)], ids=["1024x700", "1366x768"])
def test_a_problem_the_check_adds_reads_whole(
    qtbot: QtBot, app_home: Path, tmp_path: Path, size: tuple[int, int]
) -> None:
    """Found by trying the window: a list with no problem of its own, checked with a
    text that matches no registered template; every row then says why it is left out,
    in a column still as narrow as its title ("Không khớp ...")."""
    from files import write_text

    window = create_window(demo=True, lang="vi")
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitUntil(lambda: window.session.account is not None, timeout=10_000)
    page = window.recipients_page
    window.go(window.RECIPIENTS)
    rows = [["Họ và tên", "Số điện thoại", "Ghi chú"]] + [
        [f"Khách {i}", f"09612345{i:02d}", "Khách quen"] for i in range(5)
    ]
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        page.open_path(write_text(tmp_path / "a.csv", rows))
    window.go(window.MESSAGE)
    message = window.message_page
    message.channel_combo.setCurrentIndex(message.channel_combo.findData("cskh"))
    qtbot.waitUntil(lambda: message.brand_combo.currentText() != "", timeout=10_000)
    message.content_edit.setPlainText("Xin chao {Họ và tên}, shop giam gia hom nay")
    with qtbot.waitSignal(message.checked, timeout=30_000):
        message.run_check()
    report = window.session.report
    assert report is not None and not report.sendable
    window.go(window.RECIPIENTS)
    qtbot.wait(20)
    table = page.table
    delegate = table.itemDelegateForColumn(RecipientsModel.PROBLEM)
    for i in range(5):
        index = page.proxy.index(i, RecipientsModel.PROBLEM)
        assert index.data(Qt.ItemDataRole.ToolTipRole), "the check's reason"
        option = QStyleOptionViewItem()
        table.initViewItemOption(option)
        option.rect = table.visualRect(index)
        shown = delegate.shown(option, index)
        assert delegate.fits(option, shown), (shown, option.rect.width())
    assert table.horizontalScrollBar().maximum() == 0
    wait_for_tasks()
    window.close()
