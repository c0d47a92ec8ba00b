"""The number formats of an .xlsx's cells, applied to the numbers the reader gave.

The reader (python-calamine) gives a number cell's value; Excel shows it through
the cell's style (``s="3"``), whose number format ``xl/styles.xml`` holds
(``cellXfs``, ``numFmts``). A message filled from "10%" must say "10%", not 0.1.

Most lists have no style worth applying (General, dates, which the reader gives as
dates, digits-only formats): then the styles are read (a few kilobytes) and the
sheet is not read again. Otherwise the sheet's XML is searched once, a chunk at a
time, for the cells whose style is one of those, and each such number in the rows
becomes a :class:`~esms_desktop.importing.cells.ShownNumber`: the same number,
shown as Excel shows it. Runs only on a file :mod:`importing.limits` measured (its
parts unpack, its cells are written ``<c r="A1"``); anything unexpected leaves the
numbers as they are, never refuses the file.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from typing import IO

from esms_desktop.importing.cells import ShownNumber
from esms_desktop.importing.formulas import sheet_part
from esms_desktop.importing.limits import column_number, tag_chunks
from esms_desktop.importing.number_formats import (
    BUILT_IN,
    NumberFormat,
    compile_format,
    worth_applying,
)

#: A styles part larger than this is not read (real ones are kilobytes; a workbook
#: bloated by copied styles may reach a few megabytes).
MAX_STYLES_BYTES = 16 * 1024 * 1024
#: Styles beyond Excel's own limit (64,000) are not looked at.
MAX_STYLES = 65_536
#: Each number shown takes ~40 bytes more than the plain number: past this many (a
#: customer list is not 4 million formatted amounts), none is shown, and the memory
#: goes back (all or nothing: a campaign's messages never mix "1.500.000" and "1500000").
MAX_SHOWN_CELLS = 4_000_000

_PREFIX = rb"(?:[\w.\-]{1,64}:)?"
_NUM_FMT = re.compile(rb"<" + _PREFIX + rb"numFmt\b([^<>]{0,8192})>")
_XFS_START = re.compile(rb"<" + _PREFIX + rb"cellXfs\b[^<>]{0,4096}>")
_XFS_END = re.compile(rb"</" + _PREFIX + rb"cellXfs\s{0,64}>")
_XF = re.compile(rb"<" + _PREFIX + rb"xf\b([^<>]{0,8192})>")
_ATTRIBUTE = re.compile(rb"""([\w:.\-]{1,64})\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_ENTITY = re.compile(r"&(#[0-9]{1,7}|#x[0-9A-Fa-f]{1,6}|amp|lt|gt|quot|apos);")
_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}


def _attributes(tag: bytes) -> dict[str, str]:
    return {
        name.decode("ascii", "replace").split(":")[-1]: (double or single).decode(
            "utf-8", "replace"
        )
        for name, double, single in _ATTRIBUTE.findall(tag)
    }


def _unescape(text: str) -> str:
    def one(found: re.Match[str]) -> str:
        name = found[1]
        if name[0] != "#":
            return _NAMED[name]
        code = int(name[2:], 16) if name[1] in "xX" else int(name[1:])
        # A lone surrogate (&#xD800;) is no character: UTF-8 cannot carry it to eSMS.
        return chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "\ufffd"

    return _ENTITY.sub(one, text)


def style_formats(styles: bytes) -> dict[int, NumberFormat]:
    """The cell styles (their index in ``cellXfs``) whose number format shows a number
    otherwise than it always read: the only styles worth applying."""
    codes = dict(BUILT_IN)
    for tag in _NUM_FMT.findall(styles):
        found = _attributes(tag)
        number, code = found.get("numFmtId", ""), found.get("formatCode")
        if number.strip().isdigit() and code is not None:
            codes[int(number)] = _unescape(code)
    start = _XFS_START.search(styles)
    if start is None or start.group().rstrip().endswith(b"/>"):
        return {}
    end = _XFS_END.search(styles, start.end())
    block = styles[start.end() : end.start() if end else len(styles)]
    compiled: dict[int, NumberFormat | None] = {}
    worth: dict[int, NumberFormat] = {}
    for index, tag in enumerate(_XF.finditer(block)):
        if index >= MAX_STYLES:
            break
        number = _attributes(tag[1]).get("numFmtId", "0").strip()
        if not number.isdigit() or int(number) == 0:
            continue
        key = int(number)
        if key not in compiled:
            code = codes.get(key)
            compiled[key] = compile_format(code) if code is not None else None
        shows = compiled[key]
        if shows is not None and worth_applying(shows):
            worth[index] = shows
    return worth


def _styles_part(archive: zipfile.ZipFile) -> zipfile.ZipInfo | None:
    found = [i for i in archive.infolist() if i.filename.lower() == "xl/styles.xml"]
    return found[-1] if found else None


