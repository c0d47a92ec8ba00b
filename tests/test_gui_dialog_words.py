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
