"""Texts from the network made harmless before anything shows, logs or stores them.

eSMS's answers (and whatever a captive portal or proxy puts in their place) are
read by a terminal, a log viewer, a spreadsheet and the window. A raw ``ESC[2J``
clears the screen, ``ESC]0;...BEL`` retitles it, a U+202E turns "gửi 100" into
"001 iửg". One function, :func:`clean`, removes all of that from every text the
client takes from an answer; :func:`terminal_safe` is the same for the app's own
output (newlines kept), used by the command line's print path and the log.
"""

from __future__ import annotations

import re
from typing import Any

#: ESC sequences: CSI (``ESC [`` ... final), OSC/DCS/PM/APC/SOS (up to BEL or ST),
#: any other two-character ESC sequence; then their 8-bit forms (CSI 0x9b, OSC 0x9d...).
_ESCAPES = (
    r"\x1b\[[0-?]*[ -/]*[@-~]?"
    r"|\x1b[\]PX^_][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[\s\S]?"
    r"|\x9b[0-?]*[ -/]*[@-~]?"
    r"|[\x90\x98\x9d\x9e\x9f][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
)
#: Bidi embeddings, overrides, isolates and marks: they reorder what is shown.
_BIDI = "\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c"
#: C0 and C1 controls and DEL (after the sequences above are gone).
_CONTROLS = "\x00-\x1f\x7f-\x9f"

_ESCAPE_RE = re.compile(_ESCAPES)
_NETWORK = re.compile(f"[{_CONTROLS}{_BIDI}]+")
_OUTPUT = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}]+")
#: One character of :data:`_OUTPUT`: searched for, a single class is three times faster.
_OUTPUT_CHAR = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}]")
_LINES = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{_BIDI}]+")
_SPACES = re.compile(r"[ \u00a0]{2,}")

QUOTE_CHARS = 80


def clean(value: Any) -> str:
    """``value`` as one line of plain text: no control character, ESC sequence or bidi mark.

    Line breaks and tabs become spaces (nothing that moves the cursor is kept),
    runs of spaces are collapsed, the ends stripped. ``None`` is "".
    """
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    text = _NETWORK.sub(" ", _ESCAPE_RE.sub("", text))
    return _SPACES.sub(" ", text).strip()


def clean_lines(text: str) -> str:
    """``text`` without ESC sequences, controls or bidi marks; line breaks, tabs and spaces kept.

    For message and template texts from eSMS, which are compared with the app's own.
    """
    return _LINES.sub("", _ESCAPE_RE.sub("", text))


def quote(value: Any, limit: int = QUOTE_CHARS) -> str:
    """A short, clean quote of an answer's value for a message: ``"100.0"``, ``true``, ``[...]``.

    Strings are quoted, other values shown as JSON would write them, and the
    result cut to ``limit`` characters: the user sees what came, never all of it.
    """
    if isinstance(value, str):
        shown = '"' + clean(value) + '"'
    elif value is True or value is False:
        shown = "true" if value else "false"
    elif value is None:
        shown = "null"
    elif isinstance(value, dict):
        shown = "{...}"
    elif isinstance(value, list):
        shown = "[...]" if value else "[]"
    else:
        shown = clean(value)
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def terminal_safe(text: str) -> str:
    """The app's own output without ESC sequences, controls or bidi marks (newlines, tabs kept)."""
    if is_terminal_safe(text):  # the usual case: one search instead of two replacements
        return text
    return _OUTPUT.sub("", _ESCAPE_RE.sub("", text))


#: What JSON's own encoder leaves as it is but a terminal would act on (DEL, C1 controls,
#: bidi marks); C0 controls it escapes itself.
_JSON_UNSAFE = re.compile(f"[\x7f-\x9f{_BIDI}]")


def json_terminal_safe(encoded: str) -> str:
    """JSON text (as ``json`` writes it) with every DEL, C1 control and bidi mark written as
    a ``\\uXXXX`` escape: the same JSON, read back to the same values, and nothing left
    for :func:`terminal_safe` to remove (which, left to it, would cut an 8-bit escape's
    text out of the middle of a JSON string and leave JSON no reader accepts)."""
    if encoded.isascii() and "\x7f" not in encoded:
        return encoded
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", encoded)


def is_terminal_safe(text: str) -> bool:
    """Whether :func:`terminal_safe` leaves ``text`` as it is, and so every piece of it.

    Every ESC sequence starts with a character that is itself removed (ESC, or an
    8-bit control), so a text without those has nothing to remove. ASCII text (most
    output) is asked in bytes: deleting every printable byte leaves the controls, in
    a tenth of the time of a search.
    """
    if text.isascii():
        return not text.encode("ascii").translate(None, _ASCII_KEPT)
    return _OUTPUT_CHAR.search(text) is None


#: The ASCII characters :func:`terminal_safe` keeps: the printable ones, tab and line feed.
_ASCII_KEPT = bytes(range(0x20, 0x7F)) + b"\t\n"
