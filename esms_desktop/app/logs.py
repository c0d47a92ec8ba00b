"""Logging to a rotating file in the app folder, with keys redacted.

Nothing is written to stdout/stderr: a frozen windowed app has neither.
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler

from esms_desktop.base.paths import app_home, private_dir, private_file
from esms_desktop.base.redact import install_log_redaction
from esms_desktop.base.sanitise import terminal_safe


class SafeFormatter(logging.Formatter):
    """The whole line made terminal-safe, tracebacks included: someone reads the log in a
    terminal (``tail``, ``less -R``), and an exception's text may quote the network."""

    def format(self, record: logging.LogRecord) -> str:
        return terminal_safe(super().format(record))


def setup_logging(level: int = logging.INFO) -> None:
    install_log_redaction()
    root = logging.getLogger()
    if any(getattr(h, "_esms_desktop", False) for h in root.handlers):
        return
    folder = private_dir(app_home() / "logs")
    handler = RotatingFileHandler(
        folder / "esms-desktop.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    private_file(folder / "esms-desktop.log")
    handler.setFormatter(SafeFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._esms_desktop = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    # httpx logs every URL at INFO; the keys are redacted, but the noise is useless.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
