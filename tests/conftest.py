"""Test set-up: offscreen Qt, a private app folder, an in-memory keyring, no leaks."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("ESMS_API_KEY", None)
os.environ.pop("ESMS_SECRET_KEY", None)
os.environ.pop("ESMS_API_URL", None)

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from esms_desktop.api.client import EsmsClient
from esms_desktop.api.credentials import Credentials
from esms_desktop.api.policy import RetryPolicy
from esms_desktop.base.texts import DEFAULT_LANGUAGE, set_front, set_language
from esms_desktop.base.vntime import CLOCK_OFFSET_ENV
from esms_desktop.simulator import (
    DEMO_API_KEY,
    DEMO_SECRET_KEY,
    EsmsSimulator,
    SimulatorTransport,
)

pytest_plugins = ["pytester"]


class MemoryKeyring(KeyringBackend):
    """A keyring that forgets everything at the end of the test."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.store:
            raise PasswordDeleteError(username)
        del self.store[(service, username)]


@pytest.fixture(autouse=True)
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own app data folder."""
    home = tmp_path / "esms-home"
    monkeypatch.setenv("ESMS_DESKTOP_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def daytime_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test runs on an app clock (and simulator clock) at 10:00 Vietnam time today,
    moving on from there: what the suite finds does not depend on the hour it runs at
    (advertising is allowed 07:00-22:00; a schedule 10 minutes ahead stays today). A test
    that needs another hour sets its own clock."""
    from engine_helpers import daytime_offset

    monkeypatch.setenv(CLOCK_OFFSET_ENV, repr(daytime_offset()))


@pytest.fixture(autouse=True)
def core_language() -> Iterator[None]:
    """Every test starts speaking the default language: a window or a command it runs
    chooses another for the whole process."""
    set_language(DEFAULT_LANGUAGE)
    set_front("window")
    yield
    set_language(DEFAULT_LANGUAGE)
    set_front("window")


Backend = TypeVar("Backend", bound=KeyringBackend)


@contextmanager
def keyring_in_use(backend: Backend) -> Iterator[Backend]:
    """``backend`` as the OS keyring for the time of the block; the one before after it."""
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    with keyring_in_use(MemoryKeyring()) as backend:
        yield backend


@pytest.fixture
def simulator() -> EsmsSimulator:
    return EsmsSimulator(status_delay=3.0)


FAST_RETRY = RetryPolicy(max_attempts=6, base_delay=0.0, max_delay=0.0)


@pytest.fixture
def client(simulator: EsmsSimulator) -> Iterator[EsmsClient]:
    with EsmsClient(
        Credentials(DEMO_API_KEY, DEMO_SECRET_KEY),
        transport=SimulatorTransport(simulator),
        retry=FAST_RETRY,
        sleep=lambda _s: None,
    ) as c:
        yield c


@pytest.fixture(autouse=True)
def no_window_left_open() -> Iterator[None]:
    """Close and delete every window a test left, once it is over (only when Qt is in use).

    qtbot closes the windows given to it and asks Qt to delete them later, but "later" is
    the next event loop at the same level, which a test seldom runs: in the whole suite 80
    windows of earlier tests stayed alive, their timers and redraws running inside later
    tests (a freeze measure 3x longer). Windows never given to qtbot were not even closed.

    Defined before :func:`no_qthread_left_running`, so its teardown runs after that check:
    a test that leaves a thread running still fails, and its windows are left alone then
    (deleting the object that owns a running QThread would abort the whole run).
    """
    yield

    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None or _qthreads_running():
        return
    for window in QApplication.topLevelWidgets():
        if window.parentWidget() is None:  # a window's own windows go with it
            if window.isVisible():
                window.close()
            window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def no_qthread_left_running() -> Iterator[None]:
    """Fail a test that leaves a QThread running (only when Qt was imported)."""
    yield

    if "PySide6.QtCore" not in sys.modules:
        return
    running = _qthreads_running()
    assert not running, f"QThreads left running: {running}"


def _qthreads_running() -> list[object]:
    """The QThreads still running. Each QThread Python can reach is one of shiboken's
    wrappers, so those are all looked at: a millisecond, where a look through everything
    the garbage collector holds took 70-120 ms, after every test of the suite."""
    from PySide6.QtCore import QThread
    from shiboken6 import Shiboken

    wrappers = Shiboken.getAllValidWrappers()
    return [obj for obj in wrappers if isinstance(obj, QThread) and _is_running(obj)]


def _is_running(thread: object) -> bool:
    try:
        return bool(thread.isRunning())  # type: ignore[attr-defined]
    except RuntimeError:  # the C++ object is already gone
        return False


#: Longest event-loop gaps measured by the GUI tests, printed at the end of the run.
EVENT_LOOP_GAPS: dict[str, float] = {}


#: Clicks a shop owner needs, measured by tests that drive the window.
CLICK_COUNTS: dict[str, int] = {}


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if EVENT_LOOP_GAPS:
        terminalreporter.section("longest GUI event-loop gaps")
        for name, gap in EVENT_LOOP_GAPS.items():
            terminalreporter.write_line(f"{name}: {gap * 1000:.0f} ms")
    if CLICK_COUNTS:
        terminalreporter.section("clicks")
        for name, clicks in CLICK_COUNTS.items():
            terminalreporter.write_line(f"{name}: {clicks}")


@pytest.fixture(autouse=True)
def no_log_file_left_open() -> Iterator[None]:
    """The app's log handler writes into one test's app folder: close it after that test."""
    yield
    import logging

    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_esms_desktop", False):
            root.removeHandler(handler)
            handler.close()


@pytest.fixture
def demo_window(qtbot, app_home: Path) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """The demo window, shown; closed at the end once its background work is done.

    Qt is imported here, not at the top: the core's tests run without it.
    """
    from esms_desktop.gui.launch import create_window
    from esms_desktop.gui.workers import wait_for_tasks

    win = create_window(demo=True, lang="en")
    qtbot.addWidget(win)
    win.show()
    yield win
    win.send_page.wait()
    wait_for_tasks()
    win.close()
