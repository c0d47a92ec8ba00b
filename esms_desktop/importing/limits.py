"""What a customer file may cost before the spreadsheet reader is allowed to see it.

The reader (python-calamine) allocates the whole used range of a sheet at
once: a 2 KB ``.xlsx`` with one cell at A1 and one at XFD1048576 asks for
hundreds of gigabytes and the process dies (SIGABRT), which no ``except`` can
catch. So an ``.xlsx`` is measured first, from its zip directory and the cell
references of its sheets, against limits that are generous for real customer
lists; beyond them the file is refused with a plain message. Formats whose
cost cannot be measured cheaply (``.xls``, ``.ods``) are read in a child
process (``importing.isolated``) whose death becomes a message.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import IO

from esms_desktop.errors import InputFileError

#: Excel's own sheet size.
MAX_ROWS = 1_048_576
MAX_COLUMNS = 512
#: Rows x columns of the used range: a million rows of 25 columns.
MAX_CELLS = 25_000_000
#: Everything inside an .xlsx once unpacked.
MAX_UNPACKED_BYTES = 600 * 1024 * 1024
#: A member that unpacks to more than this many times its packed size is a zip bomb.
MAX_RATIO = 250
#: ... unless it is small anyway.
RATIO_FLOOR_BYTES = 32 * 1024 * 1024
#: A text table (.csv, .txt) is read whole.
MAX_TEXT_BYTES = 256 * 1024 * 1024
#: Any file on disk.
MAX_FILE_BYTES = 300 * 1024 * 1024

#: The column of a cell reference: ``r="XFD1048576"`` -> ``XFD``. Row elements
#: (``r="12"``) allocate nothing by themselves: only cells count.
#: A literal space before ``r=`` lets the regex engine skip ahead fast; other white
#: space there is turned into a space first (see ``_normalised``).
_COLUMN = re.compile(rb' r="([A-Z]{1,7})[0-9]')
_ROW_OF_CELL = re.compile(rb' r="[A-Z]{1,7}([0-9]{1,10})"')
_CHUNK = 16 * 1024 * 1024


@dataclass(frozen=True)
class UsedRange:
    rows: int
    columns: int

    @property
    def cells(self) -> int:
        return self.rows * self.columns


def _refuse(path: Path, vi: str, en: str, detail: str) -> InputFileError:
    return InputFileError(f"{path.name}: {en}", detail=detail, reason=(vi, en))


def _vn(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def column_number(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ch - 64)
    return n


def check_file_size(path: Path, limit: int = MAX_FILE_BYTES) -> None:
    size = path.stat().st_size
    if size > limit:
        mb, most = size // (1024 * 1024), limit // (1024 * 1024)
        raise _refuse(
            path,
            f"File quá lớn ({mb} MB; tối đa {most} MB). Chép riêng các cột và dòng cần gửi "
            "sang một file mới rồi mở file đó.",
            f"The file is too large ({mb} MB; at most {most} MB). Copy only the columns and "
            "rows you need into a new file and open that one.",
            "too_large",
        )


def _greater_than(n: int) -> str:
    """A regular expression for the decimal numbers (no leading zero) greater than ``n``."""
    digits = str(n)
    options = [f"[1-9][0-9]{{{len(digits)},}}"]
    for i, d in enumerate(digits):
        if d != "9":
            rest = len(digits) - i - 1
            options.append(f"{digits[:i]}[{int(d) + 1}-9][0-9]{{{rest}}}")
    return "|".join(options)


@lru_cache(maxsize=64)
def _rows_above(n: int) -> re.Pattern[bytes]:
    return re.compile(rb' r="[A-Z]{1,7}(' + _greater_than(n).encode() + rb')"')


def _normalised(data: bytes) -> bytes:
    """``\tr=``, ``\nr=`` and ``\rr=`` written as `` r=``, so no reference escapes the scan."""
    for space in (b"\tr=", b"\nr=", b"\rr="):
        if space in data:
            data = data.replace(space, b" r=")
    return data


def _max_row(data: bytes, at_least: int) -> int:
    """The largest row any cell of ``data`` refers to (``at_least`` if none is larger).

    Rows usually come in order, so the end of the data gives a good guess; one
    search for a larger row then usually finds none. No Python work per cell.
    """
    best = at_least
    for found in _ROW_OF_CELL.findall(data[-8192:]):
        best = max(best, int(found))
    while True:
        found = _rows_above(best).search(data)
        if found is None:
            return best
        best = int(found.group(1))


def _scan_sheet(member: IO[bytes]) -> UsedRange:
    """The largest row and column any cell of a sheet's XML refers to, read in chunks."""
    max_row = max_col = 0
    tail = b""
    while True:
        chunk = member.read(_CHUNK)
        if not chunk:
            break
        data = tail + chunk
        # A tag may straddle chunks: keep the part after the last '<' for the next round.
        cut = data.rfind(b"<")
        scan, tail = (data[:cut], data[cut:]) if cut > 0 else (data, b"")
        if len(tail) > 4096:  # no tag is that long: a broken or hostile file
            scan, tail = data, b""
        scan = _normalised(scan)
        columns = set(_COLUMN.findall(scan))
        if columns:
            max_col = max(max_col, *(column_number(c) for c in columns))
        max_row = _max_row(scan, max_row)
    return UsedRange(max_row, max_col)


