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

ORDER = "Cam on {Họ và tên} da mua hoa tai Shop Hoa Demo. Ma don hang cua ban la {Mã đơn}."


def _keyring_backend() -> tuple[bool, str]:
    import keyring
    from keyring.backends import fail

    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    real = not isinstance(backend, fail.Keyring) and "null" not in name.lower()
    return real, name


def run_self_test(out: Path | None = None) -> int:
    """Run the checks; write the report to ``out`` (and stdout when there is one)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    lines: list[str] = []
    failures: list[str] = []

    def check(name: str, fn: Callable[[], str]) -> None:
        try:
            detail = fn()
            lines.append(f"ok    {name}: {detail}")
        except Exception as exc:  # the report must list every failure, whatever it is
            failures.append(name)
            lines.append(f"FAIL  {name}: {type(exc).__name__}: {exc}")

    with tempfile.TemporaryDirectory() as home:
        os.environ["ESMS_DESKTOP_HOME"] = home
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication(sys.argv[:1])
        from esms_desktop.app.resources import sample_file, translations_dir
        from esms_desktop.gui import dialogs, i18n
        from esms_desktop.gui.launch import open_window
        from esms_desktop.gui.main_window import MainWindow
        from esms_desktop.gui.workers import wait_for_tasks
        from esms_desktop.sending import SendOutcome

        dialogs.confirm = lambda *a, **k: True
        dialogs.show_error = lambda parent, message: failures.append(message.title)

        def translations() -> str:
            for lang in ("vi", "en"):
                if not i18n.install(lang):
                    raise RuntimeError(f"esms_desktop_{lang}.qm not found in {translations_dir()}")
            return f"vi and en from {translations_dir()}"

        def keyring_found() -> str:
            real, name = _keyring_backend()
            if not real and sys.platform in ("win32", "darwin"):
                raise RuntimeError(f"only {name}: keys could not be saved")
            return name + ("" if real else " (no Secret Service here; required on Windows/macOS)")

        def wait(condition: Callable[[], bool], seconds: float) -> None:
            deadline = time.monotonic() + seconds
            while not condition():
                if time.monotonic() > deadline:
                    raise TimeoutError("timed out")
                QTest.qWait(20)

        windows: list[MainWindow] = []

        def window() -> str:
            # As the app starts: shown first, its pages built after the first paint.
            win = open_window(demo=True, lang="vi", offer_resume=False)
            windows.append(win)
            wait(lambda: win.built, 30)
            return win.windowTitle()

        def icons() -> str:
            # The icon font travels with the app (qtawesome's data): an empty icon
            # would mean a bundle without it.
            from esms_desktop.gui import theme

            drawn = [m for m in ("send", "customers", "history") if not theme.icon(m).isNull()]
            if len(drawn) < 3:
                raise RuntimeError("the window's icons could not be drawn")
            return f"{len(drawn)} icons drawn, {'dark' if theme.current().dark else 'light'}"

        def sample() -> str:
            win = windows[0]
            win.recipients_page.open_path(sample_file())
            wait(lambda: win.session.recipients is not None, 30)
            assert win.session.recipients is not None
            return f"{len(win.session.recipients.rows)} rows from {sample_file().name}"

        def send() -> str:
            from esms_desktop.message.spec import Channel

            win = windows[0]
            win.account_page.test_connection()
            wait(lambda: win.session.account is not None, 30)
            message = win.message_page
            message.choose_channel(Channel.CUSTOMER_CARE)
            wait(lambda: message.brand_combo.count() > 0, 30)
            message.content_edit.setPlainText(ORDER)
            message.plain_check.setChecked(True)
            message.run_check()
            wait(lambda: win.session.report is not None, 30)
            report = win.session.report
            assert report is not None
            if report.blocked:
                raise RuntimeError(f"the checks blocked the demo campaign: {report.problems}")
            outcomes: list[SendOutcome] = []
            win.send_page.finished.connect(outcomes.append)
            win.send_page.confirm_and_send()
            wait(lambda: bool(outcomes), 60)
            outcome = outcomes[0]
            accepted = outcome.accepted
            if accepted == 0:
                raise RuntimeError(f"nothing was accepted: {outcome}")
            return f"{accepted} messages accepted by the simulator"

        check("translations", translations)
        check("keyring backend", keyring_found)
        check("window", window)
        check("icons", icons)
        if windows:
            check("sample file", sample)
            check("send", send)
            windows[0].send_page.wait()
            wait_for_tasks()
            windows[0].close()
        del app
    verdict = "self-test passed" if not failures else f"self-test FAILED: {', '.join(failures)}"
    report_text = "\n".join([*lines, verdict]) + "\n"
    if out is not None:
        out.write_text(report_text, encoding="utf-8")
    if sys.stdout is not None:
        sys.stdout.write(report_text)
        sys.stdout.flush()
    return 0 if not failures else 1
