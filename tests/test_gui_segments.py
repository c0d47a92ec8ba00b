"""The window's segment filter row and consent setting: the same counts as the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_segments_consent import CONSENTED, IN_SEGMENT, QC, two_hundred

from esms_desktop.cli.main import main
from esms_desktop.gui import dialogs
from esms_desktop.gui.main_window import MainWindow


@pytest.fixture
def window(demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    monkeypatch.setattr(dialogs, "inform", lambda *a, **k: None)
    return demo_window


def open_list(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    page = window.recipients_page
    window.go(window.RECIPIENTS)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.open_path(path)


def test_filter_row_counts_like_the_command_line(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = two_hundred(tmp_path)
    main(["--demo", "check", str(path), "--channel", "fixed", "--content", "x", "--json",
          "--where", "Nhóm=VIP", "--where", "Ngày mua cuối<-90d"])  # fmt: skip
    cli_count = json.loads(capsys.readouterr().out)["in_segment"]
    open_list(qtbot, window, path)
    bar = window.recipients_page.segment_bar
    with qtbot.waitSignal(bar.counted, timeout=10_000) as first:
        bar.set_condition("Nhóm", "=", "VIP")
    assert first.args == [100]
    qtbot.mouseClick(bar.and_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(bar.counted, timeout=10_000) as both:
        bar.set_condition("Ngày mua cuối", "<", "-90d")
    assert both.args == [cli_count] == [len(IN_SEGMENT)]
    assert "67 of 200 customers" in bar.status.text()
    assert window.session.segment == ("Nhóm=VIP", "Ngày mua cuối<-90d")

    # The check and the send use the segment, and consent for advertising.
    message = window.message_page
    window.go(window.MESSAGE)
    message.channel_combo.setCurrentIndex(message.channel_combo.findData("qc"))
    assert message.consent_check.isVisible()
    message.content_edit.setPlainText(QC)
    message.brand_combo.setCurrentText("SHOPHOA_QC")
    with qtbot.waitSignal(message.checked, timeout=20_000):
        qtbot.mouseClick(message.check_button, Qt.MouseButton.LeftButton)
    report = window.session.report
    assert report is not None
    assert sorted(r.row for r in report.sendable) == [i + 2 for i in CONSENTED]
    assert report.in_segment == len(IN_SEGMENT)
    texts = [message.problems.item(i).text() for i in range(message.problems.count())]
    assert any("Not in this segment" in t for t in texts)
    assert any("No consent recorded (Law 91/2025)" in t for t in texts)

    # Changing the segment drops the check: it no longer describes what would be sent.
    window.go(window.RECIPIENTS)
    with qtbot.waitSignal(bar.counted, timeout=10_000):
        bar.set_condition("Ngày mua cuối", "<", "-200d")
    assert window.session.report is None


def test_bad_condition_is_said_and_blocks_rather_than_sending_to_all(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    open_list(qtbot, window, two_hundred(tmp_path))
    bar = window.recipients_page.segment_bar
    bar.set_condition("Nhóm", ">", "VIP")
    qtbot.waitUntil(lambda: "numbers or dates only" in bar.status.text(), timeout=10_000)
    assert window.session.segment == ("Nhóm>VIP",)
    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    assert window.session.segment == () and bar.status.text() == ""


def test_consent_setting_is_saved(qtbot: QtBot, app_home: Path) -> None:
    """Saved for the shop's own account (demo mode keeps its own to itself: see
    test_demo_and_real)."""
    from esms_desktop.gui.launch import create_window
    from esms_desktop.gui.workers import wait_for_tasks

    window = create_window(demo=False, lang="en")
    qtbot.addWidget(window)
    window.show()
    message = window.message_page
    window.go(window.MESSAGE)
    message.channel_combo.setCurrentIndex(message.channel_combo.findData("qc"))
    message.consent_check.setChecked(True)
    from esms_desktop.app.settings import Settings

    assert Settings.load().assume_consent is True
    assert message.current_spec().assume_consent is True
    message.channel_combo.setCurrentIndex(message.channel_combo.findData("cskh"))
    assert not message.consent_check.isVisible()
    wait_for_tasks()
    window.close()
