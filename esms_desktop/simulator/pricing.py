"""How the stand-in for eSMS counts the parts it charges for: the text as it arrived.

eSMS charges per SMS part and documents ``IsUnicode`` as "có dấu" (with
diacritics): a Unicode message holds 70 UTF-16 code units (67 a part when
split), a plain one 160 (153 a part). The count is of what was received, never
normalised: decomposed text (NFD, "e" + a combining accent) is more code points,
so more parts, exactly as eSMS would bill it. Written from that documentation,
not from the app's own counting (``esms_desktop.telecom.sms_text``), so that a test
comparing the two can fail.
"""

from __future__ import annotations

#: GSM-7 characters sent through the escape table: two units each.
_ESCAPED = frozenset("^{}\\[~]|€\f")


def charged_parts(content: str, *, unicode: bool) -> int:
    """The parts eSMS charges for ``content`` sent with (``unicode``) or without diacritics."""
    if unicode:
        units = len(content.encode("utf-16-le")) // 2
        return 0 if units == 0 else 1 if units <= 70 else -(-units // 67)
    units = len(content) + sum(1 for c in content if c in _ESCAPED)
    return 0 if units == 0 else 1 if units <= 160 else -(-units // 153)


def sent_as_unicode(flag: str, content: str) -> bool:
    """How a sent text is counted: Unicode when it says so or holds any non-ASCII letter
    (eSMS refuses the latter as plain, so an accepted one went as Unicode)."""
    return flag == "1" or not content.isascii()


def estimated_as_unicode(flag: str) -> bool:
    """The estimate prices the text as the request says it will be sent: ``IsUnicode`` 1
    or not. Asked without it (or 0) for a text with diacritics, the estimate is of plain
    parts: lower than the send will cost (the uncertainty the app must not fall into)."""
    return flag == "1"


__all__ = ["charged_parts", "estimated_as_unicode", "sent_as_unicode"]
