"""Each input of a campaign changed while its check runs, or right after it: Send offers
only a check of what the screen shows, and what goes out is what that check said.

An attack on "check = send" from outside: the text (one character), the kind of
message, the brandname, the send time, the reminders' date column, the charset, the test
mode, the segment, the phone column and the account's keys are changed while the check
is held on its thread; then the old check finishes. eSMS's records (the simulator's)
must hold exactly the newer check's numbers and texts.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from files import write_text
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot
from test_gui_confirmed_is_sent import OTHER_KEY, OTHER_SECRET, Asked, asked, press_send
from test_gui_stale_results import Gate, settle

from esms_desktop.api.credentials import Credentials
from esms_desktop.base.vntime import now as app_now
from esms_desktop.checks import run as checks_run
from esms_desktop.gui.main_window import MainWindow
from esms_desktop.gui.pages.send_time_box import PER_ROW
from esms_desktop.message.spec import VIETNAM
from esms_desktop.simulator import DEMO_CSKH_BRAND, DEMO_QC_BRAND
from esms_desktop.simulator.accounts import demo_account

__all__ = ["asked"]  # the fixture, used by name

TEXT = "Chào {Tên}, hẹn gặp lại"


def appointments(folder: Path) -> Path:
    """Twelve customers, each with an appointment in 3 days and a second phone column."""
    day = (dt.datetime.fromtimestamp(app_now(), VIETNAM) + dt.timedelta(days=3)).date()
    rows = [["Tên", "SĐT", "Ngày hẹn", "SĐT khác"]] + [
        [f"Khach {i}", f"096{i:06d}1", f"{day:%d/%m/%Y}", f"097{i:06d}2"] for i in range(12)
    ]
    return write_text(folder / "hen.csv", rows)


def _text(w: MainWindow) -> None:
    edit = w.message_page.content_edit
    edit.setPlainText(edit.toPlainText() + "!")


def _channel(w: MainWindow) -> None:
    combo = w.message_page.channel_combo
    combo.setCurrentIndex(combo.findData("cskh"))


def _brandname(w: MainWindow) -> None:
    w.message_page.brand_combo.setCurrentText(DEMO_QC_BRAND)


def _schedule(w: MainWindow) -> None:
    later = dt.datetime.fromtimestamp(app_now(), VIETNAM) + dt.timedelta(hours=2)
    w.message_page.send_time.set_one_time(later)


def _reminders(w: MainWindow) -> None:
    box = w.message_page.send_time
    box.when_combo.setCurrentIndex(PER_ROW)
    box.column_combo.setCurrentIndex(box.column_combo.findText("Ngày hẹn"))


def _plain(w: MainWindow) -> None:
    w.message_page.plain_check.setChecked(True)


def _sandbox(w: MainWindow) -> None:
    w.message_page.sandbox_check.setChecked(True)


def _segment(w: MainWindow) -> None:
    w.session.set_segment(("Tên=Khach 3",))


def _phone_column(w: MainWindow) -> None:
    page = w.recipients_page
    page.phone_combo.setCurrentIndex(page.phone_combo.findText("SĐT khác"))
    page.reload(keep_sheet=True)


def _convert_text(w: MainWindow) -> None:
    w.recipients_page._convert_text("auto")  # "Convert" on the old-encoding bar


def _opt_out_here(w: MainWindow) -> None:
    """The Customers page's do-not-send list: a number of the list added and saved."""
    from PySide6.QtWidgets import QDialog

    from esms_desktop.gui.pages import recipients as page_module

    class Added:
        def __init__(self, before: list[str], _parent: object) -> None:
            self.before = before

        def exec(self) -> QDialog.DialogCode:
            return QDialog.DialogCode.Accepted

        def numbers(self) -> list[str]:
            return [*self.before, "0960000031"]

    original = page_module.OptOutDialog
    page_module.OptOutDialog = Added  # type: ignore[assignment,misc]
    asked = w.session.list_generation
    try:
        w.recipients_page.edit_opt_out()
    finally:
        page_module.OptOutDialog = original  # type: ignore[misc]
    # Written off the window, then the list is read again: until then the check shown
    # stands (Send pressed meanwhile is refused as the campaign is written).
    end = time.monotonic() + 20
    while w.session.list_generation == asked and time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)


def _keys(w: MainWindow) -> None:
    w.session.use_credentials(Credentials(OTHER_KEY, OTHER_SECRET))


