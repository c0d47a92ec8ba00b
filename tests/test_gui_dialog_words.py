"""A question's buttons speak the window's language even when only one is named (the
other was the English "OK" or "Cancel" in the Vietnamese window)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from esms_desktop.gui import dialogs, i18n


@pytest.mark.parametrize(
    ("named", "other"), [({"yes": "Dừng hẳn"}, "Hủy"), ({"no": "Giữ"}, "Đồng ý")]
)
def test_the_unnamed_button_is_vietnamese(
    qtbot: QtBot, app_home: Path, named: dict[str, str], other: str
) -> None:
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.extend(b.text() for b in box.buttons())
        box.reject()

    try:
        i18n.install("vi")
        QTimer.singleShot(0, answer)
        dialogs.confirm(None, "Dừng", "Dừng chiến dịch?", **named)
    finally:
        i18n.install("en")
    assert other in seen and "OK" not in seen and "Cancel" not in seen, seen


@pytest.mark.parametrize("named", [{}, {"yes": "Send 40 messages"}], ids=["plain", "named"])
def test_enter_answers_no(qtbot: QtBot, app_home: Path, named: dict[str, str]) -> None:
    """Every question asks before money is spent or something is lost: Enter (a second
    press after "Send now") answered Yes to the plain question and sent the campaign."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    def press_enter() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press_enter)
            return
        QTest.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, press_enter)
    assert (
        dialogs.confirm(None, "Send messages", "Send 40 messages for 14,000 VND?", **named) is False
    )
