"""Screenshots of every page in both languages, under the offscreen platform.

    uv run python scripts/screenshots.py [--out docs/screenshots]

Drives the demo window the way a shop owner would, at 1366x768: the sample
file, a customer-care message, a check, a send, the history, then the Zalo
channel.
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


def shoot(lang: str, out: Path) -> None:
    from esms_desktop.gui import dialogs
    from esms_desktop.gui.launch import create_window
    from esms_desktop.resources import sample_file

    dialogs.confirm = lambda *a, **k: True  # type: ignore[assignment]
    window = create_window(demo=True, lang=lang)
    window.resize(1366, 768)  # a common shop laptop
    window.show()

    def grab(step: int, name: str) -> None:
        window.go(step)
        QTest.qWait(100)
        window.grab().save(str(out / f"{name}_{lang}.png"))

    window.account_page.test_connection()
    settle(lambda: window.session.account is not None)
    grab(window.ACCOUNT, "1-account")
    window.recipients_page.open_path(sample_file())
    settle(lambda: window.session.recipients is not None)
    grab(window.RECIPIENTS, "2-customers")
    page = window.message_page
    settle(lambda: page.brand_combo.count() > 0)
    page.content_edit.setPlainText(ORDER)
    page._remove_diacritics()
    page.run_check()
    settle(lambda: window.session.report is not None)
    settle(lambda: page.template_combo.count() > 0)
    page._update_preview()
    grab(window.MESSAGE, "3-message")
    window.send_page.confirm_and_send()
    settle(lambda: window.send_page.worker is None and window.send_page.campaign_id is not None, 60)
    grab(window.SEND, "4-send")
    window.history_page.reload()
    window.history_page.campaign_table.selectRow(0)
    grab(window.HISTORY, "5-history")
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
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    for lang in ("vi", "en"):
        with tempfile.TemporaryDirectory() as home:
            os.environ["ESMS_DESKTOP_HOME"] = home
            shoot(lang, out)
    del app
    print(f"screenshots in {out}")


if __name__ == "__main__":
    main()
