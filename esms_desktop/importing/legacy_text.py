"""Vietnamese text saved in an old encoding: find it, show it, convert it on the user's choice.

Lists exported by older Vietnamese shop and accounting software hold names typed
with a legacy font encoding. Read as Unicode, they come out garbled, and every
customer would get "Chào Nguyeãn Thò Lan":

- **VNI-Windows** (the VNI fonts, "VNI-Times"): a vowel is written as the base
  letter followed by one byte that carries its hat and tone, shown as a Western
  European letter: ``ễ`` = ``e`` + 0xE3 (``eã``), ``à`` = ``a`` + 0xF8 (``aø``);
  ``ơ ư đ`` and the toned ``i`` and ``ỵ`` are single bytes (0xF4 ``ô``, 0xF6 ``ö``,
  0xF1 ``ñ``; 0xEC-0xF3, 0xEE). Capitals pair a capital base with the capital
  form of the byte (``Ễ`` = ``EÃ``).
- **TCVN3 (ABC)**: TCVN 5712:1993, table VN3, the one the ".Vn" fonts (".VnTime")
  use: one byte per lowercase letter with its tone (0xB5 ``à``, 0xD4 ``ễ``, 0xDE
  ``ị``...) and the seven capitals ``Ă Â Ê Ô Ơ Ư Đ`` at 0xA1-0xA7. Toned capitals
  have no byte: the uppercase fonts (".VnTimeH") draw the lowercase ones as
  capitals, so case comes back from the word around the letter (see
  :func:`_restore_case`).
- **UTF-8 read as Windows-1252** (mojibake, ``Nguyá»…n``): the bytes put back and
  read as UTF-8, word by word; what that cannot undo goes to ftfy's ``fix_encoding``.

The bytes come back from a garbled cell through Windows-1252 or Windows-1258
(the code page Excel or the CSV reader used), then through the tables below.
Sources: TCVN 5712:1993 (VN3 table, 134 letters) and the VNI-Windows font
encoding as documented by VNI Software; both cross-checked letter by letter
against the tables of the open-source converters duydev/vietnamese-conversion
(``src/charsets.ts``) and X11's ``lcUniConv/tcvn.h``. No code from them is used.

A cell is said to look garbled when one of its words is not a Vietnamese
syllable (nor plain ASCII: :mod:`esms_desktop.importing.vietnamese_words`) and one
of the conversions turns every word into one:
correct Vietnamese, English and other plain names are never flagged, and a
foreign name that no conversion explains (``Müller``) is left alone.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import filterfalse, islice

from esms_desktop.base.bulk import slices
from esms_desktop.base.texts import Words, words
from esms_desktop.importing.old_encodings import CHOICES
from esms_desktop.importing.vietnamese_words import is_vietnamese_word as is_vietnamese_word
from esms_desktop.importing.vietnamese_words import reads_as_vietnamese, token_reads

#: What the user may choose; "auto" takes the encoding found, "none" converts nothing.
ENCODINGS = ("vni", "tcvn3", "mojibake")
#: Their names as the user reads them: two are proper names, the third is said in words.
NAMES: dict[str, Words | str] = {
    "vni": "VNI-Windows",
    "tcvn3": "TCVN3 (ABC)",
    "mojibake": words("importing.encoding_mojibake"),
}
#: Cells looked at to decide what a file is in (the whole file is converted).
SAMPLE_CELLS = 20_000
EXAMPLES = 4
#: Shown as "?" in an example: Ä + U+0090 is how "Đ" reads as Windows-1252; a terminal took
#: U+0090 for an escape and cut the rest of the line ("Pháº¡m Ä" and no "-> Phạm Đức").
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")

# --- Back to the bytes --------------------------------------------------------------


def _byte_map() -> dict[int, int]:
    """Character -> byte for Windows-1252 and Windows-1258 (they agree where both define
    a byte), plus the C1 controls a lenient reader puts for bytes neither defines."""
    chars: dict[int, int] = {}
    for page in ("cp1258", "cp1252"):
        for byte in range(0x80, 0x100):
            try:
                chars.setdefault(ord(bytes([byte]).decode(page)), byte)
            except UnicodeDecodeError:
                chars.setdefault(byte, byte)
    return chars


_TO_BYTE = _byte_map()


def _to_bytes(text: str) -> str | None:
    """The legacy bytes behind ``text`` (as a str of code points 0-255), or None when
    a character cannot have come from one byte of a Western or Vietnamese code page."""
    out: list[str] = []
    for ch in text:
        code = ord(ch)
        if code < 0x80:
            out.append(ch)
            continue
        byte = _TO_BYTE.get(code)
        if byte is not None:
            out.append(chr(byte))
            continue
        # A letter the CSV reader composed from a Windows-1258 tone mark (h + 0xF2 -> ḥ).
        pieces = unicodedata.normalize("NFD", ch)
        if len(pieces) == 1:
            return None
        for piece in pieces:
            code = ord(piece)
            byte = code if code < 0x80 else _TO_BYTE.get(code)
            if byte is None:
                return None
            out.append(chr(byte))
    return "".join(out)


# --- TCVN3 (VN3) ---------------------------------------------------------------------

#: TCVN 5712:1993 VN3: byte -> letter (lowercase toned letters and seven capitals).
_TCVN3_BYTES = {
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
    0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ",
    0xBB: "ằ", 0xBC: "ẳ", 0xBD: "ẵ", 0xBE: "ắ", 0xC6: "ặ",
    0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ",
    0xCC: "è", 0xCE: "ẻ", 0xCF: "ẽ", 0xD0: "é", 0xD1: "ẹ",
    0xD2: "ề", 0xD3: "ể", 0xD4: "ễ", 0xD5: "ế", 0xD6: "ệ",
    0xD7: "ì", 0xD8: "ỉ", 0xDC: "ĩ", 0xDD: "í", 0xDE: "ị",
    0xDF: "ò", 0xE1: "ỏ", 0xE2: "õ", 0xE3: "ó", 0xE4: "ọ",
    0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ",
    0xEA: "ờ", 0xEB: "ở", 0xEC: "ỡ", 0xED: "ớ", 0xEE: "ợ",
    0xEF: "ù", 0xF1: "ủ", 0xF2: "ũ", 0xF3: "ú", 0xF4: "ụ",
    0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự",
    0xFA: "ỳ", 0xFB: "ỷ", 0xFC: "ỹ", 0xFD: "ý", 0xFE: "ỵ",
}  # fmt: skip
_TCVN3_TABLE = {byte: letter for byte, letter in _TCVN3_BYTES.items()}


def _restore_case(words: list[str], converted: list[bool]) -> list[str]:
    """TCVN3 has no toned capitals. A cell whose ASCII letters are all capitals (two at
    least) is put in capitals; so is a word with two capital ASCII letters and no small
    one; a word that starts with a converted letter is capitalised when every other word
    of the cell is (a full name: "Nguyễn Thị ánh" -> "Nguyễn Thị Ánh")."""
    letters = [c for w in words for c in w if c.isascii() and c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return [w.upper() for w in words]
    # Whether each word starts with a capital, where that is known (not a converted letter).
    known = [
        None if touched and not w[:1].isascii() else w[:1].isupper()
        for w, touched in zip(words, converted, strict=True)
    ]
    out = []
    for i, (word, touched) in enumerate(zip(words, converted, strict=True)):
        if touched:
            own = [c for c in word if c.isascii() and c.isalpha()]
            if len(own) >= 2 and all(c.isupper() for c in own):
                word = word.upper()
            elif word[:1].islower() and not word[:1].isascii():
                others = [k for j, k in enumerate(known) if j != i and k is not None]
                if others and all(others):
                    word = word[:1].upper() + word[1:]
        out.append(word)
    return out


# --- VNI-Windows ---------------------------------------------------------------------

_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT = "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"
_CIRCUMFLEX, _BREVE, _HORN = "\u0302", "\u0306", "\u031b"
#: The byte after a vowel (lowercase form; the capital form is 0x20 lower): what it adds.
_VNI_MARKS = {
    0xF8: _GRAVE, 0xF9: _ACUTE, 0xFB: _HOOK, 0xF5: _TILDE, 0xEF: _DOT,
    0xE2: _CIRCUMFLEX, 0xE0: _CIRCUMFLEX + _GRAVE, 0xE1: _CIRCUMFLEX + _ACUTE,
    0xE5: _CIRCUMFLEX + _HOOK, 0xE3: _CIRCUMFLEX + _TILDE, 0xE4: _CIRCUMFLEX + _DOT,
    0xEA: _BREVE, 0xE8: _BREVE + _GRAVE, 0xE9: _BREVE + _ACUTE,
    0xFA: _BREVE + _HOOK, 0xFC: _BREVE + _TILDE, 0xEB: _BREVE + _DOT,
}  # fmt: skip
_TONE_ONLY = {0xF8, 0xF9, 0xFB, 0xF5, 0xEF}
#: Letters that are one byte: ơ ư đ, the toned i, ỵ (lowercase; capitals 0x20 lower).
_VNI_SINGLE = {
    0xF4: "ơ", 0xF6: "ư", 0xF1: "đ",
    0xEC: "ì", 0xED: "í", 0xE6: "ỉ", 0xF3: "ĩ", 0xF2: "ị", 0xEE: "ỵ",
}  # fmt: skip


def _vni_table() -> dict[str, str]:
    """Every VNI sequence (one or two bytes, as code points) -> its Unicode letter."""
    table: dict[str, str] = {}
    for byte, letter in _VNI_SINGLE.items():
        table[chr(byte)] = letter
        table[chr(byte - 0x20)] = letter.upper()
    for byte, marks in _VNI_MARKS.items():
        hats = marks[:1] if marks[:1] in (_CIRCUMFLEX, _BREVE) else ""
        bases = "a" if hats == _BREVE else "aeo" if hats else "aeouy"
        for base in bases:
            letter = unicodedata.normalize("NFC", base + marks)
            table[base + chr(byte)] = letter
            table[base.upper() + chr(byte - 0x20)] = letter.upper()
        if byte in _TONE_ONLY:  # ơ and ư take the tones too
            for single, letter in (("ô", "ơ"), ("ö", "ư")):
                toned = unicodedata.normalize("NFC", letter + marks)
                table[single + chr(byte)] = toned
                table[single.upper() + chr(byte - 0x20)] = toned.upper()
    return table


_VNI_TABLE = _vni_table()
_VNI_SEQUENCE = re.compile(
    "|".join(re.escape(k) for k in sorted(_VNI_TABLE, key=len, reverse=True))
)


def _from_vni(raw: str) -> str:
    return _VNI_SEQUENCE.sub(lambda m: _VNI_TABLE[m[0]], raw)


# --- Mojibake ------------------------------------------------------------------------


def _from_mojibake(text: str) -> str:
    import ftfy  # here: only files with non-ASCII text pay for its import

    return ftfy.fix_encoding(text)


# --- Cells ---------------------------------------------------------------------------


@lru_cache(maxsize=262_144)
def _convert_word(word: str, encoding: str) -> str | None:
    """One word (no space inside: none of these encodings writes a letter with one)."""
    if word.isascii():
        return word
    raw = _to_bytes(word)
    if raw is None:
        return None
    if encoding == "vni":
        return _from_vni(raw)
    if encoding == "tcvn3":
        return raw.translate(_TCVN3_TABLE)
    if encoding == "mojibake":
        try:  # the UTF-8 bytes shown one by one as Windows-1252: undone exactly
            return raw.encode("latin-1").decode("utf-8")
        except UnicodeDecodeError:
            return None
    raise ValueError(f"unknown encoding {encoding!r}")


def _converted_words(text: str, encoding: str) -> tuple[list[str], list[str]] | None:
    """The words of ``text`` and each converted (TCVN3's capitals not yet restored), or None
    when a word cannot have been written in ``encoding``."""
    words = text.split(" ")
    out: list[str] = []
    for word in words:
        fixed = _convert_word(word, encoding)
        if fixed is None:
            return None
        out.append(fixed)
    return words, out


def _read_back(words: list[str]) -> list[bool]:
    """Which words a TCVN3 conversion read back from its bytes, so lost their case: every
    word with a letter beyond ASCII, even one it left as it was ("ý" is TCVN3's "Ý" and
    "ý": "Trần Ngọc ý" was a name ending in "Ý")."""
    return [not w.isascii() for w in words]


def convert_text(text: str, encoding: str) -> str | None:
    """``text`` read back from ``encoding``, or None when it cannot have been written in it.

    Word by word, each word converted once however many cells hold it (a million rows
    share a few thousand words); TCVN3's capitals come back from the whole cell.
    """
    if text.isascii():
        return text
    found = _converted_words(text, encoding)
    if found is None:
        # Mojibake that was touched since (a byte lost, another mix-up): ftfy's guess.
        return _from_mojibake(text) if encoding == "mojibake" else None
    words, out = found
    if encoding == "tcvn3":
        out = _restore_case(out, _read_back(words))
    return " ".join(out)


def garbled_as(text: str) -> str | None:
    """The old encoding that explains ``text``, when it looks garbled; None when it reads
    as it should (Vietnamese, ASCII) or when no conversion makes sense of it."""
    if text.isascii() or reads_as_vietnamese(text):
        return None
    for encoding in ENCODINGS:
        found = _converted_words(text, encoding)
        if found is not None:
            before, after = found
            if encoding == "tcvn3":  # its toned capitals come back small: "NGUYễN"
                after = _restore_case(after, _read_back(before))
            fixed = " ".join(after)
        elif encoding == "mojibake":
            fixed = _from_mojibake(text)
        else:
            continue
        if fixed != text and reads_as_vietnamese(fixed) and _changes_a_word(text, fixed):
            return encoding
    return None


def _changes_a_word(text: str, fixed: str) -> bool:
    """A word of two letters or more changed: a lone symbol read as a letter ("£5", "½ kg",
    "©2024" would read "Ê5", "ẵ kg", "â2024" in TCVN3) is no sign of an old encoding."""
    before, after = text.split(), fixed.split()
    if len(before) != len(after):
        return True
    return any(a != b and sum(map(str.isalpha, b)) >= 2 for a, b in zip(before, after, strict=True))


def looks_garbled(value: object) -> bool:
    """True for a text cell that :func:`garbled_as` explains by an old encoding."""
    if type(value) is not str or value.isascii() or reads_as_vietnamese(value):
        return False
    return garbled_as(value) is not None


def garbled_among(values: Sequence[object]) -> set[str]:
    """The texts among ``values`` (a column's cells) that :func:`looks_garbled`: a column
    whose words all read right (names, codes, numbers) is cleared without a look at each
    cell (:func:`_words_read_right`)."""
    if _words_read_right(values):
        return set()
    texts = {v for v in values if type(v) is str and not v.isascii()}
    return set(filter(looks_garbled, texts))


def _words_read_right(values: Sequence[object]) -> bool:
    """Whether every word of ``values`` reads right (ASCII or a Vietnamese syllable): then no
    text of them looks garbled. The cells are joined, split and the ASCII words left out in
    C, a few thousand at a time, each distinct word judged once (a number or a date becomes
    ASCII text: it only adds words that read right)."""
    words: set[str] = set()
    for some in slices(values, _CELLS_AT_ONCE):
        try:
            text = " ".join(some)  # type: ignore[arg-type]  # all text: the usual column
        except TypeError:
            text = " ".join(map(str, some))
        if not text.isascii():  # an ASCII slice adds no word
            words.update(filterfalse(str.isascii, text.split()))
    return all(map(token_reads, words))


#: Cells joined and split into words at once by :func:`_words_read_right`.
_CELLS_AT_ONCE = 5_000


# --- Files ---------------------------------------------------------------------------


@dataclass
class LegacyText:
    """What a file's text is in, and what was done about it (for the window and the CLI)."""

    #: The encoding most garbled cells are explained by, or None.
    found: str | None = None
    #: Garbled cells seen (in the sample) for each encoding.
    counts: dict[str, int] = field(default_factory=dict)
    #: (as read, converted) for a few cells: the preview the user decides on.
    examples: list[tuple[str, str]] = field(default_factory=list)
    #: The encoding the file was converted from, when it was.
    converted: str | None = None
    cells_converted: int = 0

    @property
    def name(self) -> Words | str:
        return NAMES.get(self.found or "", "")


def detect(rows: list[list[object]], sample: int = SAMPLE_CELLS) -> LegacyText:
    """Which old encoding, if any, the text cells of ``rows`` look written in."""
    texts = (c for row in rows for c in row if type(c) is str and not c.isascii())
    cells: list[str] = list(islice(texts, sample))
    if _words_read_right(cells):
        return LegacyText()  # the usual file: every word reads right, no cell to judge
    counts: Counter[str] = Counter()
    seen: dict[str, list[str]] = {}
    for cell in cells:
        encoding = garbled_as(cell)
        if encoding is not None:
            counts[encoding] += 1
            some = seen.setdefault(encoding, [])
            if len(some) < EXAMPLES and cell.strip() not in some:
                some.append(cell.strip())
    if not counts:
        return LegacyText()
    found = counts.most_common(1)[0][0]
    examples = [(cell, convert_text(cell, found) or cell) for cell in seen[found]]
    return LegacyText(found, dict(counts), examples)


def convert_rows(rows: list[list[object]], encoding: str) -> int:
    """Convert, in place, every text cell of ``rows`` that ``encoding`` makes read as
    Vietnamese; cells that already read right, or that it does not explain, stay."""
    convert: Callable[[str], str | None] = _cell_converter(encoding)
    changed = 0
    for row in rows:
        for i, cell in enumerate(row):
            if type(cell) is str and not cell.isascii():
                fixed = convert(cell)
                if fixed is not None:
                    row[i] = fixed
                    changed += 1
    return changed


def _cell_converter(encoding: str) -> Callable[[str], str | None]:
    def convert(cell: str) -> str | None:
        if reads_as_vietnamese(cell):
            # Right as it is (a name typed in Unicode into an old file, its header): read
            # "back" from the old encoding it would turn into another word ("Hoàng" ->
            # "Hồng", "Họ tên" -> "Hoị tên").
            return None
        fixed = convert_text(cell, encoding)
        if fixed is None or fixed == cell or not reads_as_vietnamese(fixed):
            return None
        return fixed

    return convert


def apply_choice(rows: list[list[object]], choice: str) -> LegacyText:
    """Detect, then convert as the user chose: ``auto`` (what was found), an encoding,
    or ``none``. The result says what was found and what was done."""
    if choice not in CHOICES:
        raise ValueError(f"--convert-text must be one of {', '.join(CHOICES)}, not {choice!r}")
    found = detect(rows)
    encoding = found.found if choice == "auto" else None if choice == "none" else choice
    if encoding is not None:
        found.cells_converted = convert_rows(rows, encoding)
        found.converted = encoding
    return found


def describe(legacy: LegacyText, *, flag: str = "--convert-text") -> list[Words]:
    """What the command line says about a file's old encoding: what was found, a few
    names before and after, and the option that converts them (or what was converted)."""
    if legacy.found is None and legacy.converted is None:
        return []
    name = NAMES.get(legacy.converted or legacy.found or "", "")
    if legacy.converted is not None:
        return [words("importing.legacy_converted", cells=legacy.cells_converted, name=name)]
    lines = [words("importing.legacy_found", name=name, flag=flag)]
    lines += [
        words("importing.legacy_example", before=_CONTROL.sub("?", before), after=after)
        for before, after in legacy.examples
    ]
    return lines
