"""Where API keys live: the OS keyring, nowhere else (or the environment, for scripts).

Keys never go to the settings file, the journal, logs or reports. The value
type, which never prints them, is :class:`esms_desktop.api.credentials.Credentials`.
"""

from __future__ import annotations

import json
import os

from esms_desktop.api.credentials import Credentials
from esms_desktop.base.errors import (
    CredentialsError,
    KeyringLockedError,
    KeyringMissingError,
    KeyringUnavailableError,
)
from esms_desktop.base.texts import Words, words

KEYRING_SERVICE = "eSMS Desktop"
ENV_API_KEY = "ESMS_API_KEY"
ENV_SECRET_KEY = "ESMS_SECRET_KEY"  # noqa: S105 - a variable name


def from_environment() -> Credentials | None:
    """Keys from ``ESMS_API_KEY`` / ``ESMS_SECRET_KEY``, if both are set."""
    api_key = os.environ.get(ENV_API_KEY, "").strip()
    secret = os.environ.get(ENV_SECRET_KEY, "").strip()
    if api_key and secret:
        return Credentials(api_key, secret)
    return None


def profile_in_use(asked: str | None, active: str) -> str:
    """The saved account whose keys the command line uses ("" for none): ``--profile``,
    else the account last used in the window, unless keys are in the environment."""
    if asked:
        return asked
    return "" if from_environment() is not None else active


class KeyringStore:
    """Saved accounts (profiles) in the OS keyring: one entry per profile.

    The keyring backend is looked up on each call, so tests can install an
    in-memory backend with ``keyring.set_keyring``.
    """

    def __init__(self, service: str = KEYRING_SERVICE) -> None:
        self.service = service

    def _keyring(self):  # type: ignore[no-untyped-def]
        try:
            import keyring
            from keyring.backends import fail
        except ImportError as exc:  # pragma: no cover - keyring is a dependency
            raise KeyringMissingError(
                "keyring is not installed", reason=words("app.keyring.missing")
            ) from exc
        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring):
            raise KeyringMissingError(
                "no keyring backend is available on this system",
                reason=words("app.keyring.missing"),
            )
        return keyring

    def save(self, profile: str, credentials: Credentials) -> None:
        payload = json.dumps({"api_key": credentials.api_key, "secret_key": credentials.secret_key})
        kr = self._keyring()
        try:
            kr.set_password(self.service, profile, payload)
        except Exception as exc:
            raise _failure(exc, "store the keys", words("app.keyring.refused")) from None

    def load(self, profile: str) -> Credentials | None:
        kr = self._keyring()
        try:
            payload = kr.get_password(self.service, profile)
        except Exception as exc:
            raise _failure(exc, "read the keys", words("app.keyring.unreadable")) from None
        if payload is None:
            return None
        try:
            data = json.loads(payload)
            return Credentials(str(data["api_key"]), str(data["secret_key"]))
        except (ValueError, KeyError, TypeError):
            raise CredentialsError(
                f"the saved keys of {profile!r} are damaged",
                reason=words("app.credentials.damaged", profile=profile),
            ) from None

    def delete(self, profile: str) -> None:
        kr = self._keyring()
        from keyring.errors import PasswordDeleteError

        try:
            kr.delete_password(self.service, profile)
        except PasswordDeleteError:
            return
        except Exception as exc:
            raise _failure(exc, "delete the keys", words("app.keyring.refused")) from None


def _failure(exc: Exception, doing: str, refused: Words) -> KeyringUnavailableError:
    """The password store's failure as one of its three cases, each with its own next step:
    locked (``KeyringLocked``: unlock it), not there (``InitError``, ``NoKeyringError``: the
    service is not installed or not running), or refused (anything else). The exception's
    own words may hold a key (a careless backend): only its class is kept, for the log."""
    from keyring.errors import InitError, KeyringLocked, NoKeyringError

    message = f"the keyring could not {doing}: {type(exc).__name__}"
    if isinstance(exc, KeyringLocked):
        return KeyringLockedError(message, reason=words("app.keyring.locked"))
    if isinstance(exc, (InitError, NoKeyringError)):
        return KeyringMissingError(message, reason=words("app.keyring.missing"))
    return KeyringUnavailableError(message, reason=refused)
