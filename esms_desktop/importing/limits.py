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

import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import IO

from esms_desktop.base.errors import InputFileError
from esms_desktop.base.texts import words
from esms_desktop.importing.file_access import refuse

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

#: A cell reference as Excel, LibreOffice and every library we know write it:
#: ``<c r="XFD1048576"`` -> (``XFD``, ``1048576``). The reader accepts far more
#: (single quotes, lower case, attributes in any order, a second ``r``, cells with
#: no reference at all, placed by counting); a sheet written any other way is not
#: measured here but read in a child process (``importing.isolated``).
_CELL_REF = re.compile(rb'<c r="([A-Z]{1,7})([0-9]{1,10})"')
#: White space inside tags, written as a space before the scan where a chunk has any
#: (most sheets have none but a line break after the XML declaration, if that).
_SPACES = bytes.maketrans(b"\t\n\r", b"   ")
_OTHER_SPACES = (b"\t", b"\n", b"\r")
#: A cell element with a namespace prefix (``<x:c ...>``).
_PREFIXED_CELL = re.compile(rb":c[ />]")
#: An ``r`` attribute anywhere but ``<c r=`` and ``<row r=``, or written ``r =``, after a
#: space or straight after a quote: the reader takes ``<c r="A2"r="XFD1">`` as a second
#: reference, and the last one wins. (``<c r=`` without its double quote is the cell
#: search's to find.)
_STRAY_R = re.compile(rb"r[ =](?<=[ \"']r[ =])(?<!<c r=)(?<!<row r=)")
#: The shared-string table's tag, any prefix: the reader makes room for its ``uniqueCount``
#: strings before it reads one (24 bytes each: "4000000000" asks for 96 GB and the
#: process aborts). Every start of such a tag must be a whole tag (quotes may hold ``>``).
_TABLE_TAG_START = re.compile(rb"<(?:[\w.\-]+:)?sst(?=[\s/>])")
_TABLE_TAG = re.compile(rb"<(?:[\w.\-]+:)?sst(?=[\s/>])(?:[^>\"']|\"[^\"]*\"|'[^']*'){0,4096}>")
_UNIQUE_COUNT = re.compile(rb"uniqueCount\s*=\s*([\"'])([^\"']*)\1")
#: The fewest bytes a string of the table takes (``<si></si>``): no honest table declares
#: more strings than its size holds.
_STRING_BYTES = 8
#: Unpacked bytes per pass: each pass over a chunk holds the GIL ~20 ms (the window waits).
_CHUNK = 4 * 1024 * 1024
_LONG_TAG = 4096
_OVERLAP = 64


@dataclass(frozen=True)
class UsedRange:
    rows: int
    columns: int
    #: Cells that point into the shared-string table (``t="s"``).
    shared_cells: int = 0
    #: Whether the part says "hidden" anywhere (a hidden or filtered-out row, say).
    hidden: bool = False

    @property
    def cells(self) -> int:
        return self.rows * self.columns


def column_number(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ch - 64)
    return n


def check_file_size(path: Path, limit: int = MAX_FILE_BYTES) -> None:
    size = path.stat().st_size
    if size > limit:
        mb, most = size // (1024 * 1024), limit // (1024 * 1024)
        raise refuse(path, words("importing.file_too_large", mb=mb, most=most), "too_large")


def _numbers_up_to(n: int) -> str:
    """A regular expression for the row numbers 1..``n`` as Excel writes them (no leading 0)."""
    if n <= 0:
        return "(?!)"
    digits = str(n)
    options = [f"[1-9][0-9]{{0,{len(digits) - 2}}}+"] if len(digits) > 1 else []
    for i, d in enumerate(digits):
        low = "1" if i == 0 else "0"
        if d > low:
            top = chr(ord(d) - 1)
            options.append(f"{digits[:i]}[{low}-{top}][0-9]{{{len(digits) - i - 1}}}")
    options.append(digits)
    return "|".join(options)


def _letters_up_to(n: int) -> str:
    """A regular expression for the column letters A..(column ``n``)."""
    if n <= 0:
        return "(?!)"
    letters = column_letters(n)
    options = [f"[A-Z]{{1,{len(letters) - 1}}}+"] if len(letters) > 1 else []
    for i, ch in enumerate(letters):
        if ch > "A":
            options.append(f"{letters[:i]}[A-{chr(ord(ch) - 1)}][A-Z]{{{len(letters) - i - 1}}}")
    options.append(letters)
    return "|".join(options)


def column_letters(n: int) -> str:
    """1 -> A, 27 -> AA."""
    letters = ""
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


