"""Keep API keys out of every text the app produces.

Two eSMS endpoints carry the keys in the URL path or query string, and httpx
logs URLs at INFO level. Every secret a client is built with is registered
here; :func:`redact` replaces them in any text, and once
:func:`install_log_redaction` ran, in every log record, httpx's included.
Log records are also made terminal-safe there (:mod:`esms_desktop.base.sanitise`):
nothing that came from the network reaches the log file raw.
"""

from __future__ import annotations

import logging
import threading
from typing import Any
from urllib.parse import quote

from esms_desktop.base.sanitise import terminal_safe

MASK = "***"
_lock = threading.Lock()
_secrets: set[str] = set()


def register_secret(secret: str) -> None:
    """Remember ``secret`` (and its URL-encoded form) for redaction."""
    if len(secret) < 4:
        return
    with _lock:
        _secrets.add(secret)
        _secrets.add(quote(secret, safe=""))


def redact(text: str) -> str:
    """``text`` with every registered secret replaced by ``***``."""
    with _lock:
        secrets = sorted(_secrets, key=len, reverse=True)
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, MASK)
    return text


_installed = False


def install_log_redaction() -> None:
    """Redact every log record of the process when it is created. Idempotent.

    A record factory, not a logger filter: filters on a logger do not apply
    to its children (``httpcore.http11``...), and handlers come and go.
    """
    global _installed
    with _lock:
        if _installed:
            return
        _installed = True
    previous = logging.getLogRecordFactory()

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        try:
            message = record.getMessage()
        except Exception:  # a bad format string: logging reports it itself, later
            return record
        # Keys out, then anything that could drive a terminal or log viewer.
        cleaned = terminal_safe(redact(message) if _secrets else message)
        if cleaned != message:
            record.msg = cleaned
            record.args = None
        return record

    logging.setLogRecordFactory(factory)
