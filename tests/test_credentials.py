from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from esms_desktop.api.credentials import Credentials
from esms_desktop.app.keyring_store import KeyringStore, from_environment
from esms_desktop.base.errors import CredentialsError, KeyringUnavailableError


def test_credentials_hide_keys_in_repr() -> None:
    creds = Credentials("visible-api-key", "visible-secret")
    assert "visible" not in repr(creds) and "visible" not in str(creds)
    assert "visible" not in repr([creds])


def test_empty_keys_are_refused() -> None:
    with pytest.raises(CredentialsError):
        Credentials("  ", "x")


def test_keys_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    assert from_environment() is None
    monkeypatch.setenv("ESMS_API_KEY", "env-key-1")
    monkeypatch.setenv("ESMS_SECRET_KEY", "env-secret-1")
    creds = from_environment()
    assert creds is not None and creds.api_key == "env-key-1"


def test_save_load_delete_in_keyring(memory_keyring, app_home: Path) -> None:  # type: ignore[no-untyped-def]
    import logging

    from esms_desktop.app.logs import setup_logging
    from esms_desktop.app.settings import Settings
    from esms_desktop.journal import Journal

    setup_logging()
    store = KeyringStore()
    store.save("shop", Credentials("profile-key-1", "profile-secret-1"))
    # What the app writes around saving keys: settings, the journal, the log.
    settings = Settings.load()
    settings.profiles, settings.active_profile = ["shop"], "shop"
    settings.save()
    Journal().close()
    logging.getLogger("esms_desktop").info("saved keys for %s", "shop")
    loaded = store.load("shop")
    assert loaded == Credentials("profile-key-1", "profile-secret-1")
    assert store.load("other") is None
    store.delete("shop")
    store.delete("shop")  # deleting twice is fine
    assert store.load("shop") is None
    # Nothing about the keys was written to the app folder.
    files = [p for p in app_home.rglob("*") if p.is_file()]
    assert len(files) >= 3, files  # settings, journal, log: there is something to look at
    for path in files:
        assert b"profile-secret-1" not in path.read_bytes()
        assert b"profile-key-1" not in path.read_bytes()


def test_damaged_keyring_entry(memory_keyring) -> None:  # type: ignore[no-untyped-def]
    memory_keyring.set_password("eSMS Desktop", "shop", "not json")
    with pytest.raises(CredentialsError):
        KeyringStore().load("shop")


def test_no_keyring_backend_is_said_plainly() -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with pytest.raises(KeyringUnavailableError):
            KeyringStore().save("shop", Credentials("k" * 8, "s" * 8))
        with pytest.raises(KeyringUnavailableError):
            KeyringStore().load("shop")
    finally:
        keyring.set_keyring(previous)


SECRET_SERVICE_CODE = """
import keyring
from keyring.backends import SecretService
keyring.set_keyring(SecretService.Keyring())
from esms_desktop.api.credentials import Credentials
from esms_desktop.app.keyring_store import KeyringStore
store = KeyringStore(service="eSMS Desktop test")
store.save("ci", Credentials("real-daemon-key", "real-daemon-secret"))
assert store.load("ci").secret_key == "real-daemon-secret"
store.delete("ci")
assert store.load("ci") is None
print("secret service ok")
"""


def secret_service_running() -> bool:
    probe = (
        "from keyring.backends import SecretService\n"
        "import sys\nsys.exit(0 if SecretService.Keyring.priority > 0 else 1)"
    )
    try:
        return (
            subprocess.run(
                [sys.executable, "-c", probe], capture_output=True, timeout=20
            ).returncode
            == 0
        )
    except Exception:
        return False


@pytest.mark.skipif(
    not os.environ.get("DBUS_SESSION_BUS_ADDRESS"),
    reason="no D-Bus session: run under .ci/run (dbus-run-session + gnome-keyring)",
)
def test_real_secret_service_store_read_delete() -> None:
    if not secret_service_running():
        if os.environ.get("ESMS_TEST_SECRET_SERVICE"):
            pytest.fail("CI asked for the Secret Service test, but no daemon answers")
        pytest.skip("no Secret Service daemon is running on this D-Bus session")
    result = subprocess.run(
        [sys.executable, "-c", SECRET_SERVICE_CODE], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "secret service ok" in result.stdout


@pytest.mark.parametrize(
    ("api_key", "secret_key"),
    [
        ("DEMO-API-KEY-\n0001\n", "DEMO-SECRET-KEY-0001"),  # cut over two lines (a PDF)
        ("DEMO-API-KEY- 0001", "DEMO-SECRET-\r\nKEY-0001"),  # an email's line wrap
        ("\u200bDEMO-API-KEY-0001\u00a0", "DEMO-SECRET\u00ad-KEY-0001\ufeff"),  # invisible
        ("\tDEMO-API-KEY-0001", " DEMO-SECRET-KEY-0001\u2028"),
    ],
)
def test_keys_pasted_with_spaces_and_line_breaks_work(api_key: str, secret_key: str) -> None:
    """A key copied from an email or a PDF (a line break, a space, an invisible mark in
    it) made eSMS answer 101 "wrong keys" for the right keys (audit, 2026-12-07)."""
    from esms_desktop.api.client import EsmsClient
    from esms_desktop.simulator import EsmsSimulator, SimulatorTransport
    from esms_desktop.simulator.keys import DEMO_API_KEY, DEMO_SECRET_KEY

    creds = Credentials(api_key, secret_key)
    assert creds == Credentials(DEMO_API_KEY, DEMO_SECRET_KEY)
    with EsmsClient(creds, transport=SimulatorTransport(EsmsSimulator())) as esms:
        assert esms.get_balance().balance > 0


def test_wrong_keys_say_each_goes_in_its_own_box() -> None:
    """Swapped keys (the SecretKey in the ApiKey box) are eSMS's 101 like any wrong key:
    its next step did not say that each key has its own box (audit, 2026-12-07)."""
    from esms_desktop.base.texts import set_front, set_language
    from esms_desktop.catalogue import lookup

    for lang, window, command in (
        ("en", "each in its own box (not swapped)", "not swapped"),
        ("vi", "mỗi khóa vào đúng ô của nó (không đảo chỗ)", "không đảo chỗ"),
    ):
        set_language(lang)
        assert window in str(lookup("101").text.action)
        set_front("command")
        try:
            assert command in str(lookup("101").text.action)
        finally:
            set_front("window")
