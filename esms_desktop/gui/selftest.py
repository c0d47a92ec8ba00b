"""``esms-desktop --self-test``: prove that an installed (or frozen) app really works.

It creates the window offscreen in demo mode, imports the bundled sample file,
checks and sends it through the in-process simulator, checks that the
translations load and that a real keyring backend was found (required on
Windows and macOS, where a frozen app easily loses keyring's backends), and
reports what is missing. Exit code 0 only when everything passed.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from esms_desktop.gui.main_window import MainWindow

ORDER = "Cam on {Họ và tên} da mua hoa tai Shop Hoa Demo. Ma don hang cua ban la {Mã đơn}."


def _keyring_backend() -> tuple[bool, str]:
    import keyring
    from keyring.backends import fail

    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    real = not isinstance(backend, fail.Keyring) and "null" not in name.lower()
    return real, name


class _SelfTest:
    """The checks, each a method that returns a detail or raises; the report's lines."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.failures: list[str] = []
        self.window: MainWindow | None = None

    def check(self, name: str, fn: Callable[[], str]) -> None:
        try:
            detail = fn()
            self.lines.append(f"ok    {name}: {detail}")
        except Exception as exc:  # the report must list every failure, whatever it is
            self.failures.append(name)
            self.lines.append(f"FAIL  {name}: {type(exc).__name__}: {exc}")

    def run(self) -> None:
        from esms_desktop.gui import dialogs
        from esms_desktop.gui.workers import wait_for_tasks

        dialogs.confirm = lambda *a, **k: True
        dialogs.show_error = lambda parent, message: self.failures.append(message.title)
        self.check("translations", self.translations)
        self.check("core texts", self.core_texts)
        self.check("keyring backend", self.keyring_found)
        self.check("window", self.open_window)
        self.check("icons", self.icons)
        if self.window is not None:
            self.check("sample file", self.sample)
            self.check("send", self.send)
            self.window.send_page.wait()
            wait_for_tasks()
            self.window.close()

    @staticmethod
    def wait(condition: Callable[[], bool], seconds: float) -> None:
        from PySide6.QtTest import QTest

        deadline = time.monotonic() + seconds
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError("timed out")
            QTest.qWait(20)

    def translations(self) -> str:
        from esms_desktop.app.resources import translations_dir
        from esms_desktop.gui import i18n

        for lang in ("vi", "en"):
            if not i18n.install(lang):
                raise RuntimeError(f"esms_desktop_{lang}.qm not found in {translations_dir()}")
        return f"vi and en from {translations_dir()}"

    def core_texts(self) -> str:
        from esms_desktop.base.texts import catalogue

        vi, en = catalogue("vi"), catalogue("en")
        if not vi or set(vi) != set(en):
            raise RuntimeError(f"the core's texts are incomplete: {len(vi)} vi, {len(en)} en")
        return f"{len(vi)} texts in vi and en"

    def keyring_found(self) -> str:
        real, name = _keyring_backend()
        if not real and sys.platform in ("win32", "darwin"):
            raise RuntimeError(f"only {name}: keys could not be saved")
        return name + ("" if real else " (no Secret Service here; required on Windows/macOS)")

    def open_window(self) -> str:
        from esms_desktop.gui.launch import open_window

        # As the app starts: shown first, its pages built after the first paint.
        win = open_window(demo=True, lang="vi", offer_resume=False)
        self.window = win
        self.wait(lambda: win.built, 30)
        return win.windowTitle()

    def icons(self) -> str:
        # The icon font travels with the app (qtawesome's data): an empty icon
        # would mean a bundle without it.
        from esms_desktop.gui import theme

        drawn = [m for m in ("send", "customers", "history") if not theme.icon(m).isNull()]
        if len(drawn) < 3:
            raise RuntimeError("the window's icons could not be drawn")
        return f"{len(drawn)} icons drawn, {'dark' if theme.current().dark else 'light'}"

    def sample(self) -> str:
        from esms_desktop.app.resources import sample_file

        win = self._window()
        win.recipients_page.open_path(sample_file())
        self.wait(lambda: win.session.recipients is not None, 30)
        assert win.session.recipients is not None
        return f"{len(win.session.recipients.rows)} rows from {sample_file().name}"

    def send(self) -> str:
        from esms_desktop.message.spec import Channel
        from esms_desktop.sending import SendOutcome

        win = self._window()
        win.account_page.test_connection()
        self.wait(lambda: win.session.account is not None, 30)
        message = win.message_page
        message.choose_channel(Channel.CUSTOMER_CARE)
        self.wait(lambda: message.brand_combo.count() > 0, 30)
        message.content_edit.setPlainText(ORDER)
        message.plain_check.setChecked(True)
        message.run_check()
        self.wait(lambda: win.session.report is not None, 30)
        report = win.session.report
        assert report is not None
        if report.blocked:
            raise RuntimeError(f"the checks blocked the demo campaign: {report.problems}")
        outcomes: list[SendOutcome] = []
        win.send_page.finished.connect(outcomes.append)
        win.send_page.confirm_and_send()
        self.wait(lambda: bool(outcomes), 60)
        outcome = outcomes[0]
        if outcome.accepted == 0:
            raise RuntimeError(f"nothing was accepted: {outcome}")
        return f"{outcome.accepted} messages accepted by the simulator"

    def _window(self) -> MainWindow:
        assert self.window is not None
        return self.window


def run_self_test(out: Path | None = None) -> int:
    """Run the checks; write the report to ``out`` (and stdout when there is one)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    test = _SelfTest()
    with tempfile.TemporaryDirectory() as home:
        os.environ["ESMS_DESKTOP_HOME"] = home
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication(sys.argv[:1])
        test.run()
        del app
    failures = test.failures
    verdict = "self-test passed" if not failures else f"self-test FAILED: {', '.join(failures)}"
    report_text = "\n".join([*test.lines, verdict]) + "\n"
    if out is not None:
        out.write_text(report_text, encoding="utf-8")
    if sys.stdout is not None:
        sys.stdout.write(report_text)
        sys.stdout.flush()
    return 0 if not failures else 1
