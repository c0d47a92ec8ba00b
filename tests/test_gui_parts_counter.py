"""The Message page's counter says what the campaign's messages come to over every
customer (a long name makes one message longer), not the preview customer's alone;
the core counts it as the check does."""

from __future__ import annotations

from pathlib import Path

from files import write_text
from gui_helpers import open_list
from pytestqt.qtbot import QtBot

from esms_desktop.checks.run import run_checks
from esms_desktop.checks.sizes import message_sizes
from esms_desktop.gui.main_window import MainWindow
from esms_desktop.gui.pages.message import MessagePage
from esms_desktop.message.spec import CampaignSpec, Channel
from esms_desktop.recipients.recipient_list import open_recipients

TEXT = "Chao {Tên}, cam on ban da mua hoa tai Shop Hoa Demo. Hen gap lai ban trong thang nay nhe, ban nhe!"
LONG = "Nguyen Thi Hoang Anh Phuong Thao Le Tran Bao Ngoc Minh Chau Khanh Linh"


def customers(folder: Path) -> Path:
    rows = [["Tên", "SĐT"], ["Lan", "0961234501"], [LONG, "0961234502"], ["Duc", "0961234503"]]
    return write_text(folder / "khach.csv", rows)


def typed(
    qtbot: QtBot, window: MainWindow, folder: Path, text: str, preview_row: int | None = None
) -> MessagePage:
    """The customers open, ``text`` typed as a fixed-number SMS on the Message page (the
    preview on ``preview_row``), and the SMS counter filled in."""
    open_list(qtbot, window, customers(folder))
    message = window.message_page
    window.go(window.MESSAGE)
    message.channel_combo.setCurrentIndex(message.channel_combo.findData("fixed"))
    message.content_edit.setPlainText(text)
    if preview_row is not None:
        message.preview_row.setValue(preview_row)
    qtbot.waitUntil(lambda: "Each message" in message.counter.text(), timeout=5_000)
    return message


def test_the_counter_says_the_campaign_not_the_preview_customer(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path
) -> None:
    window = demo_window
    message = typed(qtbot, window, tmp_path, TEXT, preview_row=1)
    said = message.counter.text()  # Lan's message: one part; the long name's takes two
    assert "1 to 2 SMS parts" in said, said
    assert "row 3" in said, said  # the long name's row (the title is row 1)
    assert "this customer's: 1 part" in said, said
    with qtbot.waitSignal(message.checked, timeout=30_000):
        message.run_check()
    report = window.session.report
    assert report is not None
    assert sorted(set(report.parts.values())) == [1, 2]  # what the counter said


def test_one_size_for_every_customer_is_said_once(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path
) -> None:
    message = typed(qtbot, demo_window, tmp_path, "Shop Hoa Demo cam on ban da mua hang!")
    said = message.counter.text()
    assert said.startswith("Each message: 1 SMS part(s), up to 37 characters, plain text"), said
    assert "this customer" not in said


def test_message_sizes_count_as_the_check_does(tmp_path: Path) -> None:
    recipients = open_recipients(customers(tmp_path))
    for plain in (False, True):
        text = TEXT.replace("Chao", "Chào") + " Cảm ơn"
        sizes = message_sizes(recipients, text, plain)
        assert sizes is not None
        spec = CampaignSpec(channel=Channel.FIXED_NUMBER, content=text, strip_diacritics=plain)
        report = run_checks(recipients, spec)
        assert (sizes.least, sizes.most) == (min(report.parts.values()), max(report.parts.values()))
        longest = max(report.parts, key=lambda row: (report.parts[row], len(report.messages[row])))
        assert sizes.longest_row == longest
        assert sizes.longest_characters == len(report.messages[longest])
        assert sizes.unicode_rows == (0 if plain else 3) and sizes.rows == 3
    assert message_sizes(recipients, "Chao {Không có}", False) is None
    assert message_sizes(recipients, "  ", False) is None
