"""What an .ods keeps that the reader does not give: rows out of sight, numbers as shown.

The reader (python-calamine) gives every row of an OpenDocument sheet, seen or not,
and a number cell's stored value: a phone typed as a number under a format with 10
digits (``0912345678`` in LibreOffice) read ``912345678``, an order code ``00123``
read ``123``, and rows hidden by hand or left out by a filter went out with the
others. The sheet's XML (``content.xml``) says both: a row's ``table:visibility``
(``collapse``, ``filter``) and, for every number, the text LibreOffice (or Excel)
showed when the file was saved (its ``text:p``). That text is what the shop owner
saw: it reaches the message (a :class:`~esms_desktop.importing.cells.ShownNumber`,
still the number for the phone reader and comparisons).

Runs where the sheet was read, in the child process (``importing.isolated``): a
file built to swamp the scan takes the child down, not the app. The XML is read a
chunk at a time, and only as far as the rows the reader gave.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from typing import IO

from esms_desktop.importing.cells import ShownNumber, cell_text
from esms_desktop.importing.limits import tag_chunks

#: The tags the walk follows (OpenDocument's usual prefixes) and what follows an
#: opening ``text:p`` up to the next tag (its text, when it is plain).
_TAG = re.compile(
    rb"<(/?)(table:table-row|table:table-cell|table:covered-table-cell|table:table|text:[a-z\-]{1,32})"
    rb"(?=[\s/>])([^<>]{0,65536})>([^<]*)"
)
_ATTRIBUTE = re.compile(rb"""([\w:.\-]{1,64})\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_ENTITIES = {"&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'"}
#: The value types whose cell holds a number LibreOffice shows through a format.
_NUMBERS = {b"float", b"percentage", b"currency"}
#: Row and column repeats beyond these are empty filler (LibreOffice writes 1,048,576).
_MOST_REPEATS = 1 << 20


class ShownText:
    """A number's format that is the text the file saved for it (picklable: the child
    process sends the numbers to the app)."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def __call__(self, _value: float) -> str:
        return self.text

    def __reduce__(self) -> tuple[type[ShownText], tuple[str]]:
        return ShownText, (self.text,)


@dataclass
class _Walk:
    """Where the walk is in the sheet: row and column (from 0), the cell waiting for its
    text, and what was found."""

    height: int
    row: int = 0
    column: int = 0
    row_repeats: int = 1
    depth: int = 0
    cell: tuple[int, int] | None = None
    text: str | None = None
    paragraphs: int = 0
    hidden: set[int] = field(default_factory=set)
    shown: dict[tuple[int, int], str] = field(default_factory=dict)


def _attributes(raw: bytes) -> dict[bytes, bytes]:
    return {name: double or single for name, double, single in _ATTRIBUTE.findall(raw)}


def _unescape(raw: bytes) -> str:
    text = raw.decode("utf-8", "replace")
    if "&" in text:
        for entity, char in _ENTITIES.items():
            text = text.replace(entity, char)
    return text.strip()


def _repeats(value: bytes | None) -> int:
    return min(int(value), _MOST_REPEATS) if value and value.isdigit() else 1


def sheet_shown(data: bytes, sheet: str, rows: list[list[object]]) -> tuple[frozenset[int], int]:
    """The rows of ``sheet`` (numbers from 1) LibreOffice does not show, and how many
    numbers of ``rows`` now read as the file shows them (wrapped in place). Anything
    unexpected leaves the numbers as they are and finds no hidden row."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive, archive.open("content.xml") as member:
            walk = _walk(member, sheet, len(rows))
    except Exception:  # not a zip, no content.xml, zlib.error...: read as it always was
        return frozenset(), 0
    return frozenset(walk.hidden), _wrap(walk.shown, rows)


def _walk(member: IO[bytes], sheet: str, height: int) -> _Walk:
    walk = _Walk(height)
    for chunk in tag_chunks(member):
        for closing, name, raw, after in _TAG.findall(chunk):
            if _step(walk, closing == b"/", name, raw, after, sheet):
                return walk
    return walk


def _step(walk: _Walk, closing: bool, name: bytes, raw: bytes, after: bytes, sheet: str) -> bool:
    """One tag of the walk; True when the sheet is done with (its end, or past the rows)."""
    empty = raw.rstrip().endswith(b"/")
    if name == b"table:table":
        if closing:
            walk.depth -= 1
            return walk.depth == 0 and walk.row > 0
        if walk.depth or _unescape(_attributes(raw).get(b"table:name", b"")) == sheet:
            walk.depth += 0 if empty else 1
        return False
    if walk.depth != 1:
        return False
    if name == b"table:table-row":
        return _row(walk, closing, empty, raw)
    if name.startswith(b"text:"):
        _text(walk, name, closing, empty, after)
    elif closing:  # the end of a cell
        if walk.cell is not None and walk.text and walk.paragraphs == 1:
            walk.shown[walk.cell] = walk.text
        walk.cell = None
    else:
        _cell(walk, empty, raw)
    return False


def _row(walk: _Walk, closing: bool, empty: bool, raw: bytes) -> bool:
    if closing:
        walk.row += walk.row_repeats
        return walk.row >= walk.height
    found = _attributes(raw)
    walk.row_repeats, walk.column = _repeats(found.get(b"table:number-rows-repeated")), 0
    if found.get(b"table:visibility") in (b"collapse", b"filter"):
        last = min(walk.row + walk.row_repeats, walk.height)
        walk.hidden.update(range(walk.row + 1, last + 1))
    if empty:
        walk.row += walk.row_repeats
    return walk.row >= walk.height


def _cell(walk: _Walk, empty: bool, raw: bytes) -> None:
    found = _attributes(raw)
    walk.cell, walk.text, walk.paragraphs = None, None, 0
    if found.get(b"office:value-type") in _NUMBERS and b"table:style-name" in found:
        walk.cell = (walk.row, walk.column) if not empty else None
    walk.column += _repeats(found.get(b"table:number-columns-repeated"))


def _text(walk: _Walk, name: bytes, closing: bool, empty: bool, after: bytes) -> None:
    """A tag of a cell's text: one plain paragraph is the number's text; a second one,
    a span, a space tag, a line break make it one this walk does not take."""
    if walk.cell is None or closing:
        return
    if name != b"text:p":
        walk.paragraphs = 2
        return
    walk.paragraphs += 1
    walk.text = None if empty else _unescape(after)


def _wrap(shown: dict[tuple[int, int], str], rows: list[list[object]]) -> int:
    wrapped = 0
    for (r, c), text in shown.items():
        if r < len(rows) and c < len(rows[r]):
            value = rows[r][c]
            if type(value) is float and text != cell_text(value):
                rows[r][c] = ShownNumber(value, ShownText(text))
                wrapped += 1
    return wrapped
