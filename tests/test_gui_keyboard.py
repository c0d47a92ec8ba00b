"""The window by keyboard alone: Tab goes from field to field, never into the message
text (an invisible tab character made a plain SMS Unicode: three times the price) nor
round every cell of a table; and a text pasted with Word's or Excel's invisible
characters goes plain once "without diacritics" is chosen."""

from __future__ import annotations

from pathlib import Path

import pytest
from files import write_text
from gui_helpers import open_list
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from esms_desktop.base.texts import say
from esms_desktop.checks.run import run_checks
from esms_desktop.gui.main_window import MainWindow
from esms_desktop.message.spec import CampaignSpec, Channel
from esms_desktop.recipients.recipient_list import open_recipients
from esms_desktop.telecom.sms_text import measure, remove_diacritics

TEXT = (
    "Shop Hoa cam on ban da mua hang. Giam 10% cho lan mua sau khi dua tin nhan nay. "
    "Lien he 0913000111 de dat hoa. Chuc ban mot ngay vui ve!"
)


def _customers(folder: Path) -> Path:
    rows = [["Tên", "SĐT"]] + [[f"Khach {i}", f"09612345{i:02d}"] for i in range(30)]
    return write_text(folder / "khach.csv", rows)


def test_tab_in_the_message_goes_to_the_next_field(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path
) -> None:
    window = demo_window
    open_list(qtbot, window, _customers(tmp_path))
    window.go(window.MESSAGE)
    edit = window.message_page.content_edit
    edit.setPlainText(TEXT)
    edit.setFocus()
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    QTest.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.toPlainText() == TEXT  # no tab character typed into the SMS
    assert measure(edit.toPlainText()).parts == 1
    assert QApplication.focusWidget() is not edit


@pytest.mark.parametrize("page", ["recipients", "history", "send"])
def test_tab_leaves_every_table(qtbot: QtBot, demo_window: MainWindow, page: str) -> None:
    owner = getattr(demo_window, f"{page}_page")
    tables = owner.findChildren(QTableView)
    assert tables
    for table in tables:  # Tab moving cell by cell held the keyboard in a 1,000-row list
        assert not table.tabKeyNavigation(), table.objectName()


@pytest.mark.parametrize(
    ("pasted", "plain"),
    [
        ("Cam on ban\tda mua hang", "Cam on ban da mua hang"),  # a tab between two cells
        ("Giá\u00a0tốt – “mua ngay”…", 'Gia tot - "mua ngay"...'),  # Word's spaces, dash
        ("Chao\u200b ban\ufeff", "Chao ban"),  # zero-width marks from the web
        # Iceland's eth typed or decoded for Vietnam's "Đ" (cp1252 for cp1258, the web):
        # the same letter on screen, yet it kept "Chao Ðuc" Unicode: 2 parts, not 1.
        ("ÐẶNG Văn Ðức, ðường Lê Lợi", "DANG Van Duc, duong Le Loi"),
    ],
)
def test_without_diacritics_a_pasted_text_goes_plain(pasted: str, plain: str) -> None:
    assert measure(pasted).unicode
    assert remove_diacritics(pasted) == plain
    assert not measure(remove_diacritics(pasted)).unicode


@pytest.mark.parametrize("text", [TEXT.replace(". ", ".\t", 1), "{Tên}\u00a0" + TEXT])
def test_the_check_says_what_makes_a_plain_looking_text_unicode(tmp_path: Path, text: str) -> None:
    recipients = open_recipients(_customers(tmp_path))
    report = run_checks(recipients, CampaignSpec(channel=Channel.FIXED_NUMBER, content=text))
    said = [say(p.reason) for p in report.problems if p.code == "look_alike"]
    assert said and "tab" in said[0], report.problems  # 3 parts a message, not 1
    assert set(report.parts.values()) == {3}
    plain = CampaignSpec(channel=Channel.FIXED_NUMBER, content=text, strip_diacritics=True)
    report = run_checks(recipients, plain)
    assert set(report.parts.values()) == {1}
    assert not [p for p in report.problems if p.code == "look_alike"]


def test_a_name_with_an_eth_for_d_goes_plain_without_diacritics(tmp_path: Path) -> None:
    rows = [["Tên", "SĐT"], ["Ðức", "0961234500"], ["Ðặng Thị Ðào", "0961234501"]]
    recipients = open_recipients(write_text(tmp_path / "eth.csv", rows))
    text = "Chao {Tên}, " + "x" * 120  # 1 plain part, 2 as Unicode
    plain = CampaignSpec(channel=Channel.FIXED_NUMBER, content=text, strip_diacritics=True)
    report = run_checks(recipients, plain)
    assert set(report.parts.values()) == {1}, report.parts


def test_a_text_with_diacritics_is_not_said_to_look_plain(tmp_path: Path) -> None:
    recipients = open_recipients(_customers(tmp_path))
    spec = CampaignSpec(channel=Channel.FIXED_NUMBER, content="Cảm ơn {Tên}\t– hẹn gặp lại")
    report = run_checks(recipients, spec)
    assert not [p for p in report.problems if p.code == "look_alike"]
