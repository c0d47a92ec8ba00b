"""The eSMS account keys as a value: an ApiKey and a SecretKey that never print.

The ``Credentials`` type hides them from ``repr``/``str`` so an accidental log
line or traceback cannot show them, and registers them with the redactor so no
log line, report or error can carry them either. Where keys are kept (the OS
keyring) is :mod:`esms_desktop.app.keyring_store`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from esms_desktop.base.errors import CredentialsError
from esms_desktop.base.redact import register_secret
from esms_desktop.base.texts import words


@dataclass(frozen=True)
class Credentials:
    """An eSMS ApiKey and SecretKey. Never printed."""

    api_key: str = field(repr=False)
    secret_key: str = field(repr=False)

    def __post_init__(self) -> None:
        # As copied from an email, a PDF or a chat: a key cut over two lines, a space in
        # it, an invisible mark. eSMS's keys hold none of these (letters, digits), and
        # kept in they made eSMS answer "wrong keys" (101) for the right keys.
        object.__setattr__(self, "api_key", _pasted(self.api_key))
        object.__setattr__(self, "secret_key", _pasted(self.secret_key))
        if not self.api_key or not self.secret_key:
            raise CredentialsError(
                "ApiKey and SecretKey must both be filled in",
                reason=words("app.credentials.empty"),
            )
        register_secret(self.api_key)
        register_secret(self.secret_key)

    def __repr__(self) -> str:
        return "Credentials(api_key=***, secret_key=***)"

    def fingerprint(self, salt: str) -> str:
        """A salted hash that tells accounts apart without revealing the key."""
        import hashlib  # here: not needed to show the window

        digest = hashlib.sha256(f"{salt}:{self.api_key}".encode()).hexdigest()
        return digest[:20]

    __str__ = __repr__


def _pasted(key: str) -> str:
    """``key`` without the spaces, line breaks and invisible marks (zero-width spaces, a
    byte order mark, soft hyphens: Unicode's format characters) a copy brings along."""
    import unicodedata

    return "".join(c for c in key if not c.isspace() and unicodedata.category(c) != "Cf")