CHANGES: dict[str, tuple[str, Callable[[MainWindow], None]]] = {
    "text": ("fixed", _text),
    "channel": ("fixed", _channel),
    "brandname": ("cskh", _brandname),
    "schedule": ("fixed", _schedule),
    "reminders": ("fixed", _reminders),
    "plain": ("fixed", _plain),
    "sandbox": ("fixed", _sandbox),
    "segment": ("fixed", _segment),
    "phone-column": ("fixed", _phone_column),
    "keys": ("fixed", _keys),
    "convert-text": ("fixed", _convert_text),
    "opt-out-here": ("fixed", _opt_out_here),
}


def offered_is_shown(window: MainWindow) -> bool:
    """Send is off, or offers a check of the very inputs the screen shows."""
    report = window.session.report
    if report is None or not window.send_page.send_button.isEnabled():
        return True
    shown = window.session.recipients
    return (
        shown is not None
        and report.recipients.table is shown.table
        and report.spec.key() == window.message_page.current_spec().key()
    )


def start(qtbot: QtBot, window: MainWindow, path: Path, channel: str) -> None:
    sim = window.session.simulator
    assert sim is not None
    other = demo_account()
    other.api_key, other.secret_key = OTHER_KEY, OTHER_SECRET
    sim.accounts[OTHER_KEY] = other
    window.go(window.ACCOUNT)
    with qtbot.waitSignal(window.session.account_changed, timeout=20_000):
        window.account_page.test_connection()
    with qtbot.waitSignal(window.recipients_page.loaded, timeout=30_000):
        window.recipients_page.open_path(path)
    message = window.message_page
    window.go(window.MESSAGE)
    message.channel_combo.setCurrentIndex(message.channel_combo.findData(channel))
    message.brand_combo.setCurrentText(DEMO_CSKH_BRAND)
    message.content_edit.setPlainText(TEXT)


def sent_is_checked(qtbot: QtBot, window: MainWindow, asked: Asked) -> None:
    """The newer check lands by itself; sent, eSMS has exactly what it said."""
    qtbot.waitUntil(lambda: window.session.report is not None, timeout=30_000)
    assert offered_is_shown(window)
    report = window.session.report
    assert report is not None
    press_send(qtbot, window)
    sim = window.session.simulator
    assert sim is not None
    got = sorted((a.phone, a.content) for a in sim.accepted)
    if report.blocked or not report.sendable:
        assert got == [] and asked.questions == []
        return
    assert asked.questions and asked.questions[-1].startswith(f"{len(report.sendable)} ")
    wanted = sorted(
        (r.phone or "", report.messages[r.row]) for r in report.sendable if r.row in report.messages
    )
    assert got == wanted
    keys = {s.api_key for s in sim.sends.values()}
    assert keys == {window.session._credentials.api_key}  # type: ignore[union-attr]