def _cells_styled(styles: list[int]) -> re.Pattern[bytes]:
    """A cell start tag with one of ``styles``: its column letters, row, and style. The
    reference comes first (``limits`` measured the sheet: every cell is written so),
    the style after it, other attributes between them or not."""
    numbers = b"|".join(str(s).encode() for s in sorted(styles, reverse=True))
    return re.compile(
        rb'<c\s+r="([A-Z]{1,3})([0-9]{1,7})"[^<>]{0,512}?\ss\s*=\s*["\'](' + numbers + rb")[\"']"
    )


def show_number_formats(
    data: bytes, sheet: str, rows: list[list[object]], *, measured: bool = True
) -> int:
    """Wrap each number of ``rows`` (the cells of ``sheet`` in the .xlsx ``data``, row 1
    first) whose style has a format worth applying; returns how many were wrapped.

    ``measured``: ``data`` passed ``limits.check_xlsx`` (every cell written ``<c r="A1"``).
    Otherwise (a sheet read in the child process, written with prefixed tags or cells
    without their reference) each cell is placed as the reader places it: run there.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            info = _styles_part(archive)
            if info is None or info.file_size > MAX_STYLES_BYTES:
                return 0
            formats = style_formats(archive.read(info))
            if not formats:
                return 0  # the usual list: the sheet is not read again
            part = sheet_part(archive, sheet)
            if part is None:
                return 0
            with archive.open(part) as member:
                return (_wrap if measured else _wrap_any)(member, formats, rows)
    except Exception:  # BadZipFile, zlib.error...: the numbers read as they always did
        return 0


def _wrap(member: IO[bytes], formats: dict[int, NumberFormat], rows: list[list[object]]) -> int:
    """Wrap the numbers of the cells of the sheet ``member`` whose style is in ``formats``."""
    cells = _cells_styled(list(formats))
    shows: dict[bytes, Callable[[float], str | None]] = {
        str(k).encode(): v for k, v in formats.items()
    }
    columns: dict[bytes, int] = {}
    wrapped = 0
    height = len(rows)
    for chunk in tag_chunks(member):
        for letters, row, style in cells.findall(chunk):
            r = int(row) - 1
            c = columns.get(letters)
            if c is None:
                c = columns[letters] = column_number(letters) - 1
            if not 0 <= r < height:
                continue
            cells_of_row = rows[r]
            if c < len(cells_of_row):
                value = cells_of_row[c]
                kind = type(value)
                if kind is float or kind is int:
                    cells_of_row[c] = ShownNumber(value, shows[style])  # type: ignore[arg-type]
                    wrapped += 1
                    if wrapped > MAX_SHOWN_CELLS:
                        _unwrap(rows)
                        return 0
    return wrapped


#: Any row or cell start tag, any prefix; its attributes.
_ROW_OR_CELL = re.compile(rb"<(?:[\w.\-]{1,64}:)?(row|c)(?=[\s/>])([^<>]{0,8192})>")
_REF = re.compile(rb"""(?:^|\s)r\s*=\s*["']\s*\$?([A-Za-z]{1,3})\$?([0-9]{1,7})\s*["']""")
_ROW_NUMBER = re.compile(rb"""(?:^|\s)r\s*=\s*["']\s*([0-9]{1,7})\s*["']""")
_STYLE = re.compile(rb"""(?:^|\s)s\s*=\s*["']\s*([0-9]{1,6})\s*["']""")


def _wrap_any(member: IO[bytes], formats: dict[int, NumberFormat], rows: list[list[object]]) -> int:
    """:func:`_wrap` for a sheet written in any way the reader reads: a row without its
    number follows the one before it, a cell without its reference the one before it
    (the reader counts them so)."""
    row = column = wrapped = 0
    for chunk in tag_chunks(member):
        for tag, attributes in _ROW_OR_CELL.findall(chunk):
            if tag == b"row":
                found = _ROW_NUMBER.search(attributes)
                row, column = (int(found[1]) if found else row + 1), 0
                continue
            ref = _REF.search(attributes)
            if ref is not None:
                row, column = int(ref[2]), column_number(ref[1].upper())
            else:
                column += 1
            style = _STYLE.search(attributes)
            shows = formats.get(int(style[1])) if style else None
            if shows is None or not 0 < row <= len(rows) or column > len(rows[row - 1]):
                continue
            value = rows[row - 1][column - 1]
            if type(value) is float or type(value) is int:
                rows[row - 1][column - 1] = ShownNumber(value, shows)
                wrapped += 1
                if wrapped > MAX_SHOWN_CELLS:
                    _unwrap(rows)
                    return 0
    return wrapped


def _unwrap(rows: list[list[object]]) -> None:
    """Every number of ``rows`` back as the reader gave it."""
    for row in rows:
        for i, value in enumerate(row):
            if type(value) is ShownNumber:
                row[i] = float(value)
