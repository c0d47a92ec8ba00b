"""Is a word Vietnamese as it is written? The test that tells a right name from a garbled one.

:mod:`esms_desktop.importing.legacy_text` calls a cell garbled when one of its words is
no Vietnamese syllable and an old encoding turns every word into one. So the test must
take every real word (a right name is never "repaired") and as few others as it can
(a garbled name that reads as a word is not found). Besides the letters a syllable is
made of, it holds to the spelling rules every Vietnamese word keeps, in the old tone
placement (``hoà``, ``thuỷ``) and the new (``hòa``, ``thủy``):

- one tone at most, on a vowel: on the first vowel of ``ai ao au ay âu ây eo êu ia iu
  oi ôi ơi ua ui ưa ưi ưu`` (``mái``, never ``maí``; VNI's ``Laõ`` is ``Lã``), on the
  middle one of ``iêu oai uôi ươi``... (``người``), on ``ê ô ơ â ă`` of ``iê uô ươ uâ oă``
  (``tiến``, ``huấn``); ``oa oe uy`` take it on either letter;
- a syllable ending in p, t, c, ch takes the acute or the dot tone, or none (TCVN3's
  ``Lùc`` is ``Lực``);
- ``nh`` and ``ch`` end a syllable only after ``a ê i y`` (``anh``, ``ếch``, ``huỳnh``:
  VNI's ``Trònh`` is ``Trịnh``), ``ng`` and ``c`` never after ``i`` or ``y`` (VNI's
  ``Khỉng`` is TCVN3's ``Khổng``); a lone ``y`` takes no final but after ``qu``
  (``Quỳnh``; VNI's ``Ỹn`` is ``Yến``);
- ``ngh`` and ``gh`` come only before ``e ê i`` (VNI's ``Nghóa`` is ``Nghĩa``); ``qu`` is
  not followed by ``oa`` (VNI's ``Quoác`` is ``Quốc``); ``oo`` takes a final and no tone
  but the acute (``xoong``, ``soóc``: TCVN3's ``Coõng`` is VNI's ``Công``); ``uya`` no tone.

Words that break none of them and are garbled all the same (TCVN3's ``Dòng`` for
``Dũng``, VNI's ``Thò`` for ``Thị``) cannot be told from right ones word by word.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT = "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"
TONES = {_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT}
#: A syllable: an initial consonant, then a vowel group that ends in a glide or an open
#: vowel and takes no final consonant ("ai", "iêu", "ưa": "aunh" is none), or one that
#: may take one (k: Đắk Lắk).
_SYLLABLE = re.compile(
    "(?P<initial>ngh|ng|nh|ch|gh|gi|kh|ph|qu(?![uư]|o[aăeo])|th|tr|[bcdđghklmnprstvx])?"
    "(?:(?P<open>uya|uyu|iêu|yêu|oai|oay|oao|oeo|uây|uôi|ươi|ươu"
    "|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ua|ui|ưa|ưi|ưu)"
    "|(?P<vowels>uyê|iê|oa|oă|oe|oo|uâ|uê|uô|uơ|uy|ươ|yê|[aăâeêioôơuưy])"
    "(?P<final>ch|ng|nh|[cmnptk])?)"
)
#: A syllable ending in p, t, c, ch (or k) takes the acute or the dot tone, or none: never
#: the grave, hook or tilde ("Lùc" is "Lực" in TCVN3).
_CHECKED = {"p", "t", "c", "ch", "k"}
_OPEN_TONES = {_GRAVE, _HOOK, _TILDE}
#: Where the tone goes in a vowel group (its index; either one for "oa", "oe", "uy").
_TONE_AT = {"oa": (0, 1), "oe": (0, 1), "uy": (0, 1)}
#: Word separators besides white space: ASCII punctuation (a soft hyphen is not one).
SPLIT = re.compile(r"[\s\-/.,;:()\[\]\"'!?&+_*#@|<>=~`^$%{}\\0-9₫’‘“”–—…•]+")
#: Capitals of an abbreviation ("SĐT", "ĐHQG", "TNHH"): no toned vowel among them.
_ABBREVIATION = re.compile("[A-ZĐĂÂÊÔƠƯ]+")


def _tone_places(vowels: str, final: str) -> tuple[int, ...]:
    """Where a tone may go in ``vowels`` (index), given its final consonant."""
    if vowels in _TONE_AT:
        return _TONE_AT[vowels]
    if len(vowels) == 1:
        return (0,)
    if final or vowels in ("iê", "yê", "uô", "ươ", "uâ", "uê", "uơ", "oă", "oo", "uyê"):
        return (len(vowels) - 1,)  # tiến, người... with a final; thuở, huế without
    if len(vowels) == 3:
        return (1,)  # người, ngoài, khuỷu
    return (0,)  # mái, múa, cửa


def _spelled_right(found: re.Match[str], tone: str | None, tone_at: int | None) -> bool:
    """The rules a matched syllable must also keep (see the module)."""
    initial = found["initial"] or ""
    vowels = found["open"] or found["vowels"]
    final = found["final"] or ""
    if initial in ("ngh", "gh") and vowels[0] not in "eêi":
        return False
    if final in ("nh", "ch") and vowels[-1] not in "aêiy":
        return False
    if final in ("ng", "c") and vowels[-1] in "iy":
        return False
    if (vowels == "y" and final and initial != "qu") or (vowels == "oo" and not final):
        return False
    if tone is None or tone_at is None:
        return True
    if (vowels == "oo" and tone != _ACUTE) or vowels == "uya":
        return False  # soóc, moóc; khuya
    return tone_at - len(initial) in _tone_places(vowels, final)


@lru_cache(maxsize=65_536)
def is_vietnamese_word(word: str) -> bool:
    """True for a plain ASCII word, a well-formed Vietnamese syllable (one tone at most,
    written in small letters, in capitals or with a capital first) or an abbreviation in
    capitals without tones ("SĐT").

    A capital after the first letter among small ones is no Vietnamese word: it is how
    TCVN3 shows most toned letters ("TuÊn", "TÊn", "TrÝ" are "Tuấn", "Tấn", "Trí")."""
    if word.isascii() or _ABBREVIATION.fullmatch(word) or word in ("đ", "Đ"):  # 100.000đ
        return True
    rest = word[1:]
    if rest != rest.lower() and rest != rest.upper():
        return False
    letters = unicodedata.normalize("NFC", word.lower())
    base, tone, tone_at = [], None, None
    for at, letter in enumerate(letters):
        pieces = unicodedata.normalize("NFD", letter)
        marks = [ch for ch in pieces if ch in TONES]
        if marks:
            if tone is not None or len(marks) > 1:
                return False
            tone, tone_at = marks[0], at
        base.append(unicodedata.normalize("NFC", "".join(c for c in pieces if c not in TONES)))
    plain = "".join(base)
    if len(plain) != len(letters):
        return False  # a tone left alone (a combining mark with no letter)
    found = _SYLLABLE.fullmatch(plain)
    if found is None:
        return False
    if tone in _OPEN_TONES and (found["final"] or "") in _CHECKED:
        return False
    return _spelled_right(found, tone, tone_at)


@lru_cache(maxsize=262_144)
def token_reads(token: str) -> bool:
    """A white-space-separated token: its words (cut at punctuation) all read right."""
    return token.isascii() or all(is_vietnamese_word(w) for w in SPLIT.split(token) if w)


def reads_as_vietnamese(text: str) -> bool:
    """Every word of ``text`` is ASCII or a Vietnamese syllable (one C split, then one
    cached answer per token: a million names share a few thousand tokens)."""
    return text.isascii() or all(t.isascii() or token_reads(t) for t in text.split())