@pytest.mark.parametrize("change", list(CHANGES))
def test_changed_while_the_check_runs(
    change: str, qtbot: QtBot, demo_window: MainWindow, tmp_path: Path, asked: Asked,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    channel, mutate = CHANGES[change]
    window = demo_window
    start(qtbot, window, appointments(tmp_path), channel)
    gate = Gate(checks_run.run_checks)
    monkeypatch.setattr(checks_run, "run_checks", gate)
    window.message_page.run_check()
    assert gate.entered.wait(20)
    mutate(window)
    settle(qtbot, gate)
    assert offered_is_shown(window)
    sent_is_checked(qtbot, window, asked)


@pytest.mark.parametrize("change", list(CHANGES))
def test_changed_right_after_the_check(
    change: str, qtbot: QtBot, demo_window: MainWindow, tmp_path: Path, asked: Asked
) -> None:
    channel, mutate = CHANGES[change]
    window = demo_window
    start(qtbot, window, appointments(tmp_path), channel)
    message = window.message_page
    with qtbot.waitSignal(message.checked, timeout=30_000):
        message.run_check()
    mutate(window)
    assert offered_is_shown(window)
    sent_is_checked(qtbot, window, asked)


def zalo_ready(qtbot: QtBot, window: MainWindow) -> None:
    """The sample list, the demo OA's template 226012, its amount typed in as 150000."""
    from esms_desktop.app.resources import sample_file

    window.go(window.ACCOUNT)
    with qtbot.waitSignal(window.session.account_changed, timeout=20_000):
        window.account_page.test_connection()
    with qtbot.waitSignal(window.recipients_page.loaded, timeout=30_000):
        window.recipients_page.open_path(sample_file())
    message = window.message_page
    window.go(window.MESSAGE)
    message.channel_combo.setCurrentIndex(message.channel_combo.findData("zalo"))
    qtbot.waitUntil(lambda: bool(message.zalo_box.param_combos), timeout=10_000)
    message.zalo_box.param_combos["amount"].setCurrentText("150000")


@pytest.mark.parametrize("what", ["value", "column", "template"])
def test_zalo_field_changed_while_the_check_runs(
    what: str, qtbot: QtBot, demo_window: MainWindow, asked: Asked,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    window = demo_window
    zalo_ready(qtbot, window)
    gate = Gate(checks_run.run_checks)
    monkeypatch.setattr(checks_run, "run_checks", gate)
    window.message_page.run_check()
    assert gate.entered.wait(20)
    combos = window.message_page.zalo_box.param_combos
    if what == "value":
        combos["amount"].setCurrentText("200000")
    elif what == "column":
        combos["order_code"].setCurrentText("Họ và tên")
    else:
        box = window.message_page.zalo_box
        box.zns_combo.setCurrentIndex(box.zns_combo.findData("226013"))
        box.param_combos["delivery_time"].setCurrentText("15:00")
    settle(qtbot, gate)
    assert offered_is_shown(window)
    qtbot.waitUntil(lambda: window.session.report is not None, timeout=30_000)
    report = window.session.report
    assert report is not None
    press_send(qtbot, window)
    sim = window.session.simulator
    assert sim is not None and sim.accepted
    values = [a.content for a in sim.accepted]
    # The simulator blocks numbers ending in 0099 (99): all the others were taken.
    assert len(values) == sum(not (r.phone or "").endswith("0099") for r in report.sendable)
    if what == "value":
        assert all('"200000"' in v and "150000" not in v for v in values), values[:2]
    elif what == "template":
        assert report.spec.template_id == "226013"
        assert all(v.endswith('"15:00", ""]') and "150000" not in v for v in values), values[:2]
    else:
        assert all('"order_code": "DH' not in v for v in values), values[:2]


def test_sheet_chosen_while_the_check_runs(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path, asked: Asked,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from openpyxl import Workbook

    book = Workbook()
    first = book.active
    assert first is not None
    first.title = "Thang 11"
    second = book.create_sheet("Thang 12")
    for sheet, name, n in ((first, "Cu", 5), (second, "Moi", 7)):
        sheet.append(["Tên", "SĐT"])
        for i in range(n):
            sheet.append([f"{name} {i}", f"096{i:06d}1"])
    path = tmp_path / "hai-thang.xlsx"
    book.save(path)
    window = demo_window
    start(qtbot, window, path, "fixed")
    gate = Gate(checks_run.run_checks)
    monkeypatch.setattr(checks_run, "run_checks", gate)
    window.message_page.run_check()
    assert gate.entered.wait(20)
    page = window.recipients_page
    page.sheet_combo.setCurrentText("Thang 12")
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        page.reload()
    settle(qtbot, gate)
    assert offered_is_shown(window)
    sent_is_checked(qtbot, window, asked)
    sim = window.session.simulator
    assert sim is not None
    assert sorted(a.content for a in sim.accepted) == [
        f"Chào Moi {i}, hẹn gặp lại" for i in range(7)
    ]


def test_the_zalo_choice_is_kept_when_the_account_is_read_again(
    qtbot: QtBot, demo_window: MainWindow, asked: Asked
) -> None:
    """After each send the account is read again (its balance): the Zalo form was filled
    again from scratch, the OA's first template chosen and the typed values gone, and the
    next check was of a message the user had not chosen (found by sending twice)."""
    window = demo_window
    zalo_ready(qtbot, window)
    box = window.message_page.zalo_box
    box.zns_combo.setCurrentIndex(box.zns_combo.findData("226013"))
    box.param_combos["delivery_time"].setCurrentText("15:00")
    box.param_combos["note"].setCurrentText("Mã đơn")
    chosen = box.params()
    with qtbot.waitSignal(window.session.account_changed, timeout=20_000):
        window.account_page.test_connection()  # as after a send (MainWindow._after_send)
    qtbot.waitUntil(lambda: bool(box.param_combos), timeout=10_000)
    qtbot.wait(300)  # the templates listed again have reached the form
    assert box.template_id == "226013"
    assert box.params() == chosen
    # Another file without that column: the column is not typed in as the text.
    with qtbot.waitSignal(window.recipients_page.loaded, timeout=30_000):
        window.recipients_page.open_path(appointments_path(qtbot))
    assert box.template_id == "226013"
    assert box.params()["delivery_time"].value == "15:00"
    assert box.params()["note"] != chosen["note"]  # guessed again, not "Mã đơn" as a text
    assert box.params()["note"].value != "Mã đơn"


def appointments_path(qtbot: QtBot) -> Path:
    import tempfile

    return appointments(Path(tempfile.mkdtemp()))
