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
    assert bar.button.text() == "Convert"
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
    assert "Converted" in bar.label.text() and bar.button.text() == "Undo"
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        qtbot.mouseClick(bar.button, Qt.MouseButton.LeftButton)
    assert window.session.recipients is not None
    assert window.session.recipients.legacy.converted is None and bar.button.text() == "Convert"
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
