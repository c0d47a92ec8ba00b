"""The OS password store failing: locked, refusing to write. The keys are never kept
anywhere else, and the user reads what to do (audit, 2026-12-07)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import keyring_in_use
from keyring.backend import KeyringBackend
from keyring.errors import InitError, KeyringLocked, PasswordSetError
from pytestqt.qtbot import QtBot

from esms_desktop.api.credentials import Credentials
from esms_desktop.app.settings import Settings
from esms_desktop.gui import dialogs
from esms_desktop.gui.launch import create_window
from esms_desktop.gui.workers import wait_for_tasks

API_KEY, SECRET = "LOCKED-API-KEY-7361", "LOCKED-SECRET-KEY-9182"


class LockedKeyring(KeyringBackend):
    """A locked keychain: every read and write raises, the write naming the password (as
    a careless backend may)."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked(f"the keychain is locked ({service}/{username})")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise PasswordSetError(f"cannot store {password!r} for {username}")

    def delete_password(self, service: str, username: str) -> None:
        raise KeyringLocked("the keychain is locked")


@pytest.fixture
def locked_keyring() -> Iterator[LockedKeyring]:
    with keyring_in_use(LockedKeyring()) as backend:
        yield backend


def _saved_account(name: str) -> None:
    settings = Settings.load()
    settings.profiles, settings.active_profile = [name], name
    settings.save()


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_keys_that_cannot_be_read_at_start_are_said_on_any_page(
    qtbot: QtBot, app_home: Path, locked_keyring: object, lang: str
) -> None:
    """With a saved account the window opens on Customers; its keys could not be read (a
    locked keychain) and only the Account page, not shown, said so: the list was checked
    with no account, not a word why (seen in the window)."""
    _saved_account("Shop Hoa")
    window = create_window(demo=False, lang=lang)
    qtbot.addWidget(window)
    window.show()
    assert window.current_page() is window.recipients_page
    bar = window.message_bar
    qtbot.waitUntil(bar.isVisible, timeout=10_000)
    said = bar.text.text()
    if lang == "en":
        assert "Password store locked" in said and "Account page" in said, said
    else:
        assert "kho mật khẩu" in said and "Tài khoản" in said, said
    wait_for_tasks()
    window.close()


def test_a_refused_write_keeps_the_keys_nowhere_and_says_what_to_do(
    qtbot: QtBot, app_home: Path, locked_keyring: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Save keys with a keychain that refuses: the user is told, the keys are used until
    the app closes, and nothing the app wrote holds them."""
    from esms_desktop.app.logs import setup_logging

    setup_logging()
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, m: shown.append(m.as_text()))
    window = create_window(demo=False, lang="en")
    qtbot.addWidget(window)
    window.show()
    page = window.account_page
    page.profile_combo.setCurrentText("Shop Hoa")
    page.api_key.setText(API_KEY)
    page.secret_key.setText(SECRET)
    page.save_keys()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    wait_for_tasks()
    assert "Password store unavailable" in shown[0], shown
    assert window.session.uses(Credentials(API_KEY, SECRET))
    window.close()
    for path in (p for p in app_home.rglob("*") if p.is_file()):
        data = path.read_bytes()
        assert API_KEY.encode() not in data and SECRET.encode() not in data, path
    assert API_KEY not in shown[0] and SECRET not in shown[0]


def test_keys_not_saved_are_said_under_what_the_account_answered(
    qtbot: QtBot, app_home: Path, locked_keyring: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After "the password store refused", "The keys are used until the app closes; they
    were not saved." was written over at once by "Connected. Balance: ..." (seen in the
    window): the user never read that the keys would be gone at the next start."""
    from esms_desktop.simulator import DEMO_API_KEY, DEMO_SECRET_KEY

    monkeypatch.setattr(dialogs, "show_error", lambda _p, _m: None)
    window = create_window(demo=True, lang="en")  # its eSMS answers these keys
    qtbot.addWidget(window)
    window.show()
    page = window.account_page
    qtbot.waitUntil(lambda: "Connected." in page.status.text(), timeout=10_000)
    page.profile_combo.setCurrentText("Shop Hoa")
    page.api_key.setText(DEMO_API_KEY)
    page.secret_key.setText(DEMO_SECRET_KEY)
    page.save_keys()
    qtbot.waitUntil(lambda: "not saved" in page.status.text(), timeout=10_000)
    qtbot.waitUntil(lambda: "Connected." in page.status.text(), timeout=10_000)
    wait_for_tasks()
    assert "they were not saved" in page.status.text()
    window.session.use_credentials(Credentials(DEMO_API_KEY, DEMO_SECRET_KEY))
    page.test_connection()  # the keys chosen since are not said to be unsaved
    qtbot.waitUntil(lambda: page.test_button.isEnabled(), timeout=10_000)
    wait_for_tasks()
    assert "Connected." in page.status.text() and "not saved" not in page.status.text()
    window.close()


class _Raising(KeyringBackend):
    """A password store whose every call raises ``error``."""

    priority = 1  # type: ignore[assignment]

    def __init__(self, error: Exception) -> None:
        super().__init__()
        self.error = error

    def get_password(self, service: str, username: str) -> str | None:
        raise self.error

    def set_password(self, service: str, username: str, password: str) -> None:
        raise self.error

    def delete_password(self, service: str, username: str) -> None:
        raise self.error


@pytest.mark.parametrize(
    ("backend", "title", "must", "must_not"),
    [
        # No store at all (no backend; the Secret Service not running): never "unlock".
        (None, "No password store on this computer", "GNOME Keyring", "Unlock"),
        (
            _Raising(InitError("Failed to create the collection")),
            "No password store on this computer",
            "GNOME Keyring",
            "Unlock",
        ),
        (
            _Raising(KeyringLocked("Failed to unlock the collection!")),
            "Password store locked",
            "Unlock the password store",
            "GNOME Keyring",
        ),
        (
            _Raising(PasswordSetError("denied")),
            "Password store unavailable",
            "Allow",
            "GNOME Keyring",
        ),
    ],
)
@pytest.mark.parametrize("front", ["window", "command"])
def test_each_password_store_failure_says_its_own_next_step(
    backend: KeyringBackend | None, title: str, must: str, must_not: str, front: str
) -> None:
    """ "Unlock the password store" was said on a computer with no password store at all:
    none, locked and refused each say their own next step, in both fronts."""
    from keyring.backends import fail

    from esms_desktop.app.keyring_store import KeyringStore
    from esms_desktop.app.user_text import for_error
    from esms_desktop.base.errors import KeyringUnavailableError
    from esms_desktop.base.texts import set_front, speaking

    store = KeyringStore()
    with keyring_in_use(backend or fail.Keyring()):
        for call in (
            lambda: store.load("shop"),
            lambda: store.save("shop", Credentials(API_KEY, SECRET)),
        ):
            with pytest.raises(KeyringUnavailableError) as caught:
                call()
            set_front(front)
            try:
                with speaking("en"):
                    said = for_error(caught.value)
                with speaking("vi"):
                    said_vi = for_error(caught.value)
            finally:
                set_front("window")
            assert said.title == title, said.as_text()
            assert must in said.action and must_not not in said.action, said.as_text()
            assert ("ESMS_API_KEY" in said.action) == (front == "command"), said.action
            assert said_vi.title != said.title and SECRET not in said.as_text()
