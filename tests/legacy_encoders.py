"""Write Vietnamese text as old software did (VNI-Windows, TCVN3, UTF-8 read as Windows-1252).

Written apart from ``importing.legacy_text`` (whose tables they test): the VNI
encoder works from each letter's marks, the TCVN3 one from a letter-for-letter
list in the order of duydev/vietnamese-conversion's tables (facts, not code).
Each returns the text as a Windows-1252 program shows it (what lands in a cell).
"""

from __future__ import annotations

import unicodedata

_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT = "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"
_CIRCUMFLEX, _BREVE, _HORN = "\u0302", "\u0306", "\u031b"
_TONE_ORDER = (None, _GRAVE, _ACUTE, _HOOK, _TILDE, _DOT)

#: VNI's byte after a vowel, by (hat, tone), lowercase (as VNI Software's table lists them).
_VNI_AFTER = {
    None: dict(zip(_TONE_ORDER, ["", "ø", "ù", "û", "õ", "ï"], strict=True)),
    _CIRCUMFLEX: dict(zip(_TONE_ORDER, ["â", "à", "á", "å", "ã", "ä"], strict=True)),
    _BREVE: dict(zip(_TONE_ORDER, ["ê", "è", "é", "ú", "ü", "ë"], strict=True)),
}
_VNI_I = dict(zip(_TONE_ORDER, ["i", "ì", "í", "æ", "ó", "ò"], strict=True))


def _marks(letter: str) -> tuple[str, str | None, str | None]:
    pieces = unicodedata.normalize("NFD", letter)
    base, hat, tone = pieces[0], None, None
    for mark in pieces[1:]:
        if mark in (_CIRCUMFLEX, _BREVE, _HORN):
            hat = mark
        else:
            tone = mark
    return base, hat, tone


def to_vni(text: str) -> str:
    out = []
    for letter in unicodedata.normalize("NFC", text):
        if letter in "đĐ":
            out.append("ñ" if letter == "đ" else "Ñ")
            continue
        base, hat, tone = _marks(letter)
        if base == letter or not base.isalpha():
            out.append(letter)
            continue
        upper = base.isupper()
        low = base.lower()
        if low == "i":
            piece = _VNI_I[tone]
            out.append(piece.upper() if upper else piece)
            continue
        if low == "y" and tone == _DOT:
            out.append("Î" if upper else "î")
            continue
        if hat == _HORN:
            head = {"o": "ô", "u": "ö"}[low]
            piece = head + _VNI_AFTER[None][tone]
        else:
            piece = low + _VNI_AFTER[hat][tone]
        out.append(piece.upper() if upper else piece)
    return "".join(out)


_UNICODE_ORDER = "àáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
_TCVN3_ORDER = "µ¸©·ÌÐª×Ýßã«âïóý¨®Üò¬\xad¹¶ÊÇÈÉË¾»¼½ÆÑÎÏÕÒÓÔÖØÞäáèåæçéíêëìîôñøõö÷ùúþûü"
_TCVN3 = dict(zip(_UNICODE_ORDER, _TCVN3_ORDER, strict=True))
_TCVN3.update(dict(zip("ĂÂÊÔƠƯĐ", "¡¢£¤¥¦§", strict=True)))


def to_tcvn3(text: str) -> str:
    """As an ABC (.VnTime/.VnTimeH) user typed it: a toned capital has no byte of its own,
    the uppercase font draws the lowercase one as a capital."""
    out = []
    for letter in unicodedata.normalize("NFC", text):
        if letter in _TCVN3:
            out.append(_TCVN3[letter])
        elif letter.lower() in _TCVN3 and not letter.isascii():
            out.append(_TCVN3[letter.lower()])
        else:
            out.append(letter)
    return "".join(out)


def to_mojibake(text: str) -> str:
    """UTF-8 bytes shown by a Windows-1252 program (undefined bytes kept as controls)."""
    import ftfy.bad_codecs  # noqa: F401  registers sloppy-windows-1252

    return text.encode("utf-8").decode("sloppy-windows-1252")


def as_cp1258_csv_cell(legacy: str) -> str:
    """A legacy cell written to a CSV (its bytes) and read back as Windows-1258, the way
    the app reads a CSV that is not UTF-8."""
    return legacy.encode("cp1252").decode("cp1258")
