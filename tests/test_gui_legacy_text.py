"""The Customers page says when names are in an old encoding, shows them, converts on a click."""

from __future__ import annotations

from pathlib import Path

import pytest
from files import write_xlsx
from legacy_encoders import to_tcvn3, to_vni
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from esms_desktop.app.user_text import UserMessage
from esms_desktop.gui import dialogs
from esms_desktop.gui.main_window import MainWindow

NAMES = ["Nguyễn Thị Hoàng", "Trần Văn Đức", "Lê Thị Ánh", "Phạm Quỳnh Anh", "John Smith"]


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[UserMessage]:
    shown: list[UserMessage] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, message: shown.append(message))
    return shown


@pytest.mark.parametrize(("encode", "name"), [(to_vni, "VNI-Windows"), (to_tcvn3, "TCVN3 (ABC)")])
def test_the_bar_previews_the_names_and_converts_them_on_a_click(
    qtbot: QtBot, demo_window: MainWindow, errors: list[UserMessage], tmp_path: Path,
    encode, name: str,  # type: ignore[no-untyped-def]
) -> None:  # fmt: skip
    rows = [[encode("Họ và tên"), encode("Số điện thoại")]] + [
        [encode(n), f"09612345{i:02d}"] for i, n in enumerate(NAMES)
    ]
    path = write_xlsx(tmp_path / "khach.xlsx", rows)
    window = demo_window
    page = window.recipients_page
    window.go(window.RECIPIENTS)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.open_path(path)
    bar = page.legacy_bar
    assert bar.isVisible(), "the bar is shown for a garbled file"
    text = bar.label.text()
    assert name in text and "Nguyễn Thị Hoàng" in text and encode("Nguyễn Thị Hoàng") in text
    assert bar.button.text() == "&Convert"
    assert window.session.recipients is not None
    # Garbled, but a row of texts over the numbers: the header, its names as read.
    mapping = window.session.recipients.mapping
    assert mapping.header_row == 1 and window.session.recipients.columns[0] == encode("Họ và tên")
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        qtbot.mouseClick(bar.button, Qt.MouseButton.LeftButton)
    recipients = window.session.recipients
    assert recipients is not None and recipients.legacy.converted is not None
    assert recipients.columns[:2] == ["Họ và tên", "Số điện thoại"]
    assert [r.values[0] for r in recipients.rows] == NAMES
    assert page.model.index(0, 2).data() in NAMES or any(
        page.model.index(0, c).data() == NAMES[0] for c in range(page.model.columnCount())
    )
    assert "Converted" in bar.label.text() and bar.button.text() == "&Undo"
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        qtbot.mouseClick(bar.button, Qt.MouseButton.LeftButton)
    assert window.session.recipients is not None
    assert window.session.recipients.legacy.converted is None and bar.button.text() == "&Convert"
    assert errors == []


def test_the_bar_stays_hidden_for_a_correct_file(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path
) -> None:
    rows = [["Họ và tên", "SĐT"]] + [[n, f"09612345{i:02d}"] for i, n in enumerate(NAMES)]
    page = demo_window.recipients_page
    demo_window.go(demo_window.RECIPIENTS)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.open_path(write_xlsx(tmp_path / "khach.xlsx", rows))
    assert not page.legacy_bar.isVisible()


def test_a_path_too_long_is_a_plain_message_in_the_window(
    qtbot: QtBot, demo_window: MainWindow, errors: list[UserMessage], tmp_path: Path
) -> None:
    page = demo_window.recipients_page
    page.open_path(tmp_path / ("a" * 300 + ".xlsx"))
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert "too long for the system" in errors[0].text
    assert demo_window.session.recipients is None


def test_the_bar_and_the_table_agree_on_the_rows_held_back(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path
) -> None:
    """The bar said rows were held back while the table still marked them "Ready" until a
    check ran: whatever the moment, the rows the table marks and the bar's count agree."""
    name = to_vni("Họ và tên")
    rows = [[name, to_vni("Số điện thoại")]] + [
        [to_vni(n), f"09612345{i:02d}"] for i, n in enumerate(NAMES)
    ]
    window = demo_window
    page = window.recipients_page
    window.go(window.RECIPIENTS)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.open_path(write_xlsx(tmp_path / "khach.xlsx", rows))
    model = page.model

    def marked() -> list[str]:
        """The names of the rows the table marks as held back (not "Ready")."""
        assert model.recipients is not None
        return [r.values[0] for r in model.recipients.rows if model.state_text(r) != "Ready"]

    garbled = [to_vni(n) for n in NAMES[:4]]  # "John Smith" reads the same in any encoding
    # Before any check: the four garbled rows are held back, in the table as in the bar.
    assert marked() == garbled
    assert "so 4 rows are held back" in page.legacy_bar.label.text()
    assert "Ready: 1. Cannot send: 4." in page.summary.text()
    recipients = model.recipients
    assert recipients is not None
    assert "garbled" in model.problem_text(recipients.rows[0])
    page.filter_combo.setCurrentIndex(page.filter_combo.findData("problem"))
    assert page.proxy.rowCount() == 4
    page.filter_combo.setCurrentIndex(page.filter_combo.findData("all"))
    # A message with the names: the check holds back the same rows.
    message = window.message_page
    message.channel_combo.setCurrentIndex(message.channel_combo.findData("fixed"))
    message.content_edit.setPlainText("Chao {" + name + "}")
    with qtbot.waitSignal(message.checked, timeout=30_000):
        message.run_check()
    assert marked() == garbled
    assert "so 4 rows are held back" in page.legacy_bar.label.text()
    # A message without them: no row held back, and the bar says so.
    message.content_edit.setPlainText("Shop Hoa Demo cam on ban")
    with qtbot.waitSignal(message.checked, timeout=30_000):
        message.run_check()
    assert marked() == []
    assert "no row is held back" in page.legacy_bar.label.text()