def check_xlsx(path: Path) -> None:
    """Refuse an .xlsx (or .xlsm) whose reading could swamp or kill the app."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        return  # not a zip: the reader says "damaged" (or "password" for an OLE file)
    with archive:
        infos = archive.infolist()
        unpacked = sum(i.file_size for i in infos)
        if unpacked > MAX_UNPACKED_BYTES:
            mb, most = unpacked // (1024 * 1024), MAX_UNPACKED_BYTES // (1024 * 1024)
            raise _refuse(
                path,
                f"Khi mở ra, file chứa {mb} MB dữ liệu (tối đa {most} MB). Chép riêng các cột "
                "và dòng cần gửi sang một file mới rồi mở file đó.",
                f"The file holds {mb} MB of data once opened (at most {most} MB). Copy only "
                "the columns and rows you need into a new file and open that one.",
                "unpacked_too_large",
            )
        for info in infos:
            if info.file_size > RATIO_FLOOR_BYTES and info.file_size > MAX_RATIO * max(
                1, info.compress_size
            ):
                raise _refuse(
                    path,
                    'File được làm ra để làm đầy bộ nhớ máy ("zip bomb") nên không được mở. '
                    "Đừng mở file này; hãy xin lại danh sách khách từ nguồn tin cậy.",
                    'The file is built to fill the computer\'s memory (a "zip bomb") and was '
                    "not opened. Do not open it; get the customer list again from a source you "
                    "trust.",
                    f"ratio:{info.filename}",
                )
        for info in infos:
            name = info.filename.lower()
            if not (name.startswith("xl/worksheets/") and name.endswith(".xml")):
                continue
            try:
                with archive.open(info) as member:
                    used = _scan_sheet(member)
            except (zipfile.BadZipFile, OSError, EOFError, RuntimeError):
                return  # damaged: the reader says so
            _check_range(path, used)


def _check_range(path: Path, used: UsedRange) -> None:
    if used.rows > MAX_ROWS or used.columns > MAX_COLUMNS or used.cells > MAX_CELLS:
        raise _refuse(
            path,
            f"Một trang tính kéo tới dòng {_vn(used.rows)} và cột {_vn(used.columns)}, quá mức "
            f"ứng dụng đọc được (tối đa {_vn(MAX_ROWS)} dòng, {MAX_COLUMNS} cột, "
            f"{_vn(MAX_CELLS)} ô). Thường do một ô lạc nằm xa bên dưới hoặc bên phải danh "
            "sách: xóa các dòng, cột trống sau danh sách, hoặc chép danh sách sang file mới.",
            f"A sheet reaches row {used.rows:,} and column {used.columns:,}, more than this "
            f"app reads (at most {MAX_ROWS:,} rows, {MAX_COLUMNS} columns and {MAX_CELLS:,} "
            "cells). Often a stray value far below or to the right of the list causes this: "
            "delete the empty rows and columns after the list, or copy the list into a new "
            "file.",
            "range_too_large",
        )
