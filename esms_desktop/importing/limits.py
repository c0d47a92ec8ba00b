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
from collections.abc import Iterator
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
#: Text the reader may copy into cells: every cell gets its own copy of the shared
#: string it points to, so 200,000 cells x one 40 KB string is 8 GB.
MAX_CELL_TEXT_BYTES = 512 * 1024 * 1024
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
_LONG_TAG = 4096
_OVERLAP = 64


@dataclass(frozen=True)
class UsedRange:
    rows: int
    columns: int
    #: Cells that point into the shared-string table (``t="s"``).
    shared_cells: int = 0

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
    for _ in range(8):
        found = _rows_above(best).search(data)
        if found is None:
            return best
        best = int(found.group(1))
    # Rows out of order (a file built to make this slow): one full pass instead.
    return max(best, *map(int, _ROW_OF_CELL.findall(data)))


def _scan_sheet(member: IO[bytes]) -> UsedRange:
    """The largest row and column any cell of a sheet's XML refers to, read in chunks."""
    max_row = max_col = shared = 0
    for scan in _tag_chunks(member):
        scan = _normalised(scan)
        columns = set(_COLUMN.findall(scan))
        if columns:
            max_col = max(max_col, *(column_number(c) for c in columns))
        max_row = _max_row(scan, max_row)
        shared += scan.count(b't="s"')
    return UsedRange(max_row, max_col, shared)


def _tag_chunks(member: IO[bytes], end: bytes = b"<") -> Iterator[bytes]:
    """The member in large chunks, each cut where ``end`` last occurs in it.

    With the default, no chunk ends inside a tag (the part from the last ``<``
    goes to the next chunk); with ``b"</si>"``, each chunk ends after a whole
    shared string. A tag longer than :data:`_LONG_TAG` (only a hostile file has
    one) is cut anyway, the next chunk starting a little before the cut so that
    no cell reference is split.
    """
    tail = b""
    while True:
        chunk = member.read(_CHUNK)
        data = tail + chunk
        if not chunk:
            if data:
                yield data
            return
        cut = data.rfind(end)
        if end != b"<":
            if cut < 0:  # a shared string longer than a chunk: read on
                tail = data
                continue
            cut += len(end)
        elif cut <= 0:
            if len(data) <= _LONG_TAG:
                tail = data
                continue
            yield data
            tail = data[-_OVERLAP:]
            continue
        yield data[:cut]
        tail = data[cut:]
        if end == b"<" and len(tail) > _LONG_TAG:
            yield tail
            tail = tail[-_OVERLAP:]


def _shared_string_sizes(member: IO[bytes]) -> list[int]:
    """The size in bytes of each shared string (``<si>`` element), in table order."""
    sizes: list[int] = []
    for data in _tag_chunks(member, b"</si>"):
        sizes += map(len, data.split(b"</si>")[:-1])
    return sizes


#: Bounded repetitions: a hostile run of "<c <c <c" must not make the match quadratic.
_SHARED_INDEX = re.compile(rb'<c [^<>]{0,512}?t="s"[^<>]{0,512}>\s{0,64}<v>([0-9]{1,10})</v>')


def _cell_text_bytes(
    archive: zipfile.ZipFile, sheets: list[zipfile.ZipInfo], sizes: list[int]
) -> int:
    """The text every shared-string cell of ``sheets`` would copy, exactly (the rare case)."""
    total = 0
    for info in sheets:
        with archive.open(info) as member:
            for scan in _tag_chunks(member):
                for index in _SHARED_INDEX.findall(_normalised(scan)):
                    i = int(index)
                    total += sizes[i] if i < len(sizes) else 0
    return total


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
        sheets = [
            i
            for i in infos
            if i.filename.lower().startswith("xl/worksheets/")
            and i.filename.lower().endswith(".xml")
        ]
        shared_cells = 0
        try:
            for info in sheets:
                with archive.open(info) as member:
                    used = _scan_sheet(member)
                _check_range(path, used)
                shared_cells += used.shared_cells
            _check_shared_text(path, archive, sheets, shared_cells)
        except (zipfile.BadZipFile, OSError, EOFError, RuntimeError):
            return  # damaged: the reader says so


def _check_shared_text(
    path: Path, archive: zipfile.ZipFile, sheets: list[zipfile.ZipInfo], shared_cells: int
) -> None:
    """Refuse a file whose cells would copy more shared text than memory can hold."""
    names = {i.filename.lower(): i for i in archive.infolist()}
    table = names.get("xl/sharedstrings.xml")
    if table is None or not shared_cells:
        return
    with archive.open(table) as member:
        sizes = _shared_string_sizes(member)
    if not sizes or shared_cells * max(sizes) <= MAX_CELL_TEXT_BYTES:
        return  # the usual case: no need to look at each cell
    total = _cell_text_bytes(archive, sheets, sizes)
    if total > MAX_CELL_TEXT_BYTES:
        mb, most = total // (1024 * 1024), MAX_CELL_TEXT_BYTES // (1024 * 1024)
        raise _refuse(
            path,
            f"Các ô của file lặp lại những đoạn chữ dài, tổng cộng {mb} MB khi mở ra (tối đa "
            f"{most} MB). Chép riêng các cột cần gửi sang một file mới rồi mở file đó.",
            f"The file's cells repeat long texts, {mb} MB in all once opened (at most {most} "
            "MB). Copy only the columns you need into a new file and open that one.",
            "shared_text_too_large",
        )


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
