"""The message library in the window: save the message written, pick a saved one, and the
command line sees the same library (and the reverse)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from esms_desktop.cli.main import main
from esms_desktop.gui.main_window import MainWindow
from esms_desktop.message.spec import ParamSource
from esms_desktop.simulator.accounts import DEMO_OA_ACTIVE

TEXT = "Cam on {Họ và tên} da mua hoa tai Shop Hoa Demo. Ma don hang cua ban la {Mã đơn}."


def test_save_and_pick_in_the_window(
    qtbot: QtBot, demo_window: MainWindow, capsys: pytest.CaptureFixture[str]
) -> None:
    window = demo_window
    message, box = window.message_page, window.message_page.library_box
    window.go(window.MESSAGE)
    message.channel_combo.setCurrentIndex(message.channel_combo.findData("fixed"))
    message.content_edit.setPlainText(TEXT)
    box.name_edit.setText("Cảm ơn đơn")
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.combo.count() == 1 and box.loaded is not None, timeout=10_000)
    assert "Saved" in box.status.text()
    assert message.current_spec().library_entry == "Cảm ơn đơn"
    message.content_edit.setPlainText("something else")
    assert message.current_spec().library_entry == ""  # the form no longer holds it

    # The command line sees it.
    main(["--demo", "library", "show", "Cảm ơn đơn"])
    assert TEXT in capsys.readouterr().out
    # One saved by the command line appears in the window, and is picked.
    main(["--demo", "library", "save", "QC tuần", "--channel", "qc",
          "--brandname", "SHOPHOA_QC", "--content", "[QC] Giam 20%"])  # fmt: skip
    with qtbot.waitSignal(box.listed, timeout=10_000):
        box.reload()
    assert box.combo.findData("QC tuần") >= 0, "the newest listing holds the saved message"
    box.combo.setCurrentIndex(box.combo.findData("QC tuần"))
    qtbot.mouseClick(box.use_button, Qt.MouseButton.LeftButton)
    assert message.channel == "qc"
    assert message.content_edit.toPlainText() == "[QC] Giam 20%"
    assert message.brand_combo.currentText() == "SHOPHOA_QC"
    assert message.current_spec().library_entry == "QC tuần"


def test_pick_a_zalo_message(qtbot: QtBot, demo_window: MainWindow) -> None:
    window = demo_window
    qtbot.waitUntil(lambda: window.session.account is not None, timeout=10_000)
    main(["--demo", "library", "save", "ZNS đơn", "--channel", "zalo", "--oaid", DEMO_OA_ACTIVE,
          "--template-id", "226012", "--param", "customer_name=Họ và tên",
          "--param-value", "amount=100000"])  # fmt: skip
    message, box = window.message_page, window.message_page.library_box
    window.go(window.MESSAGE)
    with qtbot.waitSignal(box.listed, timeout=10_000):
        box.reload()
    assert box.combo.findData("ZNS đơn") >= 0, "the newest listing holds the saved message"
    box.combo.setCurrentIndex(box.combo.findData("ZNS đơn"))
    qtbot.mouseClick(box.use_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: message.zalo_box.params().get("amount") == ParamSource(value="100000"),
        timeout=10_000,
    )
    assert message.zalo_box.template_id == "226012"
    params = message.zalo_box.params()
    assert params["amount"] == ParamSource(value="100000")
    assert message.current_spec().library_entry == "ZNS đơn"