@lru_cache(maxsize=64)
def _suspect(rows: int, columns: int) -> re.Pattern[bytes]:
    """A cell start not written ``<c r="A1"``, or referring past ``rows``/``columns``.

    ``<c`` followed by a space, ``/`` or ``>`` (a cell, not ``<col``), then one negative
    look-ahead per cell, of the in-range references only: the regex engine's literal
    search for ``<c`` does most of the work. Up to 26 columns, the letters in range are
    one character class.
    """
    if columns <= 26:
        letters = f"[A-{column_letters(columns)}]" if columns else "(?!)"
    else:
        letters = f"(?:{_letters_up_to(columns)})"
    in_range = f'{letters}(?:{_numbers_up_to(rows)})"'.encode()
    return re.compile(rb'<c(?=[ />])(?! r="' + in_range + rb")")


class OddSheet(Exception):
    """A sheet written in a way the scan does not measure (see :data:`_CELL_REF`)."""


def _extent(raw: bytes, rows: int, columns: int) -> tuple[int, int]:
    """The largest row and column any cell of ``raw`` refers to (at least the ones given).

    Cells usually come in order, so the end of the data gives a good guess; one
    search for a cell beyond it (or written oddly) then usually finds none: three
    searches over the text, no Python work per cell. Raises :class:`OddSheet`.
    """
    for letters, row in _CELL_REF.findall(raw[-8192:].translate(_SPACES)):
        rows, columns = max(rows, int(row)), max(columns, column_number(letters))
    data = raw.translate(_SPACES) if any(map(raw.__contains__, _OTHER_SPACES)) else raw
    if _PREFIXED_CELL.search(data):
        raise OddSheet("prefixed cell")
    if b"<c" not in data:
        return rows, columns  # no cell here (a theme, the styles...)
    if _STRAY_R.search(data):
        raise OddSheet("r attribute outside the usual place")
    for _ in range(8):
        found = _suspect(rows, columns).search(data)
        if found is None:
            return rows, columns
        at = found.start()
        ref = _CELL_REF.match(data, at, at + 32)
        if ref is None:
            raise OddSheet(data[at : at + 24].decode("latin-1"))
        rows, columns = max(rows, int(ref[2])), max(columns, column_number(ref[1]))
    # Cells out of order (a file built to make this slow): one full pass instead.
    if _suspect(10**10 - 1, column_number(b"ZZZZZZZ")).search(data):
        raise OddSheet("cell written oddly")
    for letters, row in set(_CELL_REF.findall(data)):
        rows, columns = max(rows, int(row)), max(columns, column_number(letters))
    return rows, columns


def _scan_sheet(member: IO[bytes], *, count_shared: bool = True) -> UsedRange:
    """The largest row and column any cell of a sheet's XML refers to, read in chunks.

    ``count_shared``: count the cells that point into the shared-string table (a
    workbook without that table has none to count).
    """
    max_row = max_col = shared = 0
    hidden = False
    for chunk in _tag_chunks(member):
        max_row, max_col = _extent(chunk, max_row, max_col)
        if count_shared:
            shared += chunk.count(b't="s"')  # white space cannot be inside it
        hidden = hidden or b"hidden" in chunk  # a few ms for a 100,000-row sheet
    return UsedRange(max_row, max_col, shared, hidden)


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


def tag_chunks(member: IO[bytes]) -> Iterator[bytes]:
    """A part's XML in large chunks, none cut inside a tag (for other scans of a sheet)."""
    return _tag_chunks(member)


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
                for index in _SHARED_INDEX.findall(scan.translate(_SPACES)):
                    i = int(index)
                    total += sizes[i] if i < len(sizes) else 0
    return total


def check_xlsx(path: Path, data: bytes | None = None, *, hidden: set[str] | None = None) -> bool:
    """Refuse an .xlsx (or .xlsm) whose reading could swamp or kill the app.

    ``data``: the file's bytes, when read already (the reader then parses those
    very bytes, so what was measured is what is read). True: measured, safe to
    read here. False: written in a way the scan does not measure, so it must be
    read in a child process (``importing.isolated``). ``hidden``, when given, gets
    the names of the parts measured that say "hidden" (``importing.hidden_rows``).
    """
    try:
        archive = zipfile.ZipFile(path if data is None else io.BytesIO(data))
    except (zipfile.BadZipFile, OSError):
        return True  # not a zip: the reader says "damaged" (or "password" for an OLE file)
    except Exception:  # zipfile raises IndexError, NotImplementedError...
        return False  # a zip directory Python cannot follow: not measured, so not read here
    with archive:
        try:
            return _measure(path, archive, set() if hidden is None else hidden)
        except OddSheet:
            return False
        except InputFileError:
            raise  # refused, with the reason
        except Exception:  # zlib.error, EOFError, BadZipFile, IndexError...
            # A part that cannot be unpacked, or a directory entry zipfile cannot follow,
            # was not measured: the reader (another unpacker) might still read cells from
            # it, so it reads in a child, which says "damaged" as the reader would here.
            return False


