"""Screenshots of every page in both languages, light and dark, under the offscreen platform.

    uv run python scripts/screenshots.py [--out docs/screenshots] [--size 1366x768]

Drives the demo window the way a shop owner would, with the buttons each page
offers next: the sample list, the sample message, the check, the send (its
delivery), the history; then, in the light scheme, the Zalo channel and the
appointment reminders. Light shots are ``NAME_LANG.png``, dark ones
``NAME_LANG_dark.png``. Rerun it whenever the window changes.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

ORDER = "Cam on {Họ và tên} da mua hoa tai Shop Hoa Demo. Ma don hang cua ban la {Mã đơn}."


def settle(condition, timeout: float = 20.0) -> None:  # type: ignore[no-untyped-def]
    """Run the event loop until ``condition()``. QTest.qWait, not a Python loop over
    processEvents(): PySide6 6.12.0 drops a reference to None on every such call."""
    deadline = time.monotonic() + timeout
    QTest.qWait(20)
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there")
        QTest.qWait(20)


def shoot(lang: str, out: Path, scheme: str, size: tuple[int, int]) -> None:
    from esms_desktop.gui import dialogs
    from esms_desktop.gui.launch import create_window

    dialogs.confirm = lambda *a, **k: True  # type: ignore[assignment]
    window = create_window(demo=True, lang=lang, scheme=scheme)
    window.resize(*size)  # 1366x768: a common shop laptop
    window.show()
    suffix = f"_{lang}" + ("_dark" if scheme == "dark" else "")

    def grab(step: int, name: str) -> None:
        window.go(step)
        QTest.qWait(150)
        window.grab().save(str(out / f"{name}{suffix}.png"))

    settle(lambda: window.session.account is not None)
    QTest.qWait(300)  # the tiles of the account
    grab(window.ACCOUNT, "1-account")
    grab(window.HISTORY, "0-history-empty")
    recipients, page, send = window.recipients_page, window.message_page, window.send_page
    recipients.empty.button.click()  # the empty page's one action: the sample list
    settle(lambda: window.session.recipients is not None)
    grab(window.RECIPIENTS, "2-customers")
    recipients.next_button.click()
    settle(lambda: page.brand_combo.count() > 0)
    page.sample_button.click()
    settle(lambda: page.template_combo.count() > 0)
    page.check_button.click()
    settle(lambda: window.session.report is not None)
    page._update_preview()
    grab(window.MESSAGE, "3-message")
    page.send_next_button.click()
    settle(lambda: send.worker is None and send.campaign_id is not None, 60)
    settle(lambda: "0." in send.delivery.text() and send.open_report_button.isVisible(), 30)
    QTest.qWait(300)
    grab(window.SEND, "4-send")
    window.history_page.reload()
    settle(lambda: window.history_page.campaigns.rowCount() > 0)
    window.history_page.campaign_table.selectRow(0)
    settle(lambda: window.history_page.messages.rowCount() > 0)
    grab(window.HISTORY, "5-history")
    if scheme == "dark":
        window.close()
        return
    page.channel_combo.setCurrentIndex(page.channel_combo.findData("zalo-sms"))
    settle(lambda: bool(page.zalo_box.param_combos))
    grab(window.MESSAGE, "3b-message-zalo")
    # Reminders: the appointment sample, the day before at 09:00.
    window.recipients_page.appointments()
    settle(
        lambda: (
            window.session.recipients is not None
            and "Ngày hẹn" in window.session.recipients.columns
        )
    )
    page.channel_combo.setCurrentIndex(page.channel_combo.findData("fixed"))
    page.content_edit.setPlainText("Chao {Họ tên}, ban co hen {Dịch vụ} luc {Ngày hẹn}.")
    page.send_time.when_combo.setCurrentIndex(2)
    window.session.report = None
    page.run_check()
    settle(lambda: window.session.report is not None)
    grab(window.MESSAGE, "3c-message-reminders")
    grab(window.RECIPIENTS, "2b-customers-reminders")
    window.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--out", default=str(Path(__file__).resolve().parents[1] / "docs" / "screenshots")
    )
    parser.add_argument("--size", default="1366x768", help="WIDTHxHEIGHT")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    width, height = (int(n) for n in args.size.split("x"))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from esms_desktop.gui.workers import wait_for_tasks

    for scheme in ("light", "dark"):
        for lang in ("vi", "en"):
            with tempfile.TemporaryDirectory() as home:
                os.environ["ESMS_DESKTOP_HOME"] = home
                shoot(lang, out, scheme, (width, height))
                wait_for_tasks()
    del app
    print(f"screenshots in {out}")


if __name__ == "__main__":
    main()
