"""Open a customer file and return its cells, whatever the format.

Spreadsheets (.xlsx, .xlsm, .xls, .ods) are read with python-calamine, which
is fast, reads old .xls files and gives the cached value of formulas. Text
tables (.csv, .txt) go through :mod:`esms_desktop.importing.text_files`.
Every failure becomes an :class:`InputFileError` that says what to do.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from esms_desktop.base.bulk import slices
from esms_desktop.base.errors import InputFileError
from esms_desktop.base.texts import words
from esms_desktop.importing.cells import cell_text, has_data
from esms_desktop.importing.file_access import file_status, quoted_folder, read_once, refuse
from esms_desktop.importing.formulas import uncomputed_cells
from esms_desktop.importing.hidden_rows import hidden_rows
from esms_desktop.importing.isolated import read_in_child
from esms_desktop.importing.limits import MAX_TEXT_BYTES, check_file_size, check_xlsx
from esms_desktop.importing.number_styles import show_number_formats
from esms_desktop.importing.suffixes import SUPPORTED_SUFFIXES, TEXT_SUFFIXES
from esms_desktop.importing.text_files import TextTableError, read_text_table
from esms_desktop.importing.workbook import read_workbook_here, sheet_rows


@dataclass
class Table:
    """The cells of one sheet. ``rows[i]`` is spreadsheet row ``i + 1``."""

    path: Path
    sheet: str
    sheets: list[str]
    rows: list[list[object]]
    #: How a text file was read (encoding, delimiter), for display.
    notes: list[str] = field(default_factory=list)
    #: The rows (numbers from 1) Excel hides: by hand, or left out by a filter (.xlsx).
    hidden: frozenset[int] = frozenset()
    #: How many numbers have a format Excel shows them with (``importing.number_styles``).
    shown_numbers: int = 0
    #: The format keeps rows out of sight and number formats this app cannot read
    #: (.xls): every row is read, each number as stored (the checks say so).
    hidden_unseen: bool = False
    #: The file as it was on disk when this reading began (:func:`file_identity`); None
    #: for a table made some other way (tests).
    identity: FileIdentity | None = None

    def changed_on_disk(self) -> bool:
        """Whether the file is no longer the one read: saved again (in Excel, say), replaced
        or removed since. What was checked and would be sent are the rows read then."""
        return self.identity is not None and file_identity(self.path) != self.identity

    @cached_property
    def uncomputed(self) -> frozenset[tuple[int, int]]:
        """(row, column) of formula cells saved without a value (row from 1, column from 0).

        Asked only when a phone cell reads empty, so the sheet is looked at again then
        (from a fresh read: a file changed since only loses the finer reason).
        """
        if not isinstance(self.path, Path) or self.path.suffix.lower() not in (".xlsx", ".xlsm"):
            return frozenset()
        try:
            return uncomputed_cells(read_once(self.path), self.sheet)
        except InputFileError:
            return frozenset()

    @property
    def width(self) -> int:
        return max((max(map(len, some)) for some in slices(self.rows) if some), default=0)


#: A file as it is on disk: its full path, size and modification time (ns).
FileIdentity = tuple[str, int, int]


def file_identity(path: str | Path) -> FileIdentity:
    """The file as it is on disk now: its full path, size and modification time."""
    p = Path(path)
    try:
        st = p.stat()
        return (str(p.resolve()), st.st_size, st.st_mtime_ns)
    except (OSError, ValueError):
        return (str(p), -1, -1)


def _check_path(path: Path) -> None:
    try:
        exists = path.exists()
    except (OSError, ValueError):
        exists = True  # file_status says why it cannot be reached
    if not exists:
        # "C:\\Lists\\" given in quotes reaches the app as C:\\Lists": a folder, said so.
        folder = quoted_folder(path)
        if folder is None:
            raise refuse(path, words("importing.file_missing"), "missing")
        path = folder
    status = file_status(path, SUPPORTED_SUFFIXES)
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        kind = path.suffix or "(none)"
        raise refuse(path, words("importing.unsupported_type", kind=kind), "unsupported type")
    if status.st_size == 0:
        raise refuse(path, words("importing.empty_file"), "empty")


#: How a workbook's bytes begin: a zip (.xlsx, .ods) or an OLE file (.xls).
_WORKBOOK_STARTS = ((b"PK\x03\x04", ".xlsx"), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", ".xls"))


def _not_a_workbook(path: Path, data: bytes) -> None:
    """Refuse a workbook saved (or renamed) with a text file's name, saying so: it was
    said to be "not a spreadsheet", which it is."""
    for start, real in _WORKBOOK_STARTS:
        if data.startswith(start):
            reason = words("importing.workbook_named_as_text", suffix=path.suffix, real=real)
            raise refuse(path, reason, "workbook named as text")


def _isolated(path: Path) -> bool:
    """Formats read in a child process: their cost cannot be measured before reading."""
    return path.suffix.lower() in (".xls", ".ods")


def list_sheets(path: str | Path) -> list[str]:
    """Sheet names of a spreadsheet; a text file has one sheet named after it."""
    path = Path(path)
    _check_path(path)
    if path.suffix.lower() in TEXT_SUFFIXES:
        return [path.stem]
    if _isolated(path):
        return read_in_child(path, None, names_only=True).names
    data = read_once(path)
    if not check_xlsx(path, data):
        return read_in_child(path, None, names_only=True).names
    return read_workbook_here(path, None, names_only=True, data=data)[0]


def read_table(
    path: str | Path, sheet: str | None = None, *, parsing: Callable[[], None] | None = None
) -> Table:
    """The cells of ``sheet`` (default: the first sheet that holds data), with the file's
    :func:`file_identity` taken before reading (a save during the read shows as a change).

    ``parsing``: called as the spreadsheet reader starts parsing a sheet in this process,
    which it does without the GIL (see :mod:`esms_desktop.importing.ahead`).
    """
    seen = file_identity(path)
    table = _read_table(Path(path), sheet, parsing)
    table.identity = seen
    return table


def _read_table(path: Path, sheet: str | None, parsing: Callable[[], None] | None) -> Table:
    _check_path(path)
    if path.suffix.lower() in TEXT_SUFFIXES:
        check_file_size(path, MAX_TEXT_BYTES)
        data = read_once(path)
        _not_a_workbook(path, data)
        try:
            rows, encoding, delimiter = read_text_table(data)
        except TextTableError as exc:
            raise refuse(path, exc.reason, exc.detail) from None
        except (ValueError, UnicodeError):
            raise refuse(path, words("importing.not_a_table"), "binary") from None
        if not has_data(rows):
            raise refuse(path, words("importing.no_data"), "empty")
        shown = {"\t": "tab", ",": "comma", ";": "semicolon", "|": "bar"}[delimiter]
        return Table(path, path.stem, [path.stem], rows, [f"encoding {encoding}", shown])
    check_file_size(path)
    if not _isolated(path):
        data = read_once(path)
        marked: set[str] = set()  # the parts that say "hidden"
        if check_xlsx(path, data, hidden=marked):
            names, name, rows = read_workbook_here(path, sheet, data=data, parsing=parsing)
            numbers_shown = show_number_formats(data, name, rows)
            hidden = hidden_rows(data, name, marked)
            return Table(path, name, names, rows, hidden=hidden, shown_numbers=numbers_shown)
    read = read_in_child(path, sheet)  # the child finds the hidden rows and the formats
    return Table(
        path,
        read.name,
        read.names,
        read.rows,
        hidden=read.hidden,
        shown_numbers=read.shown_numbers,
        hidden_unseen=path.suffix.lower() == ".xls",
    )


__all__ = [
    "SUPPORTED_SUFFIXES",
    "FileIdentity",
    "Table",
    "cell_text",
    "file_identity",
    "list_sheets",
    "read_table",
    "read_workbook_here",
    "sheet_rows",
]