def _measure(path: Path, archive: zipfile.ZipFile, hidden: set[str]) -> bool:
    """:func:`check_xlsx` of an opened archive: refuses, or says whether it was measured."""
    infos = archive.infolist()
    unpacked = sum(i.file_size for i in infos)
    if unpacked > MAX_UNPACKED_BYTES:
        mb, most = unpacked // (1024 * 1024), MAX_UNPACKED_BYTES // (1024 * 1024)
        raise refuse(
            path, words("importing.unpacked_too_large", mb=mb, most=most), "unpacked_too_large"
        )
    for info in infos:
        if info.file_size > RATIO_FLOOR_BYTES and info.file_size > MAX_RATIO * max(
            1, info.compress_size
        ):
            raise refuse(path, words("importing.zip_bomb"), f"ratio:{info.filename}")
    if not all(_string_count_fits(archive, i) for i in _string_tables(infos)):
        return False
    # Every part may be a sheet: the reader follows the workbook's links, whatever
    # the part's name. A sheet stored as "x.png", "x.jpeg" or "[Content_Types].xml"
    # once slipped past a scan that trusted names and made the reader abort the
    # process (SIGABRT), so every part is measured, pictures included (a real
    # picture has no cells: scanning it costs a few milliseconds per megabyte).
    sheets = [i for i in infos if not i.is_dir()]
    has_table = bool(_string_tables(infos))
    shared_cells = 0
    for info in sheets:
        used = _scan_part(archive, info, count_shared=has_table)
        check_range(path, used)
        shared_cells += used.shared_cells
        if used.hidden:
            hidden.add(info.filename)
    _check_shared_text(path, archive, sheets, shared_cells)
    return True


def _scan_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo, *, count_shared: bool) -> UsedRange:
    """:func:`_scan_sheet` of one part."""
    with archive.open(info) as member:
        return _scan_sheet(member, count_shared=count_shared)


def _string_tables(infos: list[zipfile.ZipInfo]) -> list[zipfile.ZipInfo]:
    """Every part the reader may take for the shared-string table (its name in any case)."""
    return [i for i in infos if i.filename.lower() == "xl/sharedstrings.xml"]


def _string_count_fits(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """Whether every ``uniqueCount`` the table declares is one it could hold. False (not
    measured: read in a child) for more strings than its size holds, a count that is not
    plain digits, or a table tag too odd to read here."""
    most = info.file_size // _STRING_BYTES + 1
    with archive.open(info) as member:
        for chunk in _tag_chunks(member):
            starts = len(_TABLE_TAG_START.findall(chunk))
            if not starts:
                continue
            tags = _TABLE_TAG.findall(chunk)
            if len(tags) != starts:
                return False
            for tag in tags:
                for _, count in _UNIQUE_COUNT.findall(tag):
                    if not count.strip().isdigit() or int(count) > most:
                        return False
    return True


def _shared_table(archive: zipfile.ZipFile) -> zipfile.ZipInfo | None:
    """The workbook's shared-string table, if it has one (the last of its name)."""
    tables = _string_tables(archive.infolist())
    return tables[-1] if tables else None


def _check_shared_text(
    path: Path, archive: zipfile.ZipFile, sheets: list[zipfile.ZipInfo], shared_cells: int
) -> None:
    """Refuse a file whose cells would copy more shared text than memory can hold."""
    table = _shared_table(archive)
    if table is None or not shared_cells:
        return
    with archive.open(table) as member:
        sizes = _shared_string_sizes(member)
    if not sizes or shared_cells * max(sizes) <= MAX_CELL_TEXT_BYTES:
        return  # the usual case: no need to look at each cell
    total = _cell_text_bytes(archive, sheets, sizes)
    if total > MAX_CELL_TEXT_BYTES:
        mb, most = total // (1024 * 1024), MAX_CELL_TEXT_BYTES // (1024 * 1024)
        raise refuse(
            path,
            words("importing.shared_text_too_large", mb=mb, most=most),
            "shared_text_too_large",
        )


def check_range(path: Path, used: UsedRange) -> None:
    """Refuse a sheet whose used range is beyond what the app reads."""
    if used.rows > MAX_ROWS or used.columns > MAX_COLUMNS or used.cells > MAX_CELLS:
        reason = words(
            "importing.range_too_large",
            rows=used.rows,
            columns=used.columns,
            max_rows=MAX_ROWS,
            max_columns=MAX_COLUMNS,
            max_cells=MAX_CELLS,
        )
        raise refuse(path, reason, "range_too_large")
