"""Drive the whole window in demo mode, as a shop owner would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from esms_desktop.app.user_text import UserMessage
from esms_desktop.gui import dialogs
from esms_desktop.gui.launch import create_window
from esms_desktop.gui.main_window import MainWindow
from esms_desktop.gui.workers import wait_for_tasks

ORDER = "Cam on {Họ và tên} da mua hoa tai Shop Hoa Demo. Ma don hang cua ban la {Mã đơn}."


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[UserMessage]:
    """Replace the message boxes: confirmations say yes, errors are collected."""
    shown: list[UserMessage] = []
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    monkeypatch.setattr(dialogs, "inform", lambda *a, **k: None)
    monkeypatch.setattr(dialogs, "show_error", lambda parent, message: shown.append(message))
    return shown


@pytest.fixture
def window(demo_window: MainWindow, errors: list[UserMessage]) -> MainWindow:
    """The demo window, with its message boxes replaced (``errors``)."""
    return demo_window


def connect(qtbot: QtBot, window: MainWindow) -> None:
    window.go(window.ACCOUNT)
    with qtbot.waitSignal(window.session.account_changed, timeout=10_000):
        qtbot.mouseClick(window.account_page.test_button, Qt.MouseButton.LeftButton)
    assert "2,000,000 đ" in window.account_page.status.text()  # English grouping


def open_sample(qtbot: QtBot, window: MainWindow) -> None:
    page = window.recipients_page
    window.go(window.RECIPIENTS)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        qtbot.mouseClick(page.sample_button, Qt.MouseButton.LeftButton)


def test_customer_care_path(qtbot: QtBot, window: MainWindow, errors: list[UserMessage],
                            tmp_path: Path) -> None:  # fmt: skip
    connect(qtbot, window)
    open_sample(qtbot, window)
    page = window.recipients_page
    assert page.table.model().rowCount() == 22
    assert "Cannot send: 3" in page.summary.text() and "Duplicates: 1" in page.summary.text()
    page.filter_combo.setCurrentIndex(page.filter_combo.findData("problem"))
    assert page.proxy.rowCount() == 3
    problems = {page.proxy.index(r, 4).data() for r in range(3)}
    assert "A landline: it cannot receive text messages" in problems

    message = window.message_page
    window.go(window.MESSAGE)
    message.channel_combo.setCurrentIndex(message.channel_combo.findData("cskh"))
    qtbot.waitUntil(lambda: message.template_combo.count() > 0, timeout=10_000)
    real_dialog = message.make_fill_dialog

    def filled(template: str, columns: list[str]):  # type: ignore[no-untyped-def]
        """The shop owner picks a column for each blank of the template and presses OK."""
        dialog = real_dialog(template, columns)
        qtbot.addWidget(dialog)
        assert [c.objectName() for c in dialog.pickers] == ["blank_P1", "blank_P2"]
        dialog.pickers[0].setCurrentText("Họ và tên")
        dialog.pickers[1].setCurrentText("Mã đơn")
        dialog.exec = lambda: QDialog.DialogCode.Accepted  # type: ignore[method-assign]
        return dialog

    message.make_fill_dialog = filled  # type: ignore[method-assign]
    qtbot.mouseClick(message.use_template, Qt.MouseButton.LeftButton)
    assert message.content_edit.toPlainText() == ORDER
    qtbot.mouseClick(message.plain_button, Qt.MouseButton.LeftButton)
    assert message.plain_check.isChecked()
    qtbot.waitUntil(lambda: "Matches the template for: Viettel" in message.match_label.text())
    assert "plain text" in message.counter.text()
    with qtbot.waitSignal(message.checked, timeout=20_000):
        qtbot.mouseClick(message.check_button, Qt.MouseButton.LeftButton)
    report = window.session.report
    assert report is not None and not report.blocked
    texts = [message.problems.item(i).text() for i in range(message.problems.count())]
    assert any("has no template on these numbers' carrier" in t for t in texts)
    assert "Ready to send" in message.price_label.text()
    page.filter_combo.setCurrentIndex(page.filter_combo.findData("problem"))
    assert page.proxy.rowCount() == 5  # the two carriers without a template joined the problems
    # The counts said above the table and in the status bar follow the check (they said
    # "Ready: 18" after it left two out).
    assert "After the check: 16 can be sent, 2 left out." in page.summary.text()
    assert "16 messages can be sent after the check" in window.statusBar().currentMessage()

    send = window.send_page
    window.go(window.SEND)
    assert send.send_button.isEnabled()
    with qtbot.waitSignal(send.finished, timeout=60_000) as blocker:
        qtbot.mouseClick(send.send_button, Qt.MouseButton.LeftButton)
    outcome = blocker.args[0]
    assert outcome.accepted == len(report.sendable) - 1 and outcome.failed == 1
    # The Customers page no longer says the checked list "can be sent": it was.
    assert "Sent as campaign 1 (see the Send and History pages)." in page.summary.text()
    assert "can be sent" not in page.summary.text()
    assert send.progress.value() == send.progress.maximum()
    assert send.failures.rowCount() == 1
    assert send.failures.index(0, 2).data() == "99"
    assert "Number blocked" in send.failures.index(0, 3).data()
    qtbot.waitUntil(lambda: send.worker is None, timeout=10_000)
    # eSMS answered 99 for one number: the app offers to never send to it again (the
    # numbers are read off the window).
    qtbot.waitUntil(send.optout_button.isVisible, timeout=5_000)
    assert send.optout_button.text() == "A&dd 1 blocked number to the do-not-send list"
    qtbot.mouseClick(send.optout_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not send.optout_button.isVisible(), timeout=5_000)  # written
    assert window.session.journal.opt_out_list() == ["0912340099"]
    # Delivery results are fetched without asking (the demo knows them after 5 s).
    qtbot.waitUntil(lambda: "Delivered:" in send.delivery.text(), timeout=15_000)
    target = tmp_path / "report.xlsx"
    send.export(target)
    qtbot.waitUntil(target.exists, timeout=10_000)

    history = window.history_page
    window.go(window.HISTORY)
    with qtbot.waitSignal(history.loaded, timeout=10_000):  # read off the window
        history.reload()
    assert history.campaigns.rowCount() == 1
    history.campaign_table.selectRow(0)
    # The messages are read on a worker thread: the table fills when they arrive.
    qtbot.waitUntil(lambda: history.messages.rowCount() == 22, timeout=10_000)

    def delivery_known() -> bool:
        """Ask again until the demo eSMS knows every result (about 2 s after sending)."""
        if "Still waiting: 0." in history.status.text():
            return True
        if history.refresh_button.isEnabled():
            history.refresh_status()
        return False

    qtbot.waitUntil(delivery_known, timeout=15_000)
    assert not errors, errors


def test_zalo_path(qtbot: QtBot, window: MainWindow, errors: list[UserMessage]) -> None:
    connect(qtbot, window)
    open_sample(qtbot, window)
    message = window.message_page
    window.go(window.MESSAGE)
    message.channel_combo.setCurrentIndex(message.channel_combo.findData("zalo"))
    assert message.zalo_box.isVisibleTo(window) and not message.sms_box.isVisibleTo(window)
    qtbot.waitUntil(lambda: bool(message.zalo_box.param_combos), timeout=10_000)
    assert message.zalo_box.param_combos["customer_name"].currentText() == "Họ và tên"
    assert message.zalo_box.param_combos["order_code"].currentText() == "Mã đơn"
    message.content_edit.setPlainText("SHOP HOA: giam 20% hom nay")  # left in the SMS box
    message.zalo_box.param_combos["amount"].setCurrentText("150000")
    with qtbot.waitSignal(message.checked, timeout=20_000):
        qtbot.mouseClick(message.check_button, Qt.MouseButton.LeftButton)
    report = window.session.report
    assert report is not None and not report.blocked, report and report.problems
    assert report.zalo_params[4] == ["Nguyễn Thị Lan", "DH1001", "150000"]
    # The preview is the Zalo message, never the SMS text of the hidden SMS box.
    message._update_preview()
    shown = message.preview.text()
    assert "SHOP HOA" not in shown and "Zalo template 226012" in shown, shown
    assert "customer_name = Nguyễn Thị Lan" in shown and "amount = 150000" in shown, shown
    send = window.send_page
    window.go(window.SEND)
    with qtbot.waitSignal(send.finished, timeout=60_000) as blocker:
        qtbot.mouseClick(send.send_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].accepted == len(report.sendable) - 1  # one number is blocked
    assert window.session.simulator is not None
    assert {a.channel for a in window.session.simulator.accepted} == {"zalo"}
    assert not errors, errors


def test_blocked_check_keeps_send_disabled(qtbot: QtBot, window: MainWindow) -> None:
    connect(qtbot, window)
    open_sample(qtbot, window)
    message = window.message_page
    window.go(window.MESSAGE)
    message.channel_combo.setCurrentIndex(message.channel_combo.findData("qc"))
    message.content_edit.setPlainText("[QC] Giam gia {Họ và tên}")
    with qtbot.waitSignal(message.checked, timeout=20_000):
        qtbot.mouseClick(message.check_button, Qt.MouseButton.LeftButton)
    assert window.session.report is not None and window.session.report.blocked
    assert "Cannot send yet" in message.price_label.text()
    assert not window.send_page.send_button.isEnabled()


def test_unreadable_file_is_explained(qtbot: QtBot, window: MainWindow, errors: list[UserMessage],
                                      tmp_path: Path) -> None:  # fmt: skip
    bad = tmp_path / "broken.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really")
    page = window.recipients_page
    page.open_path(bad)
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert errors[0].title == "Cannot read the file"
    assert errors[0].detail == "broken.xlsx"
    # The line on the page says why in words, not the reader's English and class name.
    summary = page.summary.text()
    assert "broken.xlsx" in summary and "damaged" in summary, summary
    assert "Error" not in summary and "Calamine" not in summary, summary
    assert window.session.recipients is None


def test_pause_resume_and_cancel(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    from files import write_text

    from esms_desktop.api.client import EsmsClient
    from esms_desktop.api.credentials import Credentials
    from esms_desktop.simulator import (
        DEMO_API_KEY,
        DEMO_SECRET_KEY,
        FaultPlan,
        SimulatorTransport,
    )

    rows = [["Tên", "SĐT"]] + [[f"Khach {i}", f"096{i:06d}1"] for i in range(120)]
    path = write_text(tmp_path / "120.csv", rows)
    sim = window.session.simulator
    assert sim is not None
    # A slower eSMS, so that there is time to press Pause.
    window.session.client = EsmsClient(
        Credentials(DEMO_API_KEY, DEMO_SECRET_KEY),
        transport=SimulatorTransport(sim, FaultPlan(latency=0.01)),
    )
    with qtbot.waitSignal(window.recipients_page.loaded, timeout=20_000):
        window.recipients_page.open_path(path)
    message = window.message_page
    message.channel_combo.setCurrentIndex(message.channel_combo.findData("fixed"))
    message.content_edit.setPlainText("Chao {Tên}")
    with qtbot.waitSignal(message.checked, timeout=20_000):
        message.run_check()
    send = window.send_page
    window.go(window.SEND)
    with qtbot.waitSignal(send.finished, timeout=60_000) as paused:
        send.confirm_and_send()
        qtbot.waitUntil(lambda: send.progress.value() >= 5, timeout=20_000)
        qtbot.mouseClick(send.pause_button, Qt.MouseButton.LeftButton)
    assert paused.args[0].state.value == "paused" and paused.args[0].remaining > 0
    qtbot.waitUntil(lambda: send.resume_button.isEnabled(), timeout=10_000)
    with qtbot.waitSignal(send.finished, timeout=60_000) as done:
        qtbot.mouseClick(send.resume_button, Qt.MouseButton.LeftButton)
    assert done.args[0].complete
    phones = [a.phone for a in sim.accepted]
    assert len(phones) == len(set(phones)) == 120


def test_keyring_unavailable_is_said_plainly(qtbot: QtBot, app_home: Path,
                                             errors: list[UserMessage]) -> None:  # fmt: skip
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        win = create_window(demo=False, lang="en")
        qtbot.addWidget(win)
        win.show()
        page = win.account_page
        page.profile_combo.setCurrentText("Shop")
        page.api_key.setText("real-looking-key-1")
        page.secret_key.setText("real-looking-secret-1")
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
        # Saved on a worker thread: a locked keyring must not freeze the window.
        qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    finally:
        keyring.set_keyring(previous)
    # No store at all: said as such, never "unlock" one that is not there.
    assert errors and errors[0].title == "No password store on this computer"
    assert (
        "Unlock" not in errors[0].action and "enter the keys each time" in errors[0].action.lower()
    )
    # The message offers to type the keys each time: they are used until the app closes.
    assert win.session.has_client and "not saved" in page.status.text()
    settings_file = app_home / "settings.json"
    assert not settings_file.exists() or b"real-looking" not in settings_file.read_bytes()
    wait_for_tasks()
    win.close()


def test_test_connection_asks_with_the_keys_typed(
    qtbot: QtBot, app_home: Path, memory_keyring, errors: list[UserMessage]
) -> None:  # type: ignore[no-untyped-def]
    """Typed keys were never used: "no keys" (raw) while the user had typed them, and with
    other keys in use, wrong typed keys were said "Connected" (found by clicking through)."""
    from esms_desktop.app.settings import Settings
    from esms_desktop.simulator import DEMO_API_KEY, DEMO_SECRET_KEY, SimulatorServer

    with SimulatorServer() as server:
        Settings(api_url=server.base_url).save()
        win = create_window(demo=False, lang="en")
        qtbot.addWidget(win)
        page = win.account_page
        qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)  # nothing typed
        assert "Type the ApiKey and SecretKey above first" in page.status.text() and not errors
        page.api_key.setText(DEMO_API_KEY)
        page.secret_key.setText(DEMO_SECRET_KEY)
        qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Balance: 2,000,000 đ" in page.status.text(), timeout=15_000)
        page.api_key.setText("WRONG-API-KEY-0001")
        qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "ApiKey" in page.status.text(), timeout=15_000)  # 101 said
        assert "Connected" not in page.status.text()
        wait_for_tasks()
        win.close()
    assert not errors


def test_saved_account_is_used_at_the_next_start(
    qtbot: QtBot, app_home: Path, memory_keyring, errors: list[UserMessage]
) -> None:  # type: ignore[no-untyped-def]
    from esms_desktop.api.credentials import Credentials
    from esms_desktop.app.keyring_store import KeyringStore
    from esms_desktop.app.settings import Settings
    from esms_desktop.simulator import DEMO_API_KEY, DEMO_SECRET_KEY, SimulatorServer

    with SimulatorServer() as server:
        Settings(api_url=server.base_url, profiles=["Shop"], active_profile="Shop").save()
        KeyringStore().save("Shop", Credentials(DEMO_API_KEY, DEMO_SECRET_KEY))
        win = create_window(demo=False, lang="en")
        qtbot.addWidget(win)
        qtbot.waitUntil(lambda: "Balance: 2,000,000 đ" in win.account_page.status.text(),
                        timeout=15_000)  # fmt: skip
        assert win.current_page() is win.recipients_page
        wait_for_tasks()
        win.close()
    assert not errors


def test_unconfirmed_messages_are_settled_with_the_user(qtbot: QtBot, window: MainWindow,
                                                        tmp_path: Path) -> None:  # fmt: skip
    from engine_helpers import campaign, phones

    session = window.session
    assert session.client is not None and session.simulator is not None
    journal = session.journal
    cid = campaign(tmp_path, journal, session.client, phones(2), "fixed")
    journal.mark_sending([r.pk for r in journal.requests(cid)])  # the app died right here...
    journal._conn.execute("UPDATE requests SET last_attempt_at = last_attempt_at - 90000")
    journal.expire_old_sending(cid)  # ...and was started again the next day
    history = window.history_page
    window.go(window.HISTORY)
    with qtbot.waitSignal(history.loaded, timeout=10_000):  # read off the window
        history.reload()
    history.campaign_table.selectRow(0)
    assert history.unknown_button.isEnabled()
    send = window.send_page
    with qtbot.waitSignal(send.finished, timeout=30_000) as done:
        qtbot.mouseClick(history.unknown_button, Qt.MouseButton.LeftButton)
    assert done.args[0].complete and len(session.simulator.accepted) == 2
    assert "0 found" in history.status.text()


def test_advertising_at_night_offers_the_next_allowed_time(qtbot: QtBot, window: MainWindow,
                                                           tmp_path: Path) -> None:  # fmt: skip
    import datetime as dt

    from files import write_text

    from esms_desktop.base.vntime import VIETNAM

    rows = [["Tên", "SĐT"]] + [[f"Khach {i}", f"096{i:06d}1"] for i in range(40)]
    with qtbot.waitSignal(window.recipients_page.loaded, timeout=20_000):
        window.recipients_page.open_path(write_text(tmp_path / "40.csv", rows))
    message = window.message_page
    window.go(window.MESSAGE)
    message.channel_combo.setCurrentIndex(message.channel_combo.findData("qc"))
    message.brand_combo.setCurrentText("SHOPHOA_QC")
    message.content_edit.setPlainText("[QC] Giam 20% hoa. Tu choi nhan tin soan TC gui 8085")
    night = dt.datetime.combine(dt.date.today() + dt.timedelta(days=2), dt.time(23, 0), VIETNAM)
    message.send_time.set_one_time(night)
    with qtbot.waitSignal(message.checked, timeout=20_000):
        message.run_check()
    assert message.schedule_button.isVisible()
    assert "07:00" in message.schedule_button.text()
    with qtbot.waitSignal(message.checked, timeout=20_000):
        qtbot.mouseClick(message.schedule_button, Qt.MouseButton.LeftButton)
    report = window.session.report
    assert report is not None and report.spec.schedule is not None
    assert report.spec.schedule.astimezone(VIETNAM).hour == 7
    assert "qc_hours" not in {p.code for p in report.problems}
    assert not message.schedule_button.isVisible()


def test_check_with_esms_button_shows_a_report_without_keys(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        dialogs,
        "show_report",
        lambda parent, title, summary, report, support: shown.append((summary, report + support)),
    )
    window.go(window.ACCOUNT)
    page = window.account_page
    qtbot.mouseClick(page.diagnose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    wait_for_tasks()
    summary, report = shown[0]
    assert summary == "Every answer is what this app expects. Nothing to do."
    assert "the same message sent again was refused" in report and "100, then 124" in report
    assert "DEMO-SECRET" not in report
    assert page.diagnose_button.isEnabled()


def test_appointment_reminders_from_the_sample_file(qtbot: QtBot, window: MainWindow) -> None:
    """Demo: the appointment sample, reminders the day before at 09:00, sent to eSMS."""
    page = window.recipients_page
    window.go(window.RECIPIENTS)
    assert page.appointments_button.isVisible()
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        qtbot.mouseClick(page.appointments_button, Qt.MouseButton.LeftButton)
    message = window.message_page
    window.go(window.MESSAGE)
    message.channel_combo.setCurrentIndex(message.channel_combo.findData("fixed"))
    message.content_edit.setPlainText("Chao {Họ tên}, hen {Dịch vụ} ngay {Ngày hẹn}.")
    box = message.send_time
    box.when_combo.setCurrentIndex(2)  # each customer's own date
    assert box.per_row.isVisible() and box.column_combo.currentText() == "Ngày hẹn"
    with qtbot.waitSignal(message.checked, timeout=20_000):
        message.run_check()
    report = window.session.report
    assert report is not None and not report.blocked
    assert report.send_at and all(w.hour == 9 for w in report.send_at.values())
    assert {p.code for p in report.problems} >= {"schedule_past"}  # two days already past
    assert any("per send day" in message.problems.item(i).text()
               for i in range(message.problems.count()))  # fmt: skip
    window.go(window.RECIPIENTS)
    assert not page.table.isColumnHidden(page.model.SEND_AT)
    ready = next(r for r in window.session.recipients.rows if r.row in report.send_at)
    shown = page.model.data(page.model.index(ready.row - 2, page.model.SEND_AT))
    assert shown == report.send_at[ready.row].strftime("%d/%m/%Y %H:%M")
    # Sent: eSMS holds them; History says so with the first time.
    window.go(window.SEND)
    with qtbot.waitSignal(window.send_page.finished, timeout=60_000):
        qtbot.mouseClick(window.send_page.send_button, Qt.MouseButton.LeftButton)
    sim = window.session.simulator
    assert sim is not None
    dates = {s.send_date for s in sim.sends.values()}
    assert len(dates) > 1 and all(d.endswith("09:00:00") for d in dates)
    window.go(window.HISTORY)
    with qtbot.waitSignal(window.history_page.loaded, timeout=10_000):  # read off the window
        window.history_page.reload()
    state = window.history_page.campaigns.data(window.history_page.campaigns.index(0, 4))
    assert "scheduled, next" in state
    history = window.history_page
    history.campaign_table.selectRow(0)
    qtbot.waitUntil(lambda: history.messages.rowCount() > 0, timeout=10_000)
    # The app cannot take them back: said, with where they are cancelled (once the
    # campaign's messages are read again, off the window's thread).
    qtbot.waitUntil(lambda: history.retry_note.isVisibleTo(history), timeout=10_000)
    assert "use eSMS's website" in history.retry_note.text()
    results = [history.messages.data(history.messages.index(i, 2))
               for i in range(history.messages.rowCount())]  # fmt: skip
    assert any("to go out at" in r for r in results)
