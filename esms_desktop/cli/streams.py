"""The command line's output streams: what it writes reaches a terminal, a file or a pipe
whole and harmless.

Campaign names, file names and eSMS's own messages come from outside: escape
sequences are taken out before they reach a terminal (:class:`TerminalText`).
A redirected stream is written in UTF-8 (:func:`set_up_streams`).
"""

from __future__ import annotations

import io
import os
import sys
from typing import TextIO

from esms_desktop.base.sanitise import terminal_safe


class TerminalText(io.TextIOBase):
    """A text stream that strips escape sequences and control characters before writing.

    Campaign names, file names and eSMS's own messages come from outside; raw
    escape sequences could rewrite what the terminal shows.
    """

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(terminal_safe(text))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def isatty(self) -> bool:
        return self._stream.isatty()


def set_up_streams() -> None:
    """A frozen windowed app has no stdout/stderr: give them a sink instead of crashing.

    Output that goes to a file or a pipe is written in UTF-8: Windows gives such a
    stream its ANSI code page (cp1252, cp1258), which has no "ệ", and every Vietnamese
    letter of ``check --json > list.json`` became "?" ("S? ?i?n tho?i"). A console
    keeps its own encoding (Windows writes to it in Unicode anyway)."""
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
        elif hasattr(stream, "reconfigure"):
            if _is_console(stream) or _writes_vietnamese(stream):
                stream.reconfigure(errors="replace")
            else:
                stream.reconfigure(encoding="utf-8", errors="replace")


def _is_console(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (OSError, ValueError):
        return False


#: Letters a Vietnamese text needs, as NFC writes them (cp1258 has "ô" but not "ệ"), and
#: the dong sign.
_VIETNAMESE_SAMPLE = "".join(map(chr, (0xF4, 0x1A1, 0x111, 0x1EC7, 0x20AB)))


def _writes_vietnamese(stream: TextIO) -> bool:
    """Whether ``stream``'s encoding can write Vietnamese as NFC text (UTF-8, UTF-16...)."""
    try:
        _VIETNAMESE_SAMPLE.encode(stream.encoding or "ascii")
    except (UnicodeEncodeError, LookupError):
        return False
    return True
