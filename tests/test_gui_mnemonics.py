"""Alt+letter on every page, in each language: no two controls of a page (nor a page and
the menu bar) answer the same letter, each letter is a plain one a keyboard types
without a dead key (no "ư", "đ", "â"...), and the page's main actions have one."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from esms_desktop.gui.main_window import MainWindow

PAGES = ("account", "recipients", "message", "send", "history")
#: Buttons whose text the page sets later (object name: context and source of each text
#: it may show; one button, so its texts may share a letter).
LATER = {
    "recipients": {"legacyTextButton": [("LegacyTextBar", "&Convert"), ("LegacyTextBar", "&Undo")]},
    "message": {
        "sendNextButton": [("MessageCheck", "&Send %1 messages...")],
        "scheduleAllowedButton": [("MessageCheck", "Send &at %1 instead")],
    },
    "send": {
        "addBlockedButton": [
            ("SendProgress", "A&dd 1 blocked number to the do-not-send list"),
            ("SendProgress", "A&dd %1 blocked numbers to the do-not-send list"),
        ]
    },
}
#: The main actions of each page (object names): each must have a letter.
MAIN = {
    "account": ("saveKeysButton", "testConnectionButton", "diagnoseButton"),
    "recipients": ("openFileButton", "nextToMessageButton"),
    "message": ("checkButton", "channelCombo", "contentEdit"),
    "send": ("sendButton", "pauseButton", "resumeButton", "cancelButton"),
    "history": ("refreshStatusButton", "retryFailedButton", "historyResumeButton"),
}
_MNEMONIC = re.compile(r"&(.)")


def mnemonic(text: str) -> str:
    """The letter Alt answers for ``text`` ("" when none): the one after a single "&"."""
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else ""


def _texts(page: QWidget) -> Iterator[tuple[str, QWidget]]:
    """Each text of ``page`` that can hold a mnemonic, with the control it reaches."""
    for button in page.findChildren(QAbstractButton):
        if not button.objectName().startswith("qt_"):
            yield button.text(), button
    for label in page.findChildren(QLabel):
        if label.buddy() is not None:
            yield label.text(), label.buddy()
    for box in page.findChildren(QGroupBox):
        yield box.title(), box


@pytest.fixture(params=["vi", "en"])
def window(request: pytest.FixtureRequest, qtbot: QtBot, app_home: object) -> Iterator[MainWindow]:
    from esms_desktop.gui.launch import create_window
    from esms_desktop.gui.workers import wait_for_tasks

    win = create_window(demo=True, lang=request.param)
    qtbot.addWidget(win)
    yield win
    wait_for_tasks()
    win.close()


def test_no_two_controls_of_a_page_share_a_letter(window: MainWindow) -> None:
    """Each page in turn (one window per language: a window for each page took 2 minutes)."""
    clashes = []
    for name in PAGES:
        clashes += _clashes(window, name)
    assert not clashes, clashes


def _clashes(window: MainWindow, name: str) -> list[str]:
    page = getattr(window, f"{name}_page")
    taken: dict[str, tuple[str, str]] = {}  # letter: (the control, its text)
    for action in window.menuBar().actions():  # the menu bar answers Alt on every page
        taken[mnemonic(action.text())] = ("menu", action.text())
    texts = [(str(id(control)), text) for text, control in _texts(page)]
    for control, said in LATER.get(name, {}).items():
        texts += [(control, QCoreApplication.translate(ctx, src)) for ctx, src in said]
    clashes = []
    for control, text in texts:
        letter = mnemonic(text)
        if not letter:
            continue
        assert re.fullmatch("[a-z0-9]", letter), f"{text!r}: {letter!r} is not a plain letter"
        assert "&" + "%" not in text.replace("&&", ""), text
        owner = taken.setdefault(letter, (control, text))
        if owner[0] != control:
            clashes.append(f"{name}: {letter}: {owner[1]!r} and {text!r}")
    return clashes


def test_the_main_actions_of_a_page_have_a_letter(window: MainWindow) -> None:
    for name in PAGES:
        _has_letters(window, name)


def _has_letters(window: MainWindow, name: str) -> None:
    page = getattr(window, f"{name}_page")
    reached = {control.objectName(): text for text, control in _texts(page) if mnemonic(text)}
    boxes = {
        child.objectName(): box.title()
        for box in page.findChildren(QGroupBox)
        if mnemonic(box.title())
        for child in box.findChildren(QWidget)
    }
    for wanted in MAIN[name]:
        assert wanted in reached or wanted in boxes, f"{name}: {wanted} has no Alt letter"


def test_alt_letter_presses_the_button(qtbot: QtBot, window: MainWindow) -> None:
    """The letter works: Alt plus the account page's Test connection letter presses it."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window.show()
    window.go(window.ACCOUNT)
    qtbot.waitExposed(window)
    window.activateWindow()
    button = window.account_page.test_button
    pressed: list[bool] = []
    button.clicked.connect(lambda: pressed.append(True))
    qtbot.waitUntil(button.isEnabled, timeout=20_000)
    letter = mnemonic(button.text())
    QTest.keyClick(
        QApplication.focusWidget() or window,
        getattr(Qt.Key, f"Key_{letter.upper()}"),
        Qt.KeyboardModifier.AltModifier,
    )
    qtbot.waitUntil(lambda: bool(pressed), timeout=5_000)
