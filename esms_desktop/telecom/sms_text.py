"""SMS text facts: GSM-7 or Unicode, how many parts, and removing diacritics.

A plain (GSM-7) SMS holds 160 characters, or 153 per part when split; a
Unicode SMS holds 70, or 67 per part. eSMS charges per part, so the part count
is the price multiplier.

eSMS's ``IsUnicode`` means "có dấu" (with Vietnamese diacritics): any
character outside plain ASCII makes a message Unicode, even one that the GSM-7
alphabet happens to have (à, è, ù, é...). eSMS refuses such text sent as
``IsUnicode=0``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import compress
from operator import not_

_GSM7_BASIC = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
#: Characters that exist in GSM-7 only through the escape table: they cost two.
_GSM7_EXTENDED = set("^{}\\[~]|€\f")
_GSM7_ALL = frozenset(_GSM7_BASIC | _GSM7_EXTENDED)
#: Look-alikes pasted from Word, the web or Excel (a tab between two cells), and what
#: a plain SMS carries instead.
_TO_PLAIN = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"}
    | {"\u2026": "...", "\t": " ", "\u00a0": " ", "\u202f": " ", "\u3000": " "}
    | {chr(c): " " for c in range(0x2000, 0x200B)}
    | {"\u200b": None, "\u200c": None, "\u200d": None, "\u2060": None, "\ufeff": None}
)

_D_TO_PLAIN = {ord("đ"): "d", ord("Đ"): "D", ord("ð"): "d", ord("Ð"): "D"} | _TO_PLAIN


@dataclass(frozen=True, slots=True)
class SmsSize:
    """Length facts of one message text."""

    characters: int
    units: int
    unicode: bool
    parts: int

    @property
    def per_part(self) -> int:
        if self.unicode:
            return 70 if self.parts <= 1 else 67
        return 160 if self.parts <= 1 else 153


def nfc(text: str) -> str:
    """``text`` with each letter in its one composed form (NFC); plain ASCII as it is.

    Decomposed text (NFD: "e" + a combining accent, as macOS and some web forms
    produce) looks the same but is more code points, and eSMS counts code points:
    every text the app counts, matches or sends goes through here first.
    """
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


def nfc_all(texts: list[str]) -> list[str]:
    """:func:`nfc` of each text; asked once of them all (joined by a line feed, which
    composes with nothing), so a campaign already in NFC costs one pass."""
    joined = "\n".join(texts)
    if joined.isascii() or unicodedata.is_normalized("NFC", joined):
        return texts
    return list(map(nfc, texts))


def is_gsm7(text: str) -> bool:
    """True when every character can be sent in a plain (non-Unicode) SMS."""
    return _GSM7_ALL.issuperset(text)


def is_plain(text: str) -> bool:
    """True when ``text`` can go as ``IsUnicode=0``: plain ASCII that GSM-7 can carry."""
    return text.isascii() and is_gsm7(text)


def measure(text: str) -> SmsSize:
    """Characters, encoding ("có dấu" or not) and number of SMS parts of ``text``."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    if is_plain(text):
        units = len(text) + sum(text.count(c) for c in _GSM7_EXTENDED)
        parts = 0 if units == 0 else (1 if units <= 160 else -(-units // 153))
        return SmsSize(len(text), units, False, parts)
    # UCS-2 counts UTF-16 code units: an emoji takes two.
    units = len(text.encode("utf-16-le")) // 2
    parts = 1 if units <= 70 else -(-units // 67)
    return SmsSize(len(text), units, True, parts)


#: ASCII that is not one GSM-7 unit each: control characters but the line feed,
#: the backtick (not in GSM-7) and the escape-table characters (two units).
_NOT_ONE_UNIT = re.compile(r"[\x00-\x09\x0b-\x1f\x7f`^{}\\\[\]~|]")


def parts_of_texts(texts: Iterable[str]) -> list[int]:
    """:func:`measure`'s ``parts`` of each text, for a whole campaign's messages.

    The two usual cases, plain ASCII and Unicode text already in NFC without
    emoji, are settled for many texts at once (see :func:`_plain_parts` and
    :func:`_unicode_parts`); anything else goes text by text.
    """
    texts = list(texts)
    plain = list(map(str.isascii, texts))
    if all(plain):
        return _plain_parts(texts)
    if not any(plain):
        return _unicode_parts(texts)
    plain_parts = iter(_plain_parts(list(compress(texts, plain))))
    unicode_parts = iter(_unicode_parts(list(compress(texts, map(not_, plain)))))
    return [next(plain_parts) if p else next(unicode_parts) for p in plain]


def _plain_parts(texts: list[str]) -> list[int]:
    """Parts of ASCII texts: when none holds a character that is not one GSM-7 unit
    (asked once, of all of them), a text's length is its size."""
    if _NOT_ONE_UNIT.search("\n".join(texts)) is None:
        return [0 if n == 0 else 1 if n <= 160 else -(-n // 153) for n in map(len, texts)]
    return _parts_one_by_one(texts)


def _unicode_parts(texts: list[str]) -> list[int]:
    """Parts of non-ASCII texts: when all are NFC and hold no emoji, a text's length is
    its size. Asked once of the texts joined by a line feed, a character that
    composes with nothing: the joined text is NFC exactly when each text is."""
    joined = "\n".join(texts)
    if unicodedata.is_normalized("NFC", joined) and len(joined.encode("utf-16-le")) == 2 * len(
        joined
    ):
        return [1 if n <= 70 else -(-n // 67) for n in map(len, texts)]
    return _parts_one_by_one(texts)


def _parts_one_by_one(texts: list[str]) -> list[int]:
    out: list[int] = []
    append = out.append
    odd = _NOT_ONE_UNIT.search
    normalized = unicodedata.is_normalized
    for text in texts:
        units = len(text)
        if text.isascii():
            if odd(text) is None:
                append(0 if units == 0 else (1 if units <= 160 else -(-units // 153)))
                continue
        elif normalized("NFC", text):
            units = len(text.encode("utf-16-le")) // 2  # an emoji takes two
            append(1 if units <= 70 else -(-units // 67))
            continue
        append(measure(text).parts)
    return out


def unicode_by_look_alikes(text: str) -> bool:
    """``text`` is Unicode only for a look-alike (a tab, a no-break space, a curly quote,
    a long dash pasted from Word or Excel): it shows plain, yet costs as Unicode."""
    return not is_plain(text) and is_plain(text.translate(_TO_PLAIN))


def remove_diacritics(text: str) -> str:
    """Vietnamese text without diacritics, so it can go as a cheaper plain SMS.

    ``đ``/``Đ`` have no decomposition in Unicode and are mapped by hand, with Iceland's
    ``ð``/``Ð``, the same letters on screen, typed or decoded (cp1252 for cp1258) for them.
    Word's and the web's look-alikes become their plain forms (curly quotes, dashes,
    "…"; a tab or a no-break space a space; zero-width marks go): invisible, each
    kept the whole message Unicode. What remains outside GSM-7 (emoji) is kept: the
    caller sees from :func:`measure` that the text is still Unicode.
    """
    text = text.translate(_D_TO_PLAIN)
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", stripped)
